# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#
# SYNOPSIS
#
#   BPFM_CC_WARNINGS
#
# DESCRIPTION
#
#   Sets WARN_CFLAGS to the warning flags the C compiler accepts from
#   -Wall -Wextra and a few more. Never -Werror: that is the packager's
#   choice, not ours.

#serial 1

AC_DEFUN([BPFM_CC_WARNINGS], [
	WARN_CFLAGS=
	for bpfm_flag in -Wall -Wextra -Wformat=2 -Wshadow -Wmissing-prototypes \
			-Wstrict-prototypes -Wno-unused-parameter; do
		AS_VAR_PUSHDEF([bpfm_cv], [bpfm_cv_cflag_$bpfm_flag])
		AC_CACHE_CHECK([whether $CC accepts $bpfm_flag], [bpfm_cv], [
			bpfm_save_CFLAGS=$CFLAGS
			CFLAGS="$CFLAGS -Werror $bpfm_flag"
			AC_COMPILE_IFELSE([AC_LANG_PROGRAM([], [])],
				[AS_VAR_SET([bpfm_cv], [yes])],
				[AS_VAR_SET([bpfm_cv], [no])])
			CFLAGS=$bpfm_save_CFLAGS])
		AS_VAR_IF([bpfm_cv], [yes], [WARN_CFLAGS="$WARN_CFLAGS $bpfm_flag"])
		AS_VAR_POPDEF([bpfm_cv])
	done
	AC_SUBST([WARN_CFLAGS])
])
