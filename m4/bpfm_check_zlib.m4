# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#
# SYNOPSIS
#
#   BPFM_CHECK_ZLIB
#
# DESCRIPTION
#
#   zlib, which libbpf and libelf need. Linked explicitly, like libelf.

#serial 1

AC_DEFUN([BPFM_CHECK_ZLIB], [
	AC_CHECK_HEADER([zlib.h], [],
		[AC_MSG_ERROR([zlib.h not found: install zlib1g-dev (Debian/Ubuntu) or zlib-devel (Fedora)])])
	bpfm_save_LIBS=$LIBS
	AC_SEARCH_LIBS([inflate], [z], [],
		[AC_MSG_ERROR([zlib not found: install zlib1g-dev (Debian/Ubuntu) or zlib-devel (Fedora)])])
	LIBS=$bpfm_save_LIBS
	AS_CASE([$ac_cv_search_inflate],
		["none required"], [ZLIB_LIBS=],
		[ZLIB_LIBS=$ac_cv_search_inflate])
	AC_SUBST([ZLIB_LIBS])
])
