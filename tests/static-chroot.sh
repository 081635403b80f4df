#!/bin/sh
# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
# The static binary really works where no shared library exists: in a root
# directory holding only itself, /dev/null and an empty /sys/kernel/tracing
# (where it mounts tracefs itself), it loads, attaches and counts 3
# triggers. The mounts are made in a private mount namespace, so they go
# away with it, whatever happens.
. "$srcdir/tests/lib.sh"

[ "${BPFM_STATIC:-no}" = yes ] ||
	skip "not a static build (./configure --enable-static-binary makes one)"
need_bpf
scratch

root=$SCRATCH/root
mkdir -p "$root/dev" "$root/sys/kernel/tracing" && : >"$root/dev/null" &&
	cp "$BPFM" "$root/bpf-minimal" || hard_error "cannot fill $root"
# The root must be a mount point: the tool's private tracefs mount makes
# its mounts slaves of /, which a plain directory cannot be made
unshare -m sh -c '
	mount --make-rprivate / &&
	mount --bind "$1" "$1" &&
	mount --bind /dev/null "$1/dev/null" || exit 125
	exec chroot "$1" /bpf-minimal --follow -c 3 -i 0
' sh "$root" >"$SCRATCH/out" 2>"$SCRATCH/err"
rc=$?
cat "$SCRATCH/out" "$SCRATCH/err"
[ $rc -ne 125 ] || skip "cannot make a private mount namespace with the binds the chroot needs"
[ $rc -eq 0 ] || fail "bpf-minimal in an empty root: exit $rc"
assert_grep '3 writes triggered, 3 seen by BPF' "$SCRATCH/err" "the count"
[ "$(grep -c 'BPF triggered from PID' "$SCRATCH/out")" -eq 3 ] ||
	fail "--follow did not print 3 lines"
# Nothing left behind in the root: the mounts died with the namespace
left=$(find "$root" | wc -l)
[ "$left" -eq 7 ] || { find "$root"; fail "the root holds $left entries, want 7"; }
echo "PASS: the static binary counts 3 of 3 in an empty root"
