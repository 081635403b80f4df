#!/bin/sh
# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
# Both builds under the 4.9, 4.19, 5.4 and 5.10 personalities: the
# array-map build counts exactly everywhere (through raw_syscalls/sys_enter
# on 4.9); the global-data build refuses clearly before 5.2 and counts
# exactly on 5.4 (set before load, read back through the map's fd: 5.4 has
# no mmapable maps) and 5.10.
. "$srcdir/tests/lib.sh"
. "$srcdir/tests/personality-lib.sh"
need_bpf
need_personality
scratch

counts_exact() {
	expect_rc 0 "$1"
	assert_grep '^bpf-minimal: 5 writes triggered, 5 seen by BPF$' \
		"$SCRATCH/err" "$1: the counts"
}

for k in 4.9 4.19 5.4 5.10; do
	case $k in
	4.9) tp=raw_syscalls/sys_enter ;;
	*) tp=syscalls/sys_enter_write ;;
	esac
	run_bpfm "$k" "$BPFM_MAP_BIN" -v -c 5 -i 0.05
	counts_exact "array-map build under $k"
	assert_grep "^bpf-minimal: attached to $tp (data path: array map)\$" \
		"$SCRATCH/err" "array-map build under $k: the tracepoint"

	run_bpfm "$k" "$BPFM_GLOBAL_BIN" -c 5 -i 0.05
	case $k in
	4.9|4.19)
		expect_rc 1 "global-data build under $k"
		assert_grep 'cannot run this build: it lacks global data in BPF programs' \
			"$SCRATCH/err" "global-data build under $k: the reason"
		assert_grep '\./configure --with-bpf-global-data=no' \
			"$SCRATCH/err" "global-data build under $k: the fix"
		! grep -q 'writes triggered' "$SCRATCH/err" ||
			fail "global-data build under $k: ran anyway"
		;;
	*)
		counts_exact "global-data build under $k"
		;;
	esac
done
echo "PASS: array map exact on 4.9 (raw_syscalls), 4.19, 5.4, 5.10; global data refused on 4.9 and 4.19, exact on 5.4 and 5.10"
