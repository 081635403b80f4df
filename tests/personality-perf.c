// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * personality-perf.c: BPF on tracepoints as kernels before 4.15 had it.
 *  - before 4.14, PERF_EVENT_IOC_SET_BPF on a syscalls:* event: EINVAL;
 *  - before 4.15, a second program on a tracepoint: EEXIST while the first
 *    is attached (its perf event still open).
 *
 * Both need to know which tracepoint a perf fd belongs to, and an fd
 * number says nothing. So the supervisor opens tracepoint events itself
 * (the caller's own attr, pid -1 only) and installs each in the caller
 * with SECCOMP_IOCTL_NOTIF_ADDFD (5.14+), remembering the event's unique
 * id (PERF_EVENT_IOC_ID) -> tracepoint id. It keeps no reference: the
 * event dies with the caller's last fd, as it would.
 *
 * PERF_EVENT_IOC_SET_BPF is done by the supervisor too, on duplicates of
 * the caller's two fds (pidfd_getfd): one at a time, so two attaches at
 * once cannot both pass the EEXIST check. Whether a tracepoint is held
 * is asked of the kernel (PERF_EVENT_IOC_QUERY_BPF lists the programs on
 * it), and only programs that this supervised tree attached count: a
 * real 4.14 also counts everyone else's, but then any BPF tool running on
 * the host would make tests fail at random.
 *
 * Syscall tracepoints are the ids under events/syscalls in tracefs (the
 * supervisor mounts it privately, after the fork, if it must).
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/syscall.h>

#include <linux/bpf.h>
#include <linux/perf_event.h>

#include "personality.h"

#define CAP_BIT_SYS_ADMIN	21
#define CAP_BIT_PERFMON		38
#define PERF_ATTR_MAX		4096
#define QUERY_IDS		64

struct pair {
	uint64_t key;
	uint32_t tp;
};

/* perf event id -> tracepoint id; (tracepoint id, prog id) attached */
static struct pair *events, *attached;
static size_t nevents, nattached;
static uint32_t *syscall_tps;
static size_t nsyscall_tps;
static bool syscall_tps_read;

static int pair_add(struct pair **v, size_t *n, uint64_t key, uint32_t tp)
{
	struct pair *nv = realloc(*v, (*n + 1) * sizeof(**v));

	if (!nv)
		return -ENOMEM;
	nv[*n].key = key;
	nv[*n].tp = tp;
	*v = nv;
	(*n)++;
	return 0;
}

static int tracefs_dir(void)
{
	static const char *const paths[] = {
		"/sys/kernel/tracing/events/syscalls",
		"/sys/kernel/debug/tracing/events/syscalls",
	};
	unsigned int i;
	int fd;

	for (i = 0; i < 2; i++) {
		fd = open(paths[i], O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		if (fd >= 0)
			return fd;
	}
	/* Privately: the supervised child, forked already, sees nothing */
	if (unshare(CLONE_NEWNS) ||
	    mount(NULL, "/", NULL, MS_REC | MS_SLAVE, NULL) ||
	    mount("tracefs", "/sys/kernel/tracing", "tracefs", 0, NULL))
		return -errno;
	fd = open(paths[0], O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	return fd < 0 ? -errno : fd;
}

static void syscall_tps_load(void)
{
	char buf[32];
	struct dirent *de;
	uint32_t *nv;
	DIR *d;
	int dfd, fd;
	ssize_t n;

	syscall_tps_read = true;
	dfd = tracefs_dir();
	if (dfd < 0) {
		pers_log("no tracefs (%s): syscall tracepoints not recognised",
			 strerror(-dfd));
		return;
	}
	d = fdopendir(dfd);
	while (d && (de = readdir(d))) {
		snprintf(buf, sizeof(buf), "%.20s/id", de->d_name);
		fd = openat(dfd, buf, O_RDONLY | O_CLOEXEC);
		if (fd < 0)
			continue;
		n = read(fd, buf, sizeof(buf) - 1);
		close(fd);
		if (n <= 0)
			continue;
		buf[n] = '\0';
		nv = realloc(syscall_tps, (nsyscall_tps + 1) * sizeof(*nv));
		if (!nv)
			break;
		syscall_tps = nv;
		syscall_tps[nsyscall_tps++] = (uint32_t)strtoul(buf, NULL, 10);
	}
	if (d)
		closedir(d);
	else
		close(dfd);
}

static bool is_syscall_tp(uint32_t tp)
{
	size_t i;

	if (!syscall_tps_read)
		syscall_tps_load();
	for (i = 0; i < nsyscall_tps; i++)
		if (syscall_tps[i] == tp)
			return true;
	return false;
}

void pers_perf_open(struct pers_call *c, struct pers_answer *a)
{
	const __u64 *args = c->req->data.args;
	struct seccomp_notif_addfd addfd;
	unsigned char buf[PERF_ATTR_MAX];
	struct perf_event_attr attr;
	uint32_t size;
	uint64_t id;
	int fd, err;

	memset(&attr, 0, sizeof(attr));
	if (task_read(c, args[0], &attr, PERF_ATTR_SIZE_VER0) ||
	    attr.type != PERF_TYPE_TRACEPOINT)
		return;
	size = attr.size ? attr.size : PERF_ATTR_SIZE_VER0;
	/* Only what libbpf and bpf-minimal do: system-wide, no group */
	if (size > sizeof(buf) || (int)args[1] != -1 || (int)args[3] != -1 ||
	    (args[4] & ~(__u64)PERF_FLAG_FD_CLOEXEC) ||
	    task_read(c, args[0], buf, size))
		return;
	if (!task_has_cap(c, CAP_BIT_PERFMON) &&
	    !task_has_cap(c, CAP_BIT_SYS_ADMIN))
		return;		/* the kernel judges an unprivileged caller */
	if (!syscall_tps_read)
		syscall_tps_load();

	fd = (int)syscall(SYS_perf_event_open, buf, -1, (int)args[2], -1,
			  PERF_FLAG_FD_CLOEXEC);
	if (fd < 0) {
		pers_fail(a, errno, "perf_event_open in the supervisor");
		return;
	}
	err = ioctl(fd, PERF_EVENT_IOC_ID, &id) ? -errno :
	      pair_add(&events, &nevents, id, (uint32_t)attr.config);
	if (err) {
		close(fd);
		pers_fail(a, -err, "cannot track the perf event");
		return;
	}
	memset(&addfd, 0, sizeof(addfd));
	addfd.id = c->req->id;
	addfd.flags = SECCOMP_ADDFD_FLAG_SEND;
	addfd.srcfd = (__u32)fd;
	addfd.newfd_flags = (args[4] & PERF_FLAG_FD_CLOEXEC) ? O_CLOEXEC : 0;
	err = ioctl(c->listener, SECCOMP_IOCTL_NOTIF_ADDFD, &addfd);
	close(fd);
	a->kind = PERS_ANSWERED;
	snprintf(a->why, sizeof(a->why),
		 "tracepoint %llu opened by the supervisor, fd %d",
		 (unsigned long long)attr.config, err);
}

/* The tracepoint of a perf event fd of ours, or -1 */
static long event_tp(int perf)
{
	uint64_t id;
	size_t i;

	if (ioctl(perf, PERF_EVENT_IOC_ID, &id))
		return -1;
	for (i = 0; i < nevents; i++)
		if (events[i].key == id)
			return events[i].tp;
	return -1;
}

/* Does a program this tree attached still sit on tracepoint tp? */
static bool tp_held(int perf, uint32_t tp)
{
	struct {
		struct perf_event_query_bpf q;
		__u32 ids[QUERY_IDS];
	} query;
	size_t i;
	__u32 j;

	memset(&query, 0, sizeof(query));
	query.q.ids_len = QUERY_IDS;
	if (ioctl(perf, PERF_EVENT_IOC_QUERY_BPF, &query.q))
		return false;
	for (j = 0; j < query.q.prog_cnt && j < QUERY_IDS; j++)
		for (i = 0; i < nattached; i++)
			if (attached[i].tp == tp &&
			    attached[i].key == query.q.ids[j])
				return true;
	return false;
}

static uint32_t prog_id(int prog)
{
	struct bpf_prog_info info;
	union bpf_attr attr;

	memset(&info, 0, sizeof(info));
	memset(&attr, 0, sizeof(attr));
	attr.info.bpf_fd = (__u32)prog;
	attr.info.info_len = sizeof(info);
	attr.info.info = (__u64)(uintptr_t)&info;
	if (syscall(SYS_bpf, BPF_OBJ_GET_INFO_BY_FD, &attr, sizeof(attr)))
		return 0;
	return info.id;
}

void pers_perf_set_bpf(struct pers_call *c, struct pers_answer *a)
{
	const __u64 *args = c->req->data.args;
	int perf, prog = -1;
	long tp;

	perf = task_getfd(c, (int)args[0]);
	if (perf < 0)
		return;
	tp = event_tp(perf);
	if (tp < 0)
		goto out;	/* not a tracepoint event of ours */
	if (pers_kv < KV(4, 15) && tp_held(perf, (uint32_t)tp)) {
		pers_fail(a, EEXIST,
			  "tracepoint %ld holds a program already: one per tracepoint before 4.15",
			  tp);
		goto out;
	}
	if (pers_kv < KV(4, 14) && is_syscall_tp((uint32_t)tp)) {
		pers_fail(a, EINVAL,
			  "tracepoint %ld is a syscalls/* one: BPF there needs Linux 4.14",
			  tp);
		goto out;
	}
	prog = task_getfd(c, (int)(int32_t)args[2]);
	if (prog < 0) {
		pers_fail(a, -prog, "no such program fd");
		goto out;
	}
	if (ioctl(perf, PERF_EVENT_IOC_SET_BPF, prog)) {
		pers_fail(a, errno, "PERF_EVENT_IOC_SET_BPF in the supervisor");
		goto out;
	}
	pair_add(&attached, &nattached, prog_id(prog), (uint32_t)tp);
	a->kind = PERS_RETURN;
	a->val = 0;
	snprintf(a->why, sizeof(a->why), "attached to tracepoint %ld", tp);
out:
	if (prog >= 0)
		close(prog);
	close(perf);
}
