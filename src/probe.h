/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* --probe: what this kernel supports, and whether this build can run. */
#ifndef BPFM_PROBE_H
#define BPFM_PROBE_H

/* Exit statuses of --probe */
#define PROBE_YES	0
#define PROBE_NO	1
#define PROBE_UNKNOWN	3

int probe_run(void);

#endif /* BPFM_PROBE_H */
