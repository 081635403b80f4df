# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#
# SYNOPSIS
#
#   BPFM_REPRODUCIBLE
#
# DESCRIPTION
#
#   What makes two builds of one tarball in different directories give the
#   same bytes. The C objects' DWARF and the BPF objects' BTF line info
#   (which the skeleton embeds in the loader) carry source and build paths:
#   both compilers get -ffile-prefix-map (or -fdebug-prefix-map) mapping
#   the source and build directories to ".". The maps are make-time
#   references to $(abs_top_srcdir) and $(abs_top_builddir), whatever
#   directory configure ran in. And ar's D flag (no timestamps or owners
#   in the archive) where ar knows it. Nothing embeds a date.
#
#   Sets BPFM_CC_PREFIX_MAP, BPFM_BPF_PREFIX_MAP and BPFM_ARFLAGS; cached in
#   bpfm_cv_cc_prefix_map, bpfm_cv_clang_prefix_map, bpfm_cv_ar_d.

#serial 1

# _BPFM_PREFIX_MAP(CACHE-VAR, COMPILE-COMMAND-PREFIX)
m4_define([_BPFM_PREFIX_MAP], [
	$1=none
	echo 'int bpfm_f(void) { return 0; }' > conftest.c
	for bpfm_opt in -ffile-prefix-map -fdebug-prefix-map; do
		AS_IF([$2 -Werror $bpfm_opt=/nowhere=. -g -c conftest.c -o conftest.$OBJEXT >&AS_MESSAGE_LOG_FD 2>&1],
			[$1=$bpfm_opt; break])
	done
	rm -f conftest.c conftest.$OBJEXT
])

AC_DEFUN([BPFM_REPRODUCIBLE], [
	AC_REQUIRE([AC_PROG_CC])
	AC_REQUIRE([AM_PROG_AR])
	AC_REQUIRE([BPFM_PROG_CLANG_BPF])
	AC_CACHE_CHECK([how $CC maps source paths], [bpfm_cv_cc_prefix_map],
		[_BPFM_PREFIX_MAP([bpfm_cv_cc_prefix_map], [$CC $CFLAGS $CPPFLAGS])])
	AC_CACHE_CHECK([how $CLANG maps source paths for BPF], [bpfm_cv_clang_prefix_map],
		[_BPFM_PREFIX_MAP([bpfm_cv_clang_prefix_map], [$CLANG -target bpf -O2])])
	BPFM_CC_PREFIX_MAP=
	BPFM_BPF_PREFIX_MAP=
	AS_IF([test "$bpfm_cv_cc_prefix_map" != none],
		[BPFM_CC_PREFIX_MAP="$bpfm_cv_cc_prefix_map=\$(abs_top_srcdir)=. $bpfm_cv_cc_prefix_map=\$(abs_top_builddir)=."],
		[AC_MSG_WARN([$CC maps no source paths: builds in different directories will differ])])
	AS_IF([test "$bpfm_cv_clang_prefix_map" != none],
		[BPFM_BPF_PREFIX_MAP="$bpfm_cv_clang_prefix_map=\$(abs_top_srcdir)=. $bpfm_cv_clang_prefix_map=\$(abs_top_builddir)=."],
		[AC_MSG_WARN([$CLANG maps no source paths: builds in different directories will differ])])
	AC_SUBST([BPFM_CC_PREFIX_MAP])
	AC_SUBST([BPFM_BPF_PREFIX_MAP])

	AC_CACHE_CHECK([whether $AR takes the D flag (deterministic archives)], [bpfm_cv_ar_d], [
		bpfm_cv_ar_d=no
		echo 'int bpfm_f(void) { return 0; }' > conftest.c
		AS_IF([$CC $CFLAGS -c conftest.c -o conftest.$OBJEXT >&AS_MESSAGE_LOG_FD 2>&1 &&
		       $AR crD conftest.a conftest.$OBJEXT >&AS_MESSAGE_LOG_FD 2>&1 &&
		       test -f conftest.a], [bpfm_cv_ar_d=yes])
		rm -f conftest.c conftest.$OBJEXT conftest.a])
	AS_IF([test "$bpfm_cv_ar_d" = yes], [BPFM_ARFLAGS=crD], [BPFM_ARFLAGS=cr])
	AC_SUBST([BPFM_ARFLAGS])
])
