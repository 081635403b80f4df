// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * bpf-usable: may this process load and attach a BPF tracepoint program?
 * Integration tests ask this before they run, and skip (77) with the reason
 * when not: decided by a real bpf() attempt, not by the uid, since build
 * servers run as uid 0 without capabilities.
 *
 * Exit status: 0 usable, 77 not (the reason on stdout).
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/resource.h>

#include "attach.h"
#include "kfeatures.h"
#include "log.h"
#include "privilege.h"
#include "tracefs.h"

int main(void)
{
	struct rlimit r = { RLIM_INFINITY, RLIM_INFINITY };
	struct tracefs tf;
	char why[160];
	int fd, err, ok;

	log_set_level(LOG_ERR);
	setrlimit(RLIMIT_MEMLOCK, &r);
	fd = kfeat_tracepoint_prog();
	if (fd < 0) {
		printf("cannot load a BPF tracepoint program: %s\n",
		       privilege_reason(fd, why, sizeof(why)));
		return 77;
	}
	close(fd);
	err = tracefs_open(&tf);
	if (err) {
		printf("no tracefs, and it cannot be mounted: %s\n",
		       strerror(-err));
		return 77;
	}
	ok = attach_probe(&tf, ATTACH_EVENT_WRITE) == 1 ||
	     attach_probe(&tf, ATTACH_EVENT_RAW) == 1;
	tracefs_close(&tf);
	if (!ok) {
		printf("no syscall tracepoint accepts a BPF program on this kernel\n");
		return 77;
	}
	return 0;
}
