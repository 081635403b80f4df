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
#include <poll.h>
#include <time.h>
#include <unistd.h>

#include "log.h"
#include "loop.h"
#include "signals.h"

#define NSEC_PER_SEC		1000000000ULL
#define LOOP_DRAIN_IDLE_NS	(2 * NSEC_PER_SEC)

static uint64_t loop_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * NSEC_PER_SEC + (uint64_t)ts.tv_nsec;
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
