// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * traceline.c: parse trace_pipe lines. Every shape measured on 4.9 to 6.18
 * (facts sheet, section 9):
 *
 *   4.9:       proto-28    [000] ....     0.928000: : msg
 *   4.14:      ... 0.928000: 0x00000001: msg
 *   4.19, 5.4: ... 0: msg
 *   6.1+:      proto-92      [000] .N.21     3.407891: bpf_trace_printk: msg
 *
 * The command name may hold '-', spaces or brackets, or print as <...>; an
 * optional "(tgid)" column appears with the record-tgid option. The PID is
 * the digits after the last '-' that can end a command name of at most 16
 * characters: POSIX regular expressions match the longest command name,
 * so a process cannot pose as another by putting "-123 [000]" in its name.
 */
#include "config.h"

#include <errno.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "traceline.h"

#define TRACELINE_RE							\
	"^ *(.{1,16})-([0-9]+) +(\\( *[0-9-]+\\) +)?\\[[0-9]+\\] +"	\
	"([^ ]+ +)?[0-9]+\\.[0-9]+: [^ :]*: (.*)$"

/* PID_MAX_LIMIT: no PID is larger on any kernel */
#define TRACELINE_PID_MAX 4194304

enum { RE_COMM = 1, RE_PID, RE_TGID, RE_FLAGS, RE_MSG, RE_NMATCH };

static regex_t traceline_re;
static int traceline_re_ready;

int traceline_parse(const char *line, struct traceline *tl)
{
	regmatch_t m[RE_NMATCH];
	char *end;

	if (!traceline_re_ready) {
		if (regcomp(&traceline_re, TRACELINE_RE, REG_EXTENDED))
			return -ENOMEM;
		traceline_re_ready = 1;
	}
	if (regexec(&traceline_re, line, RE_NMATCH, m, 0))
		return -EINVAL;
	tl->pid = strtol(line + m[RE_PID].rm_so, &end, 10);
	if (end != line + m[RE_PID].rm_eo || tl->pid <= 0 ||
	    tl->pid > TRACELINE_PID_MAX)
		return -EINVAL;
	tl->msg = line + m[RE_MSG].rm_so;
	tl->msg_len = (size_t)(m[RE_MSG].rm_eo - m[RE_MSG].rm_so);
	return 0;
}

/* The message the program prints for a trigger of pid, nothing else */
bool traceline_is_trigger(const struct traceline *tl, long pid)
{
	char want[64];
	size_t len = tl->msg_len;
	int n;

	n = snprintf(want, sizeof(want), "BPF triggered from PID %ld.", pid);
	while (len && (tl->msg[len - 1] == ' ' || tl->msg[len - 1] == '\r'))
		len--;
	return tl->pid == pid && len == (size_t)n &&
	       !memcmp(tl->msg, want, len);
}

void traceline_cleanup(void)
{
	if (traceline_re_ready)
		regfree(&traceline_re);
	traceline_re_ready = 0;
}
