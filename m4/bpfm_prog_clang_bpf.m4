# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#
# SYNOPSIS
#
#   BPFM_PROG_CLANG_BPF
#
# DESCRIPTION
#
#   A clang that can compile for the BPF target. CLANG is precious
#   (./configure CLANG=clang-16). Any clang from 13 on will do: the BPF
#   objects are built with -mcpu=v1, so a newer default ISA does not matter.

#serial 1

AC_DEFUN([BPFM_PROG_CLANG_BPF], [
	AC_ARG_VAR([CLANG], [clang used to compile the BPF program])
	BPFM_PATH_TOOL([CLANG], [clang clang-16 clang-15 clang-14 clang-13 clang-17 clang-18 clang-19])
	AS_IF([test -z "$CLANG"],
		[AC_MSG_ERROR([clang not found: install clang (Debian/Ubuntu/Fedora), or set CLANG=/path/to/clang])])
	AC_CACHE_CHECK([whether $CLANG can target bpf], [bpfm_cv_clang_bpf], [
		echo 'int f(void) { return 0; }' > conftest.bpf.c
		AS_IF([$CLANG -target bpf -mcpu=v1 -O2 -c conftest.bpf.c -o conftest.bpf.o >&AS_MESSAGE_LOG_FD 2>&1],
			[bpfm_cv_clang_bpf=yes], [bpfm_cv_clang_bpf=no])
		rm -f conftest.bpf.c conftest.bpf.o])
	AS_IF([test "$bpfm_cv_clang_bpf" != yes],
		[AC_MSG_ERROR([$CLANG cannot compile for -target bpf: install a clang with the BPF backend (Debian/Ubuntu: clang; any version 13 or later) or set CLANG])])
	bpfm_clang_version=`$CLANG --version 2>/dev/null | $SED -n 's/.*clang version \([[0-9.]]*\).*/\1/p' | head -n 1`
	AC_SUBST([CLANG])
])
