// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* The fault: bpf_get_ns_current_pid_tgid (helper 120, 5.7) in a 4.7 object */
#include "lint.h"

LINT_DECLARES(4, 7);

SEC("tp/syscalls/sys_enter_write")
int handle(void *ctx)
{
	struct bpf_pidns_info ns = {};
	__u32 zero = 0;
	__u64 *v = bpf_map_lookup_elem(&seen, &zero);

	if (v && !bpf_get_ns_current_pid_tgid(0, 0, &ns, sizeof(ns)))
		*v = ns.tgid;
	return 0;
}
