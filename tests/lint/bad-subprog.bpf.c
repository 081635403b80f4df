// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* The fault: a bpf-to-bpf call (4.16) in a 4.7 object */
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

static __attribute__((noinline)) int record(void)
{
	__u32 zero = 0;
	__u64 *v = bpf_map_lookup_elem(&seen, &zero);

	if (v)
		*v = bpf_get_current_pid_tgid();
	return 0;
}

SEC("tp/syscalls/sys_enter_write")
int handle(void *ctx)
{
	return record();
}

char LICENSE[] SEC("license") = "Dual BSD/GPL";
