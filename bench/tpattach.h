/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* Attach a program to a tracefs event or a raw tracepoint, for the bench. */
#ifndef BENCH_TPATTACH_H
#define BENCH_TPATTACH_H

#include "tracefs.h"

struct bpf_link;
struct bpf_program;

int tpattach_event(struct bpf_program *prog, const struct tracefs *tf,
		   const char *event, struct bpf_link **link);
int tpattach_raw(struct bpf_program *prog, const char *name,
		 struct bpf_link **link);

#endif /* BENCH_TPATTACH_H */
