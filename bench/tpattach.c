// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * tpattach.c: attach one of the bench's own programs the way bpf-minimal
 * attaches its own (a perf event on the tracepoint id read from tracefs,
 * which the program is linked to), or to a raw tracepoint.
 */
#include "config.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>
#include <sys/syscall.h>

#include <linux/perf_event.h>
#include <bpf/libbpf.h>

#include "tpattach.h"

int tpattach_event(struct bpf_program *prog, const struct tracefs *tf,
		   const char *event, struct bpf_link **link)
{
	struct perf_event_attr attr;
	struct bpf_link *l;
	int id, pfd, err;

	id = tracefs_event_id(tf, event);
	if (id < 0)
		return id;
	memset(&attr, 0, sizeof(attr));
	attr.type = PERF_TYPE_TRACEPOINT;
	attr.size = sizeof(attr);
	attr.config = (unsigned long long)id;
	attr.sample_period = 1;
	attr.wakeup_events = 1;
	pfd = (int)syscall(__NR_perf_event_open, &attr, -1, 0, -1,
			   PERF_FLAG_FD_CLOEXEC);
	if (pfd < 0)
		return -errno;
	l = bpf_program__attach_perf_event(prog, pfd);
	err = (int)libbpf_get_error(l);
	if (err) {
		close(pfd);
		return err;
	}
	*link = l;
	return 0;
}

int tpattach_raw(struct bpf_program *prog, const char *name,
		 struct bpf_link **link)
{
	struct bpf_link *l = bpf_program__attach_raw_tracepoint(prog, name);
	int err = (int)libbpf_get_error(l);

	if (err)
		return err;
	*link = l;
	return 0;
}
