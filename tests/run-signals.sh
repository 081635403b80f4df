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
	# Wait until it runs (its start message), then a few triggers
	n=0
	until grep -q 'tracing PID' "$SCRATCH/err" 2>/dev/null; do
		n=$((n + 1))
		if ! kill -0 $pid 2>/dev/null &&
		   ! grep -q 'tracing PID' "$SCRATCH/err"; then
			wait $pid
			rc=$?
			cat "$SCRATCH/err"
			fail "SIG$sig: exited with status $rc before it started"
		fi
		[ $n -lt 100 ] || { kill -KILL $pid; fail "SIG$sig: never started"; }
		sleep 0.1
	done
	sleep 0.2
	kill -$sig $pid
	wait $pid
	rc=$?
	cat "$SCRATCH/err"
	[ $rc -eq 0 ] || fail "SIG$sig: exit status $rc, want 0"
	sed -n 's/^bpf-minimal: \([0-9]*\) writes triggered, \([0-9]*\) seen by BPF$/\1 \2/p' \
		"$SCRATCH/err" >"$SCRATCH/counts"
	read -r made seen <"$SCRATCH/counts" || fail "SIG$sig: no summary"
	[ "$made" -gt 0 ] && [ "$made" = "$seen" ] ||
		fail "SIG$sig: $made triggered, $seen seen"
done
echo "PASS: SIGINT, SIGTERM and SIGHUP each gave exit 0 and equal counts"
