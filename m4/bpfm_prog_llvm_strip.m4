# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#
# SYNOPSIS
#
#   BPFM_PROG_LLVM_STRIP
#
# DESCRIPTION
#
#   llvm-strip, used to remove the unreferenced .rodata.str1.1 section that
#   clang leaves in the BPF objects (facts sheet, section 8). LLVM_STRIP is
#   precious. The versioned name matching CLANG is tried first.

#serial 1

AC_DEFUN([BPFM_PROG_LLVM_STRIP], [
	AC_REQUIRE([BPFM_PROG_CLANG_BPF])
	AC_ARG_VAR([LLVM_STRIP], [llvm-strip used on the BPF objects])
	bpfm_clang_suffix=`echo "$CLANG" | $SED -n 's,.*/clang\(-[[0-9]][[0-9.]]*\)$,\1,p'`
	BPFM_PATH_TOOL([LLVM_STRIP], [llvm-strip$bpfm_clang_suffix llvm-strip llvm-strip-16 llvm-strip-15 llvm-strip-14 llvm-strip-13])
	AS_IF([test -z "$LLVM_STRIP"],
		[AC_MSG_ERROR([llvm-strip not found: install llvm (Debian/Ubuntu/Fedora), or set LLVM_STRIP])])
	AC_CACHE_CHECK([whether $LLVM_STRIP can remove a section from a BPF object],
		[bpfm_cv_llvm_strip_works], [
		echo 'char s@<:@@:>@ __attribute__((section(".x"))) = "x"; int f(void) { return 0; }' > conftest.bpf.c
		AS_IF([$CLANG -target bpf -O2 -c conftest.bpf.c -o conftest.bpf.o >&AS_MESSAGE_LOG_FD 2>&1 &&
		       $LLVM_STRIP --remove-section=.x conftest.bpf.o >&AS_MESSAGE_LOG_FD 2>&1],
			[bpfm_cv_llvm_strip_works=yes], [bpfm_cv_llvm_strip_works=no])
		rm -f conftest.bpf.c conftest.bpf.o])
	AS_IF([test "$bpfm_cv_llvm_strip_works" != yes],
		[AC_MSG_ERROR([$LLVM_STRIP cannot remove sections from BPF objects: install llvm or set LLVM_STRIP])])
])
