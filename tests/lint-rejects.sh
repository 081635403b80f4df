# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#
# tests/lint-rejects.sh: tests/bpf-lint rejects each bad object of
# tests/lint/ with that object's own fault, and passes the control built
# the same way. The objects are built by tests/lint.mk.

. "$srcdir/tests/lib.sh"

[ -x "$BPFM_LINT" ] || hard_error "$BPFM_LINT is not built"
cd "$top_builddir/tests/lint" || hard_error "no tests/lint in the build tree"
scratch
out=$SCRATCH/out

# lint OBJECT WANT: run the lint, which must exit WANT (0 or 1)
lint() {
	[ -f "$1" ] || hard_error "$1 is not built"
	"$BPFM_LINT" -v "$1" > "$out" 2>&1
	rc=$?
	cat "$out"
	[ "$rc" -le 1 ] || hard_error "bpf-lint could not read $1 (exit $rc)"
	[ "$rc" -eq "$2" ] || fail "bpf-lint exited $rc on $1, want $2"
}

# rejects OBJECT FAULT...: the lint fails OBJECT with a line for each
# FAULT: "OBJECT: FAULT", optionally followed by " (first at SECTION+OFF)"
rejects() {
	obj=$1
	shift
	lint "$obj" 1
	for fault; do
		want="$obj: $fault"
		found=
		while IFS= read -r line; do
			case $line in
			"$want" | "$want (first at "*) found=1 ;;
			esac
		done < "$out"
		[ -n "$found" ] || fail "$obj: no fault line '$want'"
	done
}

lint good.bpf.o 0

rejects bad-helper.bpf.o \
	'helper 120 (get_ns_current_pid_tgid) needs Linux 5.7; this object declares 4.7'
rejects bad-global.bpf.o \
	'section .bss (global data) needs Linux 5.2; this object declares 4.7' \
	'global data use (.bss) needs Linux 5.2; this object declares 4.7'
rejects bad-core.bpf.o \
	'1 CO-RE relocation record in .BTF.ext: this project loads without kernel BTF, so no CO-RE (no vmlinux.h, preserve_access_index or BPF_CORE_READ; read fixed offsets)'
rejects bad-jlt.bpf.o \
	'BPF_JLT/JLE/JSLT/JSLE jump (-mcpu=v2) needs Linux 4.14; this object declares 4.7'
rejects bad-jmp32.bpf.o \
	'JMP32 instruction (-mcpu=v3) needs Linux 5.1; this object declares 4.7'
rejects bad-atomic.bpf.o \
	'atomic operation 0x1 (fetch, xchg, cmpxchg, and, or, xor) needs Linux 5.12; this object declares 4.7'
rejects bad-subprog.bpf.o \
	'bpf-to-bpf call needs Linux 4.16; this object declares 4.7'
rejects bad-progtype.bpf.o \
	"section kprobe/ksys_write: program type not in the lint's table (tp/, tracepoint/: Linux 4.7; raw_tp/, raw_tracepoint/: 4.17)"
rejects bad-undeclared.bpf.o \
	'declares no minimum kernel: add __u32 min_kernel SEC("version") = KERNEL_VERSION(X, Y, 0)'

# clang 14 leaves an unreferenced .rodata.str1.1 for bpf_printk's format;
# a compiler that does not has nothing here to catch.
if grep -qaF .rodata.str1.1 bad-rodata.bpf.o; then
	rejects bad-rodata.bpf.o \
		'section .rodata.str1.1 (global data) needs Linux 5.2; this object declares 4.7'
else
	lint bad-rodata.bpf.o 0
	echo "note: this clang leaves no .rodata.str1.1; nothing to reject"
fi
