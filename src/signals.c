// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * signals.c: SIGINT, SIGTERM and SIGHUP set a flag; the loop notices it and
 * everything is detached and freed on the way out. The three are blocked
 * except while the loop waits in ppoll(), which unblocks them atomically:
 * a signal that arrives during load or attach is not lost, and none arrives
 * between "is there a signal?" and "sleep".
 *
 * Handlers, not the default action, also matter for PID 1 of a namespace
 * (unshare --pid --fork): the kernel drops every signal PID 1 has no
 * handler for, so without them the tool could only be killed.
 */
#include "config.h"

#include <errno.h>
#include <string.h>

#include "signals.h"

static volatile sig_atomic_t signals_stop;
static sigset_t signals_unblocked;

static void signals_handler(int sig)
{
	signals_stop = sig;
}

int signals_setup(void)
{
	static const int stop_signals[] = { SIGINT, SIGTERM, SIGHUP };
	struct sigaction sa;
	sigset_t block;
	unsigned int i;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = signals_handler;
	sigemptyset(&sa.sa_mask);
	sigemptyset(&block);
	for (i = 0; i < sizeof(stop_signals) / sizeof(stop_signals[0]); i++) {
		sigaddset(&block, stop_signals[i]);
		if (sigaction(stop_signals[i], &sa, NULL))
			return -errno;
	}
	/* A closed stdout under --follow is an error to report, not a death */
	sa.sa_handler = SIG_IGN;
	if (sigaction(SIGPIPE, &sa, NULL))
		return -errno;
	if (sigprocmask(SIG_BLOCK, &block, &signals_unblocked))
		return -errno;
	for (i = 0; i < sizeof(stop_signals) / sizeof(stop_signals[0]); i++)
		sigdelset(&signals_unblocked, stop_signals[i]);
	return 0;
}

/* The mask to wait with: the stop signals may arrive */
const sigset_t *signals_wait_mask(void)
{
	return &signals_unblocked;
}

bool signals_stop_requested(void)
{
	return signals_stop != 0;
}

int signals_received(void)
{
	return signals_stop;
}
