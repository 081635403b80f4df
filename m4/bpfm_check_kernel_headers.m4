# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#
# SYNOPSIS
#
#   BPFM_CHECK_KERNEL_HEADERS
#
# DESCRIPTION
#
#   The kernel UAPI headers the loader and the BPF program include, and the
#   facts about the host that fix the tracepoint context layout at build
#   time: sizeof(long) and the write syscall number. Both are computed with
#   compile tests only, so they hold for cross builds.

#serial 1

AC_DEFUN([BPFM_CHECK_KERNEL_HEADERS], [
	AC_CHECK_HEADERS([linux/bpf.h linux/perf_event.h linux/capability.h \
			  linux/magic.h sys/syscall.h], [],
		[AC_MSG_ERROR([kernel UAPI header $ac_header not found: install linux-libc-dev (Debian/Ubuntu) or kernel-headers (Fedora)])])
	AC_CHECK_DECL([BPF_PROG_TYPE_TRACEPOINT], [],
		[AC_MSG_ERROR([linux/bpf.h is too old (no BPF_PROG_TYPE_TRACEPOINT): install newer kernel UAPI headers])],
		[[#include <linux/bpf.h>]])
	AC_CHECK_SIZEOF([long])
	AC_CACHE_CHECK([for the write syscall number], [bpfm_cv_nr_write], [
		AC_COMPUTE_INT([bpfm_cv_nr_write], [__NR_write],
			[[#include <sys/syscall.h>]],
			[AC_MSG_ERROR([cannot compute __NR_write from <sys/syscall.h>])])])
	BPFM_NR_WRITE=$bpfm_cv_nr_write
	BPFM_LONG_SIZE=$ac_cv_sizeof_long
	AC_SUBST([BPFM_NR_WRITE])
	AC_SUBST([BPFM_LONG_SIZE])
	AC_DEFINE_UNQUOTED([BPFM_LONG_SIZE], [$BPFM_LONG_SIZE],
		[sizeof(long) on the host: the tracepoint context's slot size])
	AC_DEFINE_UNQUOTED([BPFM_NR_WRITE], [$BPFM_NR_WRITE],
		[The host's write syscall number])
])
