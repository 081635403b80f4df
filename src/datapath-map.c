// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * datapath-map.c: the target lives in a one-entry array map, written after
 * load. No global data at all, so the object loads on any kernel with BPF
 * tracepoints.
 */
#include "config.h"

#include <errno.h>
#include <stdlib.h>

#include <linux/bpf.h>
#include <bpf/libbpf.h>

#include "compat.h"
#include "datapath.h"
#include "minimal-map.skel.h"

static int map_open(struct dpobj *o)
{
	struct minimal_map_bpf *skel = minimal_map_bpf__open();

	if (!skel)
		return -errno;
	o->skel = skel;
	o->prog_write = skel->progs.handle_write;
	o->prog_raw = skel->progs.handle_raw;
	o->counts = skel->maps.counts;
	return 0;
}

static int map_load(struct dpobj *o, const struct bpfm_target *t)
{
	struct minimal_map_bpf *skel = o->skel;
	unsigned int zero = 0;
	int err;

	err = minimal_map_bpf__load(skel);
	if (err)
		return err;
	return bpf_map__update_elem(skel->maps.target, &zero, sizeof(zero), t,
				    sizeof(*t), BPF_ANY);
}

static int map_read_target(struct dpobj *o, struct bpfm_target *t)
{
	struct minimal_map_bpf *skel = o->skel;
	unsigned int zero = 0;

	return bpf_map__lookup_elem(skel->maps.target, &zero, sizeof(zero), t,
				    sizeof(*t), 0);
}

static void map_destroy(struct dpobj *o)
{
	minimal_map_bpf__destroy(o->skel);
	o->skel = NULL;
}

const struct datapath datapath = {
	.name = "array map",
	.global_data = false,
	.open = map_open,
	.load = map_load,
	.read_target = map_read_target,
	.destroy = map_destroy,
};
