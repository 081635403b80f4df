# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#
# SYNOPSIS
#
#   BPFM_PATH_TOOL(VARIABLE, CANDIDATES)
#
# DESCRIPTION
#
#   Like AC_PATH_PROGS, but a value the user gave (./configure CLANG=clang-16)
#   wins even when it is not an absolute path; AC_PATH_PROGS would search
#   CANDIDATES instead. A given name that is not found is an error.

#serial 1

AC_DEFUN([BPFM_PATH_TOOL], [
	AS_IF([test -n "$$1"], [
		AC_MSG_CHECKING([for $1])
		AS_CASE([$$1],
			[/*], [bpfm_tool_path=$$1],
			[bpfm_tool_path=`command -v "$$1" 2>/dev/null`])
		AS_IF([test -z "$bpfm_tool_path" || test ! -x "$bpfm_tool_path"],
			[AC_MSG_RESULT([no])
			 AC_MSG_ERROR([$1=$$1 is not an executable found in PATH])])
		$1=$bpfm_tool_path
		AC_MSG_RESULT([$$1 (given)])
	], [AC_PATH_PROGS([$1], [$2])])
])
