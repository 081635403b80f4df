// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * tpattach.c: attach one of the bench's own programs to a raw tracepoint.
 * (On a tracefs event, the bench uses bpf-minimal's own attach_link().)
 */
#include "config.h"

#include <bpf/libbpf.h>

#include "tpattach.h"

int tpattach_raw(struct bpf_program *prog, const char *name,
		 struct bpf_link **link)
{
	struct bpf_link *l = bpf_program__attach_raw_tracepoint(prog, name);
	int err = (int)libbpf_get_error(l);

	if (err)
		return err;
	*link = l;
	return 0;
}
