/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * What every object under tests/lint/ shares: the headers, a map of two
 * 64-bit slots, and the licence. Each object adds its minimum kernel
 * (LINT_DECLARES) and a program; the bad ones add one fault each.
 */
#ifndef BPFM_LINT_H
#define BPFM_LINT_H

#include <linux/bpf.h>
#include <linux/version.h>
#define BPF_NO_GLOBAL_DATA	/* bpf_printk's format on the stack */
#include <bpf/bpf_helpers.h>

#define LINT_DECLARES(major, minor) \
	__u32 min_kernel SEC("version") = KERNEL_VERSION(major, minor, 0)

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 2);
	__type(key, __u32);
	__type(value, __u64);
} seen SEC(".maps");

char LICENSE[] SEC("license") = "Dual BSD/GPL";

#endif /* BPFM_LINT_H */
