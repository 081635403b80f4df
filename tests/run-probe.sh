#!/bin/sh
# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
# --probe answers for this kernel: every line present, the answers match
# what the test can see for itself, and the exit status matches the verdict.
. "$srcdir/tests/lib.sh"
need_bpf
scratch

"$BPFM" --probe >"$SCRATCH/out" 2>"$SCRATCH/err"
rc=$?
cat "$SCRATCH/out" "$SCRATCH/err"
for name in 'bpf syscall' 'tracepoint syscalls/sys_enter_write' \
	    'tracepoint raw_syscalls/sys_enter' 'global data' \
	    'mmapable array maps' 'bpf_get_ns_current_pid_tgid' 'kernel BTF'; do
	grep -q -e "^$name: yes" -e "^$name: no" -e "^$name: unknown" \
		"$SCRATCH/out" || fail "$name: no line '$name: yes, no or unknown'"
done
# Facts the test can check on its own
assert_grep '^bpf syscall: yes$' "$SCRATCH/out" "BPF works (need_bpf said so)"
assert_grep "^kernel release: $(uname -r)\$" "$SCRATCH/out" "release"
if [ -e /sys/kernel/btf/vmlinux ]; then want=yes; else want=no; fi
assert_grep "^kernel BTF: $want" "$SCRATCH/out" "kernel BTF"
case $BPFM_DATAPATH in
global) assert_grep '^data path: global data$' "$SCRATCH/out" "data path" ;;
map) assert_grep '^data path: array map$' "$SCRATCH/out" "data path" ;;
esac
# The verdict and the exit status agree
verdict=$(sed -n 's/^this build can run here: //p' "$SCRATCH/out")
[ "$(tail -n 1 "$SCRATCH/out" | sed -n -e 's/^this build can run here: .*/x/p' -e 's/^why: .*/x/p')" = x ] ||
	fail "the verdict is not last"
case $verdict in
yes) [ $rc -eq 0 ] || fail "verdict yes, exit $rc" ;;
no) [ $rc -eq 1 ] || fail "verdict no, exit $rc" ;;
unknown) [ $rc -eq 3 ] || fail "verdict unknown, exit $rc" ;;
*) fail "no verdict line" ;;
esac
# need_bpf attached a program, so the fallback build must be able to run
if [ "$BPFM_DATAPATH" = map ]; then
	[ "$verdict" = yes ] || fail "the array-map build can run here, --probe says $verdict"
fi
# And the global-data build exactly when the kernel has global data
if [ "$BPFM_DATAPATH" = global ]; then
	gd=$(sed -n 's/^global data: \([a-z]*\).*/\1/p' "$SCRATCH/out")
	[ "$gd" = "$verdict" ] || fail "global data: $gd, but verdict $verdict"
fi
echo "PASS: --probe verdict $verdict, exit $rc"
