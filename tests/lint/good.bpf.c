// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * The lint's control: every bad-*.bpf.c here is this file plus one fault.
 * A tracepoint program for Linux 4.7: a map, helpers 1 and 14, -mcpu=v1.
 */
#include "lint.h"

LINT_DECLARES(4, 7);

SEC("tp/syscalls/sys_enter_write")
int handle(void *ctx)
{
	__u32 zero = 0;
	__u64 *v = bpf_map_lookup_elem(&seen, &zero);

	if (v)
		*v = bpf_get_current_pid_tgid();
	return 0;
}
