/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* How the BPF program learns the loader's kernel-wide PID. */
#ifndef BPFM_HANDSHAKE_H
#define BPFM_HANDSHAKE_H

#include <linux/types.h>

int handshake_cookie(__u64 *cookie);
int handshake_send(int fd, __u64 cookie);

#endif /* BPFM_HANDSHAKE_H */
