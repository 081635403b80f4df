// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * load.c: bpfm-bench-load-global and bpfm-bench-load-map, the bench's
 * stand-in for bpf-minimal where the tool itself cannot be used. Linked
 * with the tool's own library and one data path unit, it loads the same
 * object the same way, then:
 *
 *   write  loads handle_write and attaches it to syscalls/sys_enter_write
 *          with the tool's own attach_write();
 *   raw    loads handle_raw and attaches it to raw_syscalls/sys_enter with
 *          the tool's attach_raw(), which the tool only does where the
 *          kernel refuses the first;
 *
 * makes the handshake, prints "ready EVENT TRIGGER-FD", and answers "match N B" on stdin:
 * B batches of N trigger writes as fast as it can (the matching path, with
 * its bpf_printk), one "match" line of ns per write for each batch. Every
 * matching write must be counted by the program, or it fails. EOF on stdin
 * detaches and exits 0.
 */
#include "config.h"

#include <errno.h>
#include <stdbool.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/resource.h>

#include <bpf/libbpf.h>

#include "attach.h"
#include "compat.h"
#include "datapath.h"
#include "handshake.h"
#include "log.h"
#include "loop.h"
#include "tracefs.h"

#define LOAD_MAX_BATCHES 64

struct load {
	struct tracefs tf;
	struct dpobj obj;
	struct attach at;
	struct bpfm_target target;
	int null_fd;
	unsigned long long matched;	/* matching writes made */
};

static int load_attach(struct load *l, bool raw)
{
	int err;

	err = raw ? attach_raw(&l->at, &l->obj, &l->tf) :
		    attach_write(&l->at, &l->obj, &l->tf);
	if (err)
		fprintf(stderr, "bench: attaching to %s failed: %s\n",
			raw ? ATTACH_EVENT_RAW : ATTACH_EVENT_WRITE,
			strerror(-err));
	return err;
}

static int load_handshake(struct load *l)
{
	struct bpfm_target seen;
	int err;

	err = handshake_send(l->null_fd, l->target.cookie);
	if (!err)
		err = datapath.read_target(&l->obj, &seen);
	if (!err && !seen.pid)
		err = -EPROTO;
	if (err)
		fprintf(stderr, "bench: the handshake failed: %s\n",
			strerror(-err));
	return err;
}

/* B batches of n matching writes; every one must be counted */
static int load_match(struct load *l, long n, int batches)
{
	unsigned long long seen = 0;
	uint64_t t0;
	long i;
	int b, err;

	printf("match");
	for (b = 0; b < batches; b++) {
		t0 = loop_now();
		for (i = 0; i < n; i++)
			(void)!write((int)l->target.fd, ".", 1);
		printf(" %.1f", (double)(loop_now() - t0) / (double)n);
		l->matched += (unsigned long long)n;
	}
	printf("\n");
	fflush(stdout);
	err = datapath_read_count(&l->obj, &seen);
	if (!err && seen != l->matched)
		err = -EPROTO;
	if (err)
		fprintf(stderr, "bench: the program counted %llu of %llu matching writes (%s)\n",
			seen, l->matched, strerror(-err));
	return err;
}

static int load_serve(struct load *l)
{
	char line[128];
	long n;
	int b, err;

	printf("ready %s %u\n", l->at.event, l->target.fd);
	fflush(stdout);
	while (fgets(line, sizeof(line), stdin)) {
		if (sscanf(line, "match %ld %d", &n, &b) != 2 || n < 1 ||
		    b < 1 || b > LOAD_MAX_BATCHES) {
			fprintf(stderr, "bench: bad command: %s", line);
			return -EINVAL;
		}
		err = load_match(l, n, b);
		if (err)
			return err;
	}
	return 0;
}

static int load_run(struct load *l, bool raw)
{
	int fd, err;

	err = tracefs_open(&l->tf);
	if (err) {
		tracefs_explain(err);
		return err;
	}
	/* The same fds as the tool's: /dev/null, and its trigger fd */
	l->null_fd = open("/dev/null", O_WRONLY | O_CLOEXEC);
	fd = loop_trigger_fd(true);
	if (l->null_fd < 0 || fd < 0) {
		err = l->null_fd < 0 ? -errno : fd;
		fprintf(stderr, "bench: cannot open /dev/null: %s\n",
			strerror(-err));
		goto out_tracefs;
	}
	l->target.fd = (__u32)fd;
	err = handshake_cookie(&l->target.cookie);
	if (!err)
		err = datapath.open(&l->obj);
	if (err)
		goto out_tracefs;
	/* One program, as the tool loads it */
	bpf_program__set_autoload(raw ? l->obj.prog_write : l->obj.prog_raw,
				  false);
	err = datapath.load(&l->obj, &l->target);
	if (err) {
		fprintf(stderr, "bench: loading failed: %s\n", strerror(-err));
		goto out_destroy;
	}
	err = load_attach(l, raw);
	if (err)
		goto out_destroy;
	err = load_handshake(l);
	if (!err)
		err = load_serve(l);
	attach_detach(&l->at);
out_destroy:
	datapath.destroy(&l->obj);
out_tracefs:
	tracefs_close(&l->tf);
	return err;
}

int main(int argc, char **argv)
{
	struct load l;

	if (argc != 2 || (strcmp(argv[1], "write") && strcmp(argv[1], "raw"))) {
		fprintf(stderr, "usage: %s write|raw (a helper of make bench)\n",
			argv[0]);
		return 2;
	}
	memset(&l, 0, sizeof(l));
	log_libbpf_install();
	libbpf_set_strict_mode(LIBBPF_STRICT_ALL);
	libbpf_set_memlock_rlim(RLIM_INFINITY);
	return load_run(&l, !strcmp(argv[1], "raw")) ? 1 : 0;
}
