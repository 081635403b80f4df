# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
# The README's first command: build, then run the tool for five triggers.
note "build and run (README quick start)"
if ./autogen.sh >"$ci_log/build.log" 2>&1 && ./configure >>"$ci_log/build.log" 2>&1 &&
   make -j2 >>"$ci_log/build.log" 2>&1 && ./src/bpf-minimal --follow -c 5 -i 0.2; then
	count build 1 0 0
else
	tail -n 40 "$ci_log/build.log"
	count build 0 1 0
	stop
fi
