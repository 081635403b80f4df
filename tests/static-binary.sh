#!/bin/sh
# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
# A --enable-static-binary build needs no shared library: readelf shows no
# NEEDED entry and no interpreter, and the binary runs (--version) alone in
# an empty root directory, where no library could be found. Root (or a user
# namespace) is needed for chroot(2); BPF is not (tests/static-chroot.sh).
. "$srcdir/tests/lib.sh"

[ "${BPFM_STATIC:-no}" = yes ] ||
	skip "not a static build (./configure --enable-static-binary makes one)"
command -v readelf >/dev/null 2>&1 || skip "readelf not found: install binutils"
scratch

readelf -dW "$BPFM" >"$SCRATCH/dynamic" 2>&1 || fail "readelf -d failed"
if grep -q '(NEEDED)' "$SCRATCH/dynamic"; then
	grep '(NEEDED)' "$SCRATCH/dynamic"
	fail "the static binary needs shared libraries"
fi
readelf -lW "$BPFM" >"$SCRATCH/segments" 2>&1 || fail "readelf -l failed"
assert_grep 'LOAD' "$SCRATCH/segments" "readelf -l lists the segments"
if grep -q 'INTERP' "$SCRATCH/segments"; then
	grep -A1 'INTERP' "$SCRATCH/segments"
	fail "the static binary asks for a dynamic loader"
fi

# An empty root: the binary and nothing else
root=$SCRATCH/root
mkdir "$root" && cp "$BPFM" "$root/bpf-minimal" || hard_error "cannot fill $root"
chroot "$root" /bpf-minimal --version >"$SCRATCH/out" 2>&1
rc=$?
how=chroot
if [ $rc -eq 125 ]; then
	# chroot(2) refused: try as root of a user namespace
	unshare -r chroot "$root" /bpf-minimal --version >"$SCRATCH/out" 2>&1
	rc=$?
	how="unshare -r chroot"
	[ $rc -ne 125 ] && [ $rc -ne 1 ] ||
		skip "readelf checks passed, but this process may not chroot(2): $(head -n 1 "$SCRATCH/out")"
fi
cat "$SCRATCH/out"
[ $rc -eq 0 ] || fail "--version in an empty root ($how): exit $rc"
assert_grep "^bpf-minimal $BPFM_VERSION\$" "$SCRATCH/out" "--version's first line"
assert_grep "^libbpf: built against $LIBBPF_VERSION" "$SCRATCH/out" "--version libbpf"
[ "$(find "$root" | wc -l)" -eq 2 ] || { find "$root"; fail "the empty root got files"; }
echo "PASS: no NEEDED, no INTERP; --version runs alone in an empty root ($how)"
