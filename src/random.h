/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* Random bytes that never block, even early after boot. */
#ifndef BPFM_RANDOM_H
#define BPFM_RANDOM_H

#include <stddef.h>

int random_bytes(void *buf, size_t len);

#endif /* BPFM_RANDOM_H */
