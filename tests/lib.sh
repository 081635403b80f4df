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
# failure, not a skip. BPFM_UNPRIVILEGED_ONLY (set by make distcheck and the
# package builds; its value says who set it) skips them whatever this
# process may do: those builds need not rerun the privileged suite.
need_bpf() {
	[ -z "${BPFM_UNPRIVILEGED_ONLY:-}" ] ||
		skip "privileged tests not run here (BPFM_UNPRIVILEGED_ONLY=$BPFM_UNPRIVILEGED_ONLY; make check without it runs them)"
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

# kernel_before X.Y: is the running kernel older than Linux X.Y?
kernel_before() {
	rel=$(uname -r)
	kmaj=${rel%%.*}
	kmin=${rel#*.}
	kmin=${kmin%%[!0-9]*}
	[ "$kmaj" -lt "${1%%.*}" ] ||
		{ [ "$kmaj" -eq "${1%%.*}" ] && [ "${kmin:-0}" -lt "${1#*.}" ]; }
}

# need_kernel X.Y WHAT: skip on kernels before Linux X.Y, which lack WHAT;
# for example, a test that attaches two programs to one tracepoint starts
# with: need_kernel 4.15 "a second BPF program on one tracepoint".
# The reason starts "needs Linux": check-vm counts that skip as a skip (a
# limit of the kernel under test), and any other as a failure.
need_kernel() {
	kernel_before "$1" || return 0
	skip "needs Linux $1 or later (this is $(uname -r)): $2"
}

# need_datapath: the global-data build cannot run before Linux 5.2. There
# it must refuse, saying so and naming the other build: check that, then
# skip the test. (A kernel with global data backported runs it as usual.)
need_datapath() {
	[ "${BPFM_DATAPATH:-}" = global ] && kernel_before 5.2 || return 0
	[ -n "${SCRATCH:-}" ] || scratch
	"$BPFM" -q -c 1 -i 0 >/dev/null 2>"$SCRATCH/refusal" && return 0
	assert_grep 'cannot run this build: it lacks global data' \
		"$SCRATCH/refusal" "the global-data build's refusal before 5.2"
	assert_grep 'configure --with-bpf-global-data=no' \
		"$SCRATCH/refusal" "the refusal names the array-map build"
	cat "$SCRATCH/refusal"
	need_kernel 5.2 "global data in BPF programs; the build refused as it must"
}

# A scratch directory, removed on exit
scratch() {
	[ -z "${SCRATCH:-}" ] || return 0
	SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/bpfm-test.XXXXXX") ||
		hard_error "mktemp failed"
	trap 'rm -rf "$SCRATCH"' EXIT
}

# wait_started PID ERRFILE WHAT: wait (10 s at most) until the tool
# running as PID has printed its start message into ERRFILE (which the
# caller emptied before starting it); fail if it exits or never starts
wait_started() {
	n=0
	until grep -q 'tracing PID' "$2" 2>/dev/null; do
		if ! kill -0 "$1" 2>/dev/null &&
		   ! grep -q 'tracing PID' "$2" 2>/dev/null; then
			wait "$1"
			rc=$?
			cat "$2"
			fail "$3: exited with status $rc before it started"
		fi
		n=$((n + 1))
		[ $n -lt 100 ] || { kill -KILL "$1"; fail "$3: never started"; }
		sleep 0.1
	done
}

# started_pid ERRFILE: the kernel-wide PID the start message names
started_pid() {
	sed -n 's/^bpf-minimal: tracing PID \([0-9]*\).*/\1/p' "$1"
}

# assert_equal_counts ERRFILE WHAT: a summary with at least one trigger,
# every one seen by BPF
assert_equal_counts() {
	sed -n 's/^bpf-minimal: \([0-9]*\) writes triggered, \([0-9]*\) seen by BPF$/\1 \2/p' \
		"$1" >"$1.counts"
	read -r made seen <"$1.counts" || fail "$2: no summary"
	[ "$made" -gt 0 ] && [ "$made" = "$seen" ] ||
		fail "$2: $made triggered, $seen seen"
}

# bpf_ids FILE: every BPF program, map and link id the kernel holds, into
# FILE (sorted for comm)
bpf_ids() {
	"$BPFM_IDS" | sort >"$1" || hard_error "bpf-ids failed"
}

# assert_nothing_left BEFORE WHAT: the BPF objects that appeared since the
# bpf_ids snapshot BEFORE must all go away. Ids are never reused, and the
# kernel frees asynchronously; a test running at the same time (make -j)
# holds its own objects only until its tool exits, so wait for each new id
# to vanish (20 s at most) rather than for the list to match.
assert_nothing_left() {
	bpf_ids "$1.now"
	comm -13 "$1" "$1.now" >"$1.new"
	n=0
	while [ -s "$1.new" ]; do
		bpf_ids "$1.now"
		comm -12 "$1.new" "$1.now" >"$1.left"
		mv "$1.left" "$1.new"
		[ -s "$1.new" ] || break
		n=$((n + 1))
		[ $n -lt 200 ] || fail "$2: left in the kernel: $(tr '\n' ' ' <"$1.new")"
		sleep 0.1
	done
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
