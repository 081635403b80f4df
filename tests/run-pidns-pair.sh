#!/bin/sh
# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
# Two instances at once, each in its own PID namespace where both have the
# same PID (2): each reports exactly its own count (7 and 11), and with
# --follow each prints exactly its own lines, as many as its count, none of
# the other's.
. "$srcdir/tests/lib.sh"
need_bpf
need_datapath
need_kernel 4.15 "a second BPF program on one tracepoint"
need_unshare
scratch

# Before 5.9 there is one trace buffer, and two followers would take each
# other's lines (the tool says so, and fails): follow only where each
# gets a private instance
follow=--follow
kernel_before 5.9 && follow=

run_in_ns() { # COUNT TAG
	unshare --pid --fork --mount-proc \
		sh -c '"$0" $2 -q -c "$1" -i 0.03; echo "rc=$?" >&2' \
		"$BPFM" "$1" "$follow" >"$SCRATCH/$2.out" 2>"$SCRATCH/$2.err"
}

run_in_ns 7 a &
a=$!
run_in_ns 11 b &
b=$!
wait $a
wait $b
for t in a b; do
	echo "--- instance $t"
	cat "$SCRATCH/$t.err"
	assert_grep '^rc=0$' "$SCRATCH/$t.err" "instance $t exit status"
	assert_grep '(PID 2 in this namespace)' "$SCRATCH/$t.err" "instance $t: PID 2 inside"
done
assert_grep '^bpf-minimal: 7 writes triggered, 7 seen by BPF$' "$SCRATCH/a.err" "instance a"
assert_grep '^bpf-minimal: 11 writes triggered, 11 seen by BPF$' "$SCRATCH/b.err" "instance b"

pa=$(started_pid "$SCRATCH/a.err")
pb=$(started_pid "$SCRATCH/b.err")
[ -n "$pa" ] && [ -n "$pb" ] && [ "$pa" != "$pb" ] ||
	fail "kernel-wide PIDs '$pa' and '$pb' should differ"

if [ -n "$follow" ]; then
	for t in a:$pa:7 b:$pb:11; do
		tag=${t%%:*} rest=${t#*:}
		pid=${rest%%:*} n=${rest#*:}
		lines=$(wc -l <"$SCRATCH/$tag.out")
		[ "$lines" -eq "$n" ] || { cat "$SCRATCH/$tag.out"; fail "instance $tag printed $lines lines, want $n"; }
		others=$(grep -cv "^BPF triggered from PID $pid\.\$" "$SCRATCH/$tag.out")
		[ "$others" -eq 0 ] || { cat "$SCRATCH/$tag.out"; fail "instance $tag printed $others lines not of PID $pid"; }
	done
	echo "PASS: 7 and 11, each exact, each following only its own lines"
else
	echo "PASS: 7 and 11, each exact (no private tracefs instances before 5.9: --follow lines not compared)"
fi
