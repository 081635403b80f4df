# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#
# tests/personality.mk: the legacy-kernel personality (issue 4, part 4) and
# its tests. Included from tests/Makefile.inc.
#
# tests/personality runs a command under a seccomp supervisor that makes
# this kernel answer bpf() like an older one; tests/bpf-try makes single
# bpf() calls for its self-test. Neither needs libbpf.

check_PROGRAMS += tests/personality tests/bpf-try
tests_personality_SOURCES = \
	tests/personality.c tests/personality.h \
	tests/personality-bpf.c \
	tests/personality-filter.c \
	tests/personality-kernel.c \
	tests/personality-perf.c \
	tests/personality-task.c
tests_personality_LDADD =
tests_bpf_try_SOURCES = tests/bpf-try.c src/kfeatures.c src/kfeatures.h
tests_bpf_try_LDADD =

AM_TESTS_ENVIRONMENT += \
	BPFM_PERSONALITY='$(abs_top_builddir)/tests/personality'; \
	BPFM_BPF_TRY='$(abs_top_builddir)/tests/bpf-try'; \
	export BPFM_PERSONALITY BPFM_BPF_TRY;

PERSONALITY_TESTS = \
	tests/personality-self.sh \
	tests/personality-run.sh \
	tests/personality-probe.sh \
	tests/personality-two.sh \
	tests/personality-memlock.sh
TESTS += $(PERSONALITY_TESTS)
EXTRA_DIST += $(PERSONALITY_TESTS) tests/personality-lib.sh
