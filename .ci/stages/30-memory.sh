# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
# Memory safety: the unit and integration tests under valgrind, and again
# in an ASan+UBSan build (./configure --enable-sanitizers) of a clean copy
# of the tree (a VPATH build cannot share the in-tree configured sources).
note "make check-valgrind"
make -j2 check-valgrind TEST_SUITE_LOG=valgrind-suite.log >"$ci_log/valgrind.log" 2>&1
grep -E '^(FAIL|ERROR|XPASS):' "$ci_log/valgrind.log"
automake_stage valgrind . valgrind-suite.log
cp valgrind-suite.log "$ci_log/" 2>/dev/null

note "make check with ASan and UBSan"
rm -rf _build-sanitizers
mkdir _build-sanitizers
git archive HEAD | tar -x -C _build-sanitizers
(cd _build-sanitizers && ./autogen.sh && ./configure --enable-sanitizers &&
	make -j2 && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	make -j2 check) >"$ci_log/sanitizers.log" 2>&1
grep -E '^(FAIL|ERROR|XPASS):' "$ci_log/sanitizers.log"
automake_stage sanitizers _build-sanitizers
cp _build-sanitizers/test-suite.log "$ci_log/sanitizers-suite.log" 2>/dev/null
