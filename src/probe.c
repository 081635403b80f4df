// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * probe.c: one "name: yes|no|unknown" line per kernel feature that matters,
 * each answered by really trying it (kfeatures.c, attach_probe()), then the
 * kernel release, this build's data path, and last whether this build can
 * run here. "unknown" says why: usually the missing privilege.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/resource.h>

#include "attach.h"
#include "compat.h"
#include "datapath.h"
#include "kfeatures.h"
#include "kversion.h"
#include "privilege.h"
#include "probe.h"
#include "tracefs.h"

enum answer { NO, YES, UNKNOWN };

/*
 * One line: yes (res 1), no (res 0; needs says what it takes), or unknown
 * (res -errno; why says why, else the privilege check does).
 */
static enum answer probe_print(const char *name, int res, const char *needs,
			       const char *why)
{
	char buf[160];

	if (res == 1) {
		printf("%s: yes\n", name);
		return YES;
	}
	if (res == 0) {
		printf("%s: no%s%s%s\n", name, needs ? " (" : "",
		       needs ? needs : "", needs ? ")" : "");
		return NO;
	}
	if (!why)
		why = res == -EEXIST ?
		      "another BPF program holds it; before 4.15 only one may" :
		      privilege_reason(res, buf, sizeof(buf));
	printf("%s: unknown (%s)\n", name, why);
	return UNKNOWN;
}

/* The worse of two answers: no, then unknown, then yes */
static enum answer probe_worse(enum answer a, enum answer b)
{
	if (a == NO || b == NO)
		return NO;
	if (a == UNKNOWN || b == UNKNOWN)
		return UNKNOWN;
	return YES;
}

static enum answer probe_tracepoints(const char **in_use)
{
	struct tracefs tf;
	enum answer w, r;
	int err;

	err = tracefs_open(&tf);
	if (err) {
		const char *why = err == -EACCES ? "tracefs is for root only" :
				  err == -EPERM ? "tracefs not mounted, no right to mount it" :
				  "tracefs not found";

		probe_print("tracepoint " ATTACH_EVENT_WRITE, err, NULL, why);
		probe_print("tracepoint " ATTACH_EVENT_RAW, err, NULL, why);
		return UNKNOWN;
	}
	w = probe_print("tracepoint " ATTACH_EVENT_WRITE,
			attach_probe(&tf, ATTACH_EVENT_WRITE),
			"BPF on syscall tracepoints needs Linux 4.14", NULL);
	r = probe_print("tracepoint " ATTACH_EVENT_RAW,
			attach_probe(&tf, ATTACH_EVENT_RAW),
			"BPF tracepoint programs need Linux 4.7", NULL);
	tracefs_close(&tf);
	/* The loader falls back to raw_syscalls only where write says no */
	if (w == YES)
		*in_use = ATTACH_EVENT_WRITE;
	else if (w == NO && r == YES)
		*in_use = ATTACH_EVENT_RAW;
	if (w == UNKNOWN)
		return UNKNOWN;
	return w == YES ? YES : r;
}

int probe_run(void)
{
	const char *in_use = "none";
	enum answer can, bpf, tp, gd;
	char release[128] = "unknown";
	struct kversion kv;
	int res;

	libbpf_set_memlock_rlim(RLIM_INFINITY);
	res = kfeat_bpf_syscall();
	if (res == 0 && privilege_seccomp())
		res = -ENOSYS;	/* a filter may fake ENOSYS: say unknown */
	bpf = probe_print("bpf syscall", res,
			  "the kernel needs CONFIG_BPF_SYSCALL", NULL);
	tp = probe_tracepoints(&in_use);
	gd = probe_print("global data", kfeat_global_data(), "Linux 5.2", NULL);
	probe_print("mmapable array maps", kfeat_mmapable_maps(), "Linux 5.5",
		    NULL);
	probe_print("bpf_get_ns_current_pid_tgid", kfeat_ns_pid_helper(),
		    "Linux 5.7", NULL);
	probe_print("kernel BTF", access("/sys/kernel/btf/vmlinux", R_OK) == 0,
		    NULL, NULL);
	kversion_running(&kv, release, sizeof(release));
	printf("kernel release: %s\n", release);
	printf("tracepoint in use: %s\n", in_use);
	printf("data path: %s\n", datapath.name);
	printf("configure chose: %s (%s)\n", BPFM_DATAPATH_DEFAULT,
	       BPFM_DATAPATH_REASON);

	can = probe_worse(bpf, tp);
	if (datapath.global_data)
		can = probe_worse(can, gd);
	printf("this build can run here: %s\n",
	       can == YES ? "yes" : can == NO ? "no" : "unknown");
	if (can == NO && datapath.global_data && gd == NO && bpf == YES)
		printf("why: this kernel has no global data for BPF (Linux 5.2); use a build configured with --with-bpf-global-data=no\n");
	else if (can == NO && tp == NO)
		printf("why: BPF tracepoint programs need Linux 4.7 (raw_syscalls/sys_enter) or 4.14 (syscalls/sys_enter_write), with CONFIG_FTRACE_SYSCALLS\n");
	fflush(stdout);
	if (can == YES)
		return PROBE_YES;
	return can == NO ? PROBE_NO : PROBE_UNKNOWN;
}
