#!/bin/sh
# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
# RLIMIT_MEMLOCK at 64 KiB under a 5.4 personality (BPF memory charged to
# it, EPERM when short): where the tool may raise the limit it does, and
# runs; where it may not (no CAP_SYS_RESOURCE, hard limit 64 KiB), it
# exits 1 naming RLIMIT_MEMLOCK and how to raise it. Under 5.11 (memcg
# accounting) the limit does not matter. The memcg probe itself: yes on
# this kernel, no under 5.10.
. "$srcdir/tests/lib.sh"
. "$srcdir/tests/personality-lib.sh"
need_bpf
need_personality
scratch
low=65536

command -v prlimit >/dev/null || skip "no prlimit (util-linux)"
command -v setpriv >/dev/null || skip "no setpriv (util-linux)"
drop="setpriv --inh-caps=-sys_resource --bounding-set=-sys_resource"

# The loader's memcg probe (src/kfeatures.c)
[ "$("$BPFM_BPF_TRY" memcg)" = "memcg: yes" ] ||
	fail "the memcg probe says no on this kernel: $("$BPFM_BPF_TRY" memcg)"
[ "$(pers 5.10 "$BPFM_BPF_TRY" memcg)" = "memcg: no" ] ||
	fail "the memcg probe says yes under 5.10"

# May raise it: with CAP_SYS_RESOURCE, from a 64 KiB hard limit. Without
# it, the compat shim (built when libbpf lacks libbpf_set_memlock_rlim)
# still raises the soft limit to the hard one, so a 64 KiB soft limit under
# a hard one of some MiB is the same test; libbpf's own bump only tries
# infinity, so with it there is nothing to test here.
cap_resource=$(awk '/^CapEff:/ { print $2 }' /proc/self/status)
hard=$(ulimit -H -l)
may=
if [ $(( 0x$cap_resource >> 24 & 1 )) -eq 1 ]; then
	may="$low:$low"
elif grep -q '^#define HAVE_LIBBPF_SET_MEMLOCK_RLIM 1' "$top_builddir/config.h"; then
	echo "no CAP_SYS_RESOURCE, and libbpf bumps the limit itself: not testing the raise"
elif [ "$hard" = unlimited ]; then
	may="$low:unlimited"
elif [ "$hard" -ge 4096 ]; then
	may="$low:$((hard * 1024))"
else
	echo "no CAP_SYS_RESOURCE and a hard RLIMIT_MEMLOCK of $hard KiB: not testing the raise"
fi

for build in map global; do
	bin=$(bpfm_bin $build)
	if [ -n "$may" ]; then
		run_bpfm 5.4 prlimit --memlock="$may" "$bin" -c 5 -i 0.05
		expect_rc 0 "$build build, RLIMIT_MEMLOCK $may, under 5.4"
		assert_grep '^bpf-minimal: 5 writes triggered, 5 seen by BPF$' \
			"$SCRATCH/err" "$build build, RLIMIT_MEMLOCK $may: the counts"
	fi

	# shellcheck disable=SC2086
	run_bpfm 5.4 prlimit --memlock=$low:$low $drop "$bin" -c 5 -i 0.05
	expect_rc 1 "$build build, 64 KiB and no CAP_SYS_RESOURCE, under 5.4"
	assert_grep 'failed: RLIMIT_MEMLOCK is 64 KiB and kernels before 5.11 charge BPF memory to it' \
		"$SCRATCH/err" "$build build, 64 KiB: the cause"
	assert_grep 'ulimit -l unlimited' "$SCRATCH/err" "$build build, 64 KiB: the fix"
	! grep -q seccomp "$SCRATCH/err" ||
		fail "$build build, 64 KiB: blamed the seccomp filter"

	# shellcheck disable=SC2086
	run_bpfm 5.11 prlimit --memlock=$low:$low $drop "$bin" -c 5 -i 0.05
	expect_rc 0 "$build build, 64 KiB and no CAP_SYS_RESOURCE, under 5.11"
done
echo "PASS: RLIMIT_MEMLOCK raised${may:+ ($may)} or explained under 5.4, irrelevant under 5.11"
