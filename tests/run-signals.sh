#!/bin/sh
# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
# SIGINT, SIGTERM and SIGHUP stop the tool cleanly: exit 0, exact summary.
. "$srcdir/tests/lib.sh"
need_bpf
scratch
need_datapath

for sig in INT TERM HUP; do
	# Empty it first: the last round's start message must not count
	: >"$SCRATCH/err"
	"$BPFM" -q -i 0.02 2>"$SCRATCH/err" &
	pid=$!
	wait_started $pid "$SCRATCH/err" "SIG$sig"
	sleep 0.2
	kill -$sig $pid
	wait $pid
	rc=$?
	cat "$SCRATCH/err"
	[ $rc -eq 0 ] || fail "SIG$sig: exit status $rc, want 0"
	assert_equal_counts "$SCRATCH/err" "SIG$sig"
done
echo "PASS: SIGINT, SIGTERM and SIGHUP each gave exit 0 and equal counts"
