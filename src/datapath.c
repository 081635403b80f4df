// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* datapath.c: what both data paths share: the trigger counter map. */
#include "config.h"

#include <bpf/libbpf.h>

#include "compat.h"
#include "datapath.h"

int datapath_read_count(const struct dpobj *o, unsigned long long *count)
{
	unsigned int zero = 0;
	__u64 v = 0;
	int err;

	err = bpf_map__lookup_elem(o->counts, &zero, sizeof(zero), &v,
				   sizeof(v), 0);
	if (err)
		return err;
	*count = v;
	return 0;
}
