#!/bin/sh
# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
# -c 5 -i 0.05 reports 5 writes triggered and 5 seen by BPF, and exits 0.
. "$srcdir/tests/lib.sh"
need_bpf
scratch
need_datapath

"$BPFM" -c 5 -i 0.05 >"$SCRATCH/out" 2>"$SCRATCH/err"
rc=$?
cat "$SCRATCH/err"
[ $rc -eq 0 ] || fail "exit status $rc, want 0"
assert_grep '^bpf-minimal: 5 writes triggered, 5 seen by BPF$' "$SCRATCH/err" "summary"
# The dots: one per trigger, on stderr (the trigger fd is a dup of it)
dots=$(tr -cd . <"$SCRATCH/err" | wc -c)
[ "$dots" -ge 5 ] || fail "$dots dots on stderr, want 5"
[ ! -s "$SCRATCH/out" ] || fail "stdout should be empty without --follow"

# -q: no dots, same counts
"$BPFM" -q -c 3 -i 0 2>"$SCRATCH/err" || fail "-q -c 3 -i 0 failed"
assert_grep '^bpf-minimal: 3 writes triggered, 3 seen by BPF$' "$SCRATCH/err" "-q summary"
! grep -q '^\.' "$SCRATCH/err" || fail "-q printed dots"
echo "PASS: 5 and 5, 3 and 3 under -q"
