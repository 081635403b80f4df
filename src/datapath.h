/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * The one interface both data paths implement. Each program links exactly
 * one of datapath-global.c and datapath-map.c, which defines `datapath`.
 */
#ifndef BPFM_DATAPATH_H
#define BPFM_DATAPATH_H

#include <stdbool.h>

#include "target.h"

struct bpf_object;
struct bpf_program;
struct bpf_map;

/* What the common code needs from either skeleton */
struct dpobj {
	void *skel;
	struct bpf_program *prog_write;	/* syscalls/sys_enter_write */
	struct bpf_program *prog_raw;	/* raw_syscalls/sys_enter */
	struct bpf_map *counts;		/* triggers seen, key 0 */
};

struct datapath {
	const char *name;		/* "global data" or "array map" */
	bool global_data;		/* needs global data in the kernel */
	int (*open)(struct dpobj *o);
	/* Load with the target set, before or after load as the path needs */
	int (*load)(struct dpobj *o, const struct bpfm_target *t);
	int (*read_target)(struct dpobj *o, struct bpfm_target *t);
	void (*destroy)(struct dpobj *o);
};

extern const struct datapath datapath;

int datapath_read_count(const struct dpobj *o, unsigned long long *count);

#endif /* BPFM_DATAPATH_H */
