// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * child.c: run a loader (bpf-minimal, the bench helper, libbpf-bootstrap's
 * minimal) with pipes, and know when it is ready: for the tools, when the
 * first trigger shows on stderr (a '.' at the start of a line: both print
 * their messages as whole lines, then one dot per trigger); for the helper,
 * its "ready" line on stdout. Stopping it gives its exit status and its
 * rusage (peak RSS).
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <time.h>
#include <sys/wait.h>

#include "child.h"

#define CHILD_STOP_MS 10000

static int child_dup_null(int fd, int flags)
{
	int n = open("/dev/null", flags);

	if (n < 0)
		return -1;
	if (dup2(n, fd) < 0)
		return -1;
	close(n);
	return 0;
}

static void child_exec(char *const argv[], unsigned int flags, int in[2],
		       int out[2], int err[2])
{
	if (flags & CHILD_STDIN) {
		if (dup2(in[0], 0) < 0)
			_exit(127);
	} else if (child_dup_null(0, O_RDONLY)) {
		_exit(127);
	}
	if (flags & CHILD_STDOUT) {
		if (dup2(out[1], 1) < 0)
			_exit(127);
	} else if (child_dup_null(1, O_WRONLY)) {
		_exit(127);
	}
	if (dup2(err[1], 2) < 0)
		_exit(127);
	execv(argv[0], argv);
	dprintf(2, "bench: cannot run %s: %s\n", argv[0], strerror(errno));
	_exit(127);
}

static void close_pair(int p[2])
{
	if (p[0] >= 0)
		close(p[0]);
	if (p[1] >= 0)
		close(p[1]);
}

int child_spawn(struct child *c, char *const argv[], unsigned int flags)
{
	int in[2] = { -1, -1 }, out[2] = { -1, -1 }, err[2] = { -1, -1 };
	int ret = 0;

	memset(c, 0, sizeof(*c));
	c->in_fd = c->out_fd = c->err_fd = -1;
	c->err_bol = true;
	c->err = malloc(CHILD_ERR_MAX);
	if (!c->err)
		return -ENOMEM;
	c->err[0] = '\0';
	if (((flags & CHILD_STDIN) && pipe2(in, O_CLOEXEC)) ||
	    ((flags & CHILD_STDOUT) && pipe2(out, O_CLOEXEC)) ||
	    pipe2(err, O_CLOEXEC)) {
		ret = -errno;
		goto out_close;
	}
	c->pid = fork();
	if (c->pid < 0) {
		ret = -errno;
		goto out_close;
	}
	if (!c->pid)
		child_exec(argv, flags, in, out, err);
	c->in_fd = in[1];
	c->out_fd = out[0];
	c->err_fd = err[0];
	in[1] = out[0] = err[0] = -1;
out_close:
	close_pair(in);
	close_pair(out);
	close_pair(err);
	return ret;
}

/* Keep stderr's start, and notice the first line that starts with a dot */
static void child_take_err(struct child *c, const char *buf, size_t n)
{
	size_t i, room = CHILD_ERR_MAX - 1 - c->err_len;

	memcpy(c->err + c->err_len, buf, n < room ? n : room);
	c->err_len += n < room ? n : room;
	c->err[c->err_len] = '\0';
	for (i = 0; i < n; i++) {
		if (c->err_bol && buf[i] == '.')
			c->dot = true;
		c->err_bol = buf[i] == '\n';
	}
}

static void child_take_out(struct child *c, const char *buf, size_t n)
{
	size_t room = sizeof(c->out) - 1 - c->out_len;

	memcpy(c->out + c->out_len, buf, n < room ? n : room);
	c->out_len += n < room ? n : room;
	c->out[c->out_len] = '\0';
}

/*
 * Read what its pipes hold, waiting up to timeout_ms for something.
 * 0, or -EPIPE once both pipes are at EOF.
 */
int child_pump(struct child *c, int timeout_ms)
{
	struct pollfd p[2] = {
		{ .fd = c->err_fd, .events = POLLIN },
		{ .fd = c->out_fd, .events = POLLIN },
	};
	char buf[4096];
	ssize_t n;
	int i;

	if (c->err_fd < 0 && c->out_fd < 0)
		return -EPIPE;
	if (poll(p, 2, timeout_ms) < 0)
		return errno == EINTR ? 0 : -errno;
	for (i = 0; i < 2; i++) {
		if (!p[i].revents)
			continue;
		n = read(p[i].fd, buf, sizeof(buf));
		if (n <= 0) {
			close(p[i].fd);
			*(i ? &c->out_fd : &c->err_fd) = -1;
			continue;
		}
		if (i)
			child_take_out(c, buf, (size_t)n);
		else
			child_take_err(c, buf, (size_t)n);
	}
	return 0;
}

static long long now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Wait for its first trigger: 0, -ETIMEDOUT, or -EPIPE (it died) */
int child_wait_dot(struct child *c, int timeout_ms)
{
	long long end = now_ms() + timeout_ms;
	int err;

	while (!c->dot) {
		if (now_ms() >= end)
			return -ETIMEDOUT;
		err = child_pump(c, (int)(end - now_ms()));
		if (err)
			return err;
	}
	return 0;
}

/* The next line of its stdout, without the newline */
int child_line(struct child *c, char *line, size_t size, int timeout_ms)
{
	long long end = now_ms() + timeout_ms;
	char *nl;
	int err;

	while (!(nl = memchr(c->out, '\n', c->out_len))) {
		if (now_ms() >= end)
			return -ETIMEDOUT;
		err = child_pump(c, (int)(end - now_ms()));
		if (err)
			return err;
	}
	*nl = '\0';
	snprintf(line, size, "%s", c->out);
	c->out_len -= (size_t)(nl + 1 - c->out);
	memmove(c->out, nl + 1, c->out_len);
	c->out[c->out_len] = '\0';
	return 0;
}

int child_send(struct child *c, const char *text)
{
	size_t len = strlen(text);

	return write(c->in_fd, text, len) == (ssize_t)len ? 0 : -EPIPE;
}

/*
 * Close its stdin, send sig (0: none), read its pipes dry, reap it. One
 * that is not gone after CHILD_STOP_MS is killed.
 */
int child_stop(struct child *c, int sig)
{
	long long end = now_ms() + CHILD_STOP_MS;
	bool killed = false;

	if (c->pid <= 0)
		return -ESRCH;
	if (c->in_fd >= 0)
		close(c->in_fd);
	c->in_fd = -1;
	if (sig)
		kill(c->pid, sig);
	while (!child_pump(c, 100)) {
		if (!killed && now_ms() > end) {
			kill(c->pid, SIGKILL);
			killed = true;
		}
	}
	if (wait4(c->pid, &c->status, 0, &c->ru) < 0)
		return -errno;
	c->pid = 0;
	return 0;
}

void child_free(struct child *c)
{
	if (c->pid > 0)
		child_stop(c, SIGKILL);
	free(c->err);
	c->err = NULL;
}

/* Why a loader failed, with what it said */
void child_explain(const struct child *c, const char *name)
{
	if (WIFSIGNALED(c->status))
		fprintf(stderr, "bench: %s was killed by signal %d\n", name,
			WTERMSIG(c->status));
	else
		fprintf(stderr, "bench: %s exited with status %d\n", name,
			WEXITSTATUS(c->status));
	if (c->err && c->err_len)
		fprintf(stderr, "bench: it said:\n%s%s",
			c->err_len > 2048 ? "...\n" : "",
			c->err + (c->err_len > 2048 ? c->err_len - 2048 : 0));
}
