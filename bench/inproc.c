// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * inproc.c: the programs the bench loads in its own process. All are
 * loaded once, up front, and attached one at a time. The raw_tp candidate
 * targets the bench itself: it learns the bench's PID through the same
 * handshake as bpf-minimal on its first attach, and the bench's own writes
 * to its trigger fd are then its matching writes.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <bpf/libbpf.h>

#include "compat.h"
#include "handshake.h"
#include "inproc.h"
#include "loop.h"
#include "attach.h"
#include "tpattach.h"

#include "empty.skel.h"
#include "rawtp.skel.h"

static int inproc_open_rawtp(struct inproc *ip)
{
	struct rawtp_bpf *skel;
	int err;

	skel = rawtp_bpf__open();
	if (!skel)
		return -errno;
	if (!skel->rodata->regs_known) {
		fprintf(stderr, "bench: the raw_tp candidate does not know this architecture's struct pt_regs: left out\n");
		rawtp_bpf__destroy(skel);
		return 0;
	}
	skel->bss->my_target = ip->target;
	err = rawtp_bpf__load(skel);
	if (err) {
		fprintf(stderr, "bench: the raw_tp candidate does not load here (%s): left out\n",
			strerror(-err));
		rawtp_bpf__destroy(skel);
		return 0;
	}
	ip->rawtp = skel;
	return 0;
}

int inproc_open(struct inproc *ip)
{
	int err, fd;

	memset(ip, 0, sizeof(*ip));
	ip->tf.dirfd = -1;
	ip->null_fd = open("/dev/null", O_WRONLY | O_CLOEXEC);
	if (ip->null_fd < 0)
		return -errno;
	fd = loop_trigger_fd(true);
	if (fd < 0)
		return fd;
	ip->target.fd = (__u32)fd;
	err = handshake_cookie(&ip->target.cookie);
	if (err)
		return err;
	err = tracefs_open(&ip->tf);
	if (err) {
		tracefs_explain(err);
		return err;
	}
	ip->empty = empty_bpf__open_and_load();
	if (!ip->empty) {
		err = -errno;
		fprintf(stderr, "bench: cannot load the empty programs: %s\n",
			strerror(-err));
		return err;
	}
	return inproc_open_rawtp(ip);
}

bool inproc_has(const struct inproc *ip, enum inproc_prog which)
{
	return which != INPROC_RAWTP || ip->rawtp;
}

static struct bpf_program *inproc_prog(const struct inproc *ip,
				       enum inproc_prog which)
{
	switch (which) {
	case INPROC_EMPTY_WRITE:
		return ip->empty->progs.empty_write;
	case INPROC_EMPTY_RAW:
		return ip->empty->progs.empty_raw;
	case INPROC_EMPTY_RAWTP:
		return ip->empty->progs.empty_rawtp;
	case INPROC_RAWTP:
		return ip->rawtp ? ip->rawtp->progs.handle_rawtp : NULL;
	}
	return NULL;
}

int inproc_prog_fd(const struct inproc *ip, enum inproc_prog which)
{
	struct bpf_program *p = inproc_prog(ip, which);

	return p ? bpf_program__fd(p) : -ENOENT;
}

/* The first time the candidate is attached, it must learn our PID */
static int inproc_handshake(struct inproc *ip)
{
	struct rawtp_bpf__bss bss;
	unsigned int zero = 0;
	int err;

	err = handshake_send(ip->null_fd, ip->target.cookie);
	if (!err)
		err = bpf_map__lookup_elem(ip->rawtp->maps.bss, &zero,
					   sizeof(zero), &bss, sizeof(bss), 0);
	if (!err && !bss.my_target.pid)
		err = -EPROTO;
	if (err)
		fprintf(stderr, "bench: the raw_tp candidate missed the handshake: %s\n",
			strerror(-err));
	ip->shaken = !err;
	return err;
}

int inproc_attach(struct inproc *ip, enum inproc_prog which)
{
	struct bpf_program *p = inproc_prog(ip, which);
	int err;

	if (!p)
		return -ENOENT;
	switch (which) {
	case INPROC_EMPTY_WRITE:
		err = attach_link(p, &ip->tf, "syscalls/sys_enter_write",
				  &ip->link);
		break;
	case INPROC_EMPTY_RAW:
		err = attach_link(p, &ip->tf, "raw_syscalls/sys_enter",
				  &ip->link);
		break;
	default:
		err = tpattach_raw(p, "sys_enter", &ip->link);
	}
	if (err) {
		fprintf(stderr, "bench: attaching %s failed: %s\n",
			bpf_program__name(p), strerror(-err));
		return err;
	}
	if (which == INPROC_RAWTP && !ip->shaken)
		return inproc_handshake(ip);
	return 0;
}

void inproc_detach(struct inproc *ip)
{
	if (ip->link)
		bpf_link__destroy(ip->link);
	ip->link = NULL;
}

/* With the candidate attached: batches of n matching writes, all counted */
int inproc_match(struct inproc *ip, long n, int batches, double *ns)
{
	unsigned long long seen = 0;
	unsigned int zero = 0;
	uint64_t t0;
	long i;
	int b, err;

	for (b = 0; b < batches; b++) {
		t0 = loop_now();
		for (i = 0; i < n; i++)
			(void)!write((int)ip->target.fd, ".", 1);
		ns[b] = (double)(loop_now() - t0) / (double)n;
		ip->matched += (unsigned long long)n;
	}
	err = bpf_map__lookup_elem(ip->rawtp->maps.counts, &zero, sizeof(zero),
				   &seen, sizeof(seen), 0);
	if (!err && seen != ip->matched)
		err = -EPROTO;
	if (err)
		fprintf(stderr, "bench: the raw_tp candidate counted %llu of %llu matching writes (%s)\n",
			seen, ip->matched, strerror(-err));
	return err;
}

void inproc_close(struct inproc *ip)
{
	inproc_detach(ip);
	rawtp_bpf__destroy(ip->rawtp);
	empty_bpf__destroy(ip->empty);
	tracefs_close(&ip->tf);
	if (ip->null_fd > 0)
		close(ip->null_fd);
	if (ip->target.fd > 0)
		close((int)ip->target.fd);
}
