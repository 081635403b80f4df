/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * A slot: one thing the bench attaches (or nothing), set up and torn down
 * once per round, and the figures measured while it is up.
 */
#ifndef BENCH_SLOT_H
#define BENCH_SLOT_H

#include <stdbool.h>

#include "child.h"
#include "inproc.h"

enum slot_kind {
	SLOT_NONE,		/* nothing attached: the floor */
	SLOT_INPROC,		/* a program the bench loads itself */
	SLOT_TOOL,		/* bpf-minimal itself, -i 1 */
	SLOT_HELPER,		/* bpfm-bench-load-*: write or raw */
	SLOT_EXTERNAL,		/* libbpf-bootstrap's minimal(_legacy) */
};

enum bench_bin {
	BIN_GLOBAL,
	BIN_MAP,
	BIN_LOAD_GLOBAL,
	BIN_LOAD_MAP,
	BIN_MINIMAL,
	BIN_MINIMAL_LEGACY,
	BIN_MAX,
};

#define FIG_FOREIGN	0x1	/* the worker's write() and getppid() */
#define FIG_MATCH	0x2	/* the loader's own matching write() */
#define FIG_SAMEFD	0x4	/* the worker's write() on the trigger fd number */

struct slot {
	const char *variant;	/* the rows its figures go to */
	enum slot_kind kind;
	int arg;		/* enum inproc_prog, or enum bench_bin */
	const char *mode;	/* SLOT_HELPER: "write" or "raw" */
	unsigned int figs;
	struct child ch;	/* while up, unless SLOT_NONE/INPROC */
	int trigger_fd;		/* while up: the loader's, or -1 */
};

struct bench {
	const char *bin[BIN_MAX];	/* NULL: not given */
	struct inproc ip;
};

bool slot_present(const struct bench *b, const struct slot *s);
int slot_up(struct bench *b, struct slot *s);
int slot_down(struct bench *b, struct slot *s);
int slot_prog_fd(struct bench *b, struct slot *s);
int slot_match(struct bench *b, struct slot *s, long n, int batches,
	       double *ns);
const char *slot_name(const struct bench *b, const struct slot *s);

#endif /* BENCH_SLOT_H */
