#!/bin/sh
# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
# After the handshake, another process writing the same cookie (and
# writing to the same fd number) neither moves the target nor adds to the
# count: the first match locked the PID.
. "$srcdir/tests/lib.sh"
need_bpf
need_datapath
need_kernel 4.13 "BPF_MAP_GET_FD_BY_ID, to read the running tool's map"
scratch

"$BPFM" -q -c 20 -i 0.05 2>"$SCRATCH/err" &
pid=$!
wait_started $pid "$SCRATCH/err" "the tool"
"$BPFM_FORGE" $pid
forged=$?
wait $pid
rc=$?
cat "$SCRATCH/err"
[ $forged -ne 99 ] || fail "the forging helper could not run"
[ $forged -eq 0 ] || fail "a forged cookie moved the target"
[ $rc -eq 0 ] || fail "exit status $rc, want 0"
assert_grep '^bpf-minimal: 20 writes triggered, 20 seen by BPF$' "$SCRATCH/err" "forged writes counted"
echo "PASS: the target held, and none of 300 forged writes was counted"
