/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * compat.h: the libbpf APIs that older releases lack, each with the exact
 * libbpf name, declared here and defined in compat/<name>.c when configure's
 * link test (BPFM_CHECK_LIBBPF_FUNC) did not find it.
 *
 * Two more differences need no shim, by design:
 *  - before 1.0, pointer APIs return ERR_PTR(-err) instead of NULL with
 *    errno: every pointer result is checked with libbpf_get_error(), which
 *    reads both forms on every release;
 *  - before 1.0, libbpf looks for tracepoints only under
 *    /sys/kernel/debug/tracing: the loader never asks libbpf to find one; it
 *    reads the id from the tracefs it found itself and attaches a perf event
 *    (src/attach.c).
 */
#ifndef BPFM_COMPAT_H
#define BPFM_COMPAT_H

#include <stddef.h>
#include <linux/types.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

struct bpf_map;

#ifndef HAVE_BPF_MAP__LOOKUP_ELEM
/* bpf_map__lookup_elem.c: libbpf 0.8 */
int bpf_map__lookup_elem(const struct bpf_map *map, const void *key,
			 size_t key_sz, void *value, size_t value_sz,
			 __u64 flags);
#endif

#ifndef HAVE_BPF_MAP__UPDATE_ELEM
/* bpf_map__update_elem.c: libbpf 0.8 */
int bpf_map__update_elem(const struct bpf_map *map, const void *key,
			 size_t key_sz, const void *value, size_t value_sz,
			 __u64 flags);
#endif

#ifndef HAVE_LIBBPF_SET_MEMLOCK_RLIM
/*
 * libbpf_set_memlock_rlim.c: libbpf 1.0 raises RLIMIT_MEMLOCK itself
 * before loading, on kernels that need it (before 5.11); the shim raises it
 * at once, on every kernel.
 */
int libbpf_set_memlock_rlim(size_t memlock_bytes);
#endif

#ifndef HAVE_LIBBPF_SET_STRICT_MODE
/*
 * libbpf_set_strict_mode.c: libbpf 0.5. In 0.5 to 0.8 strict mode gives the
 * 1.0 behaviour (plain -errno results; from 0.7, raising RLIMIT_MEMLOCK);
 * 1.0 ignores it. Before 0.5 there is nothing to switch on.
 */
enum libbpf_strict_mode {
	LIBBPF_STRICT_ALL = 0xffffffff,
	LIBBPF_STRICT_NONE = 0x00,
};

int libbpf_set_strict_mode(enum libbpf_strict_mode mode);
#endif

#ifndef HAVE_LIBBPF_VERSION_STRING
/* libbpf_version_string.c: libbpf 0.6; the shim names the version built against */
const char *libbpf_version_string(void);
#endif

#endif /* BPFM_COMPAT_H */
