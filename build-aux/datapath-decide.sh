#!/bin/sh
# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#
# datapath-decide.sh WITH KERNEL CROSS PROBE UNAME
#
# configure's choice of data path, kept out of configure.ac so that a unit
# test can check every branch (tests/unit-datapath-decide.sh).
#
#   WITH    --with-bpf-global-data: auto, yes or no
#   KERNEL  --with-kernel-version, or empty
#   CROSS   yes when cross compiling
#   PROBE   the run-test's answer: yes, no, unknown (no privilege) or skipped
#   UNAME   uname -r of the build machine, or empty
#
# Prints the answer (yes: global data, no: array-map fallback) on the first
# line and the reason on the second. Global data is chosen from 5.5, the
# line the design draws (mmapable array maps).
#
# Exit status: 0, or 2 when KERNEL is not a version.

set -u

with=$1 kernel=$2 cross=$3 probe=$4 uname_r=$5
line_major=5
line_minor=5

# major minor of a version such as 4.19, 5.10.0 or 6.1.0-13-amd64
version_pair() {
	echo "$1" | sed -n 's/^\([0-9][0-9]*\)\.\([0-9][0-9]*\)\([.-].*\)\{0,1\}$/\1 \2/p'
}

# decide VERSION WHERE: yes/no against the 5.5 line
decide() {
	set -- $(version_pair "$1") "$1" "$2"
	if [ "$1" -gt $line_major ] ||
	   { [ "$1" -eq $line_major ] && [ "$2" -ge $line_minor ]; }; then
		printf 'yes\nkernel %s >= %s.%s, from %s\n' "$1.$2" $line_major $line_minor "$4"
	else
		printf 'no\nkernel %s < %s.%s, from %s\n' "$1.$2" $line_major $line_minor "$4"
	fi
}

case $with in
yes)
	printf 'yes\nforced by --with-bpf-global-data=yes\n'
	exit 0 ;;
no)
	printf 'no\nforced by --with-bpf-global-data=no\n'
	exit 0 ;;
esac

if [ -n "$kernel" ]; then
	if [ -z "$(version_pair "$kernel")" ]; then
		echo "--with-kernel-version=$kernel is not a kernel version (X.Y or X.Y.Z)" >&2
		exit 2
	fi
	decide "$kernel" --with-kernel-version
	exit 0
fi

if [ "$cross" = yes ]; then
	printf 'no\ncross compiling without --with-kernel-version: the fallback runs on every kernel\n'
	exit 0
fi

case $probe in
yes)
	printf 'yes\nthis kernel loaded global data and created an mmapable map, run-test\n'
	exit 0 ;;
no)
	printf 'no\nthis kernel refused global data or mmapable maps, run-test\n'
	exit 0 ;;
esac

if [ -n "$(version_pair "$uname_r")" ]; then
	decide "$uname_r" "uname -r"
	exit 0
fi
printf 'no\nno run-test privilege and no kernel version known: the fallback runs on every kernel\n'
exit 0
