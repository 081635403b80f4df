/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* --follow: read the trace output and print this process's lines. */
#ifndef BPFM_FOLLOW_H
#define BPFM_FOLLOW_H

#include <stdbool.h>
#include <stdint.h>

#include "instance.h"
#include "tracefs.h"

struct follow {
	int fd;			/* trace_pipe, non-blocking */
	bool private;		/* fd belongs to our own instance */
	struct instance inst;
	long pid;		/* kernel-wide PID whose lines we print */
	bool raw;		/* print the kernel's whole line (-v) */
	uint64_t lines;		/* lines printed */
	uint64_t skipped;	/* lines that were not ours */
	size_t len;
	char buf[8192];
};

int follow_start(struct follow *fw, const struct tracefs *tf, long kpid,
		 bool raw);
int follow_read(struct follow *fw);
void follow_stop(struct follow *fw, const struct tracefs *tf);

#endif /* BPFM_FOLLOW_H */
