#!/bin/sh
# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#
# check-vm.sh TEST...: make check-vm. Boots KERNEL (a bzImage; default: the
# newest vm-kernel/vmlinuz-*, which tests/vm/get-debian-kernel.sh fetches)
# under qemu-system-x86_64 -accel tcg with a busybox initramfs holding the
# built programs, runs each TEST there for both data paths
# (tests/vm/init.sh), prints one line per test and a summary, and exits 0
# when all passed (and at least one did), 1 when not, 77 when there is no
# kernel image or no qemu, busybox or cpio.
#
# Run from the build tree under make check's AM_TESTS_ENVIRONMENT: every
# BPFM_* variable is passed to the guest, and the files they name are
# copied in, with their shared libraries and loader when they have any.
#
# Knobs (environment): KERNEL, VM_TIMEOUT (seconds for the whole run,
# default 600), VM_TEST_TIMEOUT (per test, default 120), VM_MEM (MiB, 1024),
# VM_SMP (2), QEMU (qemu-system-x86_64), BUSYBOX (busybox), VM_LOG (the
# console log, default check-vm.log), VM_VERBOSE=1 (print every test's
# output, not only the failed ones').
set -u

me=check-vm
: "${srcdir:=.}"
: "${VM_TIMEOUT:=600}"
: "${VM_TEST_TIMEOUT:=120}"
: "${VM_MEM:=1024}"
: "${VM_SMP:=2}"
: "${QEMU:=qemu-system-x86_64}"
: "${BUSYBOX:=busybox}"
: "${VM_LOG:=check-vm.log}"
build=$(pwd)

skip() {
	echo "$me: SKIP: $*"
	exit 77
}

die() {
	echo "$me: ERROR: $*"
	exit 99
}

# --- What is needed --------------------------------------------------------

[ $# -gt 0 ] || die "no tests given"
if [ -z "${KERNEL:-}" ]; then
	KERNEL=$(ls -t vm-kernel/vmlinuz-* 2>/dev/null | head -n 1)
	[ -n "$KERNEL" ] ||
		skip "no kernel image: make check-vm KERNEL=/path/to/bzImage, or fetch Debian's into vm-kernel/ with sh $srcdir/tests/vm/get-debian-kernel.sh"
fi
[ -r "$KERNEL" ] || die "cannot read the kernel image $KERNEL"
command -v "$QEMU" >/dev/null 2>&1 ||
	skip "no $QEMU (Debian: apt-get install qemu-system-x86)"
command -v "$BUSYBOX" >/dev/null 2>&1 ||
	skip "no $BUSYBOX (Debian: apt-get install busybox-static)"
command -v cpio >/dev/null 2>&1 || skip "no cpio (Debian: apt-get install cpio)"
BUSYBOX=$(command -v "$BUSYBOX")

stage=$(mktemp -d "${TMPDIR:-/tmp}/bpfm-vm.XXXXXX") || die "mktemp failed"
qpid=
cleanup() {
	if [ -n "$qpid" ]; then
		kill -KILL "$qpid" 2>/dev/null
		{ wait "$qpid"; } 2>/dev/null
	fi
	rm -rf "$stage"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# --- The initramfs ----------------------------------------------------------

root=$stage/root
mkdir -p "$root/bin" "$root/dev" "$root/proc" "$root/sys" "$root/tmp" \
	"$root/bpfm/build" "$root/bpfm/src" || die "cannot create $root"
libs=$stage/libs
: >"$libs"

# put FILE DEST: copy FILE to DEST in the initramfs, with the shared
# libraries and the loader it needs, if any (a static binary needs none)
put() {
	mkdir -p "$root${2%/*}" && cp -L "$1" "$root$2" || die "cannot copy $1"
	ldd "$1" 2>/dev/null |
		sed -n -e 's/.*=> \(\/[^ ]*\) (.*/\1/p' \
		       -e 's/^[[:space:]]*\(\/[^ ]*\) (.*/\1/p' >>"$libs"
}

# shquote VALUE: VALUE in single quotes, for the guest's /bpfm/env
shquote() {
	printf "'%s'" "$(printf '%s' "$1" | sed "s/'/'\\\\''/g")"
}

# The environment of make check's tests, with the files it names
abs_srcdir=$(cd "$srcdir" && pwd) || die "no srcdir $srcdir"
cp -R "$abs_srcdir/tests" "$root/bpfm/src/" || die "cannot copy $srcdir/tests"
{
	echo "export srcdir=/bpfm/src top_builddir=."
	echo "export LIBBPF_VERSION=$(shquote "${LIBBPF_VERSION:-}")"
	echo "export BPFM_VM_TEST_TIMEOUT=$(shquote "$VM_TEST_TIMEOUT")"
} >"$root/bpfm/env"
for var in $(env | sed -n 's/^\(BPFM_[A-Z0-9_]*\)=.*/\1/p'); do
	case $var in
	BPFM_DATAPATH | BPFM_REQUIRE_BPF | BPFM_REQUIRE_LOCALE | BPFM_VM_*) continue ;;
	esac
	eval "val=\${$var}"
	case $val in
	"$build"/*) guest=/bpfm/build${val#"$build"} ;;
	/*) guest=$val ;;
	*) guest= ;;
	esac
	if [ -n "$guest" ] && [ -f "$val" ]; then
		put "$val" "$guest"
		val=$guest
	fi
	echo "export $var=$(shquote "$val")" >>"$root/bpfm/env"
done
printf '%s\n' "$@" >"$root/bpfm/tests"

# busybox and its applets; then every library, once
put "$BUSYBOX" /bin/busybox
"$BUSYBOX" --list-full | while read -r applet; do
	case $applet in
	*/busybox) continue ;;
	esac
	mkdir -p "$root/${applet%/*}"
	ln -sf /bin/busybox "$root/$applet"
