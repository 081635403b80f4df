#!/bin/sh
# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
# configure's data path decision (build-aux/datapath-decide.sh), branch by
# branch: forced, the version given, cross compiling, the run-test, uname.
. "$srcdir/tests/lib.sh"

decide="$srcdir/build-aux/datapath-decide.sh"
n=0

# check WANT REASON-PART WITH KERNEL CROSS PROBE UNAME
check() {
	want=$1 part=$2
	shift 2
	out=$(sh "$decide" "$@") || fail "decide $*: exit $?"
	got=$(echo "$out" | sed -n 1p)
	why=$(echo "$out" | sed -n 2p)
	[ "$got" = "$want" ] || fail "decide $*: got $got ($why), want $want"
	case $why in
	*"$part"*) ;;
	*) fail "decide $*: reason '$why' lacks '$part'" ;;
	esac
	n=$((n + 1))
}

check yes 'forced by --with-bpf-global-data=yes' yes 4.9 no no 4.9
check no 'forced by --with-bpf-global-data=no' no 6.1 no yes 6.1
check no 'kernel 4.19 < 5.5, from --with-kernel-version' auto 4.19 no yes 6.1
check yes 'kernel 5.5 >= 5.5, from --with-kernel-version' auto 5.5 no no 4.9
check no 'kernel 5.4 < 5.5' auto 5.4.286 no yes 6.1
check yes 'kernel 5.10 >= 5.5' auto 5.10 yes unknown ''
check yes 'kernel 10.0 >= 5.5' auto 10.0 no skipped ''
check no 'kernel 4.9 < 5.5' auto 4.9.337 no skipped ''
check no 'cross compiling without --with-kernel-version' auto '' yes skipped ''
check yes 'run-test' auto '' no yes 4.9
check no 'run-test' auto '' no no 6.1
check yes 'from uname -r' auto '' no unknown 6.1.0-13-amd64
check no 'kernel 4.19 < 5.5, from uname -r' auto '' no unknown 4.19.0-23-amd64
check no 'no run-test privilege and no kernel version' auto '' no unknown ''
check no 'no run-test privilege and no kernel version' auto '' no unknown 'weird'

# A kernel version that is not one is an error, not a guess
if sh "$decide" auto 4 no skipped '' >/dev/null 2>&1; then
	fail "--with-kernel-version=4 accepted"
fi
if sh "$decide" auto abc no skipped '' >/dev/null 2>&1; then
	fail "--with-kernel-version=abc accepted"
fi
echo "PASS: $n decisions and 2 refusals"
