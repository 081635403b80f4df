// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * The fault: built with -mcpu=v2 (see tests/lint.mk), so the compare below
 * becomes a BPF_JLT or BPF_JLE jump (4.14) in a 4.7 object.
 */
#include "lint.h"

LINT_DECLARES(4, 7);

SEC("tp/syscalls/sys_enter_write")
int handle(void *ctx)
{
	__u32 zero = 0;
	__u64 id = bpf_get_current_pid_tgid();
	__u64 *v = bpf_map_lookup_elem(&seen, &zero);

	if (v && id > 1)
		*v = id;
	return 0;
}
