# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#
# tests/lint-objects.sh: every built BPF object passes tests/bpf-lint
# against the oldest kernel it declares (tests/lint.mk lists them from
# BPF_OBJECTS).

. "$srcdir/tests/lib.sh"

[ -x "$BPFM_LINT" ] || hard_error "$BPFM_LINT is not built"
[ -n "${BPFM_LINT_OBJECTS:-}" ] || hard_error "BPFM_LINT_OBJECTS is empty"
for obj in "$BPFM_OBJ_GLOBAL" "$BPFM_OBJ_MAP"; do
	case " $BPFM_LINT_OBJECTS " in
	*" $obj "*) ;;
	*) hard_error "$obj is not in BPFM_LINT_OBJECTS" ;;
	esac
done

# -v: one line per clean object, for the log
# shellcheck disable=SC2086 # a list of paths without spaces
"$BPFM_LINT" -v $BPFM_LINT_OBJECTS
rc=$?
case $rc in
0) ;;
1) fail "the BPF objects above need more than the kernels they declare" ;;
*) hard_error "bpf-lint could not read the objects (exit $rc)" ;;
esac
