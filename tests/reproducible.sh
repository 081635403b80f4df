#!/bin/sh
# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
# Two builds of the release tarball, unpacked in two directories of
# different names and depths, configured the way the packages are and
# built at different times in different time zones, install byte-identical
# files; and no installed file names either build directory.
# BPFM_TARBALL: the tarball (make check-reproducible makes it and runs this).
. "$srcdir/tests/lib.sh"

[ -n "${BPFM_TARBALL:-}" ] ||
	skip "no release tarball given: run make check-reproducible"
[ -f "$BPFM_TARBALL" ] || hard_error "$BPFM_TARBALL not found"
scratch

# build DIR TZ: unpack, configure, build and install into DIR/inst, as a
# make of its own (not a part of the make running this test)
unset MAKEFLAGS MFLAGS MAKELEVEL
build() {
	mkdir -p "$1" && tar -C "$1" -xzf "$BPFM_TARBALL" &&
	src=$(echo "$1"/bpf-minimal-*) &&
	(cd "$src" && TZ=$2 ./configure --prefix=/usr --with-bpf-global-data=no &&
	 TZ=$2 make && make install DESTDIR="$1/inst") >"$1.log" 2>&1 || {
		tail -n 30 "$1.log"
		fail "the build in $1 failed"
	}
}

a=$SCRATCH/a
b=$SCRATCH/second-build/in/a/deeper/directory
build "$a" UTC
sleep 1
build "$b" Pacific/Kiritimati

(cd "$a/inst" && find . -type f | sort) >"$SCRATCH/files-a"
(cd "$b/inst" && find . -type f | sort) >"$SCRATCH/files-b"
cmp -s "$SCRATCH/files-a" "$SCRATCH/files-b" || {
	diff "$SCRATCH/files-a" "$SCRATCH/files-b"
	fail "the two builds install different files"
}
grep -q '^\./usr/sbin/bpf-minimal$' "$SCRATCH/files-a" || fail "no bpf-minimal installed"
n=0
for f in $(cat "$SCRATCH/files-a"); do
	cmp "$a/inst/$f" "$b/inst/$f" || fail "$f differs between the two builds"
	for dir in "$a" "$b"; do
		! grep -q -F "$dir" "$a/inst/$f" || fail "$f names the build directory $dir"
	done
	n=$((n + 1))
done
size=$(wc -c <"$a/inst/usr/sbin/bpf-minimal")
echo "PASS: $n installed files identical (bpf-minimal: $size bytes)"
