# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#
# SYNOPSIS
#
#   BPFM_CHECK_LIBBPF_FUNC(FUNCTION)
#
# DESCRIPTION
#
#   A link test for one libbpf API that older libbpf releases lack. When it
#   links, defines HAVE_<FUNCTION>; otherwise compat/<FUNCTION>.c is built
#   (AC_LIBOBJ) and compat/compat.h declares it. A link test, not a header
#   test: libbpf 0.8's shared library declares libbpf_set_memlock_rlim but
#   does not export it. Cached in bpfm_cv_func_<FUNCTION>.

#serial 1

AC_DEFUN([BPFM_CHECK_LIBBPF_FUNC], [
	AC_REQUIRE([BPFM_CHECK_LIBBPF])
	AS_VAR_PUSHDEF([bpfm_cv], [bpfm_cv_func_$1])
	bpfm_save_LIBS=$LIBS
	LIBS="$LIBBPF_LIBS $LIBELF_LIBS $ZLIB_LIBS $LIBS"
	AC_CACHE_CHECK([for $1 in libbpf], [bpfm_cv], [
		AC_LINK_IFELSE([AC_LANG_PROGRAM([[char $1(void);]], [[return $1();]])],
			[AS_VAR_SET([bpfm_cv], [yes])],
			[AS_VAR_SET([bpfm_cv], [no])])])
	LIBS=$bpfm_save_LIBS
	AS_VAR_IF([bpfm_cv], [yes],
		[AC_DEFINE(AS_TR_CPP([HAVE_$1]), [1], [Define if libbpf provides $1])],
		[AC_LIBOBJ([$1])
		 BPFM_SHIMS="$BPFM_SHIMS $1"])
	AS_VAR_POPDEF([bpfm_cv])
])
