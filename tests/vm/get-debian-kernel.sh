#!/bin/sh
# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#
# get-debian-kernel.sh [DIR]: put Debian's packaged amd64 kernel image in
# DIR (default vm-kernel), for make check-vm. The package is the one the
# linux-image-amd64 metapackage depends on, named exactly (a
# linux-image-*-amd64 glob matches dozens of packages); only its
# /boot/vmlinuz-* is extracted. Nothing is installed, so any user may run
# it; apt-get's package lists must be current (apt-get update).
#
# Prints the image's path. Exit status 0, or 1 with a line saying why.
set -eu

dir=${1:-vm-kernel}
me=get-debian-kernel.sh

for tool in apt-cache apt-get dpkg-deb tar; do
	command -v $tool >/dev/null 2>&1 ||
		{ echo "$me: $tool not found: this script needs Debian's apt and dpkg" >&2; exit 1; }
done

pkg=$(apt-cache depends linux-image-amd64 2>/dev/null |
      sed -n 's/^ *Depends: \(linux-image-[0-9][^ ]*-amd64\)$/\1/p' | head -n 1)
if [ -z "$pkg" ]; then
	echo "$me: apt-cache depends linux-image-amd64 names no kernel package: run apt-get update" >&2
	exit 1
fi
ver=${pkg#linux-image-}
image=$dir/vmlinuz-$ver
if [ -s "$image" ]; then
	echo "$me: $pkg already in $dir" >&2
	echo "$image"
	exit 0
fi

mkdir -p "$dir"
tmp=$(mktemp -d "$dir/.download.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
# As root, apt-get would try to download as _apt, which cannot write here
sandbox=
[ "$(id -u)" -ne 0 ] || sandbox="-o APT::Sandbox::User=root"
echo "$me: downloading $pkg" >&2
(cd "$tmp" && apt-get download -q $sandbox "$pkg" >&2) ||
	{ echo "$me: apt-get download $pkg failed" >&2; exit 1; }
deb=$(ls "$tmp"/*.deb)
# Only the image: dpkg-deb -x would also write the package's modules
# (about 400 MB) that the tests do not need.
dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$tmp" --wildcards './boot/vmlinuz-*'
[ -s "$tmp/boot/vmlinuz-$ver" ] ||
	{ echo "$me: $deb has no /boot/vmlinuz-$ver" >&2; exit 1; }
# The previous images go: make check-vm boots the newest one
rm -f "$dir"/vmlinuz-*
mv -f "$tmp/boot/vmlinuz-$ver" "$image"
echo "$me: $pkg: $image" >&2
echo "$image"
