/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* Attach a program to a raw tracepoint, for the bench (tracefs events: attach_link()). */
#ifndef BENCH_TPATTACH_H
#define BENCH_TPATTACH_H

#include "tracefs.h"

struct bpf_link;
struct bpf_program;

int tpattach_raw(struct bpf_program *prog, const char *name,
		 struct bpf_link **link);

#endif /* BENCH_TPATTACH_H */
