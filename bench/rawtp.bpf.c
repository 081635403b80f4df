// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * rawtp.bpf.c: bpf-minimal's filter on a raw tracepoint, sys_enter
 * (BPF_PROG_TYPE_RAW_TRACEPOINT, Linux 4.17+), measured by the bench as a
 * possibly cheaper way to do the same job. Not used by the tool.
 *
 * A raw tracepoint gets the tracepoint's own arguments, (struct pt_regs
 * *regs, long id), not a record: no record is built for it, but it runs for
 * every syscall, and without kernel structs (no CO-RE, no BTF) the write()
 * arguments must be read out of pt_regs with bpf_probe_read() at offsets
 * that differ per architecture. The PID test comes first, so another
 * process's write() never pays for a probe read.
 *
 * Same target (global data) and the same behaviour as bpf/minimal.bpf.c:
 * the handshake locks the loader's TGID; its writes to its trigger fd are
 * counted and printed.
 */
#include <linux/bpf.h>
#include <linux/version.h>
#define BPF_NO_GLOBAL_DATA	/* bpf_printk's format on the stack */
#include <bpf/bpf_helpers.h>

#include "target.h"

/*
 * Global data (5.2; raw tracepoints alone need 4.17). An array-map build
 * of it would declare 4.17. tests/bpf-lint checks the object against it.
 */
__u32 min_kernel SEC("version") = KERNEL_VERSION(5, 2, 0);

/* struct pt_regs offsets of the first three syscall arguments */
#if defined(__TARGET_ARCH_x86) && BPFM_LONG_SIZE == 8
#define REGS_ARG0	112	/* di */
#define REGS_ARG1	104	/* si */
#define REGS_ARG2	96	/* dx */
#define REGS_KNOWN	1
#elif defined(__TARGET_ARCH_arm64)
#define REGS_ARG0	0	/* regs[0] */
#define REGS_ARG1	8
#define REGS_ARG2	16
#define REGS_KNOWN	1
#else
#define REGS_ARG0	0
#define REGS_ARG1	0
#define REGS_ARG2	0
#define REGS_KNOWN	0
#endif

/* 0: this architecture's offsets are not known, and the bench skips it */
const volatile __u32 regs_known = REGS_KNOWN;

struct bpfm_target my_target;

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} counts SEC(".maps");

static __always_inline __u64 regs_arg(const void *regs, int off)
{
	__u64 v = 0;

	bpf_probe_read(&v, sizeof(v), (const char *)regs + off);
	return v;
}

SEC("raw_tp/sys_enter")
int handle_rawtp(struct bpf_raw_tracepoint_args *ctx)
{
	const void *regs = (const void *)ctx->args[0];
	struct bpfm_target *t = &my_target;
	__u32 zero = 0, pid;
	__u64 *count;

	if (ctx->args[1] != BPFM_NR_WRITE)
		return 0;
	pid = bpf_get_current_pid_tgid() >> 32;
	if (!t->pid) {
		if (t->cookie && regs_arg(regs, REGS_ARG1) == t->cookie &&
		    regs_arg(regs, REGS_ARG2) == 0)
			t->pid = pid;
		return 0;
	}
	if (pid != t->pid || regs_arg(regs, REGS_ARG0) != t->fd)
		return 0;

	count = bpf_map_lookup_elem(&counts, &zero);
	if (count)
		__sync_fetch_and_add(count, 1);
	bpf_printk("BPF triggered from PID %d.\n", pid);
	return 0;
}

char LICENSE[] SEC("license") = "Dual BSD/GPL";
