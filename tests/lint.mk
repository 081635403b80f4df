# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#
# tests/lint.mk: the BPF object lint (issue 4), included by
# tests/Makefile.inc. tests/bpf-lint checks every BPF object against the
# oldest kernel it declares.

check_PROGRAMS += tests/bpf-lint
tests_bpf_lint_SOURCES = tests/bpf-lint.c
tests_bpf_lint_LDADD = $(LIBELF_LIBS)

# Every object in BPF_OBJECTS is linted: adding one there is enough.
AM_TESTS_ENVIRONMENT += \
	BPFM_LINT_OBJECTS='$(BPF_OBJECTS:%=$(abs_top_builddir)/%)'; \
	export BPFM_LINT_OBJECTS;

EXTRA_DIST += tests/lint-objects.sh
TESTS += tests/lint-objects.sh
