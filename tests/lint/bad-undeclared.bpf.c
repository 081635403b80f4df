// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* The fault: no "version" section, so no declared minimum kernel */
#include "lint.h"

SEC("tp/syscalls/sys_enter_write")
int handle(void *ctx)
{
	__u32 zero = 0;
	__u64 *v = bpf_map_lookup_elem(&seen, &zero);

	if (v)
		*v = bpf_get_current_pid_tgid();
	return 0;
}
