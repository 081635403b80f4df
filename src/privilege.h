/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* Why the kernel said EPERM (or ENOSYS), and what the user can do. */
#ifndef BPFM_PRIVILEGE_H
#define BPFM_PRIVILEGE_H

#include <stdbool.h>
#include <stddef.h>

int privilege_check(void);
bool privilege_seccomp(void);
void privilege_explain(const char *doing, int err);
const char *privilege_reason(int err, char *buf, size_t size);

#endif /* BPFM_PRIVILEGE_H */
