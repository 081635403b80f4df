# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
# The README's test command.
note "make check (README test command)"
make -j2 check >"$ci_log/check.log" 2>&1
grep -E '^(PASS|FAIL|SKIP|ERROR|XPASS|XFAIL):' "$ci_log/check.log"
automake_stage check .
