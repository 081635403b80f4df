/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* What the BPF program knows about its loader; shared with the loader. */
#ifndef BPFM_TARGET_H
#define BPFM_TARGET_H

#include <linux/types.h>

struct bpfm_target {
	__u64 cookie;	/* the handshake: buf of the loader's write(fd, cookie, 0) */
	__u32 pid;	/* the loader's kernel-wide TGID; 0 until the handshake */
	__u32 fd;	/* the loader's trigger fd */
};

#endif /* BPFM_TARGET_H */
