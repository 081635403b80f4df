# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#
# SYNOPSIS
#
#   BPFM_DATAPATH
#
# DESCRIPTION
#
#   --with-bpf-global-data=auto|yes|no and --with-kernel-version=X.Y[.Z]:
#   which data path the installed bpf-minimal uses (the other one is built
#   as a check program either way). In auto mode, in this order: the
#   version given; else, when not cross compiling, a run-test that really
#   tries global data and mmapable maps (src/kfeatures.c) when it may use
#   bpf(), and the version from uname -r when it may not; else the
#   fallback, with a warning. The rules live in build-aux/datapath-decide.sh,
#   which tests/unit-datapath-decide.sh checks.
#
#   Defines BPFM_DATAPATH_DEFAULT and BPFM_DATAPATH_REASON, and the
#   automake conditional DATAPATH_GLOBAL. The run-test's answer is cached
#   in bpfm_cv_datapath_runtest (yes, no or unknown).

#serial 1

AC_DEFUN([BPFM_DATAPATH], [
	AC_ARG_WITH([bpf-global-data],
		[AS_HELP_STRING([--with-bpf-global-data=auto|yes|no],
			[data path of the installed bpf-minimal: a global
			 (Linux 5.5+) or a one-entry array map (any kernel);
			 default: auto])],
		[], [with_bpf_global_data=auto])
	AS_CASE([$with_bpf_global_data],
		[auto|yes|no], [],
		[AC_MSG_ERROR([--with-bpf-global-data takes auto, yes or no, not $with_bpf_global_data])])
	AC_ARG_WITH([kernel-version],
		[AS_HELP_STRING([--with-kernel-version=X.Y[.Z]],
			[the oldest kernel the build must run on; decides the
			 data path in auto mode (global data from 5.5)])],
		[], [with_kernel_version=])
	AS_IF([test "x$with_kernel_version" = xyes || test "x$with_kernel_version" = xno],
		[with_kernel_version=])

	bpfm_runtest=skipped
	AS_IF([test "$with_bpf_global_data" = auto && test -z "$with_kernel_version" &&
	       test "$cross_compiling" != yes], [
		AC_CACHE_CHECK([whether this kernel runs global data (run-test)],
			[bpfm_cv_datapath_runtest], [
			bpfm_save_CPPFLAGS=$CPPFLAGS
			CPPFLAGS="$CPPFLAGS -I$srcdir/src"
			AC_RUN_IFELSE([AC_LANG_SOURCE([[
#include <stdio.h>
#include <sys/resource.h>
#include "kfeatures.c"

int main(void)
{
	struct rlimit r = { RLIM_INFINITY, RLIM_INFINITY };
	FILE *out = fopen("conftest.out", "w");
	int gd, mm;

	if (!out)
		return 1;
	setrlimit(RLIMIT_MEMLOCK, &r);
	gd = kfeat_global_data();
	mm = kfeat_mmapable_maps();
	if (gd < 0 || mm < 0)
		fputs("unknown", out);
	else
		fputs(gd && mm ? "yes" : "no", out);
	return fclose(out) != 0;
}
]])],
				[bpfm_cv_datapath_runtest=`cat conftest.out 2>/dev/null`],
				[bpfm_cv_datapath_runtest=unknown],
				[bpfm_cv_datapath_runtest=unknown])
			rm -f conftest.out
			CPPFLAGS=$bpfm_save_CPPFLAGS
			AS_CASE([$bpfm_cv_datapath_runtest],
				[yes|no], [], [bpfm_cv_datapath_runtest="unknown"])])
		bpfm_runtest=$bpfm_cv_datapath_runtest])

	AS_IF([test "$cross_compiling" != yes], [bpfm_uname_r=`uname -r 2>/dev/null`],
		[bpfm_uname_r=])
	AC_MSG_CHECKING([whether the installed bpf-minimal uses global data])
	bpfm_decision=`$SHELL "$srcdir/build-aux/datapath-decide.sh" "$with_bpf_global_data" \
		"$with_kernel_version" "$cross_compiling" "$bpfm_runtest" "$bpfm_uname_r"` ||
		AC_MSG_ERROR([--with-kernel-version=$with_kernel_version is not a kernel version: give X.Y or X.Y.Z])
	bpfm_global_data=`echo "$bpfm_decision" | $SED -n 1p`
	BPFM_DATAPATH_REASON=`echo "$bpfm_decision" | $SED -n 2p`
	AC_MSG_RESULT([$bpfm_global_data ($BPFM_DATAPATH_REASON)])
	AS_IF([test "$bpfm_global_data" = yes],
		[BPFM_DATAPATH_DEFAULT="global data"],
		[BPFM_DATAPATH_DEFAULT="array map"])
	AS_IF([test "$cross_compiling" = yes && test -z "$with_kernel_version" &&
	       test "$with_bpf_global_data" = auto],
		[AC_MSG_WARN([cross compiling without --with-kernel-version: the installed bpf-minimal uses the array-map fallback])])
	AC_DEFINE_UNQUOTED([BPFM_DATAPATH_DEFAULT], ["$BPFM_DATAPATH_DEFAULT"],
		[The data path of the installed bpf-minimal])
	AC_DEFINE_UNQUOTED([BPFM_DATAPATH_REASON], ["$BPFM_DATAPATH_REASON"],
		[Why configure chose that data path])
	AM_CONDITIONAL([DATAPATH_GLOBAL], [test "$bpfm_global_data" = yes])
])
