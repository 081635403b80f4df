# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#
# SYNOPSIS
#
#   BPFM_CHECK_LIBELF
#
# DESCRIPTION
#
#   libelf, which libbpf needs. Linked explicitly (LIBELF_LIBS) rather than
#   trusting libbpf's pkg-config file, because a static-only libbpf install
#   does not always carry it in Libs.

#serial 1

AC_DEFUN([BPFM_CHECK_LIBELF], [
	AC_CHECK_HEADER([libelf.h], [],
		[AC_MSG_ERROR([libelf.h not found: install libelf-dev (Debian/Ubuntu) or elfutils-libelf-devel (Fedora)])])
	bpfm_save_LIBS=$LIBS
	AC_SEARCH_LIBS([elf_version], [elf], [],
		[AC_MSG_ERROR([libelf not found: install libelf-dev (Debian/Ubuntu) or elfutils-libelf-devel (Fedora)])])
	LIBS=$bpfm_save_LIBS
	AS_CASE([$ac_cv_search_elf_version],
		["none required"], [LIBELF_LIBS=],
		[LIBELF_LIBS=$ac_cv_search_elf_version])
	AC_SUBST([LIBELF_LIBS])
])
