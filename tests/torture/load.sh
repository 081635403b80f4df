#!/bin/sh
# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
# Exact under load: four instances at once, with different counts and
# short intervals, while two other processes write as fast as they can.
# Every instance reports exactly its own count and, with --follow, prints
# exactly as many lines as its count, all its own.
. "$srcdir/tests/lib.sh"
need_bpf
need_datapath
scratch

writers=
for w in 1 2; do
	dd if=/dev/zero of=/dev/null bs=1 2>/dev/null &
	writers="$writers $!"
done
trap 'kill $writers 2>/dev/null; rm -rf "$SCRATCH"' EXIT

pids=
for spec in 150:0.002 200:0.003 250:0.001 300:0.002; do
	n=${spec%%:*}
	"$BPFM" --follow -q -c $n -i ${spec#*:} >"$SCRATCH/$n.out" 2>"$SCRATCH/$n.err" &
	pids="$pids $!:$n"
done
for p in $pids; do
	pid=${p%%:*} n=${p#*:}
	wait $pid
	rc=$?
	cat "$SCRATCH/$n.err"
	[ $rc -eq 0 ] || fail "the instance of $n: exit $rc"
	assert_grep "^bpf-minimal: $n writes triggered, $n seen by BPF\$" "$SCRATCH/$n.err" "the instance of $n"
	lines=$(wc -l <"$SCRATCH/$n.out")
	[ "$lines" -eq "$n" ] || fail "the instance of $n printed $lines lines"
	others=$(grep -cv "^BPF triggered from PID $pid\.\$" "$SCRATCH/$n.out")
	[ "$others" -eq 0 ] || fail "the instance of $n printed $others lines not of PID $pid"
done
kill $writers
echo "PASS: 150, 200, 250 and 300 triggers, each exact and each followed line its own, beside two flat-out writers"
