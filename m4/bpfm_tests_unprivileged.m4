# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#
# SYNOPSIS
#
#   BPFM_TESTS_UNPRIVILEGED
#
# DESCRIPTION
#
#   BPFM_UNPRIVILEGED_ONLY, a precious variable: when it is set (at
#   configure time, or in make check's environment, which wins; the
#   configure-time value is BPFM_UNPRIVILEGED_ONLY_CONFIGURED), the tests
#   that load BPF skip, with its value in the reason, even where this
#   process could load BPF. make distcheck sets it through
#   AM_DISTCHECK_CONFIGURE_FLAGS and the package builds in their test
#   steps: they run as root, but need not rerun the privileged suite that
#   plain make check runs.

#serial 1

AC_DEFUN([BPFM_TESTS_UNPRIVILEGED], [
	AC_ARG_VAR([BPFM_UNPRIVILEGED_ONLY],
		[when set (to who set it), make check skips the tests that load BPF])
	dnl Not a make variable of the same name: make would then hand its
	dnl configure-time value to the tests in place of the environment's.
	AM_SUBST_NOTMAKE([BPFM_UNPRIVILEGED_ONLY])
	BPFM_UNPRIVILEGED_ONLY_CONFIGURED=$BPFM_UNPRIVILEGED_ONLY
	AC_SUBST([BPFM_UNPRIVILEGED_ONLY_CONFIGURED])
])
