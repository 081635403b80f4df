// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * random.c: getrandom(GRND_NONBLOCK), else /dev/urandom. A blocking
 * getrandom() hung for minutes early after boot on 4.14; and kernels before
 * 3.17 (or seccomp profiles) answer ENOSYS.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/syscall.h>

#include "random.h"

#ifndef GRND_NONBLOCK
#define GRND_NONBLOCK 0x0001
#endif

static int random_getrandom(void *buf, size_t len)
{
	long n = syscall(SYS_getrandom, buf, len, GRND_NONBLOCK);

	if (n == (long)len)
		return 0;
	return n < 0 ? -errno : -EAGAIN;
}

static int random_urandom(void *buf, size_t len)
{
	size_t done = 0;
	ssize_t n;
	int fd;

	fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	while (done < len) {
		n = read(fd, (char *)buf + done, len - done);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		done += (size_t)n;
	}
	close(fd);
	return done == len ? 0 : -EIO;
}

int random_bytes(void *buf, size_t len)
{
	if (!random_getrandom(buf, len))
		return 0;
	return random_urandom(buf, len);
}
