// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * personality-task.c: reach into the task whose system call is waiting:
 * its memory (/proc/PID/mem), its file descriptors (pidfd_getfd), its
 * capabilities and its RLIMIT_MEMLOCK. After opening anything by PID, the
 * notification is checked to be still pending, so that a PID reused by
 * another process is never read.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>

#include "personality.h"

#ifndef PIDFD_THREAD
#define PIDFD_THREAD	O_EXCL		/* Linux 6.9 */
#endif

/* 0 while the call still waits for our answer, else -ENOENT */
static int task_valid(const struct pers_call *c)
{
	__u64 id = c->req->id;

	if (ioctl(c->listener, SECCOMP_IOCTL_NOTIF_ID_VALID, &id))
		return -ENOENT;
	return 0;
}

static int task_mem(struct pers_call *c)
{
	char path[64];

	if (c->mem_fd >= 0)
		return 0;
	snprintf(path, sizeof(path), "/proc/%u/mem", c->req->pid);
	c->mem_fd = open(path, O_RDWR | O_CLOEXEC);
	if (c->mem_fd < 0)
		return -errno;
	return task_valid(c);
}

int task_read(struct pers_call *c, uint64_t addr, void *buf, size_t len)
{
	ssize_t n;
	int err;

	err = task_mem(c);
	if (err)
		return err;
	n = pread(c->mem_fd, buf, len, (off_t)addr);
	if (n < 0)
		return -errno;
	return (size_t)n == len ? 0 : -EFAULT;
}

int task_write(struct pers_call *c, uint64_t addr, const void *buf,
	       size_t len)
{
	ssize_t n;
	int err;

	err = task_mem(c);
	if (err)
		return err;
	n = pwrite(c->mem_fd, buf, len, (off_t)addr);
	if (n < 0)
		return -errno;
	return (size_t)n == len ? 0 : -EFAULT;
}

/* A duplicate of the task's fd in this process; the caller closes it */
int task_getfd(struct pers_call *c, int fd)
{
	int err, dup;

	if (c->pidfd < 0) {
		c->pidfd = (int)syscall(SYS_pidfd_open, c->req->pid,
					PIDFD_THREAD);
		if (c->pidfd < 0 && errno == EINVAL)	/* before 6.9 */
			c->pidfd = (int)syscall(SYS_pidfd_open, c->req->pid, 0);
		if (c->pidfd < 0)
			return -errno;
		err = task_valid(c);
		if (err)
			return err;
	}
	dup = (int)syscall(SYS_pidfd_getfd, c->pidfd, fd, 0);
	return dup < 0 ? -errno : dup;
}

bool task_has_cap(const struct pers_call *c, int bit)
{
	unsigned long long caps = 0;
	char path[64], line[256];
	bool found = false;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%u/status", c->req->pid);
	f = fopen(path, "re");
	if (!f)
		return false;
	while (!found && fgets(line, sizeof(line), f))
		found = sscanf(line, "CapEff: %llx", &caps) == 1;
	fclose(f);
	return found && (caps & (1ULL << bit));
}

/* The soft RLIMIT_MEMLOCK (what the kernel compares with); ~0 = none */
int task_memlock(const struct pers_call *c, uint64_t *limit)
{
	struct rlimit r;

	if (prlimit((pid_t)c->req->pid, RLIMIT_MEMLOCK, NULL, &r))
		return -errno;
	*limit = r.rlim_cur == RLIM_INFINITY ? ~0ULL : (uint64_t)r.rlim_cur;
	return 0;
}

void task_done(struct pers_call *c)
{
	if (c->mem_fd >= 0)
		close(c->mem_fd);
	if (c->pidfd >= 0)
		close(c->pidfd);
	c->mem_fd = c->pidfd = -1;
}
