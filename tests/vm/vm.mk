# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#
# tests/vm/vm.mk: included by tests/Makefile.inc (still one Makefile).
#
# make check-vm [KERNEL=IMAGE]: the integration tests inside a VM, for both
# data paths: IMAGE (default: the newest vm-kernel/vmlinuz-*, which
# tests/vm/get-debian-kernel.sh fetches) booted under qemu TCG with a
# busybox initramfs holding the built programs. VM_TESTS picks the tests;
# VM_TIMEOUT (default 600 s) bounds the whole run. See tests/vm/check-vm.sh.

VM_TESTS = $(INTEGRATION_TESTS)
KERNEL =

check-vm: $(sbin_PROGRAMS) $(check_PROGRAMS)
	@$(AM_TESTS_ENVIRONMENT) KERNEL='$(KERNEL)'; export KERNEL; \
	$(SHELL) $(srcdir)/tests/vm/check-vm.sh $(VM_TESTS)

.PHONY: check-vm
EXTRA_DIST += tests/vm/check-vm.sh tests/vm/init.sh tests/vm/get-debian-kernel.sh
CLEANFILES += check-vm.log
