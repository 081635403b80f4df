# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
# The bench programs (issue 6): built and their BPF objects linted, so
# they do not rot. Running them (make bench) stays out of CI: it takes
# minutes, and its figures mean nothing on a shared CI machine.
simple_stage bench-build make -j2 bench-programs
