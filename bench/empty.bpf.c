// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * empty.bpf.c: programs that do nothing, one per attach point the bench
 * compares. What a write() costs with one of these attached is the
 * kernel's dispatch floor: no BPF tool on that attach point can cost less.
 * Built with the same flags as bpf/minimal.bpf.c.
 */
#include <linux/bpf.h>
#include <linux/version.h>
#include <bpf/bpf_helpers.h>

/* Its raw_tp program; tests/bpf-lint checks the object against it */
__u32 min_kernel SEC("version") = KERNEL_VERSION(4, 17, 0);

/* What bpf-minimal attaches to (Linux 4.14+) */
SEC("tp/syscalls/sys_enter_write")
int empty_write(void *ctx)
{
	return 0;
}

/* Its fallback where the kernel refuses the above (4.7+) */
SEC("tp/raw_syscalls/sys_enter")
int empty_raw(void *ctx)
{
	return 0;
}

/* A raw tracepoint on sys_enter (4.17+): the candidate of rawtp.bpf.c */
SEC("raw_tp/sys_enter")
int empty_rawtp(void *ctx)
{
	return 0;
}

char LICENSE[] SEC("license") = "Dual BSD/GPL";
