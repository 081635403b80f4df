#!/bin/sh
# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#
# valgrind.sh ARGS...: run $BPFM_REAL under valgrind, which exits 97 on any
# memory error or definite/indirect leak. tests/lib.sh puts this script in
# place of the binary when BPFM_VALGRIND=1 (make check-valgrind), so every
# integration test runs the tool under valgrind unchanged.
exec valgrind -q --error-exitcode=97 --leak-check=full \
	--suppressions="$srcdir/tests/valgrind.supp" \
	--errors-for-leak-kinds=definite,indirect \
	--show-leak-kinds=definite,indirect "$BPFM_REAL" "$@"
