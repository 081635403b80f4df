// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* The fault: no "version" section, so no declared minimum kernel */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} seen SEC(".maps");

SEC("tp/syscalls/sys_enter_write")
int handle(void *ctx)
{
	__u32 zero = 0;
	__u64 *v = bpf_map_lookup_elem(&seen, &zero);

	if (v)
		*v = bpf_get_current_pid_tgid();
	return 0;
}

char LICENSE[] SEC("license") = "Dual BSD/GPL";
