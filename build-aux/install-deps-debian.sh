#!/bin/sh
# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#
# install-deps-debian.sh [--ci]
#
# Installs what building and testing bpf-minimal needs on Debian 12 (or
# Ubuntu), as root. libbpf is pinned to Debian 12's 1.1.2 where that version
# is available, since that is the version CI proves. With --ci, also what
# CI's further stages need: qemu and busybox for the VM test, packaging
# tools, valgrind, and the aarch64 cross toolchain with libbpf-dev:arm64
# (pkgconf:arm64 gives the aarch64-linux-gnu-pkg-config configure finds).
set -eu

ci=no
[ "${1:-}" = --ci ] && ci=yes
export DEBIAN_FRONTEND=noninteractive

if [ "$(id -u)" -ne 0 ]; then
	echo "install-deps-debian.sh: run it as root (apt-get needs it)" >&2
	exit 1
fi

# A mirror caught mid-sync fails an index now and then: retry, then carry
# on with the lists there are (an install that needs more fails clearly)
apt_update() {
	for try in 1 2 3; do
		apt-get update && return 0
		sleep 10
	done
	echo "install-deps-debian.sh: apt-get update kept failing; carrying on" >&2
}

libbpf_pin=1:1.1.2-0+deb12u1
libbpf=libbpf-dev
apt_update
if apt-cache madison libbpf-dev | grep -q " $libbpf_pin "; then
	libbpf="libbpf-dev=$libbpf_pin libbpf1=$libbpf_pin"
fi

# Build and test
apt-get install -y --no-install-recommends \
	build-essential autoconf automake pkg-config \
	clang llvm bpftool $libbpf libelf-dev zlib1g-dev linux-libc-dev \
	util-linux procps locales ca-certificates

# A comma-decimal locale, for the --interval locale test
if ! locale -a 2>/dev/null | grep -qi '^de_DE\.utf-\?8$'; then
	sed -i 's/^# *\(de_DE.UTF-8 UTF-8\)/\1/' /etc/locale.gen
	grep -q '^de_DE.UTF-8 UTF-8' /etc/locale.gen ||
		echo 'de_DE.UTF-8 UTF-8' >>/etc/locale.gen
	locale-gen >/dev/null
fi

[ $ci = yes ] || exit 0

# CI's further stages: VM, packages, sanitizers and valgrind, cross build
dpkg --add-architecture arm64
apt_update
apt-get install -y --no-install-recommends \
	qemu-system-x86 busybox-static cpio \
	debhelper dpkg-dev lintian rpm fakeroot \
	valgrind file binutils-aarch64-linux-gnu gcc-aarch64-linux-gnu \
	libc6-dev:arm64 "libbpf-dev:arm64${libbpf_pin:+=$libbpf_pin}" \
	libelf-dev:arm64 zlib1g-dev:arm64 linux-libc-dev:arm64 pkgconf:arm64
