# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#
# SYNOPSIS
#
#   BPFM_SUMMARY
#
# DESCRIPTION
#
#   The summary at the end of configure: what was found and chosen, and why.

#serial 1

AC_DEFUN([BPFM_SUMMARY], [
	AS_IF([test -z "$BPFM_SHIMS"], [bpfm_shims=none], [bpfm_shims=$BPFM_SHIMS])
	cat <<EOF

$PACKAGE_NAME $PACKAGE_VERSION has been configured with the following options:

  host:                  $host
  C compiler:            $CC $SANITIZER_CFLAGS
  libbpf:                $LIBBPF_VERSION ($LIBBPF_LIBS)
  static binary:         $BPFM_STATIC${BPFM_STATIC_LDFLAGS:+ ($BPFM_STATIC_LDFLAGS)}
  compat shims:          $bpfm_shims
  clang:                 $CLANG ${bpfm_clang_version}
  llvm-strip:            $LLVM_STRIP
  bpftool:               $BPFTOOL ${bpfm_bpftool_version}
  BPF target:            $BPF_TARGET, __TARGET_ARCH_$BPF_TARGET_ARCH, sizeof(long) $BPFM_LONG_SIZE, __NR_write $BPFM_NR_WRITE
  installed data path:   $BPFM_DATAPATH_DEFAULT ($BPFM_DATAPATH_REASON)
  check data path:       the other one, built for make check

EOF
])
