# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#
# SYNOPSIS
#
#   BPFM_SANITIZERS
#
# DESCRIPTION
#
#   --enable-sanitizers builds everything with AddressSanitizer (leaks
#   included) and UndefinedBehaviorSanitizer, aborting on the first error,
#   for make check. Adds to SANITIZER_CFLAGS and SANITIZER_LDFLAGS.

#serial 1

AC_DEFUN([BPFM_SANITIZERS], [
	AC_ARG_ENABLE([sanitizers],
		[AS_HELP_STRING([--enable-sanitizers],
			[build with ASan and UBSan, for testing])],
		[], [enable_sanitizers=no])
	SANITIZER_CFLAGS=
	SANITIZER_LDFLAGS=
	AS_IF([test "$enable_sanitizers" = yes], [
		bpfm_san="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
		AC_CACHE_CHECK([whether $CC can build with $bpfm_san],
			[bpfm_cv_sanitizers], [
			bpfm_save_CFLAGS=$CFLAGS
			bpfm_save_LDFLAGS=$LDFLAGS
			CFLAGS="$CFLAGS $bpfm_san"
			LDFLAGS="$LDFLAGS $bpfm_san"
			AC_LINK_IFELSE([AC_LANG_PROGRAM([], [])],
				[bpfm_cv_sanitizers=yes], [bpfm_cv_sanitizers=no])
			CFLAGS=$bpfm_save_CFLAGS
			LDFLAGS=$bpfm_save_LDFLAGS])
		AS_IF([test "$bpfm_cv_sanitizers" != yes],
			[AC_MSG_ERROR([--enable-sanitizers: $CC cannot link with $bpfm_san (Debian: gcc's libasan and libubsan come with gcc)])])
		SANITIZER_CFLAGS=$bpfm_san
		SANITIZER_LDFLAGS=$bpfm_san])
	AC_SUBST([SANITIZER_CFLAGS])
	AC_SUBST([SANITIZER_LDFLAGS])
])
