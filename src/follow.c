// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * follow.c: read trace_pipe (of our private instance on 5.9+, else the
 * global one) and print each trigger line of ours on stdout: the message as
 * the program printed it, or the raw kernel line under -v. Empty lines (5.9+
 * adds its own newline after ours) and other processes' lines are skipped.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "follow.h"
#include "log.h"
#include "traceline.h"

/* Another run's reaper may remove our fresh instance: retry that often */
#define FOLLOW_CREATE_TRIES 10

static int follow_open_private(struct follow *fw, const struct tracefs *tf,
			       long kpid)
{
	int i, err;

	err = instance_reap(tf);
	if (err < 0)
		pr_debug("cannot look for stale tracefs instances: %s",
			 strerror(-err));
	for (i = 0; i < FOLLOW_CREATE_TRIES; i++) {
		err = instance_create(tf, kpid, &fw->inst);
		if (err >= 0) {
			fw->fd = err;
			fw->private = true;
			return 0;
		}
		if (!instance_raced(err))
			break;
	}
	if (err == -EROFS) {
		pr_err("--follow: tracefs at %s is mounted read-only (as in many containers), and --follow needs to create a private instance there",
		       tf->path);
		pr_err("mount it read-write (mount -o remount,rw %s), or run without --follow and read trace_pipe elsewhere",
		       tf->path);
		return err;
	}
	pr_err("--follow: cannot create a private tracefs instance in %s/instances: %s",
	       tf->path, strerror(-err));
	return err;
}

static int follow_open_global(struct follow *fw, const struct tracefs *tf)
{
	fw->fd = openat(tf->dirfd, "trace_pipe",
			O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (fw->fd >= 0)
		return 0;
	if (errno == EBUSY) {
		pr_err("--follow: another process is reading %s/trace_pipe, and this kernel allows one reader at a time",
		       tf->path);
		pr_err("stop that reader (cat trace_pipe, bpftool prog tracelog), or run without --follow");
		return -EBUSY;
	}
	pr_err("--follow: cannot open %s/trace_pipe: %s", tf->path,
	       strerror(errno));
	return -errno;
}

/*
 * Start reading. Call before the first trigger: a private instance only
 * receives the lines printed after it exists.
 */
int follow_start(struct follow *fw, const struct tracefs *tf, long kpid,
		 bool raw)
{
	memset(fw, 0, sizeof(*fw));
	fw->fd = -1;
	fw->pid = kpid;
	fw->raw = raw;
	if (instance_supported(tf))
		return follow_open_private(fw, tf, kpid);
	pr_warn("--follow: this kernel (before 5.9) has one trace buffer for all: reading the global trace_pipe takes the lines from any other reader");
	return follow_open_global(fw, tf);
}

/* Print line if it is one of ours; -errno when stdout fails (EPIPE) */
static int follow_line(struct follow *fw, char *line)
{
	struct traceline tl;

	if (!*line)
		return 0;
	if (traceline_parse(line, &tl) || !traceline_is_trigger(&tl, fw->pid)) {
		fw->skipped++;
		return 0;
	}
	if (fw->raw)
		printf("%s\n", line);
	else
		printf("%.*s\n", (int)tl.msg_len, tl.msg);
	if (fflush(stdout))
		return -errno;
	fw->lines++;
	return 0;
}

/* Read and print what is there; 0, or -errno when reading or stdout failed */
int follow_read(struct follow *fw)
{
	char *nl, *line;
	ssize_t n;
	int err;

	for (;;) {
		n = read(fw->fd, fw->buf + fw->len, sizeof(fw->buf) - 1 - fw->len);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			if (errno == EAGAIN)
				return 0;
			return -errno;
		}
		if (n == 0)
			return 0;
		fw->len += (size_t)n;
		fw->buf[fw->len] = '\0';
		line = fw->buf;
		while ((nl = strchr(line, '\n'))) {
			*nl = '\0';
			err = follow_line(fw, line);
			if (err)
				return err;
			line = nl + 1;
		}
		fw->len -= (size_t)(line - fw->buf);
		memmove(fw->buf, line, fw->len);
		/* A line longer than the buffer is not one of ours: drop it */
		if (fw->len == sizeof(fw->buf) - 1)
			fw->len = 0;
	}
}

void follow_stop(struct follow *fw, const struct tracefs *tf)
{
	int err;

	if (fw->fd >= 0)
		close(fw->fd);
	fw->fd = -1;
	if (fw->private) {
		err = instance_remove(tf, &fw->inst);
		if (err)
			pr_warn("cannot remove tracefs instance %s: %s (the next run removes it)",
				fw->inst.name, strerror(-err));
	}
	fw->private = false;
}
