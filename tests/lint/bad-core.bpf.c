// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * The fault: a CO-RE read. preserve_access_index makes clang record the
 * field access in .BTF.ext for libbpf to relocate against kernel BTF.
 */
#include <linux/bpf.h>
#include <linux/version.h>
#include <bpf/bpf_helpers.h>

__u32 min_kernel SEC("version") = KERNEL_VERSION(4, 7, 0);

struct sys_enter_ctx {
	__u64 header;
	long id;
} __attribute__((preserve_access_index));

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} seen SEC(".maps");

SEC("tp/syscalls/sys_enter_write")
int handle(struct sys_enter_ctx *ctx)
{
	__u32 zero = 0;
	__u64 *v = bpf_map_lookup_elem(&seen, &zero);

	if (v)
		*v = ctx->id;
	return 0;
}

char LICENSE[] SEC("license") = "Dual BSD/GPL";