done
[ -e "$root/bin/sh" ] || die "$BUSYBOX --list-full has no bin/sh"
nlibs=0
libpath=
for lib in $(sort -u "$libs"); do
	mkdir -p "$root${lib%/*}" && cp -L "$lib" "$root$lib" ||
		die "cannot copy $lib"
	nlibs=$((nlibs + 1))
	case :$libpath: in
	*:"${lib%/*}":*) ;;
	*) libpath=$libpath${libpath:+:}${lib%/*} ;;
	esac
done
echo "export BPFM_VM_LIBPATH=$(shquote "$libpath")" >>"$root/bpfm/env"
cp "$abs_srcdir/tests/vm/init.sh" "$root/init" && chmod 755 "$root/init" ||
	die "cannot copy init.sh"

initrd=$stage/initrd.gz
(cd "$root" && find . | cpio -o -H newc -R 0:0 --quiet | gzip -1) >"$initrd" ||
	die "cpio failed"
if [ $nlibs -eq 0 ]; then
	what="static programs"
else
	what="$nlibs shared libraries"
fi
echo "$me: $KERNEL, initramfs $(($(wc -c <"$initrd") / 1024)) KiB ($what), $# tests x 2 data paths"

# --- The run ----------------------------------------------------------------

: >"$VM_LOG"
start=$(date +%s)
"$QEMU" -accel tcg -m "$VM_MEM" -smp "$VM_SMP" -nodefaults -display none \
	-no-reboot -serial "file:$VM_LOG" -kernel "$KERNEL" -initrd "$initrd" \
	-append "console=ttyS0 quiet panic=-1 rdinit=/init" \
	</dev/null >"$stage/qemu.err" 2>&1 &
qpid=$!

# results: the console's lines, without the serial line's CRs
results() {
	tr -d '\r' <"$VM_LOG"
}

shown=0
timed_out=no
init_at=
while kill -0 "$qpid" 2>/dev/null; do
	sleep 1
	if [ -z "$init_at" ] && results | grep -q '^VMTEST KERNEL '; then
		init_at=$(($(date +%s) - start))
	fi
	results | grep -E '^VMTEST (PASS|FAIL|SKIP) ' |
		sed -n "$((shown + 1)),\$p" >"$stage/new"
	cat "$stage/new"
	shown=$((shown + $(wc -l <"$stage/new")))
	if [ $(($(date +%s) - start)) -ge "$VM_TIMEOUT" ]; then
		timed_out=yes
		kill -KILL "$qpid" 2>/dev/null
	fi
done
{ wait "$qpid"; } 2>/dev/null
qrc=$?
qpid=
took=$(($(date +%s) - start))
results | grep -E '^VMTEST (PASS|FAIL|SKIP) ' | sed -n "$((shown + 1)),\$p"

# --- The verdict --------------------------------------------------------------

results >"$stage/log"
count() {
	grep -c "^VMTEST $1 " "$stage/log"
}
passed=$(count PASS)
failed=$(count FAIL)
skipped=$(count SKIP)
missing=$(($# * 2 - passed - failed - skipped))
release=$(sed -n 's/^VMTEST KERNEL //p' "$stage/log")
boot=$(sed -n 's/^VMTEST BOOT //p' "$stage/log")

# The output of every test under VM_VERBOSE=1, else of each failed one
if [ "${VM_VERBOSE:-0}" = 1 ]; then
	sed -n 's/^VMOUT //p' "$stage/log"
fi
grep '^VMTEST FAIL ' "$stage/log" | while read -r _ _ name dp _; do
	echo "--- $name $dp:"
	sed -n "s/^VMOUT $name $dp: //p" "$stage/log"
done
if ! grep -q '^VMTEST SUMMARY ' "$stage/log"; then
	if [ $timed_out = yes ]; then
		echo "$me: FAIL: the VM timed out after $VM_TIMEOUT s (VM_TIMEOUT)"
	else
		echo "$me: FAIL: the VM ended (qemu exit $qrc) before the tests did"
	fi
	echo "--- the end of the console ($VM_LOG):"
	tail -n 30 "$stage/log"
	cat "$stage/qemu.err"
fi
if [ "$missing" -gt 0 ]; then
	echo "$me: $missing test runs gave no result: counted as failed"
	failed=$((failed + missing))
fi
echo "$me: $passed passed, $failed failed, $skipped skipped" \
	"(Linux ${release:-unknown}; init after ${boot:-?} s of guest time," \
	"${init_at:-?} s of ours; whole run $took s)"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
