#!/bin/sh
# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
# Two instances under one 4.14 personality: the second attach gets EEXIST
# (one BPF program per tracepoint before 4.15) and says so; the first
# still counts exactly. Under 4.15 both run.
. "$srcdir/tests/lib.sh"
. "$srcdir/tests/personality-lib.sh"
need_bpf
need_personality
scratch

# Instance A runs for 2 s; B starts once A is attached (then also --probe)
two() {
	pers "$1" sh -c '
		"$1" -q -c 40 -i 0.05 2>"$2/a.err" &
		a=$!
		while ! grep -q "tracing PID" "$2/a.err"; do
			kill -0 $a 2>/dev/null || break
			sleep 0.05
		done
		"$1" -q -c 3 -i 0.05 2>"$2/b.err"
		echo $? >"$2/b.rc"
		"$1" --probe >"$2/probe.out" 2>&1
		wait $a
		echo $? >"$2/a.rc"' sh "$BPFM_MAP_BIN" "$SCRATCH"
	sed "s/^/  [$1 A] /" "$SCRATCH/a.err"
	sed "s/^/  [$1 B] /" "$SCRATCH/b.err"
	[ "$(cat "$SCRATCH/a.rc")" = 0 ] || fail "under $1, the first instance failed"
	assert_grep '^bpf-minimal: 40 writes triggered, 40 seen by BPF$' \
		"$SCRATCH/a.err" "under $1, the first instance's counts"
}

two 4.14
[ "$(cat "$SCRATCH/b.rc")" = 1 ] ||
	fail "under 4.14, the second instance exited $(cat "$SCRATCH/b.rc"), want 1"
assert_grep 'attaching to syscalls/sys_enter_write failed: another BPF program holds this tracepoint, and kernels before 4.15 allow only one' \
	"$SCRATCH/b.err" "under 4.14, the second instance's message"
assert_grep 'stop the other BPF tool' "$SCRATCH/b.err" "under 4.14, the fix"
assert_grep '^tracepoint syscalls/sys_enter_write: unknown (another BPF program holds it; before 4.15 only one may)$' \
	"$SCRATCH/probe.out" "under 4.14, --probe while the first runs"
assert_grep '^tracepoint in use: none$' "$SCRATCH/probe.out" \
	"under 4.14, --probe: no fallback on EEXIST"
assert_grep '^this build can run here: unknown$' "$SCRATCH/probe.out" \
	"under 4.14, --probe: the verdict"

two 4.15
[ "$(cat "$SCRATCH/b.rc")" = 0 ] ||
	fail "under 4.15, the second instance exited $(cat "$SCRATCH/b.rc"), want 0"
assert_grep '^bpf-minimal: 3 writes triggered, 3 seen by BPF$' \
	"$SCRATCH/b.err" "under 4.15, the second instance's counts"
echo "PASS: EEXIST under 4.14 with its message, both run under 4.15"
