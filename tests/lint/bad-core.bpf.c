// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * The fault: a CO-RE read. preserve_access_index makes clang record the
 * field access in .BTF.ext for libbpf to relocate against kernel BTF.
 */
#include "lint.h"

LINT_DECLARES(4, 7);

struct sys_enter_ctx {
	__u64 header;
	long id;
} __attribute__((preserve_access_index));

SEC("tp/syscalls/sys_enter_write")
int handle(struct sys_enter_ctx *ctx)
{
	__u32 zero = 0;
	__u64 *v = bpf_map_lookup_elem(&seen, &zero);

	if (v)
		*v = ctx->id;
	return 0;
}
