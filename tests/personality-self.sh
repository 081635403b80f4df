#!/bin/sh
# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
# The personality supervisor itself: single bpf() and perf calls made by
# tests/bpf-try get the old kernel's errno where that kernel lacks the
# feature, and the running kernel's answer otherwise; commands keep their
# exit status; children and other PID namespaces are covered too.
. "$srcdir/tests/lib.sh"
. "$srcdir/tests/personality-lib.sh"
need_bpf
need_personality
scratch
checked=0

# try KERNEL RESULT WHAT [ARG]: "native" runs without the supervisor
try() {
	k=$1 want=$2
	shift 2
	if [ "$k" = native ]; then
		got=$("$BPFM_BPF_TRY" "$@" 2>&1)
	else
		got=$(pers "$k" "$BPFM_BPF_TRY" "$@" 2>&1)
	fi
	[ "$got" = "$*: $want" ] ||
		fail "bpf-try $* under ${k}: got '$got', want '$*: $want'"
	checked=$((checked + 1))
}

# Exit statuses pass through
pers 5.4 true || fail "true: exit status $?"
pers 5.4 sh -c 'exit 3'
[ $? -eq 3 ] || fail "sh -c 'exit 3' under the personality did not exit 3"
pers 5.4 sh -c 'kill -TERM $$'
[ $? -eq 143 ] || fail "a command killed by SIGTERM did not give 128+15"
pers 5.4 ./no-such-command 2>/dev/null
[ $? -eq 127 ] || fail "a missing command did not give 127"
"$BPFM_PERSONALITY" --kernel 4 -- true 2>/dev/null
[ $? -eq 125 ] || fail "--kernel 4 was not refused with 125"

# The running kernel has everything: the refusals below are emulated
for what in map mmapable prog prog-name global-data jmp32 freeze btf \
	    btf-func 'helper 160' 'attach syscalls/sys_enter_write'; do
	# shellcheck disable=SC2086
	try native ok $what
done
try native EBADF link-perf

# BPF_F_MMAPABLE: 5.5
try 5.4 EINVAL mmapable
try 5.5 ok mmapable
try 5.4 ok map
# Global data (ld_imm64 of a map value) and BPF_MAP_FREEZE: 5.2
try 4.19 EINVAL global-data
try 5.2 ok global-data
try 4.19 EINVAL freeze
try 5.4 ok freeze
# Helpers: ktime_get_coarse_ns 5.11 (libbpf's memcg probe), ktime_get_ns 4.1
try 5.10 EINVAL helper 160
try 5.11 ok helper 160
try 4.9 ok helper 5
# JMP32 (ISA v3): 5.1
try 5.0 EINVAL jmp32
try 5.1 ok jmp32
# BTF: BPF_BTF_LOAD 4.18, FUNC kinds 5.0
try 4.17 EINVAL btf
try 4.18 ok btf
try 4.19 EINVAL btf-func
try 5.0 ok btf-func
# attr bytes past the old union bpf_attr: E2BIG; inside it, past the
# command's fields: EINVAL (map BTF ids 4.18, program names 4.15)
try 4.14 E2BIG map-btf
try 4.17 EINVAL map-btf
try 4.18 EBADF map-btf
try 4.14 E2BIG prog-name
try 4.15 ok prog-name
# Perf links: 5.15 (libbpf then falls back to the ioctl)
try 5.10 EINVAL link-perf
try 5.15 EBADF link-perf
# BPF on syscall tracepoints: 4.14; raw_syscalls: 4.7
try 4.13 EINVAL attach syscalls/sys_enter_write
try 4.14 ok attach syscalls/sys_enter_write
try 4.9 ok attach raw_syscalls/sys_enter

# Children, and a child in another PID namespace
got=$(pers 5.4 sh -c '"$1" mmapable' sh "$BPFM_BPF_TRY")
[ "$got" = "mmapable: EINVAL" ] || fail "a child of the command: got '$got'"
if unshare --pid --fork true 2>/dev/null; then
	got=$(pers 5.4 unshare --pid --fork "$BPFM_BPF_TRY" mmapable)
	[ "$got" = "mmapable: EINVAL" ] ||
		fail "a command in its own PID namespace: got '$got'"
fi

# RLIMIT_MEMLOCK before 5.11: EPERM under a low limit
got=$(prlimit --memlock=65536:65536 "$BPFM_PERSONALITY" --kernel 5.10 -- \
	"$BPFM_BPF_TRY" map)
[ "$got" = "map: EPERM" ] || fail "64 KiB RLIMIT_MEMLOCK under 5.10: got '$got'"
got=$(prlimit --memlock=65536:65536 "$BPFM_PERSONALITY" --kernel 5.11 -- \
	"$BPFM_BPF_TRY" map)
[ "$got" = "map: ok" ] || fail "64 KiB RLIMIT_MEMLOCK under 5.11: got '$got'"

# One program per tracepoint before 4.15, while the first is attached
for k in 4.14 4.15; do
	pers "$k" sh -c '
		"$1" attach-hold raw_syscalls/sys_enter >"$2/hold" &
		while ! grep -q holding "$2/hold"; do sleep 0.1; done
		"$1" attach raw_syscalls/sys_enter
		wait
		"$1" attach raw_syscalls/sys_enter' \
		sh "$BPFM_BPF_TRY" "$SCRATCH" >"$SCRATCH/two"
	case $k in
	4.14) want="EEXIST ok" ;;
	4.15) want="ok ok" ;;
	esac
	got=$(sed -n 's/^attach raw_syscalls\/sys_enter: //p' "$SCRATCH/two" |
		tr '\n' ' ')
	[ "$got" = "$want " ] ||
		fail "a second program under $k, then after the first: got '$got', want '$want'"
done
echo "PASS: $checked single calls, exit statuses, children, RLIMIT_MEMLOCK, EEXIST"
