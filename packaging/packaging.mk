# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#
# packaging/packaging.mk: included by the top Makefile.am (still one
# Makefile). What releases and packages need, one section each: make
# distcheck without the privileged suite, the install layout beyond the
# binary, reproducible builds, the static binary's tests, and make deb /
# make rpm, which build the packages from the release tarball the way the
# README's Packaging section says.

EXTRA_DIST += packaging/packaging.mk

# --- Release tarball ----------------------------------------------------------
#
# make distcheck runs make check as whoever runs it, root with BPF in CI:
# it need not rerun the privileged suite (plain make check runs it), so its
# configure gets BPFM_UNPRIVILEGED_ONLY (m4/bpfm_tests_unprivileged.m4) and
# the tests that load BPF skip, saying so. The environment of make check
# wins over configure's value.

AM_DISTCHECK_CONFIGURE_FLAGS = BPFM_UNPRIVILEGED_ONLY=distcheck
AM_TESTS_ENVIRONMENT += \
	BPFM_UNPRIVILEGED_ONLY=$${BPFM_UNPRIVILEGED_ONLY:-'$(BPFM_UNPRIVILEGED_ONLY_CONFIGURED)'}; \
	export BPFM_UNPRIVILEGED_ONLY;
