# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#
# SYNOPSIS
#
#   BPFM_PROG_BPFTOOL
#
# DESCRIPTION
#
#   A bpftool that can `gen skeleton`. BPFTOOL is precious. Ubuntu's
#   /usr/sbin/bpftool is a wrapper that fails without linux-tools for the
#   running kernel, so the real binaries under /usr/lib/linux-tools* are
#   tried when the first one found cannot generate a skeleton.

#serial 1

AC_DEFUN([BPFM_PROG_BPFTOOL], [
	AC_ARG_VAR([BPFTOOL], [bpftool used to generate the BPF skeletons])
	AS_IF([test -n "$BPFTOOL"], [bpfm_bpftool_candidates=$BPFTOOL], [
		bpfm_bpftool_candidates=
		for bpfm_dir in `echo "$PATH" | tr ':' ' '` /usr/sbin /sbin /usr/local/sbin; do
			test -x "$bpfm_dir/bpftool" && bpfm_bpftool_candidates="$bpfm_bpftool_candidates $bpfm_dir/bpftool"
		done
		for bpfm_tool in /usr/lib/linux-tools*/bpftool /usr/lib/linux-tools/*/bpftool; do
			test -x "$bpfm_tool" && bpfm_bpftool_candidates="$bpfm_bpftool_candidates $bpfm_tool"
		done])
	AC_CACHE_CHECK([for a bpftool that can generate skeletons], [bpfm_cv_prog_bpftool], [
		bpfm_cv_prog_bpftool=no
		for bpfm_tool in $bpfm_bpftool_candidates; do
			AS_IF([$bpfm_tool gen help 2>&1 | grep 'gen skeleton' >/dev/null 2>&1],
				[bpfm_cv_prog_bpftool=$bpfm_tool; break])
		done])
	AS_IF([test "$bpfm_cv_prog_bpftool" = no],
		[AC_MSG_ERROR([no bpftool with `gen skeleton` found: install bpftool (Debian 12, Fedora) or linux-tools-common with linux-tools-generic (Ubuntu), or set BPFTOOL])])
	BPFTOOL=$bpfm_cv_prog_bpftool
	bpfm_bpftool_version=`$BPFTOOL version 2>/dev/null | $SED -n '1s/.* \(v[[0-9.]]*\)$/\1/p'`
	AC_SUBST([BPFTOOL])
])
