# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
# The integration tests inside a VM, on Debian 12's packaged kernel: a
# second kernel in every run. The build stage's tree (the top dir) has the
# programs; the kernel goes to vm-kernel/, where make check-vm looks.
note "make check-vm on Debian 12's kernel (issue 4)"
if sh tests/vm/get-debian-kernel.sh vm-kernel >"$ci_log/vm.log" 2>&1; then
	make check-vm >>"$ci_log/vm.log" 2>&1
	vm_rc=$?
else
	vm_rc=1
fi
grep -v '^  [A-Z]*  ' "$ci_log/vm.log"
# "check-vm: N passed, N failed, N skipped (...)"; here the VM must run,
# so no summary (no kernel, no qemu: exit 77) is a failure too
vm_counts=$(sed -n 's/^check-vm: \([0-9]*\) passed, \([0-9]*\) failed, \([0-9]*\) skipped.*/\1 \2 \3/p' \
	"$ci_log/vm.log")
if [ -z "$vm_counts" ]; then
	count vm 0 1 0
else
	read -r vm_p vm_f vm_s <<<"$vm_counts"
	[ "$vm_rc" -eq 0 ] || [ "$vm_f" -gt 0 ] || vm_f=1
	count vm "$vm_p" "$vm_f" "$vm_s"
fi
