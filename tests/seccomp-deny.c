// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * seccomp-deny ERRNO -- COMMAND [ARGS...]: run COMMAND with bpf() and
 * perf_event_open() refused with ERRNO (a name: EPERM or ENOSYS) by a
 * seccomp filter, as Docker's default profile does.
 */
#include "config.h"

#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/prctl.h>
#include <sys/syscall.h>

#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>

#define DENY(nr, err) \
	BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, (nr), 0, 1), \
	BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | ((err) & SECCOMP_RET_DATA))

int main(int argc, char **argv)
{
	int err;

	if (argc < 4 || strcmp(argv[2], "--")) {
		fprintf(stderr, "usage: seccomp-deny EPERM|ENOSYS -- COMMAND [ARGS...]\n");
		return 99;
	}
	if (!strcmp(argv[1], "EPERM"))
		err = EPERM;
	else if (!strcmp(argv[1], "ENOSYS"))
		err = ENOSYS;
	else {
		fprintf(stderr, "seccomp-deny: unknown errno %s\n", argv[1]);
		return 99;
	}
	{
		struct sock_filter filter[] = {
			BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
				 offsetof(struct seccomp_data, nr)),
			DENY(__NR_bpf, err),
			DENY(__NR_perf_event_open, err),
			BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
		};
		struct sock_fprog prog = {
			.len = sizeof(filter) / sizeof(filter[0]),
			.filter = filter,
		};

		if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) ||
		    prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog)) {
			fprintf(stderr, "seccomp-deny: cannot install the filter: %s\n",
				strerror(errno));
			return 99;
		}
	}
	execvp(argv[3], argv + 3);
	fprintf(stderr, "seccomp-deny: cannot run %s: %s\n", argv[3],
		strerror(errno));
	return 99;
}
