# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#
# tests/lint.mk: the BPF object lint (issue 4), included by
# tests/Makefile.inc. tests/bpf-lint checks every BPF object against the
# oldest kernel it declares; tests/lint/ holds one small bad source per
# fault, each rejected with its own message, and a control that passes.

check_PROGRAMS += tests/bpf-lint
tests_bpf_lint_SOURCES = tests/bpf-lint.c
tests_bpf_lint_LDADD = $(LIBELF_LIBS) $(ZLIB_LIBS)

# Every object in BPF_OBJECTS is linted: adding one there is enough.
AM_TESTS_ENVIRONMENT += \
	BPFM_LINT_OBJECTS='$(BPF_OBJECTS:%=$(abs_top_builddir)/%)'; \
	export BPFM_LINT_OBJECTS;

LINT_SOURCES = \
	tests/lint/good.bpf.c \
	tests/lint/bad-atomic.bpf.c \
	tests/lint/bad-core.bpf.c \
	tests/lint/bad-global.bpf.c \
	tests/lint/bad-helper.bpf.c \
	tests/lint/bad-jlt.bpf.c \
	tests/lint/bad-jmp32.bpf.c \
	tests/lint/bad-progtype.bpf.c \
	tests/lint/bad-rodata.bpf.c \
	tests/lint/bad-subprog.bpf.c \
	tests/lint/bad-undeclared.bpf.c
LINT_OBJECTS = $(LINT_SOURCES:.c=.o)
EXTRA_DIST += $(LINT_SOURCES) tests/lint/lint.h tests/lint-objects.sh \
	tests/lint-rejects.sh
check_DATA += $(LINT_OBJECTS)
CLEANFILES += $(LINT_OBJECTS)

# Built like the real objects (see Makefile.am), plus each one's fault
LINT_FAULT_CFLAGS_bad_atomic = -mcpu=v3
LINT_FAULT_CFLAGS_bad_jlt = -mcpu=v2
LINT_FAULT_CFLAGS_bad_jmp32 = -mcpu=v3

tests/lint/%.bpf.o: tests/lint/%.bpf.c tests/lint/lint.h
	@$(MKDIR_P) tests/lint
	$(AM_V_GEN)$(CLANG) $(BPF_CFLAGS) $(LINT_FAULT_CFLAGS_$(subst -,_,$*)) -c $< -o $@.tmp && \
	$(LLVM_STRIP) -g --remove-section=.rodata.str1.1 $@.tmp && \
	mv -f $@.tmp $@

# The fault: clang 14's stray .rodata.str1.1 is not stripped
tests/lint/bad-rodata.bpf.o: tests/lint/bad-rodata.bpf.c tests/lint/lint.h
	@$(MKDIR_P) tests/lint
	$(AM_V_GEN)$(CLANG) $(BPF_CFLAGS) -c $< -o $@.tmp && \
	$(LLVM_STRIP) -g $@.tmp && \
	mv -f $@.tmp $@

TESTS += tests/lint-objects.sh tests/lint-rejects.sh
