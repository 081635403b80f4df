# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#
# SYNOPSIS
#
#   BPFM_BPF_TARGET
#
# DESCRIPTION
#
#   Everything the BPF compile needs to know about the host the loader is
#   built for (not the machine running configure):
#     BPF_TARGET        bpfel or bpfeb, from the host's endianness
#     BPF_TARGET_ARCH   the __TARGET_ARCH_* suffix, from $host_cpu
#     BPF_ASM_INCLUDES  -idirafter for the directory holding <asm/types.h>,
#                       found through the host C compiler (the multiarch
#                       directory that clang -target bpf does not search)

#serial 1

AC_DEFUN([BPFM_BPF_TARGET], [
	AC_REQUIRE([AC_CANONICAL_HOST])
	AC_REQUIRE([AC_PROG_CPP])
	AC_C_BIGENDIAN([BPF_TARGET=bpfeb], [BPF_TARGET=bpfel], [
		AC_MSG_ERROR([cannot tell the host's endianness, which the BPF target must follow])])
	AC_SUBST([BPF_TARGET])

	AC_MSG_CHECKING([for the BPF target architecture])
	AS_CASE([$host_cpu],
		[x86_64|i?86], [BPF_TARGET_ARCH=x86],
		[aarch64*|arm64], [BPF_TARGET_ARCH=arm64],
		[arm*], [BPF_TARGET_ARCH=arm],
		[s390*], [BPF_TARGET_ARCH=s390],
		[powerpc*|ppc*], [BPF_TARGET_ARCH=powerpc],
		[mips*], [BPF_TARGET_ARCH=mips],
		[riscv*], [BPF_TARGET_ARCH=riscv],
		[loongarch*], [BPF_TARGET_ARCH=loongarch],
		[sparc*], [BPF_TARGET_ARCH=sparc],
		[AC_MSG_ERROR([unknown host CPU $host_cpu: add it to m4/bpfm_bpf_target.m4])])
	AC_MSG_RESULT([$BPF_TARGET_ARCH ($BPF_TARGET)])
	AC_SUBST([BPF_TARGET_ARCH])

	AC_CACHE_CHECK([for the directory holding <asm/types.h>], [bpfm_cv_asm_dir], [
		bpfm_cv_asm_dir=
		echo '#include <asm/types.h>' > conftest.c
		bpfm_dep=`$CPP $CPPFLAGS -M conftest.c 2>/dev/null | tr ' \\\\' '\n\n' | grep '/asm/types\.h$' | head -n 1`
		rm -f conftest.c
		AS_IF([test -n "$bpfm_dep"],
			[bpfm_cv_asm_dir=`echo "$bpfm_dep" | $SED 's,/asm/types\.h$,,'`])])
	AS_IF([test -z "$bpfm_cv_asm_dir"],
		[AC_MSG_ERROR([<asm/types.h> not found for $host: install linux-libc-dev (for a cross build, linux-libc-dev:ARCH)])])
	BPF_ASM_INCLUDES="-idirafter $bpfm_cv_asm_dir"
	AC_SUBST([BPF_ASM_INCLUDES])
])
