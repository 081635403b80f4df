# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
# Memory safety: the unit and integration tests under valgrind, and again
# in an ASan+UBSan build (./configure --enable-sanitizers).
note "make check-valgrind"
make -j2 check-valgrind >"$ci_log/valgrind.log" 2>&1
grep -E '^(FAIL|ERROR|XPASS):' "$ci_log/valgrind.log"
automake_stage valgrind .
make -j2 check >/dev/null 2>&1	# leave the tree's test logs as the README's command wrote them

note "make check with ASan and UBSan"
rm -rf _build-sanitizers
mkdir _build-sanitizers
if (cd _build-sanitizers && ../configure --enable-sanitizers >"$ci_log/sanitizers.log" 2>&1 &&
    make -j2 >>"$ci_log/sanitizers.log" 2>&1 &&
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1 \
	make -j2 check >>"$ci_log/sanitizers.log" 2>&1); then :; fi
grep -E '^(FAIL|ERROR|XPASS):' "$ci_log/sanitizers.log"
automake_stage sanitizers _build-sanitizers
