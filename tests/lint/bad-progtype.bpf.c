// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* The fault: a kprobe program, a type the lint does not allow */
#include "lint.h"

LINT_DECLARES(4, 7);

SEC("kprobe/ksys_write")
int handle(void *ctx)
{
	__u32 zero = 0;
	__u64 *v = bpf_map_lookup_elem(&seen, &zero);

	if (v)
		*v = bpf_get_current_pid_tgid();
	return 0;
}
