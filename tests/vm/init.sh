#!/bin/sh
# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#
# tests/vm/init.sh: /init of make check-vm's initramfs, run by busybox sh.
# Mounts what the tests need, runs each integration test listed in
# /bpfm/tests once per data path, and prints on the console, for the host
# to parse (tests/vm/check-vm.sh):
#
#   VMTEST KERNEL <release>
#   VMTEST BOOT <seconds from boot to init>
#   VMOUT <test> <path>: <a line of the test's output>
#   VMTEST PASS|FAIL|SKIP <test> <path> <seconds>s[ <why>]
#   VMTEST SUMMARY <n> passed, <n> failed, <n> skipped
#
# then reboots, which ends qemu (-no-reboot). Here the tests must run: a
# skip is a failure, except a test's own "SKIP: needs Linux X.Y" (a
# kernel limit, see need_kernel in tests/lib.sh).

PATH=/bin:/sbin:/usr/bin:/usr/sbin
export PATH

# No /dev/console in the archive (making one needs root): fds 0-2 are
# closed until devtmpfs is up.
mount -t devtmpfs devtmpfs /dev 2>/dev/null
exec </dev/console >/dev/console 2>&1

# Centiseconds since boot
uptime_cs() {
	read -r up _ </proc/uptime
	up=${up%.*}${up#*.}
	echo "${up#"${up%%[!0]*}"}"
}

seconds() {
	printf '%d.%02d' $(($1 / 100)) $(($1 % 100))
}

vmount() {
	mount -t "$1" "$1" "$2" || echo "VMTEST NOTE mount -t $1 $2 failed"
}

vmount proc /proc
boot=$(uptime_cs)
vmount sysfs /sys
vmount tmpfs /tmp
vmount debugfs /sys/kernel/debug
# tracefs: its own mount point from 4.1; before, debugfs's tracing/
if [ -d /sys/kernel/tracing ]; then
	vmount tracefs /sys/kernel/tracing
fi
# A kernel message may have left its line open
echo
echo "VMTEST KERNEL $(uname -r)"
echo "VMTEST BOOT $(seconds "$boot")"

# The test environment (make check's AM_TESTS_ENVIRONMENT, with the
# build tree at /bpfm/build and the sources at /bpfm/src)
. /bpfm/env
[ -z "${BPFM_VM_LIBPATH:-}" ] || export LD_LIBRARY_PATH="$BPFM_VM_LIBPATH"
export BPFM_REQUIRE_BPF=1
export TMPDIR=/tmp
cd /bpfm/build || echo "VMTEST NOTE no /bpfm/build"

passed=0
failed=0
skipped=0
out=/tmp/vmtest.out
while read -r test; do
	name=${test##*/}
	name=${name%.sh}
	for dp in global map; do
		start=$(uptime_cs)
		BPFM_DATAPATH=$dp timeout "${BPFM_VM_TEST_TIMEOUT:-120}" \
			sh "$srcdir/$test" >"$out" 2>&1 </dev/null
		rc=$?
		took=$(seconds $(($(uptime_cs) - start)))
		sed "s/^/VMOUT $name $dp: /" "$out"
		why=
		if [ $rc -eq 0 ]; then
			result=PASS
		elif [ $rc -eq 77 ] && grep -q '^SKIP: needs Linux ' "$out"; then
			result=SKIP
			why=$(grep '^SKIP: ' "$out" | tail -n 1)
		elif [ $rc -eq 77 ]; then
			result=FAIL
			why="skipped in the VM: $(grep '^SKIP: ' "$out" | tail -n 1)"
		else
			result=FAIL
			why="exit $rc: $(grep -E '^(FAIL|ERROR): ' "$out" | tail -n 1)"
		fi
		case $result in
		PASS) passed=$((passed + 1)) ;;
		FAIL) failed=$((failed + 1)) ;;
		SKIP) skipped=$((skipped + 1)) ;;
		esac
		echo "VMTEST $result $name $dp ${took}s${why:+ $why}"
	done
done </bpfm/tests
echo "VMTEST SUMMARY $passed passed, $failed failed, $skipped skipped"

sync
reboot -f
# Should reboot -f fail, init exiting panics the kernel, and panic=-1
# reboots it.
exit 1
