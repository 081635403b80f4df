#!/bin/sh
# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
# --follow -c 5 prints exactly 5 lines, all of them this process's.
. "$srcdir/tests/lib.sh"
need_bpf
scratch
need_datapath

"$BPFM" --follow -q -c 5 -i 0.05 >"$SCRATCH/out" 2>"$SCRATCH/err" &
pid=$!
wait $pid
rc=$?
cat "$SCRATCH/err"
[ $rc -eq 0 ] || fail "exit status $rc, want 0"
lines=$(wc -l <"$SCRATCH/out")
[ "$lines" -eq 5 ] || { cat "$SCRATCH/out"; fail "$lines lines, want 5"; }
# The kernel-wide PID the tool traces is its own PID here (no namespace)
others=$(grep -cv "^BPF triggered from PID $pid\.\$" "$SCRATCH/out")
[ "$others" -eq 0 ] || { cat "$SCRATCH/out"; fail "$others lines are not PID $pid's"; }
assert_grep "^bpf-minimal: tracing PID $pid" "$SCRATCH/err" "start message"

# -v: the raw kernel lines, still exactly ours
"$BPFM" --follow -v -q -c 3 -i 0 >"$SCRATCH/out" 2>/dev/null || fail "-v -f -c 3 failed"
lines=$(grep -c 'BPF triggered from PID' "$SCRATCH/out")
[ "$lines" -eq 3 ] || { cat "$SCRATCH/out"; fail "-v: $lines lines, want 3"; }
grep -q ' \[[0-9]*\] ' "$SCRATCH/out" || fail "-v should print the raw kernel line"

# Linux 5.9+: the private instance keeps other processes' lines out (its
# event filter), where this test can see the instance
: >"$SCRATCH/err"
"$BPFM" --follow -q -c 2 -i 1 >"$SCRATCH/out" 2>"$SCRATCH/err" &
fpid=$!
wait_started $fpid "$SCRATCH/err" "--follow -c 2 -i 1"
inst=$(sed -n 's/.*(tracefs instance \(.*\))$/\1/p' "$SCRATCH/err")
filter=
for tracefs in /sys/kernel/tracing /sys/kernel/debug/tracing; do
	f=$tracefs/instances/$inst/events/bpf_trace/bpf_trace_printk/filter
	[ -n "$inst" ] && [ -r "$f" ] && filter=$(cat "$f") && break
done
wait $fpid || fail "--follow -c 2 -i 1: exit status $?"
if [ -n "$filter" ]; then
	[ "$filter" = "common_pid == $fpid" ] ||
		fail "instance $inst: filter '$filter', want 'common_pid == $fpid'"
	filtered="; its instance filters on PID $fpid"
fi
echo "PASS: 5 lines of PID $pid; 3 raw lines under -v${filtered:-}"
