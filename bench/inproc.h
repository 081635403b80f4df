/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* The programs the bench loads itself: the empty ones, the raw_tp candidate. */
#ifndef BENCH_INPROC_H
#define BENCH_INPROC_H

#include <stdbool.h>

#include "target.h"
#include "tracefs.h"

enum inproc_prog {
	INPROC_EMPTY_WRITE,	/* empty, syscalls/sys_enter_write */
	INPROC_EMPTY_RAW,	/* empty, raw_syscalls/sys_enter */
	INPROC_EMPTY_RAWTP,	/* empty, raw_tp sys_enter */
	INPROC_RAWTP,		/* bpf-minimal's filter on raw_tp sys_enter */
};

struct empty_bpf;
struct rawtp_bpf;
struct bpf_link;

struct inproc {
	struct tracefs tf;
	struct empty_bpf *empty;
	struct rawtp_bpf *rawtp;	/* NULL where it cannot run */
	struct bpf_link *link;		/* what is attached now */
	struct bpfm_target target;	/* the rawtp program's */
	int null_fd;
	bool shaken;			/* rawtp has learned our PID */
	unsigned long long matched;	/* matching writes made */
};

int inproc_open(struct inproc *ip);
bool inproc_has(const struct inproc *ip, enum inproc_prog which);
int inproc_attach(struct inproc *ip, enum inproc_prog which);
void inproc_detach(struct inproc *ip);
int inproc_prog_fd(const struct inproc *ip, enum inproc_prog which);
int inproc_match(struct inproc *ip, long n, int batches, double *ns);
void inproc_close(struct inproc *ip);

#endif /* BENCH_INPROC_H */
