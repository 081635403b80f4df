#!/bin/sh
# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
# The man page has an OPTIONS item for every option --help lists, describes
# every exit status and the configure choices, and groff formats it without
# a warning.
. "$srcdir/tests/lib.sh"
scratch

[ -f "$BPFM_MAN" ] || hard_error "$BPFM_MAN is not built"
# The roff source, with \- turned into plain dashes
sed 's/\\-/-/g' "$BPFM_MAN" >"$SCRATCH/man"

# The item tags of the OPTIONS section: the line after each .TP
awk '/^\.SH/ { in_opts = ($2 == "OPTIONS") } in_opts && tag { print } { tag = /^\.TP/ }' \
	"$SCRATCH/man" >"$SCRATCH/tags"
[ -s "$SCRATCH/tags" ] || fail "no OPTIONS section with .TP items"

"$BPFM" --help >"$SCRATCH/help" 2>&1 || fail "--help exit $?"
opts=$(grep -o -- '--[a-z][a-z-]*' "$SCRATCH/help" | sort -u)
[ -n "$opts" ] || fail "no long option in --help"
n=0
for opt in $opts; do
	grep -Eq -- "^\.[A-Z]+ .*$opt([^a-z-]|\$)" "$SCRATCH/tags" ||
		fail "the man page does not describe $opt"
	n=$((n + 1))
done
for short in $(sed -n 's/^  \(-[a-zA-Z]\),.*/\1/p' "$SCRATCH/help"); do
	grep -Eq -- "^\.[A-Z]+ .*$short([^a-z-]|\$)" "$SCRATCH/tags" ||
		fail "the man page does not describe $short"
	n=$((n + 1))
done

# Exit statuses: 0, 1, 2, and --probe's 0, 1, 3
assert_grep '^\.SH EXIT STATUS' "$SCRATCH/man" "an EXIT STATUS section"
for code in 0 1 2 3; do
	grep -q "^\.B $code\$" "$SCRATCH/man" || fail "exit status $code not described"
done
for what in --with-bpf-global-data --with-kernel-version --enable-static-binary \
	    'KERNEL REQUIREMENTS' CAP_BPF CAP_PERFMON; do
	assert_grep "$what" "$SCRATCH/man" "the man page covers $what"
done
grep -q '@[A-Z_]*@' "$BPFM_MAN" && fail "unsubstituted @VARIABLE@ in the man page"

# Formatting warnings, as lintian looks for them
if command -v groff >/dev/null 2>&1; then
	LC_ALL=C.UTF-8 groff -man -ww -Tutf8 -z "$BPFM_MAN" >"$SCRATCH/groff" 2>&1
	[ ! -s "$SCRATCH/groff" ] || { cat "$SCRATCH/groff"; fail "groff warns"; }
	lint="groff says nothing"
else
	lint="no groff here to lint it"
fi
echo "PASS: the man page describes $n options and the exit statuses; $lint"
