// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * The fault: clang 14 leaves bpf_printk's format in an unreferenced
 * .rodata.str1.1 even under BPF_NO_GLOBAL_DATA; the real objects strip it,
 * this one is built without that step (see tests/lint.mk).
 */
#include "lint.h"

LINT_DECLARES(4, 7);

SEC("tp/syscalls/sys_enter_write")
int handle(void *ctx)
{
	__u32 pid = bpf_get_current_pid_tgid() >> 32;

	/* as long as the real one: a short format is stored as immediates */
	bpf_printk("BPF triggered from PID %d.\n", pid);
	return 0;
}
