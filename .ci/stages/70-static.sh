# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
# The self-contained binary: the release tarball configured with
# --enable-static-binary, linked without a warning from the static C
# library, then its two tests: no NEEDED and no interpreter, --version in
# an empty root, and a real run (3 triggers, --follow) in an empty root.
note "static binary (--enable-static-binary)"
pkg_tmp=$(mktemp -d)
pkg_t0=$(date +%s)
if pkg_src=$(pkg_unpack "$pkg_tmp") &&
   (cd "$pkg_src" && ./configure --enable-static-binary && make -j2 V=1) >"$ci_log/static.log" 2>&1; then
	if grep -i 'statically linked applications requires at runtime' "$ci_log/static.log"; then
		count static-link 0 1 0
	else
		count static-link 1 0 0
	fi
	(cd "$pkg_src" && make -j2 check TESTS='tests/static-binary.sh tests/static-chroot.sh') \
		>>"$ci_log/static.log" 2>&1
	cat "$pkg_src"/tests/static-*.log
	file "$pkg_src/src/bpf-minimal"
	strip -o "$pkg_tmp/stripped" "$pkg_src/src/bpf-minimal"
	echo "bpf-minimal: $(wc -c <"$pkg_src/src/bpf-minimal") bytes" \
		"($(wc -c <"$pkg_tmp/stripped") stripped); $(($(date +%s) - pkg_t0)) s"
	automake_stage static "$pkg_src"
else
	tail -n 40 "$ci_log/static.log"
	count static 0 1 0
fi
rm -rf "$pkg_tmp"
