// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * libbpf_set_strict_mode() for libbpf before 0.5, which has no strict mode:
 * its pointer APIs return ERR_PTR (read with libbpf_get_error()) and it
 * never raises RLIMIT_MEMLOCK (the libbpf_set_memlock_rlim shim does).
 */
#include "config.h"

#include "compat.h"

int libbpf_set_strict_mode(enum libbpf_strict_mode mode)
{
	(void)mode;
	return 0;
}
