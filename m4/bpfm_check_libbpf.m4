# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#
# SYNOPSIS
#
#   BPFM_CHECK_LIBBPF(MIN-VERSION)
#
# DESCRIPTION
#
#   libbpf through pkg-config, at least MIN-VERSION. Sets LIBBPF_CFLAGS,
#   LIBBPF_LIBS, LIBBPF_VERSION (from pkg-config, the version built
#   against) and LIBBPF_INCLUDEDIR (where <bpf/bpf_helpers.h> lives, which
#   the BPF compile needs too). libelf and zlib are linked by their own
#   checks, so a static-only libbpf works whatever its .pc file says.
#   Then a link test: the libbpf found must provide the skeleton API.

#serial 1

AC_DEFUN([BPFM_CHECK_LIBBPF], [
	AC_REQUIRE([BPFM_CHECK_LIBELF])
	AC_REQUIRE([BPFM_CHECK_ZLIB])
	AC_REQUIRE([AC_PROG_CPP])
	AC_REQUIRE([PKG_PROG_PKG_CONFIG])
	AS_IF([test -z "$PKG_CONFIG"],
		[AC_MSG_ERROR([pkg-config not found: install pkg-config (or pkgconf)])])
	PKG_CHECK_MODULES([LIBBPF], [libbpf >= $1], [],
		[AC_MSG_ERROR([libbpf $1 or later not found through pkg-config ($LIBBPF_PKG_ERRORS): install libbpf-dev (Debian/Ubuntu) or libbpf-devel (Fedora), or point PKG_CONFIG_PATH at another libbpf])])
	AC_CACHE_CHECK([for the libbpf version], [bpfm_cv_libbpf_version],
		[bpfm_cv_libbpf_version=`$PKG_CONFIG --modversion libbpf`])
	LIBBPF_VERSION=$bpfm_cv_libbpf_version
	AC_DEFINE_UNQUOTED([LIBBPF_PKG_VERSION], ["$LIBBPF_VERSION"],
		[The libbpf version this build was configured against])
	AC_SUBST([LIBBPF_VERSION])

	bpfm_save_CPPFLAGS=$CPPFLAGS
	bpfm_save_LIBS=$LIBS
	CPPFLAGS="$LIBBPF_CFLAGS $CPPFLAGS"
	LIBS="$LIBBPF_LIBS $LIBELF_LIBS $ZLIB_LIBS $LIBS"
	AC_CACHE_CHECK([whether libbpf links with the skeleton API],
		[bpfm_cv_libbpf_links], [
		AC_LINK_IFELSE([AC_LANG_PROGRAM([[#include <bpf/libbpf.h>]],
			[[return bpf_object__open_skeleton(0, 0) +
				 (int)libbpf_get_error(0);]])],
			[bpfm_cv_libbpf_links=yes], [bpfm_cv_libbpf_links=no])])
	AS_IF([test "$bpfm_cv_libbpf_links" != yes],
		[AC_MSG_ERROR([cannot link a program against libbpf ($LIBBPF_LIBS $LIBELF_LIBS $ZLIB_LIBS): see config.log])])

	AC_CACHE_CHECK([where the libbpf BPF headers are], [bpfm_cv_libbpf_includedir], [
		bpfm_cv_libbpf_includedir=
		echo '#include <bpf/bpf_helpers.h>' > conftest.c
		bpfm_dep=`$CPP -M conftest.c 2>/dev/null | tr ' \\\\' '\n\n' | grep '/bpf/bpf_helpers\.h$' | head -n 1`
		rm -f conftest.c
		AS_IF([test -n "$bpfm_dep"],
			[bpfm_cv_libbpf_includedir=`echo "$bpfm_dep" | $SED 's,/bpf/bpf_helpers\.h$,,'`])])
	AS_IF([test -z "$bpfm_cv_libbpf_includedir"],
		[AC_MSG_ERROR([<bpf/bpf_helpers.h> not found: install libbpf-dev (Debian/Ubuntu) or libbpf-devel (Fedora)])])
	LIBBPF_INCLUDEDIR=$bpfm_cv_libbpf_includedir
	AC_SUBST([LIBBPF_INCLUDEDIR])
	CPPFLAGS=$bpfm_save_CPPFLAGS
	LIBS=$bpfm_save_LIBS
])
