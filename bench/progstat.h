/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* A BPF program's own run time, from the kernel's bpf_stats. */
#ifndef BENCH_PROGSTAT_H
#define BENCH_PROGSTAT_H

#include <sys/types.h>

#include <linux/types.h>

struct progstat {
	int stats_fd;		/* BPF_ENABLE_STATS (5.8+), or -1 */
	int sysctl_old;		/* the sysctl's value to restore, or -1 */
};

int progstat_enable(struct progstat *ps);
void progstat_restore(struct progstat *ps);
int progstat_find(pid_t pid);
int progstat_read(int prog_fd, __u64 *cnt, __u64 *ns);
int progstat_others(const pid_t *mine, int nmine);

#endif /* BENCH_PROGSTAT_H */
