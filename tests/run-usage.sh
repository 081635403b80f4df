#!/bin/sh
# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
# Bad input, table-driven: every bad value of the Core issue's rules is a
# usage error (exit 2, one line naming the problem), before anything is
# loaded (so no privilege is needed). --help and --version exit 0.
. "$srcdir/tests/lib.sh"
scratch

# bad WHAT ARGS...: exit 2, one line on stderr naming the problem, nothing
# on stdout, no crash, no silent default
n=0
bad() {
	what=$1
	shift
	"$BPFM" "$@" >"$SCRATCH/out" 2>"$SCRATCH/err"
	rc=$?
	[ $rc -lt 128 ] || fail "$what ('$*'): crashed (status $rc)"
	[ $rc -eq 2 ] || { cat "$SCRATCH/err"; fail "$what ('$*'): exit $rc, want 2"; }
	[ "$(wc -l <"$SCRATCH/err")" -eq 1 ] || { cat "$SCRATCH/err"; fail "$what ('$*'): want one line on stderr"; }
	grep -q '^bpf-minimal: ' "$SCRATCH/err" || fail "$what ('$*'): no bpf-minimal: prefix"
	[ ! -s "$SCRATCH/out" ] || fail "$what ('$*'): printed on stdout"
	n=$((n + 1))
}

# --count: N >= 1, digits only, at most the 64-bit counter
bad 'zero count' -c 0
bad 'negative count' -c -1
bad 'count beyond the 64-bit counter' -c 18446744073709551616
bad 'huge count' -c 99999999999999999999999999
bad 'non-numeric count' -c abc
bad 'NaN count' -c nan
bad 'infinite count' -c inf
bad 'fractional count' -c 1.5
bad 'count with trailing garbage' -c 5x
bad 'count with a sign' -c +5
bad 'empty count' -c ''
bad 'missing count' -c
bad 'missing count (long)' --count
# --interval: seconds, '.' decimals, 0 to 86400
bad 'negative interval' -i -1
bad 'negative fraction' -i -0.5
bad 'huge interval' -i 86401
bad 'beyond 64 bits' -i 99999999999999999999999
bad 'NaN interval' -i nan
bad 'NaN interval' -i NaN
bad 'infinite interval' -i inf
bad 'infinite interval' -i infinity
bad 'exponent' -i 1e3
bad 'hex interval' -i 0x10
bad 'interval with trailing garbage' -i 1s
bad 'comma decimal' -i 1,5
bad 'comma decimal' -i 0,5
bad 'empty interval' -i ''
bad 'a lone dot' -i .
bad 'too many decimals' -i 0.0000000001
bad 'missing interval' -i
bad 'missing interval (long)' --interval
# options and arguments
bad 'unknown short option' -x
bad 'unknown long option' --bogus
bad 'value for a flag' --follow=yes
bad 'value for --probe' --probe=now
bad 'stray argument' stray
bad 'stray argument after options' -c 3 extra
# a comma-decimal locale changes nothing
if locale -a 2>/dev/null | grep -qi '^de_DE\.utf-\?8$'; then
	LC_ALL=de_DE.UTF-8
	export LC_ALL
	bad 'comma decimal under de_DE' -i 0,5
	unset LC_ALL
elif [ -n "${BPFM_REQUIRE_LOCALE:-}" ]; then
	fail "BPFM_REQUIRE_LOCALE is set, but de_DE.UTF-8 is not installed"
fi

"$BPFM" --help >"$SCRATCH/out" 2>&1 || fail "--help exit $?"
for opt in --count --interval --follow --quiet --verbose --probe --help --version; do
	assert_grep "$opt" "$SCRATCH/out" "--help mentions $opt"
done
"$BPFM" --version >"$SCRATCH/out" 2>&1 || fail "--version exit $?"
case ${BPFM_DATAPATH:-} in
global) assert_grep '^data path: global data$' "$SCRATCH/out" "--version data path" ;;
map) assert_grep '^data path: array map$' "$SCRATCH/out" "--version data path" ;;
esac
assert_grep "^libbpf: built against $LIBBPF_VERSION" "$SCRATCH/out" "--version libbpf"
echo "PASS: $n bad inputs exit 2 with one line; --help, --version"
