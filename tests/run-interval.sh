#!/bin/sh
# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
# --interval: '.' decimals whatever the locale (de_DE.UTF-8 writes 0,5, and
# 0.5 must still be half a second); between triggers the tool sleeps (its
# CPU time stays far below the wall time); 0 is as fast as possible.
. "$srcdir/tests/lib.sh"
need_bpf
need_datapath
scratch

field() { # NAME: a figure of the runtime helper's last line
	sed -n "s/.*runtime: .*$1 \([0-9]*\).*/\1/p" "$SCRATCH/err"
}

locale=C
if locale -a 2>/dev/null | grep -qi '^de_DE\.utf-\?8$'; then
	locale=de_DE.UTF-8
elif [ -n "${BPFM_REQUIRE_LOCALE:-}" ]; then
	fail "BPFM_REQUIRE_LOCALE is set, but de_DE.UTF-8 is not installed"
fi

# 5 triggers 0.5 s apart: 2 s of sleep, whatever the locale
LC_ALL=$locale "$BPFM_RUNTIME" "$BPFM" -q -c 5 -i 0.5 2>"$SCRATCH/err"
rc=$?
cat "$SCRATCH/err"
[ $rc -eq 0 ] || fail "-c 5 -i 0.5 under $locale: exit $rc"
assert_grep '^bpf-minimal: 5 writes triggered, 5 seen by BPF$' "$SCRATCH/err" "-i 0.5 under $locale"
wall=$(field wall_ms)
cpu=$(field cpu_ms)
[ "$wall" -ge 1900 ] || fail "-i 0.5 under $locale: $wall ms for 4 intervals; 0.5 was not read as half a second"
[ "$wall" -le 8000 ] || fail "-i 0.5 under $locale: $wall ms for 4 intervals, far too long"
# Sleeping, not spinning: the CPU time is a fraction of the wall time
[ $((cpu * 2)) -lt "$wall" ] || fail "$cpu ms of CPU in $wall ms: the tool spins between triggers"
echo "-i 0.5 under $locale: $wall ms wall, $cpu ms CPU"

# 0: as fast as possible
"$BPFM_RUNTIME" "$BPFM" -q -c 2000 -i 0 2>"$SCRATCH/err" || fail "-c 2000 -i 0 failed"
assert_grep '^bpf-minimal: 2000 writes triggered, 2000 seen by BPF$' "$SCRATCH/err" "-i 0"
echo "-i 0: 2000 triggers in $(field wall_ms) ms"
echo "PASS: 0.5 s under $locale, sleeping ($cpu ms CPU in $wall ms); -i 0 runs flat out"
