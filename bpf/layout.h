/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * Where the BPF program finds the syscall's number and arguments in its
 * tracepoint context. Fixed at build time: the verifier only allows
 * constant offsets, and nothing here depends on kernel structs.
 *
 * BPFM_LONG_SIZE is the host's sizeof(long), from configure. The first 8
 * bytes are the common header (or, for syscalls/sys_enter_*, a hidden
 * pointer), then the syscall number as a long, then six longs of
 * arguments. On 64-bit: number at 8, arguments at 16, 24, 32, ... .
 *
 * Shared by the BPF program (which reads these offsets) and the loader
 * (which checks them against the tracepoint's format file before attach).
 */
#ifndef BPFM_LAYOUT_H
#define BPFM_LAYOUT_H

/* One slot (a long of the traced kernel), as the BPF program reads it */
#if BPFM_LONG_SIZE == 8
#define BPFM_CTX_SLOT		__u64
#else
#define BPFM_CTX_SLOT		__u32
#endif

#define BPFM_CTX_NR_OFF		8
#define BPFM_CTX_ARG_OFF(i)	(8 + BPFM_LONG_SIZE * (1 + (i)))

/* syscalls/sys_enter_write: fd, buf, count */
#define BPFM_WRITE_FD_OFF	BPFM_CTX_ARG_OFF(0)
#define BPFM_WRITE_BUF_OFF	BPFM_CTX_ARG_OFF(1)
#define BPFM_WRITE_COUNT_OFF	BPFM_CTX_ARG_OFF(2)
#define BPFM_WRITE_RECORD_MIN	BPFM_CTX_ARG_OFF(3)

/* raw_syscalls/sys_enter: long id; unsigned long args[6] */
#define BPFM_RAW_ID_OFF		BPFM_CTX_NR_OFF
#define BPFM_RAW_ARGS_OFF	BPFM_CTX_ARG_OFF(0)
#define BPFM_RAW_RECORD_MIN	BPFM_CTX_ARG_OFF(6)

#endif /* BPFM_LAYOUT_H */
