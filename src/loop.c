// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * loop.c: one trigger write() per interval until the count is reached or a
 * stop signal arrives. Between triggers the loader sleeps in ppoll() (on
 * trace_pipe under --follow), so it uses no CPU while idle.
 *
 * Every trigger call is counted, whatever it returned: the tracepoint fires
 * on syscall entry, before the write can fail.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <time.h>
#include <unistd.h>

#include "log.h"
#include "loop.h"
#include "signals.h"

#define NSEC_PER_SEC		1000000000ULL
#define LOOP_TRIGGER_FD_MIN	512
#define LOOP_DRAIN_IDLE_NS	(2 * NSEC_PER_SEC)

/* CLOCK_MONOTONIC in ns; main() times its start-up steps with it too */
uint64_t loop_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * NSEC_PER_SEC + (uint64_t)ts.tv_nsec;
}

/*
 * The trigger fd: a dup of stderr, or /dev/null under -q (or with stderr
 * closed). The BPF program runs on every write() on the machine and tests
 * the fd number first, so the trigger fd goes high: few processes have
 * that many fds open, and the writes of all others leave the program after
 * one compare. Where RLIMIT_NOFILE does not allow it, the lowest free fd
 * does; that only costs the others a helper call more. The fd, or -errno.
 */
int loop_trigger_fd(bool quiet)
{
	int fd, high;

	fd = quiet ? -1 : fcntl(2, F_DUPFD_CLOEXEC, 3);
	if (fd < 0)
		fd = open("/dev/null", O_WRONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	high = fcntl(fd, F_DUPFD_CLOEXEC, LOOP_TRIGGER_FD_MIN);
	if (high < 0)
		return fd;
	close(fd);
	return high;
}

/*
 * Sleep for up to ns (0: just look), reading trace lines as they come.
 * 0, or -errno when reading or printing them failed.
 */
static int loop_wait(struct loop *l, uint64_t ns)
{
	struct pollfd pfd = { .fd = -1, .events = POLLIN };
	struct timespec ts;
	int n;

	ts.tv_sec = (time_t)(ns / NSEC_PER_SEC);
	ts.tv_nsec = (long)(ns % NSEC_PER_SEC);
	if (l->fw)
		pfd.fd = l->fw->fd;
	n = ppoll(&pfd, 1, &ts, signals_wait_mask());
	if (n < 0 && errno != EINTR)
		return -errno;
	if (l->fw && n > 0)
		return follow_read(l->fw);
	return 0;
}

int loop_run(struct loop *l)
{
	uint64_t now, next = loop_now();
	int err;

	while (!signals_stop_requested()) {
		if (l->count && l->triggered >= l->count)
			break;
		now = loop_now();
		if (now >= next) {
			(void)!write(l->trigger_fd, ".", 1);
			l->triggered++;
			next = now + l->interval_ns;
			if (l->interval_ns)
				continue;
		}
		err = loop_wait(l, next > now ? next - now : 0);
		if (err)
			return err;
	}
	return 0;
}

/*
 * After the last trigger: wait for the trace lines of the triggers the
 * program saw, until they are all in, nothing has come for a while, or a
 * stop signal arrives.
 */
int loop_drain(struct loop *l, uint64_t seen)
{
	uint64_t lines, idle_since = loop_now();
	int err;

	if (!l->fw)
		return 0;
	while (l->fw->lines < seen) {
		lines = l->fw->lines;
		err = loop_wait(l, NSEC_PER_SEC / 10);
		if (err)
			return err;
		if (l->fw->lines != lines)
			idle_since = loop_now();
		else if (loop_now() - idle_since > LOOP_DRAIN_IDLE_NS ||
			 signals_stop_requested())
			break;
	}
	return 0;
}
