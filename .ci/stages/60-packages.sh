# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
# The packages, built for real from the release tarball the way the
# README's Packaging section says (make deb, make rpm): the .deb with
# dpkg-buildpackage -us -uc -b, then lintian, which must report no error;
# the .rpm with rpmbuild -bb (--nodeps: rpm cannot see Debian's build
# dependencies). Both builds run the unprivileged tests only. Then each
# package's binary must be the distribution build: the array-map data path.

# pkg_installed_datapath DIR: the data path of DIR/usr/sbin/bpf-minimal
pkg_installed_datapath() {
	"$1/usr/sbin/bpf-minimal" --version | sed -n 's/^data path: //p'
}

# pkg_check_deb: what the .deb holds and declares
pkg_check_deb() {
	local deb dir f dp rc=0
	deb=$(ls packages/deb/bpf-minimal_*.deb) && dir=$(mktemp -d) || return 1
	dpkg-deb -x "$deb" "$dir" || rc=1
	for f in usr/sbin/bpf-minimal usr/share/man/man8/bpf-minimal.8.gz \
		 usr/share/doc/bpf-minimal/README.md.gz usr/share/doc/bpf-minimal/copyright; do
		[ -f "$dir/$f" ] || { echo "the .deb lacks $f"; rc=1; }
	done
	echo "Depends: $(dpkg-deb -f "$deb" Depends)"
	dpkg-deb -f "$deb" Depends | grep -q 'libbpf1' || { echo "no libbpf1 in Depends"; rc=1; }
	dp=$(pkg_installed_datapath "$dir")
	echo "the packaged bpf-minimal: data path $dp"
	[ "$dp" = "array map" ] || { echo "want the array map (--with-bpf-global-data=no)"; rc=1; }
	rm -rf "$dir"
	return $rc
}

# pkg_check_rpm: what the .rpm holds
pkg_check_rpm() {
	local rpm dir f dp rc=0
	rpm=$(ls "$PWD"/packages/rpm/RPMS/*/bpf-minimal-*.rpm) && dir=$(mktemp -d) || return 1
	rpm -qlp "$rpm"
	(cd "$dir" && rpm2cpio "$rpm" | cpio -idm --quiet) || rc=1
	for f in usr/sbin/bpf-minimal usr/share/man/man8/bpf-minimal.8 \
		 usr/share/doc/bpf-minimal/README.md; do
		[ -f "$dir/$f" ] || { echo "the .rpm lacks $f"; rc=1; }
	done
	ls "$dir"/usr/share/licenses/*/LICENSE >/dev/null 2>&1 || { echo "the .rpm lacks its LICENSE"; rc=1; }
	dp=$(pkg_installed_datapath "$dir")
	echo "the packaged bpf-minimal: data path $dp"
	[ "$dp" = "array map" ] || { echo "want the array map (--with-bpf-global-data=no)"; rc=1; }
	rm -rf "$dir"
	return $rc
}

note "make deb (dpkg-buildpackage -us -uc -b, lintian)"
pkg_t0=$(date +%s)
if make deb >"$ci_log/deb.log" 2>&1; then
	ls -l packages/deb/*.deb
	echo "lintian: $(grep -c '^[EW]:' packages/deb/lintian.txt) errors and warnings," \
		"$(grep -c '^E:' packages/deb/lintian.txt) errors; $(($(date +%s) - pkg_t0)) s"
	cat packages/deb/lintian.txt
	count deb 1 0 0
	simple_stage deb-contents pkg_check_deb
else
	tail -n 40 "$ci_log/deb.log"
	count deb 0 1 0
fi

note "make rpm (rpmbuild -bb --nodeps)"
pkg_t0=$(date +%s)
if make rpm RPMBUILD_FLAGS=--nodeps >"$ci_log/rpm.log" 2>&1; then
	ls -l packages/rpm/RPMS/*/*.rpm
	echo "$(($(date +%s) - pkg_t0)) s"
	count rpm 1 0 0
	simple_stage rpm-contents pkg_check_rpm
else
	tail -n 40 "$ci_log/rpm.log"
	count rpm 0 1 0
fi
