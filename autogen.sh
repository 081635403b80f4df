#!/bin/sh
# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
# Generate configure and Makefile.in from a git checkout (release tarballs
# already carry them). Needs autoconf, automake and pkg-config.
set -e
cd "$(dirname "$0")"
autoreconf -fi
