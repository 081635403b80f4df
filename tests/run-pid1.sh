#!/bin/sh
# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
# As PID 1 of a new PID namespace the tool still stops cleanly on SIGINT
# and SIGTERM: the kernel drops every signal PID 1 has no handler for.
. "$srcdir/tests/lib.sh"
need_bpf
need_datapath
need_unshare
scratch

for sig in INT TERM; do
	: >"$SCRATCH/err"
	unshare --pid --fork "$BPFM" -q -i 0.05 2>"$SCRATCH/err" &
	ns=$!
	wait_started $ns "$SCRATCH/err" "SIG$sig"
	# The tool, as the host sees it: the PID the program traces
	tool=$(started_pid "$SCRATCH/err")
	grep -q '(PID 1 in this namespace)' "$SCRATCH/err" || {
		kill -KILL $ns; cat "$SCRATCH/err"; fail "SIG$sig: the tool is not PID 1 of its namespace"; }
	sleep 0.2
	kill -$sig "$tool"
	n=0
	while kill -0 "$tool" 2>/dev/null; do
		n=$((n + 1))
		[ $n -lt 50 ] || { kill -KILL "$tool"; fail "SIG$sig: PID 1 ignored the signal"; }
		sleep 0.1
	done
	wait $ns
	rc=$?
	cat "$SCRATCH/err"
	[ $rc -eq 0 ] || fail "SIG$sig: exit status $rc, want 0"
	assert_equal_counts "$SCRATCH/err" "SIG$sig"
done
echo "PASS: as PID 1, SIGINT and SIGTERM each gave exit 0 and equal counts"
