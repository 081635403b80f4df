// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * progstat.c: the run count and run time the kernel keeps per BPF program
 * while bpf_stats are on. They are on only for this measurement, since they
 * tax every program run on the machine: through a BPF_ENABLE_STATS fd
 * (Linux 5.8+), which the kernel drops whenever this process ends, else
 * through the kernel.bpf_stats_enabled sysctl, restored afterwards (also on
 * SIGINT, SIGTERM and SIGHUP).
 *
 * Another process's program is found through its fds, as bpftool perf
 * does: the first one that bpf_task_fd_query() links to a program.
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <linux/bpf.h>
#include <bpf/bpf.h>

#include "progstat.h"

#define PROGSTAT_SYSCTL "/proc/sys/kernel/bpf_stats_enabled"

static int progstat_saved = -1;

static int progstat_sysctl(int val)
{
	char buf[16];
	int fd, n, old;

	fd = open(PROGSTAT_SYSCTL, O_RDWR | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	n = (int)read(fd, buf, sizeof(buf) - 1);
	old = n > 0 ? atoi(buf) : 0;
	n = snprintf(buf, sizeof(buf), "%d\n", val);
	if (pwrite(fd, buf, (size_t)n, 0) != n)
		old = -errno;
	close(fd);
	return old;
}

static void progstat_on_signal(int sig)
{
	if (progstat_saved >= 0)
		progstat_sysctl(progstat_saved);
	signal(sig, SIG_DFL);
	raise(sig);
}

int progstat_enable(struct progstat *ps)
{
	int old;

	ps->sysctl_old = -1;
	ps->stats_fd = bpf_enable_stats(BPF_STATS_RUN_TIME);
	if (ps->stats_fd >= 0)
		return 0;
	ps->stats_fd = -1;
	old = progstat_sysctl(1);
	if (old < 0)
		return old;
	ps->sysctl_old = progstat_saved = old;
	signal(SIGINT, progstat_on_signal);
	signal(SIGTERM, progstat_on_signal);
	signal(SIGHUP, progstat_on_signal);
	return 0;
}

void progstat_restore(struct progstat *ps)
{
	if (ps->stats_fd >= 0)
		close(ps->stats_fd);
	if (ps->sysctl_old >= 0)
		progstat_sysctl(ps->sysctl_old);
	ps->stats_fd = ps->sysctl_old = progstat_saved = -1;
	signal(SIGINT, SIG_DFL);
	signal(SIGTERM, SIG_DFL);
	signal(SIGHUP, SIG_DFL);
}

/* An fd for the program attached by one of pid's fds, or -errno */
int progstat_find(pid_t pid)
{
	__u64 off, addr;
	__u32 id, type, len;
	char path[64], buf[256];
	struct dirent *de;
	DIR *d;
	int fd = -ENOENT;

	snprintf(path, sizeof(path), "/proc/%d/fd", (int)pid);
	d = opendir(path);
	if (!d)
		return -errno;
	while ((de = readdir(d))) {
		if (de->d_name[0] == '.')
			continue;
		len = sizeof(buf);
		if (bpf_task_fd_query((int)pid, atoi(de->d_name), 0, buf, &len,
				      &id, &type, &off, &addr))
			continue;
		fd = bpf_prog_get_fd_by_id(id);
		if (fd < 0)
			fd = -errno;
		break;
	}
	closedir(d);
	return fd;
}

int progstat_read(int prog_fd, __u64 *cnt, __u64 *ns)
{
	struct bpf_prog_info info;
	__u32 len = sizeof(info);

	memset(&info, 0, sizeof(info));
	if (bpf_obj_get_info_by_fd(prog_fd, &info, &len))
		return -errno;
	*cnt = info.run_cnt;
	*ns = info.run_time_ns;
	return 0;
}

/* Does pid hold an fd attached to a syscall tracepoint? */
static int progstat_on_syscalls(const char *pid)
{
	__u64 off, addr;
	__u32 id, type, len;
	char path[64], buf[256];
	struct dirent *de;
	DIR *d;
	int n = 0;

	snprintf(path, sizeof(path), "/proc/%s/fd", pid);
	d = opendir(path);
	if (!d)
		return 0;
	while ((de = readdir(d))) {
		if (de->d_name[0] == '.')
			continue;
		len = sizeof(buf);
		if (bpf_task_fd_query(atoi(pid), atoi(de->d_name), 0, buf,
				      &len, &id, &type, &off, &addr))
			continue;
		if (!strncmp(buf, "sys_enter", 9) ||
		    !strncmp(buf, "sys_exit", 8))
			n++;
	}
	closedir(d);
	return n;
}

/*
 * How many BPF programs processes other than ours (mine[0..nmine)) have
 * attached to syscall tracepoints: each runs on the bench's syscalls too.
 */
int progstat_others(const pid_t *mine, int nmine)
{
	struct dirent *de;
	DIR *d;
	int i, n = 0;

	d = opendir("/proc");
	if (!d)
		return -errno;
	while ((de = readdir(d))) {
		if (de->d_name[0] < '1' || de->d_name[0] > '9')
			continue;
		for (i = 0; i < nmine && atoi(de->d_name) != (int)mine[i]; i++)
			;
		if (i == nmine)
			n += progstat_on_syscalls(de->d_name);
	}
	closedir(d);
	return n;
}
