# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
# make distcheck: the release tarball builds in a VPATH build from a
# read-only tree, passes make check, installs, uninstalls leaving nothing,
# and cleans up. Its make check skips the tests that load BPF
# (BPFM_UNPRIVILEGED_ONLY=distcheck): they count as skipped here, since the
# check stage has just run them. The figures are its test run's, plus one
# for distcheck itself. The tarball it leaves is what the packaging stages
# after it build from: $pkg_tarball.
pkg_tarball=$top/bpf-minimal-$(sed -n 's/^PACKAGE_VERSION = //p' Makefile).tar.gz

# pkg_figure NAME LOG: one "# NAME: N" line of an automake test summary
pkg_figure() {
	sed -n "s/^# $1: *//p" "$2" | tail -n 1
}

# pkg_unpack DIR: the release tarball, unpacked in DIR; prints the tree
pkg_unpack() {
	tar -C "$1" -xzf "$pkg_tarball" && echo "$1/$(basename "$pkg_tarball" .tar.gz)"
}

note "make distcheck (without the privileged suite)"
pkg_t0=$(date +%s)
if make -j2 distcheck >"$ci_log/distcheck.log" 2>&1 && [ -f "$pkg_tarball" ]; then
	grep -E '^(PASS|FAIL|SKIP|ERROR|XPASS|XFAIL):' "$ci_log/distcheck.log"
	echo "$(basename "$pkg_tarball"): $(wc -c <"$pkg_tarball") bytes, $(($(date +%s) - pkg_t0)) s"
	pkg_p=$(pkg_figure PASS "$ci_log/distcheck.log")
	pkg_s=$(pkg_figure SKIP "$ci_log/distcheck.log")
	count distcheck $((${pkg_p:-0} + 1)) 0 "${pkg_s:-0}"
else
	tail -n 40 "$ci_log/distcheck.log"
	count distcheck 0 1 0
	# The packaging stages need a tarball; without one they have nothing to test
	make dist >>"$ci_log/distcheck.log" 2>&1 || stop
fi
