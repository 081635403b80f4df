# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
# Reproducible builds: make check-reproducible builds the release tarball
# twice, in two directories, and compares the installed files byte for
# byte (tests/reproducible.sh).
note "reproducible builds (make check-reproducible)"
pkg_t0=$(date +%s)
make check-reproducible >"$ci_log/repro.log" 2>&1
cat tests/reproducible.log
echo "$(($(date +%s) - pkg_t0)) s"
automake_stage repro .
