// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * The fault: an atomic fetch-and-add (5.12) in a 4.7 object. clang only
 * emits it from -mcpu=v3 on (see tests/lint.mk), so JMP32 may show too.
 */
#include "lint.h"

LINT_DECLARES(4, 7);

SEC("tp/syscalls/sys_enter_write")
int handle(void *ctx)
{
	__u32 zero = 0, one = 1;
	__u64 *v = bpf_map_lookup_elem(&seen, &zero);
	__u64 *w = bpf_map_lookup_elem(&seen, &one);

	if (v && w)
		*w = __sync_fetch_and_add(v, 1);
	return 0;
}
