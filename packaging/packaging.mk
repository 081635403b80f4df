# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#
# packaging/packaging.mk: included by the top Makefile.am (still one
# Makefile). What releases and packages need, one section each: make
# distcheck without the privileged suite, the install layout beyond the
# binary, reproducible builds, the static binary's tests, and make deb /
# make rpm, which build the packages from the release tarball the way the
# README's Packaging section says.

EXTRA_DIST += packaging/packaging.mk

# --- Release tarball ----------------------------------------------------------
#
# make distcheck runs make check as whoever runs it, root with BPF in CI:
# it need not rerun the privileged suite (plain make check runs it), so its
# configure gets BPFM_UNPRIVILEGED_ONLY (m4/bpfm_tests_unprivileged.m4) and
# the tests that load BPF skip, saying so. The environment of make check
# wins over configure's value.

AM_DISTCHECK_CONFIGURE_FLAGS = BPFM_UNPRIVILEGED_ONLY=distcheck
AM_TESTS_ENVIRONMENT += \
	BPFM_UNPRIVILEGED_ONLY=$${BPFM_UNPRIVILEGED_ONLY:-'$(BPFM_UNPRIVILEGED_ONLY_CONFIGURED)'}; \
	export BPFM_UNPRIVILEGED_ONLY;

# --- Install layout -----------------------------------------------------------
#
# The binary is in sbin_PROGRAMS (Makefile.am). The man page takes the
# version from configure; tests/man-page.sh checks it against --help.

man8_MANS = man/bpf-minimal.8
dist_doc_DATA = LICENSE
doc_DATA = README.md
EXTRA_DIST += man/bpf-minimal.8.in tests/man-page.sh
TESTS += tests/man-page.sh
AM_TESTS_ENVIRONMENT += \
	BPFM_MAN='$(abs_top_builddir)/man/bpf-minimal.8'; export BPFM_MAN;

# --- Reproducible builds (m4/bpfm_reproducible.m4) ----------------------------
#
# tests/reproducible.sh needs the release tarball: make check-reproducible
# makes it and runs the test.

AM_CFLAGS += $(BPFM_CC_PREFIX_MAP)
BPF_CFLAGS += $(BPFM_BPF_PREFIX_MAP)
EXTRA_DIST += tests/reproducible.sh

check-reproducible: dist
	$(MAKE) $(AM_MAKEFLAGS) check TESTS=tests/reproducible.sh \
		BPFM_TARBALL='$(abs_top_builddir)/$(distdir).tar.gz'

.PHONY: check-reproducible

# --- The static binary (m4/bpfm_static_binary.m4) -----------------------------
#
# Its tests only make sense, and only run, in a build configured with
# --enable-static-binary (run alone elsewhere, they skip and say so).

if STATIC_BINARY
TESTS += tests/static-binary.sh tests/static-chroot.sh
endif
EXTRA_DIST += tests/static-binary.sh tests/static-chroot.sh
AM_TESTS_ENVIRONMENT += \
	BPFM_STATIC='$(BPFM_STATIC)'; BPFM_VERSION='$(VERSION)'; \
	export BPFM_STATIC BPFM_VERSION;

# --- Packages -----------------------------------------------------------------
#
# make deb: the .deb from the release tarball, in packages/deb/, then
# lintian (which fails on errors). make rpm: the .rpm from the release
# tarball, in packages/rpm/RPMS/; on Debian, make rpm RPMBUILD_FLAGS=--nodeps
# (rpm cannot see Debian's build dependencies). The spec is made by
# configure and shipped, so rpmbuild -ta works on the tarball.

EXTRA_DIST += \
	packaging/debian/bpf-minimal.lintian-overrides \
	packaging/debian/changelog \
	packaging/debian/control \
	packaging/debian/copyright \
	packaging/debian/rules \
	packaging/debian/source/format \
	packaging/rpm/bpf-minimal.spec.in \
	packaging/rpm/bpf-minimal.spec

RPMBUILD_FLAGS =
PKG_DEB_DIR = packages/deb
PKG_RPM_DIR = packages/rpm

deb: dist
	rm -rf $(PKG_DEB_DIR)
	$(MKDIR_P) $(PKG_DEB_DIR)
	cp $(distdir).tar.gz $(PKG_DEB_DIR)/$(PACKAGE)_$(VERSION).orig.tar.gz
	cd $(PKG_DEB_DIR) && tar -xzf $(PACKAGE)_$(VERSION).orig.tar.gz
	cd $(PKG_DEB_DIR)/$(distdir) && cp -R packaging/debian debian && \
	v=`dpkg-parsechangelog -S Version` && \
	case $$v in \
	$(VERSION)-*) ;; \
	*) echo "packaging/debian/changelog is at $$v, the release is $(VERSION): add an entry (dch -v $(VERSION)-1)" >&2; exit 1 ;; \
	esac && \
	dpkg-buildpackage -us -uc -b
	cd $(PKG_DEB_DIR) && { lintian --fail-on error *.changes >lintian.txt; \
		rc=$$?; cat lintian.txt; exit $$rc; }

rpm: dist packaging/rpm/bpf-minimal.spec
	rm -rf $(PKG_RPM_DIR)
	$(MKDIR_P) $(PKG_RPM_DIR)/SOURCES
	cp $(distdir).tar.gz $(PKG_RPM_DIR)/SOURCES/
	rpmbuild -bb $(RPMBUILD_FLAGS) \
		--define '_topdir $(abs_top_builddir)/$(PKG_RPM_DIR)' \
		packaging/rpm/bpf-minimal.spec

clean-local: packaging-clean-local
packaging-clean-local:
	rm -rf packages

.PHONY: deb rpm packaging-clean-local
