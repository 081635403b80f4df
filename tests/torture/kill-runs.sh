#!/bin/sh
# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
# Nothing left behind: 200 runs killed at random moments (during load and
# attach too) with SIGINT, SIGTERM, SIGHUP and SIGKILL, half of them with
# --follow. Afterwards no BPF program, map or link remains (by id: the
# system loads programs of its own), a stale tracefs instance of a killed
# run is removed by the next run, and a tracefs the tool mounted for
# itself is never seen outside it.
. "$srcdir/tests/lib.sh"
need_bpf
need_unshare
scratch

RUNS=${BPFM_TORTURE_RUNS:-200}
tracefs=/sys/kernel/tracing
[ -e $tracefs/trace_pipe ] || tracefs=/sys/kernel/debug/tracing

# random N: a number from 0 to N-1
random() {
	r=$(od -An -N2 -tu2 /dev/urandom | tr -d ' ')
	echo $((r % $1))
}

stale_instances() {
	ls "$tracefs/instances" 2>/dev/null | grep -c '^bpf-minimal-'
}

bpf_ids "$SCRATCH/ids"
stale_before=$(stale_instances)
early=0 late=0 clean=0 killed=0 i=0
while [ $i -lt "$RUNS" ]; do
	i=$((i + 1))
	case $((i % 4)) in
	0) sig=INT ;;
	1) sig=TERM ;;
	2) sig=HUP ;;
	3) sig=KILL ;;
	esac
	follow=
	[ $((i % 8)) -lt 4 ] || follow=--follow
	: >"$SCRATCH/err"
	"$BPFM" -q -i 0.01 $follow >/dev/null 2>"$SCRATCH/err" &
	pid=$!
	# Half within 30 ms (exec, open, load, attach), half up to 300 ms
	if [ $((i % 2)) -eq 0 ]; then ms=$(random 30); else ms=$((30 + $(random 270))); fi
	sleep "$((ms / 1000)).$(printf %03d $((ms % 1000)))"
	started=no
	grep -q 'tracing PID' "$SCRATCH/err" && started=yes
	kill -$sig $pid 2>/dev/null
	wait $pid
	rc=$?
	if [ $started = yes ]; then late=$((late + 1)); else early=$((early + 1)); fi
	case $sig:$rc in
	KILL:137)
		killed=$((killed + 1)) ;;
	KILL:*)
		fail "run $i (SIGKILL at $ms ms): exit $rc" ;;
	*:0)
		grep -q 'writes triggered' "$SCRATCH/err" ||
			{ cat "$SCRATCH/err"; fail "run $i (SIG$sig at $ms ms): exit 0 without a summary"; }
		clean=$((clean + 1)) ;;
	INT:130 | TERM:143 | HUP:129)
		# Killed before its handlers existed: it must not have started
		[ $started = no ] ||
			{ cat "$SCRATCH/err"; fail "run $i (SIG$sig at $ms ms): died of the signal after starting"; } ;;
	*)
		cat "$SCRATCH/err"
		fail "run $i (SIG$sig at $ms ms, $follow): exit $rc" ;;
	esac
done

# Programs, maps and links: nothing of these runs may stay
assert_nothing_left "$SCRATCH/ids" "after $RUNS killed runs"
checked=$(wc -l <"$SCRATCH/ids")
follows=$((RUNS / 2))

# Stale instances of SIGKILLed --follow runs: the next run removes them
stale=$(stale_instances)
"$BPFM" -q --follow -c 1 -i 0 >/dev/null 2>"$SCRATCH/err" ||
	{ cat "$SCRATCH/err"; fail "the run after the torture failed"; }
[ "$(stale_instances)" -eq 0 ] ||
	fail "$(stale_instances) bpf-minimal instances remain after the next run"

# A tracefs the tool mounts itself (in its own mount namespace) is gone
# when it exits, however it exits
unshare -m --propagation private sh -c '
	for m in /sys/kernel/tracing /sys/kernel/debug; do
		while mountpoint -q $m; do umount -l $m || exit 99; done
	done
	for sig in INT KILL TERM KILL; do
		"$0" -q -i 0.01 2>/dev/null &
		sleep 0.3
		kill -$sig $! 2>/dev/null
		wait $!
		if grep -q tracefs /proc/self/mountinfo; then
			echo "a tracefs mount is visible after SIG$sig"
			exit 1
		fi
	done' "$BPFM" || fail "the tool's own tracefs mount outlived it"

echo "PASS: $RUNS runs, $follows with --follow ($early killed before the start" \
	"message, $late after; $clean clean exits, $killed SIGKILLed); no BPF" \
	"program, map or link left ($checked objects of others there before);" \
	"$stale stale instance(s) at the end (from $stale_before), removed by the" \
	"next run; 4 killed runs' own tracefs mounts never seen outside"
