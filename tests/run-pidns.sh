#!/bin/sh
# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
# In a new PID namespace, and nested two levels deep, the tool still
# counts exactly its own triggers: getpid() there is not the PID the BPF
# program sees, and the handshake must bridge that.
. "$srcdir/tests/lib.sh"
need_bpf
need_datapath
need_unshare
scratch

# One level: the tool is PID 1 of the namespace (unshare --fork execs it)
unshare --pid --fork --mount-proc "$BPFM" -c 5 -i 0.05 -q 2>"$SCRATCH/err"
rc=$?
cat "$SCRATCH/err"
[ $rc -eq 0 ] || fail "one level: exit status $rc, want 0"
assert_grep '^bpf-minimal: 5 writes triggered, 5 seen by BPF$' "$SCRATCH/err" "one level"
# It says which PID it traces, and that this namespace calls it 1
assert_grep '^bpf-minimal: tracing PID [0-9]* (PID 1 in this namespace)' "$SCRATCH/err" "both PIDs named"
kpid=$(started_pid "$SCRATCH/err")
[ "$kpid" != 1 ] || fail "the kernel-wide PID cannot be 1 here"

# Two levels, and the tool is not PID 1 (a shell is)
unshare --pid --fork --mount-proc \
	unshare --pid --fork --mount-proc \
	sh -c '"$0" -c 7 -i 0.02 -q; echo "rc=$?"' "$BPFM" >"$SCRATCH/out" 2>"$SCRATCH/err"
cat "$SCRATCH/err" "$SCRATCH/out"
assert_grep '^rc=0$' "$SCRATCH/out" "nested: exit status"
assert_grep '^bpf-minimal: 7 writes triggered, 7 seen by BPF$' "$SCRATCH/err" "nested"
assert_grep '^bpf-minimal: tracing PID [0-9]* (PID 2 in this namespace)' "$SCRATCH/err" "nested PIDs"
echo "PASS: exact counts one and two PID namespaces deep"
