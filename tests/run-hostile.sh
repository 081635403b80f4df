#!/bin/sh
# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
# A hostile environment: each case gets exit 1 and a message that names the
# cause and the fix, and nothing is left in the kernel. No privilege; no
# capabilities as root; only CAP_BPF and CAP_PERFMON (which must work);
# tracefs and debugfs gone with no right to mount them; bpf() blocked by
# seccomp (ENOSYS, EPERM); tracefs read-only; kernel lockdown (simulated).
. "$srcdir/tests/lib.sh"
need_bpf
need_unshare
command -v setpriv >/dev/null 2>&1 || skip "no setpriv command (util-linux)"
scratch

bpf_ids "$SCRATCH/ids"
cases=0

# refused WHAT PATTERN... -- COMMAND...: exit 1, every PATTERN in the message
refused() {
	what=$1
	shift
	: >"$SCRATCH/pats"
	while [ "$1" != -- ]; do
		echo "$1" >>"$SCRATCH/pats"
		shift
	done
	shift
	"$@" >"$SCRATCH/out" 2>"$SCRATCH/err"
	rc=$?
	echo "--- $what (exit $rc)"
	cat "$SCRATCH/err"
	[ $rc -eq 1 ] || fail "$what: exit $rc, want 1"
	while read -r pat; do
		assert_grep "$pat" "$SCRATCH/err" "$what"
	done <"$SCRATCH/pats"
	! grep -q 'sudo' "$SCRATCH/err" || [ "$what" = "as nobody" ] ||
		fail "$what: told to use sudo, which is not the fix"
	cases=$((cases + 1))
}

knows_cap_bpf=no
[ "$(cat /proc/sys/kernel/cap_last_cap)" -ge 39 ] && knows_cap_bpf=yes
if [ $knows_cap_bpf = yes ]; then
	caps='lacks CAP_BPF and CAP_PERFMON (or CAP_SYS_ADMIN)'
else
	caps='lacks CAP_SYS_ADMIN'
fi

# Without the privilege: as nobody, and as root without capabilities
refused "as nobody" "$caps" 'run it as root' -- \
	setpriv --reuid=nobody --regid=nogroup --clear-groups "$BPFM" -c 1
refused "as root without capabilities" "$caps" 'runs as root, but without those capabilities' -- \
	setpriv --inh-caps=-all --bounding-set=-all "$BPFM" -c 1

# Only CAP_BPF and CAP_PERFMON: enough on 5.8 and later
if [ $knows_cap_bpf = yes ]; then
	unshare -m sh -c '
		mountpoint -q /sys/kernel/tracing ||
			mount -t tracefs nodev /sys/kernel/tracing || exit 99
		exec setpriv --inh-caps=-all --bounding-set=-all,+bpf,+perfmon "$0" -q -c 3 -i 0
	' "$BPFM" 2>"$SCRATCH/err"
	rc=$?
	cat "$SCRATCH/err"
	[ $rc -eq 0 ] || fail "with only CAP_BPF and CAP_PERFMON: exit $rc, want 0"
	assert_grep '^bpf-minimal: 3 writes triggered, 3 seen by BPF$' "$SCRATCH/err" "CAP_BPF + CAP_PERFMON"
	cases=$((cases + 1))

	# tracefs and debugfs gone, and no CAP_SYS_ADMIN to mount them
	for mode in "" --follow; do
		refused "no tracefs, no right to mount it ${mode:-(plain)}" \
			'tracefs is not mounted, and this process may not mount it' \
			'mount -t tracefs nodev /sys/kernel/tracing' -- \
			unshare -m --propagation private sh -c '
				for m in /sys/kernel/tracing /sys/kernel/debug/tracing /sys/kernel/debug; do
					while mountpoint -q $m; do umount -l $m || exit 99; done
				done
				[ ! -e /sys/kernel/tracing/trace_pipe ] || exit 99
				exec setpriv --inh-caps=-all --bounding-set=-all,+bpf,+perfmon,+dac_override "$0" $1 -c 1
			' "$BPFM" "$mode"
	done
fi

# bpf() blocked by a seccomp filter, as Docker's default profile does
for errno in ENOSYS EPERM; do
	refused "seccomp answering $errno" 'a seccomp filter refused bpf()' \
		'--privileged or a seccomp profile that allows bpf' -- \
		"$BPFM_SECCOMP_DENY" $errno -- "$BPFM" -c 1
done

# tracefs read-only (bind-mounted so into a container): --follow cannot make
# its instance, and says so; plain mode only reads, and works
if [ -e /sys/kernel/tracing/instances ]; then
	refused "tracefs read-only, --follow" 'is mounted read-only' 'mount -o remount,rw' -- \
		unshare -m --propagation private sh -c '
			mountpoint -q /sys/kernel/tracing ||
				mount -t tracefs nodev /sys/kernel/tracing || exit 99
			mount -o remount,bind,ro /sys/kernel/tracing || exit 99
			exec "$0" --follow -c 1' "$BPFM"
	unshare -m --propagation private sh -c '
		mountpoint -q /sys/kernel/tracing ||
			mount -t tracefs nodev /sys/kernel/tracing || exit 99
		mount -o remount,bind,ro /sys/kernel/tracing || exit 99
		exec "$0" -q -c 2 -i 0' "$BPFM" 2>"$SCRATCH/err"
	rc=$?
	[ $rc -eq 0 ] || { cat "$SCRATCH/err"; fail "tracefs read-only, plain mode: exit $rc"; }
	cases=$((cases + 1))
fi

# /sys read-only with tracefs not mounted: with the right to mount, the tool
# mounts its own (privately) and runs
unshare -m --propagation private sh -c '
	for m in /sys/kernel/tracing /sys/kernel/debug; do
		while mountpoint -q $m; do umount -l $m || exit 99; done
	done
	mount -o remount,bind,ro /sys || exit 99
	exec "$0" -q -c 2 -i 0' "$BPFM" 2>"$SCRATCH/err"
rc=$?
[ $rc -eq 0 ] || { cat "$SCRATCH/err"; fail "/sys read-only: exit $rc"; }
cases=$((cases + 1))

# Kernel lockdown, simulated: a lockdown file that says confidentiality and
# bpf() refused (EPERM) although the capabilities are there
refused "kernel lockdown (simulated)" 'kernel lockdown (confidentiality mode)' -- \
	unshare -m --propagation private sh -c '
		mount -t tmpfs none /sys/kernel/security || exit 99
		echo "none integrity [confidentiality]" >/sys/kernel/security/lockdown
		exec "$1" EPERM -- "$0" -c 1' "$BPFM" "$BPFM_SECCOMP_DENY"

# Nothing left behind
assert_nothing_left "$SCRATCH/ids" "after the hostile runs"
echo "PASS: $cases hostile environments, each refused with its cause and fix (or run where it should); nothing left in the kernel"
