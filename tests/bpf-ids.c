// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * bpf-ids: print the id of every BPF program, map and link the kernel
 * holds, one "prog 12" / "map 34" / "link 5" per line, sorted by kind.
 * Tests compare the lists before and after a run: anything new that is
 * still there was left behind. Links exist from 5.8; before that, none
 * are listed.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/syscall.h>

#include <linux/bpf.h>

static int list(const char *kind, int cmd)
{
	union bpf_attr attr;
	__u32 id = 0;

	for (;;) {
		memset(&attr, 0, sizeof(attr));
		attr.start_id = id;
		if (syscall(__NR_bpf, cmd, &attr, sizeof(attr)))
			return errno == ENOENT || errno == EINVAL ? 0 : -errno;
		id = attr.next_id;
		printf("%s %u\n", kind, id);
	}
}

int main(void)
{
	int err;

	err = list("prog", BPF_PROG_GET_NEXT_ID);
	if (!err)
		err = list("map", BPF_MAP_GET_NEXT_ID);
	if (!err)
		err = list("link", BPF_LINK_GET_NEXT_ID);
	if (err) {
		fprintf(stderr, "bpf-ids: %s\n", strerror(-err));
		return 99;
	}
	return 0;
}
