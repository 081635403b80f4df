// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * worker.c: a child process, forked before any program is loaded, that
 * makes syscalls in a tight loop when told to and reports the time per
 * call of each batch. To every program the bench attaches it is just
 * another process on the machine: its writes never match.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/wait.h>

#include "worker.h"

struct worker_cmd {
	int op;
	int batches;
	long ops;
	int fd;			/* WORKER_WRITE_FD */
};

static uint64_t worker_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ULL + (uint64_t)ts.tv_nsec;
}

static void worker_batch(int op, long ops, int fd, double *ns)
{
	uint64_t t0 = worker_now();
	long i;

	if (op != WORKER_GETPPID)
		for (i = 0; i < ops; i++)
			(void)!write(fd, "x", 1);
	else
		for (i = 0; i < ops; i++)
			(void)getppid();
	*ns = (double)(worker_now() - t0) / (double)ops;
}

static void worker_main(int cmd_fd, int res_fd)
{
	double ns[WORKER_MAX_BATCHES];
	struct worker_cmd c;
	int b, fd;

	fd = open("/dev/null", O_WRONLY);
	if (fd < 0)
		_exit(1);
	while (read(cmd_fd, &c, sizeof(c)) == (ssize_t)sizeof(c)) {
		/* A loader's trigger fd number: the unlucky case */
		if (c.op == WORKER_WRITE_FD && c.fd != fd &&
		    dup2(fd, c.fd) < 0)
			_exit(1);
		for (b = 0; b < c.batches; b++)
			worker_batch(c.op, c.ops,
				     c.op == WORKER_WRITE_FD ? c.fd : fd, &ns[b]);
		if (write(res_fd, ns, sizeof(ns[0]) * (size_t)c.batches) < 0)
			_exit(1);
	}
	_exit(0);
}

int worker_start(struct worker *w)
{
	int cmd[2], res[2];

	if (pipe2(cmd, O_CLOEXEC))
		return -errno;
	if (pipe2(res, O_CLOEXEC)) {
		close(cmd[0]);
		close(cmd[1]);
		return -errno;
	}
	w->pid = fork();
	if (w->pid < 0) {
		w->pid = -errno;
		close(cmd[0]);
		close(cmd[1]);
		close(res[0]);
		close(res[1]);
		return w->pid;
	}
	if (!w->pid) {
		close(cmd[1]);
		close(res[0]);
		worker_main(cmd[0], res[1]);
	}
	close(cmd[0]);
	close(res[1]);
	w->cmd_fd = cmd[1];
	w->res_fd = res[0];
	return 0;
}

static int worker_do(struct worker *w, const struct worker_cmd *c,
		     double *ns)
{
	size_t want = sizeof(*ns) * (size_t)c->batches, got = 0;
	ssize_t n;

	if (c->batches < 1 || c->batches > WORKER_MAX_BATCHES)
		return -EINVAL;
	if (write(w->cmd_fd, c, sizeof(*c)) != (ssize_t)sizeof(*c))
		return -EPIPE;
	while (got < want) {
		n = read(w->res_fd, (char *)ns + got, want - got);
		if (n <= 0)
			return -EPIPE;
		got += (size_t)n;
	}
	return 0;
}

/* ns[0..batches): the time per call of each batch of ops calls */
int worker_run(struct worker *w, enum worker_op op, long ops, int batches,
	       double *ns)
{
	struct worker_cmd c = { .op = (int)op, .batches = batches, .ops = ops };

	return worker_do(w, &c, ns);
}

/* The same for writes to fd, which the worker dups its /dev/null to */
int worker_run_fd(struct worker *w, int fd, long ops, int batches,
		  double *ns)
{
	struct worker_cmd c = {
		.op = WORKER_WRITE_FD, .batches = batches, .ops = ops, .fd = fd,
	};

	if (fd < 3)
		return -EINVAL;
	return worker_do(w, &c, ns);
}

void worker_stop(struct worker *w)
{
	if (w->pid <= 0)
		return;
	close(w->cmd_fd);
	close(w->res_fd);
	waitpid(w->pid, NULL, 0);
	w->pid = 0;
}
