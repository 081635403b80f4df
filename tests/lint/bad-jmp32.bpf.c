// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * The fault: built with -mcpu=v3 (see tests/lint.mk), so the 32-bit
 * compare below becomes a JMP32 instruction (5.1) in a 4.7 object.
 */
#include "lint.h"

LINT_DECLARES(4, 7);

SEC("tp/syscalls/sys_enter_write")
int handle(void *ctx)
{
	__u32 zero = 0;
	__u32 tid = bpf_get_current_pid_tgid();
	__u64 *v = bpf_map_lookup_elem(&seen, &zero);

	if (v && tid > 1)
		*v = tid;
	return 0;
}
