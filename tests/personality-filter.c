// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * personality-filter.c: the seccomp filter the supervised child installs
 * before it execs the command. It sends to the supervisor (SECCOMP_RET_
 * USER_NOTIF) every bpf() call, and, when the personality predates 4.15,
 * perf_event_open() and ioctl(PERF_EVENT_IOC_SET_BPF). The ioctl request is
 * matched here, in the filter: ioctl carries everything (terminals, ...),
 * and all of it but that one request runs untouched. Everything else is
 * allowed, and so is every call of a foreign ABI (32-bit compat calls).
 */
#include "config.h"

#include <errno.h>
#include <stddef.h>
#include <unistd.h>
#include <sys/prctl.h>
#include <sys/syscall.h>

#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/perf_event.h>

#include "personality.h"

/* The one block that depends on the architecture */
#if defined(__x86_64__)
#define PERS_AUDIT_ARCH	AUDIT_ARCH_X86_64
#elif defined(__aarch64__)
#define PERS_AUDIT_ARCH	AUDIT_ARCH_AARCH64
#elif defined(__i386__)
#define PERS_AUDIT_ARCH	AUDIT_ARCH_I386
#elif defined(__arm__) && !defined(__ARMEB__)
#define PERS_AUDIT_ARCH	AUDIT_ARCH_ARM
#endif

#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define ARG_LO(i)	(offsetof(struct seccomp_data, args[i]))
#else
#define ARG_LO(i)	(offsetof(struct seccomp_data, args[i]) + 4)
#endif

#define LD(off)		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, (off))
#define RET(v)		BPF_STMT(BPF_RET | BPF_K, (v))
/* if (A == k) return USER_NOTIF; */
#define NOTIFY_IF(k)	BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, (k), 0, 1), \
			RET(SECCOMP_RET_USER_NOTIF)

int pers_filter_install(bool perf)
{
	struct sock_filter insns[] = {
#ifdef PERS_AUDIT_ARCH
		LD(offsetof(struct seccomp_data, arch)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, PERS_AUDIT_ARCH, 1, 0),
		RET(SECCOMP_RET_ALLOW),
#endif
		LD(offsetof(struct seccomp_data, nr)),
		NOTIFY_IF(__NR_bpf),
		/* Before 4.15 only: these seven are cut off below */
		NOTIFY_IF(__NR_perf_event_open),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_ioctl, 0, 3),
		LD(ARG_LO(1)),
		NOTIFY_IF((__u32)PERF_EVENT_IOC_SET_BPF),
		RET(SECCOMP_RET_ALLOW),
	};
	struct sock_fprog prog = {
		.len = sizeof(insns) / sizeof(insns[0]),
		.filter = insns,
	};
	int fd;

	if (!perf) {
		insns[prog.len - 7] = (struct sock_filter)RET(SECCOMP_RET_ALLOW);
		prog.len -= 6;
	}
	fd = (int)syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER,
			  SECCOMP_FILTER_FLAG_NEW_LISTENER, &prog);
	if (fd < 0 && errno == EACCES) {
		/* Without CAP_SYS_ADMIN, a filter needs no_new_privs */
		if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0))
			return -errno;
		fd = (int)syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER,
				  SECCOMP_FILTER_FLAG_NEW_LISTENER, &prog);
	}
	return fd < 0 ? -errno : fd;
}
