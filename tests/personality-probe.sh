#!/bin/sh
# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
# --probe under the 4.9, 4.19, 5.4 and 5.10 personalities, for both builds:
# the lines for what the personality emulates (global data, mmapable array
# maps, bpf_get_ns_current_pid_tgid, BPF on syscalls/sys_enter_write), the
# tracepoint in use, and the verdict with its exit status. The kernel
# release and kernel BTF are the running kernel's, not asserted here.
. "$srcdir/tests/lib.sh"
. "$srcdir/tests/personality-lib.sh"
need_bpf
need_personality
scratch

# line NAME VALUE KERNEL BUILD
line() {
	assert_grep "^$1: $2" "$SCRATCH/out" "--probe of the $4 build under $3: $1"
}

for k in 4.9 4.19 5.4 5.10; do
	case $k in
	4.9) write=no gd=no mm=no ns=no in_use=raw_syscalls/sys_enter ;;
	4.19) write=yes gd=no mm=no ns=no in_use=syscalls/sys_enter_write ;;
	5.4) write=yes gd=yes mm=no ns=no in_use=syscalls/sys_enter_write ;;
	5.10) write=yes gd=yes mm=yes ns=yes in_use=syscalls/sys_enter_write ;;
	esac
	for build in map global; do
		run_bpfm "$k" "$(bpfm_bin $build)" --probe
		cat "$SCRATCH/out"
		line 'bpf syscall' yes "$k" $build
		line 'tracepoint syscalls/sys_enter_write' $write "$k" $build
		line 'tracepoint raw_syscalls/sys_enter' yes "$k" $build
		line 'global data' $gd "$k" $build
		line 'mmapable array maps' $mm "$k" $build
		line 'bpf_get_ns_current_pid_tgid' $ns "$k" $build
		line 'tracepoint in use' "$in_use\$" "$k" $build
		if [ $build = global ] && [ $gd = no ]; then
			line 'this build can run here' 'no$' "$k" $build
			line why '.*--with-bpf-global-data=no' "$k" $build
			expect_rc 1 "--probe of the global build under $k"
		else
			line 'this build can run here' 'yes$' "$k" $build
			expect_rc 0 "--probe of the $build build under $k"
		fi
	done
done
echo "PASS: --probe lines and verdicts under 4.9, 4.19, 5.4, 5.10"
