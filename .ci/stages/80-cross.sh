# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
# The aarch64 cross build, with Debian's cross gcc, multiarch
# libbpf-dev:arm64 and aarch64-linux-gnu-pkg-config (pkgconf:arm64): it
# builds (the loader, and the check programs, which cannot run here),
# configure ran no target program, the loader is AArch64, and the BPF
# objects are little-endian eBPF built for arm64.
note "cross build (--host=aarch64-linux-gnu)"

# pkg_cross_checks DIR: one line per check, "ok: ..." or "FAIL: ..."
pkg_cross_checks() {
	local o
	# Each run of a program is logged as "./conftest"; the only one allowed
	# is autoconf's own test of whether this is cross compiling
	o=$(awk '/checking whether we are cross compiling/ { detect = 1; next }
		 /^configure:[0-9]+: checking / { detect = 0 }
		 /^configure:[0-9]+: \.\/conftest/ && !detect { print }' "$1/config.log")
	if [ -n "$o" ]; then
		echo "FAIL: configure ran a target program while cross compiling: $o"
	else
		echo "ok: configure ran no target program"
	fi
	if file "$1/src/bpf-minimal" | grep -q 'ARM aarch64' &&
	   readelf -h "$1/src/bpf-minimal" | grep -q 'Machine: *AArch64'; then
		echo "ok: $(file -b "$1/src/bpf-minimal" | cut -d, -f1-2)"
	else
		echo "FAIL: the loader is not AArch64: $(file -b "$1/src/bpf-minimal")"
	fi
	for o in "$1"/bpf/minimal-global.bpf.o "$1"/bpf/minimal-map.bpf.o; do
		if readelf -h "$o" | grep -q 'Machine: *Linux BPF' &&
		   readelf -h "$o" | grep -q 'Data: .*little endian'; then
			echo "ok: ${o##*/}: little-endian eBPF"
		else
			echo "FAIL: ${o##*/} is not little-endian eBPF"
		fi
	done
	if grep -q 'checking for aarch64-linux-gnu-pkg-config\.\.\. /' "$1/config.log" ||
	   grep -q 'checking for aarch64-linux-gnu-pkg-config\.\.\. /' "$ci_log/cross.log"; then
		echo "ok: aarch64-linux-gnu-pkg-config found"
	else
		echo "FAIL: no aarch64-linux-gnu-pkg-config: install pkgconf:arm64"
	fi
	if grep -q -- '-target bpfel .*-D__TARGET_ARCH_arm64' "$ci_log/cross.log"; then
		echo "ok: BPF compiled with -target bpfel -D__TARGET_ARCH_arm64"
	else
		echo "FAIL: the BPF compile did not target bpfel/arm64"
	fi
}

pkg_tmp=$(mktemp -d)
pkg_t0=$(date +%s)
if pkg_src=$(pkg_unpack "$pkg_tmp") &&
   (cd "$pkg_src" && ./configure --host=aarch64-linux-gnu &&
    make -j2 V=1 && make -j2 check TESTS=) >"$ci_log/cross.log" 2>&1; then
	pkg_cross_checks "$pkg_src" | tee "$ci_log/cross-checks.log"
	echo "$(($(date +%s) - pkg_t0)) s"
	count cross "$(grep -c '^ok:' "$ci_log/cross-checks.log")" \
		"$(grep -c '^FAIL:' "$ci_log/cross-checks.log")" 0
else
	tail -n 40 "$ci_log/cross.log"
	count cross 0 1 0
fi
rm -rf "$pkg_tmp"
