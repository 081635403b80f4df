#!/bin/sh
# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
# Usage errors: exit 2 with one line naming the problem, before anything is
# loaded (so no privilege is needed). --help and --version exit 0.
. "$srcdir/tests/lib.sh"
scratch

bad() {
	"$BPFM" "$@" >"$SCRATCH/out" 2>"$SCRATCH/err"
	rc=$?
	[ $rc -eq 2 ] || fail "'$*': exit $rc, want 2"
	[ "$(wc -l <"$SCRATCH/err")" -eq 1 ] || { cat "$SCRATCH/err"; fail "'$*': want one line on stderr"; }
	grep -q '^bpf-minimal: ' "$SCRATCH/err" || fail "'$*': no bpf-minimal: prefix"
	[ ! -s "$SCRATCH/out" ] || fail "'$*': printed on stdout"
}

bad -c 0
bad -c -1
bad -c abc
bad -c 5x
bad -c 18446744073709551616
bad -c
bad -i
bad -i -1
bad -i nan
bad -i inf
bad -i 1,5
bad -i 86401
bad --bogus
bad -x
bad stray
bad --follow=yes

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
echo "PASS: 16 usage errors exit 2 with one line; --help, --version"
