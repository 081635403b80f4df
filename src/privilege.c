// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * privilege.c: turn a refused bpf() or perf_event_open() into a message that
 * names the cause and the fix. The capabilities are read, not assumed from
 * the uid: a build server's uid 0 often has none, and a process that has
 * them can still be refused by seccomp, lockdown, a user namespace or, before
 * 5.11, RLIMIT_MEMLOCK.
 */
#include "config.h"

#include <errno.h>
#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/resource.h>

#include "kfeatures.h"
#include "log.h"
#include "privilege.h"

#define CAP_BIT_SYS_ADMIN	21
#define CAP_BIT_PERFMON		38
#define CAP_BIT_BPF		39

struct privilege {
	uint64_t cap_eff;
	bool knows_cap_bpf;	/* the kernel has CAP_BPF (5.8+) */
	bool in_userns;		/* not the initial user namespace */
	int seccomp;		/* 0 none, 1 strict, 2 filter, -1 unknown */
	bool seccomp_bpf;	/* a seccomp filter keeps bpf() from the kernel */
	bool lockdown;		/* confidentiality lockdown */
	struct rlimit memlock;
};

/* The value after "key:" in /proc/self/status, or NULL */
static char *privilege_status(const char *key, char *buf, size_t size)
{
	size_t len = strlen(key);
	FILE *f = fopen("/proc/self/status", "re");
	char *found = NULL;

	if (!f)
		return NULL;
	while (fgets(buf, (int)size, f)) {
		if (!strncmp(buf, key, len) && buf[len] == ':') {
			found = buf + len + 1;
			break;
		}
	}
	fclose(f);
	return found;
}

static int privilege_read_int(const char *path, long *v)
{
	FILE *f = fopen(path, "re");
	int ok;

	if (!f)
		return -errno;
	ok = fscanf(f, "%ld", v) == 1;
	fclose(f);
	return ok ? 0 : -EINVAL;
}

static void privilege_read(struct privilege *p)
{
	unsigned long long caps = 0;
	unsigned long inner = 0, outer = 0, count = 0;
	char buf[256], *v;
	long last_cap = 0;
	FILE *f;

	memset(p, 0, sizeof(*p));
	v = privilege_status("CapEff", buf, sizeof(buf));
	if (v && sscanf(v, "%llx", &caps) == 1)
		p->cap_eff = caps;
	v = privilege_status("Seccomp", buf, sizeof(buf));
	p->seccomp = v ? (int)strtol(v, NULL, 10) : -1;
	/* Filters are common (systemd services): blame one only if it bites */
	p->seccomp_bpf = p->seccomp == 2 && kfeat_bpf_reachable() != 1;
	if (!privilege_read_int("/proc/sys/kernel/cap_last_cap", &last_cap))
		p->knows_cap_bpf = last_cap >= CAP_BIT_BPF;

	f = fopen("/proc/self/uid_map", "re");
	if (f) {
		if (fscanf(f, "%lu %lu %lu", &inner, &outer, &count) == 3)
			p->in_userns = !(inner == 0 && outer == 0 &&
					 count == 4294967295UL);
		fclose(f);
	}
	f = fopen("/sys/kernel/security/lockdown", "re");
	if (f) {
		if (fgets(buf, sizeof(buf), f))
			p->lockdown = strstr(buf, "[confidentiality]") != NULL;
		fclose(f);
	}
	getrlimit(RLIMIT_MEMLOCK, &p->memlock);
}

static bool privilege_has(const struct privilege *p, int bit)
{
	return p->cap_eff & (1ULL << bit);
}

static bool privilege_enough(const struct privilege *p)
{
	if (privilege_has(p, CAP_BIT_SYS_ADMIN))
		return true;
	return p->knows_cap_bpf && privilege_has(p, CAP_BIT_BPF) &&
	       privilege_has(p, CAP_BIT_PERFMON);
}

static const char *privilege_missing(const struct privilege *p)
{
	if (p->knows_cap_bpf)
		return "CAP_BPF and CAP_PERFMON (or CAP_SYS_ADMIN)";
	return "CAP_SYS_ADMIN (this kernel predates CAP_BPF, Linux 5.8)";
}

/*
 * Before 5.11 the kernel charged BPF memory to RLIMIT_MEMLOCK. The memcg
 * probe is a program load itself, so under a low limit it is refused with
 * EPERM as well: that answer does not rule the limit out.
 */
static bool privilege_memlock_low(const struct privilege *p)
{
	int memcg;

	if (p->memlock.rlim_cur == RLIM_INFINITY)
		return false;
	memcg = kfeat_memcg_accounting();
	return memcg == 0 || memcg == -EPERM;
}

/*
 * A short cause for --probe's "unknown (...)" lines. err is the -errno
 * that the probe got.
 */
