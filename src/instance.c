// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * instance.c: private tracefs instances for --follow (Linux 5.9+, where
 * bpf_trace_printk is a real trace event). Reading trace_pipe consumes what
 * it reads, and 6.x refuses a second reader of the global one with EBUSY,
 * so each loader reads its own instance and nobody steals anybody's lines.
 *
 * Liveness is the kernel's: an instance cannot be removed (EBUSY) while a
 * process holds its trace_pipe open, so a run may remove every instance of
 * ours that it can; those were left behind by runs that died (SIGKILL).
 * This works across PID namespaces, where a PID says nothing about
 * liveness.
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include "instance.h"
#include "log.h"
#include "random.h"

#define INSTANCE_EVENT "events/bpf_trace/bpf_trace_printk/enable"
#define INSTANCE_FILTER "events/bpf_trace/bpf_trace_printk/filter"

bool instance_supported(const struct tracefs *tf)
{
	return tracefs_has(tf, "instances") && tracefs_has(tf, INSTANCE_EVENT);
}

static int instance_write(const struct tracefs *tf, const char *path,
			  const char *val)
{
	ssize_t n;
	int fd;

	fd = openat(tf->dirfd, path, O_WRONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	n = write(fd, val, strlen(val));
	if (n < 0)
		n = -errno;
	close(fd);
	return n < 0 ? (int)n : 0;
}

/*
 * Create instances/<name>, open its trace_pipe (non-blocking), then enable
 * bpf_trace_printk in it, filtered on kpid. The pipe is opened first: from then on another
 * run's reaper cannot remove the instance (EBUSY). In the moment between
 * mkdir and open it can, and then this fails with ENOENT, ENODEV or EBUSY
 * (the open meets the removal half done; all three seen on 6.18), which
 * the caller may retry. Returns the pipe's fd, or -errno.
 */
int instance_create(const struct tracefs *tf, long kpid, struct instance *in)
{
	char path[160], filter[48];
	unsigned int rnd;
	int fd, err;

	err = random_bytes(&rnd, sizeof(rnd));
	if (err)
		return err;
	snprintf(in->name, sizeof(in->name), INSTANCE_PREFIX "%ld-%08x",
		 kpid, rnd);
	snprintf(path, sizeof(path), "instances/%s", in->name);
	if (mkdirat(tf->dirfd, path, 0700))
		return -errno;
	snprintf(path, sizeof(path), "instances/%s/trace_pipe", in->name);
	fd = openat(tf->dirfd, path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0) {
		err = -errno;
		goto out_remove;
	}
	/*
	 * Only our lines: every bpf_trace_printk goes to every instance that
	 * enables the event, and each line of any other BPF tool would wake
	 * us. Where the kernel refuses the filter, follow.c still skips
	 * those lines.
	 */
	snprintf(path, sizeof(path), "instances/%s/" INSTANCE_FILTER, in->name);
	snprintf(filter, sizeof(filter), "common_pid == %ld", kpid);
	err = instance_write(tf, path, filter);
	if (err)
		pr_debug("cannot filter %s on PID %ld (%s): other processes' lines will wake --follow",
			 in->name, kpid, strerror(-err));
	snprintf(path, sizeof(path), "instances/%s/" INSTANCE_EVENT, in->name);
	err = instance_write(tf, path, "1");
	if (err)
		goto out_close;
	return fd;

out_close:
	close(fd);
out_remove:
	instance_remove(tf, in);
	return err;
}

/* Was instance_create()'s error a race with another run's reaper? */
bool instance_raced(int err)
{
	return err == -ENOENT || err == -ENODEV || err == -EBUSY;
}

int instance_remove(const struct tracefs *tf, const struct instance *in)
{
	char path[160];

	snprintf(path, sizeof(path), "instances/%s", in->name);
	if (unlinkat(tf->dirfd, path, AT_REMOVEDIR))
		return -errno;
	return 0;
}

/* Remove the instances that dead runs left; how many, or -errno */
int instance_reap(const struct tracefs *tf)
{
	struct instance in;
	struct dirent *de;
	int fd, removed = 0;
	DIR *dir;

	fd = openat(tf->dirfd, "instances", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	dir = fdopendir(fd);
	if (!dir) {
		close(fd);
		return -errno;
	}
	while ((de = readdir(dir))) {
		if (strncmp(de->d_name, INSTANCE_PREFIX,
			    strlen(INSTANCE_PREFIX)) ||
		    strlen(de->d_name) >= sizeof(in.name))
			continue;
		snprintf(in.name, sizeof(in.name), "%s", de->d_name);
		if (!instance_remove(tf, &in)) {
			pr_debug("removed tracefs instance %s, left by a run that died",
				 in.name);
			removed++;
		}
	}
	closedir(dir);
	return removed;
}
