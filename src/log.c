// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * log.c: the one place that writes messages to stderr.
 *
 * libbpf's own log goes through here too: its debug and info lines only
 * under -v; its warnings are kept (the last one) so that an error message
 * can quote it, and printed under -v. Without -v the user sees our one or
 * two lines that say what to do, never a libbpf dump.
 */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <bpf/libbpf.h>

#include "log.h"

static enum log_level log_level = LOG_INFO;
static char libbpf_warning[256];

void log_set_level(enum log_level level)
{
	log_level = level;
}

enum log_level log_get_level(void)
{
	return log_level;
}

void log_print(enum log_level level, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;

	if (level > log_level)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	/* One write per message: lines from two loaders never interleave. */
	fprintf(stderr, "bpf-minimal: %s\n", msg);
}

static int log_libbpf(enum libbpf_print_level level, const char *fmt,
		      va_list ap)
{
	if (level == LIBBPF_WARN) {
		va_list copy;
		size_t len;

		va_copy(copy, ap);
		vsnprintf(libbpf_warning, sizeof(libbpf_warning), fmt, copy);
		va_end(copy);
		len = strlen(libbpf_warning);
		if (len && libbpf_warning[len - 1] == '\n')
			libbpf_warning[len - 1] = '\0';
	}
	if (log_level < LOG_DEBUG)
		return 0;
	return vfprintf(stderr, fmt, ap);
}

void log_libbpf_install(void)
{
	libbpf_set_print(log_libbpf);
}

/* The last warning libbpf printed, or "" */
const char *log_libbpf_last_warning(void)
{
	return libbpf_warning;
}

/*
 * A -errno, or one of libbpf's own codes (pre-1.0 LIBBPF_ERRNO__*), in
 * words. The buffer is static: use the result before the next call.
 */
const char *log_errstr(int err)
{
	static char buf[128];

	if (libbpf_strerror(err, buf, sizeof(buf)))
		snprintf(buf, sizeof(buf), "error %d", err);
	return buf;
}
