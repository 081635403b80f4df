# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#
# tests/lib.sh: sourced by every shell test. POSIX sh only (busybox too).
#
# Exit statuses, as automake reads them: 0 pass, 77 skip (after one line
# with the reason), 99 a broken harness, anything else a failure.

set -u

: "${srcdir:=.}"
: "${top_builddir:=.}"

skip() {
	echo "SKIP: $*"
	exit 77
}

fail() {
	echo "FAIL: $*"
	exit 1
}

hard_error() {
	echo "ERROR: $*"
	exit 99
}

# The bpf-minimal binary of this test's data path: BPFM_DATAPATH, or the
# test's name (run-X-global.t, run-X-map.t); plain .sh tests get the
# installed one.
bpfm_select() {
	case ${0##*/} in
	*-global.t) : "${BPFM_DATAPATH:=global}" ;;
	*-map.t) : "${BPFM_DATAPATH:=map}" ;;
	esac
	case ${BPFM_DATAPATH:-} in
	global) BPFM=$BPFM_GLOBAL_BIN ;;
	map) BPFM=$BPFM_MAP_BIN ;;
	'') BPFM=$BPFM_BIN ;;
	*) hard_error "unknown data path '$BPFM_DATAPATH'" ;;
	esac
	[ -x "$BPFM" ] || hard_error "$BPFM is not built"
	if [ -n "${BPFM_VALGRIND:-}" ]; then
		BPFM_REAL=$BPFM
		BPFM=$srcdir/tests/valgrind.sh
		export BPFM_REAL
	fi
}

# Skip unless this process may load and attach BPF tracepoint programs.
# Where BPF must work (CI sets BPFM_REQUIRE_BPF=1), not being able to is a
# failure, not a skip.
need_bpf() {
	why=$("$BPFM_USABLE") && return 0
	[ -z "${BPFM_REQUIRE_BPF:-}" ] ||
		fail "BPFM_REQUIRE_BPF is set, but BPF is not usable: $why"
	skip "$why"
}

# Skip unless this process may create PID namespaces
need_unshare() {
	command -v unshare >/dev/null 2>&1 || skip "no unshare command"
	unshare --pid --fork true 2>/dev/null ||
		skip "cannot create a PID namespace here (unshare --pid failed)"
}

# A scratch directory, removed on exit
scratch() {
	SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/bpfm-test.XXXXXX") ||
		hard_error "mktemp failed"
	trap 'rm -rf "$SCRATCH"' EXIT
}

# assert_grep PATTERN FILE WHAT
assert_grep() {
	grep -q -- "$1" "$2" || {
		echo "--- $2:"
		cat "$2"
		fail "$3: no line matching '$1'"
	}
}

bpfm_select
