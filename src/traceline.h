/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* One line of trace_pipe, as bpf_trace_printk leaves it. */
#ifndef BPFM_TRACELINE_H
#define BPFM_TRACELINE_H

#include <stdbool.h>
#include <stddef.h>

struct traceline {
	long pid;		/* the writer's kernel-wide TID, as printed */
	const char *msg;	/* the message, inside the parsed line */
	size_t msg_len;
};

int traceline_parse(const char *line, struct traceline *tl);
bool traceline_is_trigger(const struct traceline *tl, long pid);
void traceline_cleanup(void);

#endif /* BPFM_TRACELINE_H */
