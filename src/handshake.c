// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * handshake.c: getpid() answers in the caller's PID namespace, the BPF
 * program sees the kernel-wide TGID, and in a container or WSL2 the two
 * differ. So the program learns the TGID itself: the loader writes zero
 * bytes to a valid fd (/dev/null) with a random cookie as the buffer
 * pointer, which the kernel never dereferences; the program locks the TGID
 * of the first writer of that cookie. The fd must be valid: valgrind
 * answers write(-1, ...) itself, and the kernel would never see it.
 */
#include "config.h"

#include <errno.h>
#include <stdint.h>
#include <unistd.h>

#include "handshake.h"
#include "random.h"

/* A random cookie that fits a pointer and is never 0 */
int handshake_cookie(__u64 *cookie)
{
	__u64 c = 0;
	int err;

	while (!c) {
		err = random_bytes(&c, sizeof(c));
		if (err)
			return err;
		c &= (__u64)UINTPTR_MAX;
	}
	*cookie = c;
	return 0;
}

/*
 * The write's result does not matter: the tracepoint fires on syscall
 * entry, and the kernel may answer EFAULT for a cookie outside the user
 * address range. Only EBADF would mean the handshake fd is wrong.
 */
int handshake_send(int fd, __u64 cookie)
{
	if (write(fd, (const void *)(uintptr_t)cookie, 0) < 0 && errno == EBADF)
		return -EBADF;
	return 0;
}
