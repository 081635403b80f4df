// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* The fault: a bpf-to-bpf call (4.16) in a 4.7 object */
#include "lint.h"

LINT_DECLARES(4, 7);

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
