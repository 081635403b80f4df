// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * datapath-global.c: the target lives in a global of the BPF program (its
 * .bss map). It is set through the skeleton before load (Linux 5.2+), and
 * read back through the map's fd: below 5.5 the map cannot be mmap()ed, and
 * libbpf leaves skel->bss NULL after load.
 */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/libbpf.h>

#include "compat.h"
#include "datapath.h"
#include "minimal-global.skel.h"

static int global_open(struct dpobj *o)
{
	struct minimal_global_bpf *skel = minimal_global_bpf__open();

	if (!skel)
		return -errno;
	o->skel = skel;
	o->prog_write = skel->progs.handle_write;
	o->prog_raw = skel->progs.handle_raw;
	o->counts = skel->maps.counts;
	return 0;
}

static int global_load(struct dpobj *o, const struct bpfm_target *t)
{
	struct minimal_global_bpf *skel = o->skel;

	skel->bss->my_target = *t;
	return minimal_global_bpf__load(skel);
}

static int global_read_target(struct dpobj *o, struct bpfm_target *t)
{
	struct minimal_global_bpf *skel = o->skel;
	struct minimal_global_bpf__bss bss;
	unsigned int zero = 0;
	int err;

	memset(&bss, 0, sizeof(bss));	/* for valgrind: the kernel fills it */
	err = bpf_map__lookup_elem(skel->maps.bss, &zero, sizeof(zero), &bss,
				   sizeof(bss), 0);
	if (err)
		return err;
	*t = bss.my_target;
	return 0;
}

static void global_destroy(struct dpobj *o)
{
	minimal_global_bpf__destroy(o->skel);
	o->skel = NULL;
}

const struct datapath datapath = {
	.name = "global data",
	.global_data = true,
	.open = global_open,
	.load = global_load,
	.read_target = global_read_target,
	.destroy = global_destroy,
};