const char *privilege_reason(int err, char *buf, size_t size)
{
	struct privilege p;

	privilege_read(&p);
	if (p.seccomp_bpf && (err == -ENOSYS || privilege_enough(&p)))
		snprintf(buf, size, "a seccomp filter refused bpf()");
	else if (p.in_userns && !privilege_enough(&p))
		snprintf(buf, size, "in a user namespace: no BPF privilege");
	else if (!privilege_enough(&p))
		snprintf(buf, size, "no privilege: needs %s",
			 privilege_missing(&p));
	else if (err == -EPERM && privilege_memlock_low(&p))
		snprintf(buf, size,
			 "RLIMIT_MEMLOCK is %llu KiB, and kernels before 5.11 charge BPF memory to it",
			 (unsigned long long)p.memlock.rlim_cur / 1024);
	else if (p.lockdown)
		snprintf(buf, size, "kernel lockdown refused bpf()");
	else
		snprintf(buf, size, "bpf() failed: %s", strerror(-err));
	return buf;
}

/* The cause and the fix, in one or two lines. err is -errno. */
static void privilege_explain_cause(const struct privilege *p,
				    const char *doing, int err)
{
	if (p->seccomp_bpf && (err == -ENOSYS || privilege_enough(p))) {
		pr_err("%s failed: a seccomp filter refused bpf() (Seccomp: 2 in /proc/self/status)",
		       doing);
		pr_err("in Docker or Podman, run the container with --privileged or a seccomp profile that allows bpf and perf_event_open");
		return;
	}
	if (err == -ENOSYS) {
		pr_err("%s failed: this kernel has no bpf() system call; it needs CONFIG_BPF_SYSCALL=y",
		       doing);
		return;
	}
	if (!privilege_enough(p)) {
		if (p->in_userns) {
			pr_err("%s failed: this process runs in a user namespace (a rootless or unprivileged container), where capabilities do not count for BPF",
			       doing);
			pr_err("run bpf-minimal on the host, or in a privileged container");
			return;
		}
		pr_err("%s failed: this process lacks %s", doing,
		       privilege_missing(p));
		if (geteuid() == 0)
			pr_err("it runs as root, but without those capabilities (a container or a restricted service): grant them (docker run --cap-add, AmbientCapabilities= in a systemd unit) or run it with full privileges");
		else
			pr_err("run it as root (for example with sudo)%s",
			       p->knows_cap_bpf ? ", or grant those capabilities" : "");
		return;
	}
	if (privilege_memlock_low(p)) {
		pr_err("%s failed: RLIMIT_MEMLOCK is %llu KiB and kernels before 5.11 charge BPF memory to it",
		       doing, (unsigned long long)p->memlock.rlim_cur / 1024);
		pr_err("raise it (ulimit -l unlimited; LimitMEMLOCK=infinity in a systemd unit), or run with CAP_SYS_RESOURCE so bpf-minimal raises it itself");
		return;
	}
	if (p->lockdown) {
		pr_err("%s failed: kernel lockdown (confidentiality mode, /sys/kernel/security/lockdown) forbids it",
		       doing);
		pr_err("boot without lockdown=confidentiality (with Secure Boot, the distribution may set it: see its documentation)");
		return;
	}
	pr_err("%s failed: %s, although this process has the capabilities",
	       doing, strerror(-err));
	pr_err("something else refused it: a security module (SELinux, AppArmor), a container runtime, or a BPF LSM; see the kernel log (dmesg)");
}

/*
 * One or two lines: what failed, why, and what to do; and a last line when
 * kernel lockdown is on too, since it refuses BPF whatever else is fixed.
 */
void privilege_explain(const char *doing, int err)
{
	struct privilege p;

	privilege_read(&p);
	privilege_explain_cause(&p, doing, err);
	if (p.lockdown && !(privilege_enough(&p) && !p.seccomp_bpf &&
			    err != -ENOSYS && !privilege_memlock_low(&p)))
		pr_err("kernel lockdown (confidentiality mode) is on as well: it refuses BPF tracing however privileged the process (see /sys/kernel/security/lockdown)");
}

/*
 * Before anything else: may this process use bpf() at all? A real attempt;
 * when it is refused and the capabilities are missing or a seccomp filter
 * is in the way, say so now (and return -EPERM), rather than fail later on
 * something that only follows from it. When the capabilities are there,
 * carry on: before 5.11 a low RLIMIT_MEMLOCK also gives EPERM, and libbpf
 * raises that limit itself at load.
 */
int privilege_check(void)
{
	struct privilege p;
	int res = kfeat_bpf_syscall();

	if (res == 1)
		return 0;
	if (res == 0) {
		privilege_explain("using bpf()", -ENOSYS);
		return -ENOSYS;
	}
	if (res != -EPERM)
		return 0;
	privilege_read(&p);
	if (privilege_enough(&p) && !p.seccomp_bpf)
		return 0;
	privilege_explain("using bpf()", -EPERM);
	return -EPERM;
}

/* Is a seccomp filter installed on this process? */
bool privilege_seccomp(void)
{
	struct privilege p;

	privilege_read(&p);
	return p.seccomp == 2;
}
