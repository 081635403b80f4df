// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* bpf_map__lookup_elem() for libbpf before 0.8, through the map's fd. */
#include "config.h"

#include <errno.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#include "compat.h"

int bpf_map__lookup_elem(const struct bpf_map *map, const void *key,
			 size_t key_sz, void *value, size_t value_sz,
			 __u64 flags)
{
	int fd = bpf_map__fd(map);

	if (fd < 0)
		return -EINVAL;
	if (flags)
		return -EOPNOTSUPP;
	if (bpf_map__key_size(map) != key_sz ||
	    bpf_map__value_size(map) != value_sz)
		return -EINVAL;
	return bpf_map_lookup_elem(fd, key, value) ? -errno : 0;
}
