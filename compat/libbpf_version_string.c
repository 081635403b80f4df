// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * libbpf_version_string() for libbpf before 0.6, which cannot say its own
 * version at run time: the version configure found is the best we know.
 */
#include "config.h"

#include "compat.h"

const char *libbpf_version_string(void)
{
	return "v" LIBBPF_PKG_VERSION;
}
