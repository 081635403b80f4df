/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * What the running kernel can do, asked through bpf() itself.
 * Each probe returns 1 (yes), 0 (no), or -errno when it cannot tell
 * (-EPERM: not allowed to use bpf()).
 */
#ifndef BPFM_KFEATURES_H
#define BPFM_KFEATURES_H

#define KFEAT_HELPER_GET_NS_CURRENT_PID_TGID	120
#define KFEAT_HELPER_KTIME_GET_COARSE_NS	160

int kfeat_bpf_syscall(void);
int kfeat_bpf_reachable(void);
int kfeat_global_data(void);
int kfeat_mmapable_maps(void);
int kfeat_ns_pid_helper(void);
int kfeat_memcg_accounting(void);
int kfeat_tracepoint_prog(void);

#endif /* BPFM_KFEATURES_H */
