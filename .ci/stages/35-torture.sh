# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
# The slow reliability tests: 200 killed runs, four instances under load.
note "make check-torture"
make -j2 check-torture >"$ci_log/torture.log" 2>&1
grep -E '^(PASS|FAIL|SKIP|ERROR|XPASS):' "$ci_log/torture.log"
grep -h '^PASS: ' tests/torture/*.log 2>/dev/null
automake_stage torture . torture-suite.log
cp torture-suite.log "$ci_log/" 2>/dev/null
