// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * tracefs.c: find tracefs at /sys/kernel/tracing or under debugfs, or mount
 * it. The mount happens in a private mount namespace, so it is gone when the
 * process ends, however it ends (SIGKILL included), and nobody else's view
 * of /sys changes. Everything afterwards goes through a directory fd, which
 * keeps working whatever happens to the mount table meanwhile.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/mount.h>

#include "log.h"
#include "tracefs.h"

const char *const tracefs_default_paths[] = {
	"/sys/kernel/tracing",
	"/sys/kernel/debug/tracing",
	NULL,
};

bool tracefs_has(const struct tracefs *tf, const char *relpath)
{
	return faccessat(tf->dirfd, relpath, F_OK, 0) == 0;
}

/*
 * The first of paths that holds a tracefs (trace_pipe and events/).
 * -ENOENT when none does; -EACCES when one may exist but this process
 * cannot look into it (tracefs is mode 0700: not root).
 */
int tracefs_find(struct tracefs *tf, const char *const *paths)
{
	int i, err = -ENOENT;

	for (i = 0; paths[i]; i++) {
		tf->dirfd = open(paths[i], O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		if (tf->dirfd < 0) {
			if (errno == EACCES)
				err = -EACCES;
			continue;
		}
		if (tracefs_has(tf, "trace_pipe") && tracefs_has(tf, "events")) {
			snprintf(tf->path, sizeof(tf->path), "%s", paths[i]);
			tf->mounted = false;
			return 0;
		}
		if (errno == EACCES)
			err = -EACCES;
		close(tf->dirfd);
	}
	tf->dirfd = -1;
	return err;
}

static int tracefs_mount_private(void)
{
	if (unshare(CLONE_NEWNS))
		return -errno;
	/*
	 * Receive the host's mounts, but send none of ours back. (The kernel
	 * ignores the type here; valgrind wants one.)
	 */
	if (mount("none", "/", "none", MS_REC | MS_SLAVE, NULL))
		return errno == EINVAL ? -ENOTDIR : -errno;
	if (!mount("tracefs", "/sys/kernel/tracing", "tracefs",
		   MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL))
		return 0;
	/* Kernels before 4.1 only had it inside debugfs */
	if (!mount("debugfs", "/sys/kernel/debug", "debugfs",
		   MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL))
		return 0;
	return -errno;
}

/*
 * Find tracefs, mounting it (privately) when it is nowhere to be seen.
 * 0, or -errno: -EACCES when it is there but not for us, -EPERM when this
 * process may not mount it, -ENOTDIR when "/" is no mount point (a plain
 * chroot: no private mount possible), -ENOENT when mounting did not help.
 * Prints nothing; tracefs_explain() does.
 */
int tracefs_open(struct tracefs *tf)
{
	int err;

	err = tracefs_find(tf, tracefs_default_paths);
	if (err != -ENOENT)
		return err;
	err = tracefs_mount_private();
	if (err == -EACCES)
		err = -EPERM;
	if (err)
		return err;
	if (tracefs_find(tf, tracefs_default_paths))
		return -ENOENT;
	tf->mounted = true;
	pr_debug("mounted tracefs at %s, visible to this process only",
		 tf->path);
	return 0;
}

/* What tracefs_open()'s error means, and what to do */
void tracefs_explain(int err)
{
	if (err == -EACCES) {
		pr_err("cannot read tracefs (%s): it is for root only; run bpf-minimal as root",
		       tracefs_default_paths[0]);
		return;
	}
	if (err == -EPERM) {
		pr_err("tracefs is not mounted, and this process may not mount it: the tracepoint's id is only found there");
		pr_err("mount it as root (mount -t tracefs nodev /sys/kernel/tracing), or in a container bind-mount it in or run privileged");
		return;
	}
	if (err == -ENOTDIR) {
		/* The propagation change needs "/" to be a mount point */
		pr_err("tracefs is not mounted, and it cannot be mounted privately here: this process's root is not a mount point (a plain chroot)");
		pr_err("mount it inside the chroot first: mount -t tracefs nodev /sys/kernel/tracing");
		return;
	}
	pr_err("tracefs is not mounted, and mounting it failed (%s)",
	       strerror(-err));
	pr_err("this kernel may lack CONFIG_FTRACE; otherwise mount it: mount -t tracefs nodev /sys/kernel/tracing");
}

void tracefs_close(struct tracefs *tf)
{
	if (tf->dirfd >= 0)
		close(tf->dirfd);
	tf->dirfd = -1;
}

/* A small file, NUL-terminated; length, or -errno */
int tracefs_read(const struct tracefs *tf, const char *relpath, char *buf,
		 size_t size)
{
	size_t len = 0;
	ssize_t n = 0;
	int fd;

	fd = openat(tf->dirfd, relpath, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	while (len + 1 < size) {
		n = read(fd, buf + len, size - 1 - len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		len += (size_t)n;
	}
	if (n < 0)
		n = -errno;
	close(fd);
	buf[len] = '\0';
	return n < 0 ? (int)n : (int)len;
}

/* The id of "category/name", which perf_event_open() needs; or -errno */
int tracefs_event_id(const struct tracefs *tf, const char *event)
{
	char path[256], buf[32], *end;
	long id;
	int err;

	snprintf(path, sizeof(path), "events/%s/id", event);
	err = tracefs_read(tf, path, buf, sizeof(buf));
	if (err < 0)
		return err;
	id = strtol(buf, &end, 10);
	if (end == buf || id < 0 || id > 0x7fffffff)
		return -EINVAL;
	return (int)id;
}
