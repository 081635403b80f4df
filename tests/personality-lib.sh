# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#
# tests/personality-lib.sh: sourced after tests/lib.sh by the personality
# tests. POSIX sh.

: "${BPFM_PERSONALITY:=$top_builddir/tests/personality}"
: "${BPFM_BPF_TRY:=$top_builddir/tests/bpf-try}"

# Skip unless the supervisor can run here (seccomp user notification with
# SECCOMP_IOCTL_NOTIF_ADDFD: Linux 5.14)
need_personality() {
	[ -x "$BPFM_PERSONALITY" ] || hard_error "$BPFM_PERSONALITY is not built"
	[ -x "$BPFM_BPF_TRY" ] || hard_error "$BPFM_BPF_TRY is not built"
	out=$("$BPFM_PERSONALITY" --kernel 4.9 -- true 2>&1) ||
		skip "the personality supervisor cannot run here: $out"
}

# pers KERNEL COMMAND...: COMMAND under that personality
pers() {
	k=$1
	shift
	"$BPFM_PERSONALITY" --kernel "$k" -- "$@"
}

# run_bpfm KERNEL BINARY ARGS...: output in $SCRATCH/err, status in $rc
run_bpfm() {
	k=$1
	shift
	pers "$k" "$@" >"$SCRATCH/out" 2>"$SCRATCH/err"
	rc=$?
	sed "s/^/  [$k] /" "$SCRATCH/err" | grep -v '^  \[[0-9.]*\] libbpf: ' |
		grep -v '^  \[[0-9.]*\] *$'
}

# expect_rc WANT WHAT
expect_rc() {
	[ "$rc" -eq "$1" ] || fail "$2: exit status $rc, want $1"
}

# The bpf-minimal binary of a data path
bpfm_bin() {
	case $1 in
	global) echo "$BPFM_GLOBAL_BIN" ;;
	map) echo "$BPFM_MAP_BIN" ;;
	esac
}
