// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * libbpf_set_memlock_rlim() for libbpf before 1.0 (and 0.8's shared
 * library, which does not export it). libbpf 1.0 raises RLIMIT_MEMLOCK to
 * this value itself before its first load, on kernels before 5.11 that
 * charge BPF memory to it; older libbpf never does. The shim raises it at
 * once: as far as allowed (the hard limit, without CAP_SYS_RESOURCE).
 */
#include "config.h"

#include <errno.h>
#include <sys/resource.h>

#include "compat.h"

int libbpf_set_memlock_rlim(size_t memlock_bytes)
{
	struct rlimit r;

	r.rlim_cur = r.rlim_max = memlock_bytes == (size_t)RLIM_INFINITY ?
				  RLIM_INFINITY : (rlim_t)memlock_bytes;
	if (!setrlimit(RLIMIT_MEMLOCK, &r))
		return 0;
	if (getrlimit(RLIMIT_MEMLOCK, &r))
		return -errno;
	r.rlim_cur = r.rlim_max;
	if (setrlimit(RLIMIT_MEMLOCK, &r))
		return -errno;
	return -EPERM;
}
