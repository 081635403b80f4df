// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* The fault: a global variable (global data, 5.2) in a 4.7 object */
#include "lint.h"

LINT_DECLARES(4, 7);

__u64 seen_pid;

SEC("tp/syscalls/sys_enter_write")
int handle(void *ctx)
{
	seen_pid = bpf_get_current_pid_tgid();
	return 0;
}
