/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* A private tracefs instance that receives bpf_trace_printk lines. */
#ifndef BPFM_INSTANCE_H
#define BPFM_INSTANCE_H

#include "tracefs.h"

#define INSTANCE_PREFIX "bpf-minimal-"

struct instance {
	char name[64];		/* bpf-minimal-<kernel-wide PID>-<random> */
};

bool instance_supported(const struct tracefs *tf);
int instance_create(const struct tracefs *tf, long kpid, struct instance *in);
bool instance_raced(int err);
int instance_remove(const struct tracefs *tf, const struct instance *in);
int instance_reap(const struct tracefs *tf);

#endif /* BPFM_INSTANCE_H */
