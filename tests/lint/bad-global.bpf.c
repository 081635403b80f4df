// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* The fault: a global variable (global data, 5.2) in a 4.7 object */
#include <linux/bpf.h>
#include <linux/version.h>
#include <bpf/bpf_helpers.h>

__u32 min_kernel SEC("version") = KERNEL_VERSION(4, 7, 0);

__u64 seen;

SEC("tp/syscalls/sys_enter_write")
int handle(void *ctx)
{
	seen = bpf_get_current_pid_tgid();
	return 0;
}

char LICENSE[] SEC("license") = "Dual BSD/GPL";
