// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* trace_pipe lines: the shapes recorded on 4.9 to 6.18, and bad ones. */
#include "config.h"

#include <errno.h>

#include "traceline.h"
#include "unit.h"

#define MSG "BPF triggered from PID 4242."

struct sample {
	const char *line;
	long pid;		/* 0: must not parse */
	bool trigger;		/* a trigger of PID 4242 */
};

static const struct sample samples[] = {
	/* 4.9: no token before the message */
	{ "           proto-4242  [000] ....     0.928000: : " MSG, 4242, true },
	/* 4.14: the fake IP */
	{ "           proto-4242  [000] ....     0.928000: 0x00000001: " MSG, 4242, true },
	/* 4.19 and 5.4 (5.4 widens the PID column) */
	{ "     bpf-minimal-4242  [001] d...    12.500000: 0: " MSG, 4242, true },
	{ "     bpf-minimal-4242    [001] d...    12.500000: 0: " MSG, 4242, true },
	/* 6.1 and 6.18: the event name, 5 flag characters */
	{ "           proto-4242    [000] .N.21     3.407891: bpf_trace_printk: " MSG, 4242, true },
	{ "           <...>-4242    [001] ...21  1005.517219: bpf_trace_printk: " MSG, 4242, true },
	/* record-tgid adds a column */
	{ "            bash-4242    (   4242) [002] .... 1.2: 0: " MSG, 4242, true },
	{ "            bash-4242    (-------) [002] .... 1.2: 0: " MSG, 4242, true },
	/* command names with '-', spaces, brackets */
	{ "  my-tool v2-4242 [003] d..1. 9.9: bpf_trace_printk: " MSG, 4242, true },
	{ "  [kworker]-4242 [003] d..1. 9.9: bpf_trace_printk: " MSG, 4242, true },
	/* a name forged to look like a PID and a timestamp: the real PID wins */
	{ "x-1 [0] 1.1: : -4242 [001] ...1 100.0: bpf_trace_printk: " MSG, 4242, true },
	{ "1-999 [0] 1.-4242 [001] ...1 100.0: bpf_trace_printk: " MSG, 4242, true },
	/* trailing carriage return or space from a terminal-ish writer */
	{ "  proto-4242 [000] .... 1.0: 0: " MSG " ", 4242, true },
	/* someone else's line, or someone else's message */
	{ "  proto-4243 [000] .... 1.0: 0: " MSG, 4243, false },
	{ "  proto-4242 [000] .... 1.0: 0: BPF triggered from PID 4243.", 4242, false },
	{ "  proto-4242 [000] .... 1.0: 0: BPF triggered from PID 4242", 4242, false },
	{ "  proto-4242 [000] .... 1.0: 0: BPF triggered from PID 42424.", 4242, false },
	{ "  proto-4242 [000] .... 1.0: tracing_mark_write: " MSG "x", 4242, false },
	{ "          <...>-7577    [001] ...1.   322.774376: tracing_mark_write: hello", 7577, false },
	/* malformed */
	{ "", 0, false },
	{ "garbage", 0, false },
	{ "# tracer: nop", 0, false },
	{ "proto [000] .... 1.0: 0: " MSG, 0, false },
	{ "proto-x [000] .... 1.0: 0: " MSG, 0, false },
	{ "proto-4242 000 .... 1.0: 0: " MSG, 0, false },
	{ "proto-4242 [000] .... 1: 0: " MSG, 0, false },
	{ "proto-4242 [000] .... 1.0 0 " MSG, 0, false },
	{ "proto-0 [000] .... 1.0: 0: " MSG, 0, false },
	{ "proto-99999999999999999999999 [000] .... 1.0: 0: " MSG, 0, false },
	{ "seventeen-chars-x-4242 [000] .... 1.0: 0: " MSG, 0, false },
};

int main(void)
{
	struct traceline tl;
	unsigned int i;
	int err;

	for (i = 0; i < sizeof(samples) / sizeof(samples[0]); i++) {
		const struct sample *s = &samples[i];

		err = traceline_parse(s->line, &tl);
		if (!s->pid) {
			expect(err == -EINVAL, "parsed a malformed line: \"%s\"",
			       s->line);
			continue;
		}
		expect(!err, "cannot parse \"%s\"", s->line);
		if (err)
			continue;
		expect_int(tl.pid, s->pid, s->line);
		expect(traceline_is_trigger(&tl, 4242) == s->trigger,
		       "trigger of 4242 should be %d: \"%s\"", s->trigger,
		       s->line);
	}
	err = traceline_parse("  proto-4242 [000] .... 1.0: 0: " MSG, &tl);
	expect(!err && tl.msg_len == strlen(MSG) && !memcmp(tl.msg, MSG, tl.msg_len),
	       "the message is the program's text, no kernel prefix");
	traceline_cleanup();
	return unit_exit();
}
