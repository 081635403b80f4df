// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* The fault: bpf_get_ns_current_pid_tgid (helper 120, 5.7) in a 4.7 object */
#include <linux/bpf.h>
#include <linux/version.h>
#include <bpf/bpf_helpers.h>

__u32 min_kernel SEC("version") = KERNEL_VERSION(4, 7, 0);

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} seen SEC(".maps");

SEC("tp/syscalls/sys_enter_write")
int handle(void *ctx)
{
	struct bpf_pidns_info ns = {};
	__u32 zero = 0;
	__u64 *v = bpf_map_lookup_elem(&seen, &zero);

	if (v && !bpf_get_ns_current_pid_tgid(0, 0, &ns, sizeof(ns)))
		*v = ns.tgid;
	return 0;
}

char LICENSE[] SEC("license") = "Dual BSD/GPL";
