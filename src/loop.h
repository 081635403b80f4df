/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* The trigger loop, and waiting for the last --follow lines. */
#ifndef BPFM_LOOP_H
#define BPFM_LOOP_H

#include <stdbool.h>
#include <stdint.h>

#include "follow.h"

struct loop {
	int trigger_fd;
	uint64_t count;		/* triggers to make; 0: until a signal */
	uint64_t interval_ns;	/* 0: as fast as possible */
	struct follow *fw;	/* NULL without --follow */
	uint64_t triggered;	/* trigger write() calls made */
};

uint64_t loop_now(void);
int loop_trigger_fd(bool quiet);
int loop_run(struct loop *l);
int loop_drain(struct loop *l, uint64_t seen);

#endif /* BPFM_LOOP_H */
