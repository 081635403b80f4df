/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* The unrelated process whose syscalls the bench times. */
#ifndef BENCH_WORKER_H
#define BENCH_WORKER_H

#include <sys/types.h>

enum worker_op {
	WORKER_WRITE,		/* write(/dev/null, 1 byte) */
	WORKER_GETPPID,		/* getppid() */
	WORKER_WRITE_FD,	/* write(1 byte) to /dev/null, dup'ed to fd */
};

#define WORKER_MAX_BATCHES 64

struct worker {
	pid_t pid;
	int cmd_fd;		/* commands to it */
	int res_fd;		/* its results */
};

int worker_start(struct worker *w);
int worker_run(struct worker *w, enum worker_op op, long ops, int batches,
	       double *ns);
int worker_run_fd(struct worker *w, int fd, long ops, int batches,
		  double *ns);
void worker_stop(struct worker *w);

#endif /* BENCH_WORKER_H */
