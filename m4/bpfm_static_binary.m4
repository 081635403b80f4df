# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#
# SYNOPSIS
#
#   BPFM_STATIC_BINARY
#
# DESCRIPTION
#
#   --enable-static-binary: link libbpf, libelf, zlib and the C library
#   statically, so the one file runs on a system that has none of them.
#   Must come before the library checks, which then link statically too:
#   LDFLAGS gets -static-pie where the toolchain can (the binary keeps
#   ASLR), else -static; pkg-config is asked for --static flags, so
#   whatever libelf.a itself needs (zlib, and zstd on some systems) comes
#   from libbpf's and libelf's .pc files. Cached in bpfm_cv_static_ldflags.
#   Sets the automake conditional STATIC_BINARY and BPFM_STATIC (yes/no).

#serial 1

AC_DEFUN([BPFM_STATIC_BINARY], [
	AC_REQUIRE([AC_PROG_CC])
	AC_REQUIRE([PKG_PROG_PKG_CONFIG])
	AC_ARG_ENABLE([static-binary],
		[AS_HELP_STRING([--enable-static-binary],
			[link libbpf, libelf, zlib and libc statically: one
			 file that needs no shared library (default: no)])],
		[], [enable_static_binary=no])
	AS_CASE([$enable_static_binary],
		[yes|no], [],
		[AC_MSG_ERROR([--enable-static-binary takes yes or no, not $enable_static_binary])])
	BPFM_STATIC_LDFLAGS=
	AS_IF([test "$enable_static_binary" = yes], [
		AC_CACHE_CHECK([how to link a static executable], [bpfm_cv_static_ldflags], [
			bpfm_cv_static_ldflags=no
			bpfm_save_LDFLAGS=$LDFLAGS
			for bpfm_flag in -static-pie -static; do
				LDFLAGS="$bpfm_save_LDFLAGS $bpfm_flag"
				AC_LINK_IFELSE([AC_LANG_PROGRAM([[#include <stdio.h>]],
						[[return puts("x") < 0;]])],
					[bpfm_cv_static_ldflags=$bpfm_flag])
				test "$bpfm_cv_static_ldflags" != no && break
			done
			LDFLAGS=$bpfm_save_LDFLAGS])
		AS_IF([test "$bpfm_cv_static_ldflags" = no],
			[AC_MSG_ERROR([cannot link a static executable: install the static C library (Debian/Ubuntu: libc6-dev; Fedora: glibc-static), or configure without --enable-static-binary])])
		BPFM_STATIC_LDFLAGS=$bpfm_cv_static_ldflags
		LDFLAGS="$LDFLAGS $BPFM_STATIC_LDFLAGS"
		AS_IF([test -n "$PKG_CONFIG"], [PKG_CONFIG="$PKG_CONFIG --static"])])
	BPFM_STATIC=$enable_static_binary
	AC_SUBST([BPFM_STATIC])
	AM_CONDITIONAL([STATIC_BINARY], [test "$enable_static_binary" = yes])
])
