// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * minimal.bpf.c: react to the loader's trigger writes, and to nothing else.
 *
 * Built twice: BPFM_GLOBAL_DATA=1 keeps the target in a global (Linux 5.2+;
 * the default from 5.5), BPFM_GLOBAL_DATA=0 in a one-entry array map (any
 * kernel with BPF tracepoints). Both objects hold two programs: one for
 * syscalls/sys_enter_write (4.14+) and one for raw_syscalls/sys_enter,
 * which the loader attaches where the first cannot be (4.7 to 4.13).
 *
 * The loader's PID is learned, not told: getpid() is namespaced,
 * bpf_get_current_pid_tgid() is not. The loader makes one write(fd, cookie,
 * 0) with a random cookie as the buffer pointer; the first write carrying
 * it locks the writer's TGID, and no later write can change it.
 *
 * Each object declares the oldest kernel it is written for in the classic
 * "version" section; tests/bpf-lint checks the object against it (program
 * types, instructions, helpers, global data). libbpf only hands the value
 * to BPF_PROG_LOAD as kern_version, which the kernel ignores for
 * tracepoint programs.
 */
#include <linux/bpf.h>
#include <linux/version.h>
#define BPF_NO_GLOBAL_DATA	/* bpf_printk's format on the stack */
#include <bpf/bpf_helpers.h>

#include "layout.h"
#include "target.h"

#define CTX_ULONG(ctx, off) \
	((__u64)*(const BPFM_CTX_SLOT *)((const char *)(ctx) + (off)))

/* The only block that differs between the two data paths */
#if BPFM_GLOBAL_DATA
__u32 min_kernel SEC("version") = KERNEL_VERSION(5, 2, 0);	/* global data */

struct bpfm_target my_target;

static __always_inline struct bpfm_target *target_get(void)
{
	return &my_target;
}
#else
__u32 min_kernel SEC("version") = KERNEL_VERSION(4, 7, 0);	/* tracepoints */

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct bpfm_target);
} target SEC(".maps");

static __always_inline struct bpfm_target *target_get(void)
{
	__u32 zero = 0;

	return bpf_map_lookup_elem(&target, &zero);
}
#endif

/* Triggers seen: one 64-bit counter, added to atomically */
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} counts SEC(".maps");

/* Before the handshake: lock the TGID of the first writer of the cookie */
static __always_inline int on_handshake(void *ctx, struct bpfm_target *t)
{
	if (t->cookie && CTX_ULONG(ctx, BPFM_WRITE_BUF_OFF) == t->cookie &&
	    CTX_ULONG(ctx, BPFM_WRITE_COUNT_OFF) == 0)
		t->pid = bpf_get_current_pid_tgid() >> 32;
	return 0;
}

/*
 * The cheapest test first. This runs on every write() on the machine, and
 * almost none is to the loader's trigger fd number (the loader puts it
 * high): those leave after one compare, without the helper call, which
 * costs more than the rest of the filter.
 */
static __always_inline int on_write(void *ctx)
{
	struct bpfm_target *t = target_get();
	__u32 zero = 0, pid;
	__u64 *count;

	if (!t)
		return 0;
	if (!t->pid)
		return on_handshake(ctx, t);
	if (CTX_ULONG(ctx, BPFM_WRITE_FD_OFF) != t->fd)
		return 0;
	pid = bpf_get_current_pid_tgid() >> 32;
	if (pid != t->pid)
		return 0;

	count = bpf_map_lookup_elem(&counts, &zero);
	if (count)
		__sync_fetch_and_add(count, 1);
	bpf_printk("BPF triggered from PID %d.\n", pid);
	return 0;
}

SEC("tp/syscalls/sys_enter_write")
int handle_write(void *ctx)
{
	return on_write(ctx);
}

SEC("tp/raw_syscalls/sys_enter")
int handle_raw(void *ctx)
{
	if (CTX_ULONG(ctx, BPFM_RAW_ID_OFF) != BPFM_NR_WRITE)
		return 0;
	return on_write(ctx);
}

char LICENSE[] SEC("license") = "Dual BSD/GPL";
