/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* Attach the program to its tracepoint, and probe which ones allow it. */
#ifndef BPFM_ATTACH_H
#define BPFM_ATTACH_H

#include <stdbool.h>
#include <stddef.h>

#include "datapath.h"
#include "tracefs.h"

struct bpf_link;
struct bpf_program;

struct attach {
	struct bpf_link *link;
	const char *event;	/* the tracepoint in use */
};

#define ATTACH_EVENT_WRITE	"syscalls/sys_enter_write"
#define ATTACH_EVENT_RAW	"raw_syscalls/sys_enter"

bool attach_compat_syscalls(size_t long_size, const char *machine);
int attach_link(struct bpf_program *prog, const struct tracefs *tf,
		const char *event, struct bpf_link **link);
int attach_check_layout(const struct tracefs *tf, const char *event);
int attach_write(struct attach *a, const struct dpobj *o,
		 const struct tracefs *tf);
int attach_raw(struct attach *a, const struct dpobj *o,
	       const struct tracefs *tf);
void attach_detach(struct attach *a);
int attach_probe(const struct tracefs *tf, const char *event);

#endif /* BPFM_ATTACH_H */
