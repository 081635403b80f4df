# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#
# bench/bench.mk: included by the top Makefile.am (still one Makefile).
#
# make bench           build the bench programs, then run them, as root:
#                      a table on stdout and bench/results.csv here; pass
#                      MINIMAL=/path/to/minimal and
#                      MINIMAL_LEGACY=/path/to/minimal_legacy to compare
#                      with libbpf-bootstrap (bench/README.md)
# make bench-programs  only build them (CI does this, so they do not rot)
#
# Nothing here is part of all or check: the programs are EXTRA_PROGRAMS,
# and their BPF objects and skeletons are built only when one of the two
# targets asks for them.

AM_CPPFLAGS += -I$(top_builddir)/bench

BENCH_BPF_OBJECTS = bench/empty.bpf.o bench/rawtp.bpf.o
BENCH_SKELETONS = bench/empty.skel.h bench/rawtp.skel.h
EXTRA_DIST += bench/empty.bpf.c bench/rawtp.bpf.c bench/README.md

# The same flags and the same strip as the real objects
bench/empty.bpf.o: bench/empty.bpf.c
	@$(MKDIR_P) bench
	$(AM_V_GEN)$(CLANG) $(BPF_CFLAGS) -c $(top_srcdir)/bench/empty.bpf.c \
		-o $@.tmp && \
	$(LLVM_STRIP) -g --remove-section=.rodata.str1.1 $@.tmp && \
	mv -f $@.tmp $@

bench/rawtp.bpf.o: bench/rawtp.bpf.c bpf/target.h
	@$(MKDIR_P) bench
	$(AM_V_GEN)$(CLANG) $(BPF_CFLAGS) -c $(top_srcdir)/bench/rawtp.bpf.c \
		-o $@.tmp && \
	$(LLVM_STRIP) -g --remove-section=.rodata.str1.1 $@.tmp && \
	mv -f $@.tmp $@

bench/empty.skel.h: bench/empty.bpf.o
	$(AM_V_GEN)$(BPFTOOL) gen skeleton $< name empty_bpf > $@.tmp && \
	mv -f $@.tmp $@

bench/rawtp.skel.h: bench/rawtp.bpf.o
	$(AM_V_GEN)$(BPFTOOL) gen skeleton $< name rawtp_bpf > $@.tmp && \
	mv -f $@.tmp $@

BENCH_BINS = \
	bench/bpfm-bench \
	bench/bpfm-bench-load-global \
	bench/bpfm-bench-load-map
EXTRA_PROGRAMS = $(BENCH_BINS)
CLEANFILES += $(BENCH_BPF_OBJECTS) $(BENCH_SKELETONS) bench/results.csv \
	$(BENCH_BINS:=$(EXEEXT))

bench_bpfm_bench_SOURCES = \
	bench/bench.c \
	bench/child.c bench/child.h \
	bench/inproc.c bench/inproc.h \
	bench/progstat.c bench/progstat.h \
	bench/report.c bench/report.h \
	bench/results.c bench/results.h \
	bench/slot.c bench/slot.h \
	bench/tpattach.c bench/tpattach.h \
	bench/worker.c bench/worker.h
bench_bpfm_bench_LDADD = $(LDADD) -lm
bench_bpfm_bench_load_global_SOURCES = bench/load.c src/datapath-global.c
bench_bpfm_bench_load_map_SOURCES = bench/load.c src/datapath-map.c

# The skeletons are generated: the objects that include them wait for them
bench/inproc.$(OBJEXT): $(BENCH_SKELETONS)

# The generated headers first (BUILT_SOURCES are only made before all and
# check), then the programs; the bench objects declare their oldest kernel
# too, and are linted for it.
bench-programs:
	$(AM_V_at)$(MAKE) $(AM_MAKEFLAGS) $(BUILT_SOURCES) $(BENCH_SKELETONS)
	$(AM_V_at)$(MAKE) $(AM_MAKEFLAGS) $(BENCH_BINS:=$(EXEEXT)) \
		$(BPFM_GLOBAL_BIN)$(EXEEXT) $(BPFM_MAP_BIN)$(EXEEXT) \
		tests/bpf-lint$(EXEEXT)
	$(AM_V_at)tests/bpf-lint $(BENCH_BPF_OBJECTS)

bench: bench-programs
	@$(MKDIR_P) bench
	$(top_builddir)/bench/bpfm-bench \
		--global $(BPFM_GLOBAL_BIN)$(EXEEXT) \
		--map $(BPFM_MAP_BIN)$(EXEEXT) \
		--load-global bench/bpfm-bench-load-global$(EXEEXT) \
		--load-map bench/bpfm-bench-load-map$(EXEEXT) \
		--minimal '$(MINIMAL)' --minimal-legacy '$(MINIMAL_LEGACY)' \
		--csv bench/results.csv $(BENCH_FLAGS)

.PHONY: bench bench-programs
