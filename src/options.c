// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * options.c: parse the command line. Every bad value is a usage error
 * (-EINVAL, and main() exits 2) with one line that says what is wrong;
 * nothing falls back to a default silently.
 */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "log.h"
#include "options.h"

enum {
	OPT_PROBE = 0x100,
};

static const struct option long_options[] = {
	{ "count",	required_argument,	NULL, 'c' },
	{ "interval",	required_argument,	NULL, 'i' },
	{ "follow",	no_argument,		NULL, 'f' },
	{ "verbose",	no_argument,		NULL, 'v' },
	{ "quiet",	no_argument,		NULL, 'q' },
	{ "probe",	no_argument,		NULL, OPT_PROBE },
	{ "help",	no_argument,		NULL, 'h' },
	{ "version",	no_argument,		NULL, 'V' },
	{ NULL, 0, NULL, 0 },
};

void options_usage(void)
{
	printf("Usage: bpf-minimal [OPTION]...\n"
	       "Load a BPF program on the syscalls/sys_enter_write tracepoint that reacts\n"
	       "only to this process's trigger writes and reports each with bpf_printk().\n"
	       "\n"
	       "  -c, --count N            stop after N triggers (default: until interrupted)\n"
	       "  -i, --interval SECONDS   time between triggers, decimals with '.' (default 1);\n"
	       "                           0 means as fast as possible\n"
	       "  -f, --follow             print the program's trace lines here, one per trigger\n"
	       "  -q, --quiet              send the triggers to /dev/null (no dots on stderr)\n"
	       "  -v, --verbose            libbpf's debug log and the raw trace lines\n"
	       "      --probe              report what this kernel supports, then exit\n"
	       "                           (0: this build can run here, 1: it cannot, 3: unknown)\n"
	       "  -h, --help               this help\n"
	       "  -V, --version            version, data path and libbpf\n"
	       "\n"
	       "Exit status: 0 success (every trigger seen by BPF), 1 runtime failure,\n"
	       "2 usage error. Needs root, or CAP_BPF and CAP_PERFMON (Linux 5.8+).\n");
}

/* N >= 1, digits only, at most UINT64_MAX */
int options_parse_count(const char *arg, uint64_t *count)
{
	uint64_t n = 0;
	const char *p;

	if (!*arg)
		return -EINVAL;
	for (p = arg; *p; p++) {
		unsigned int d = (unsigned char)*p - '0';

		if (d > 9)
			return -EINVAL;
		if (n > (UINT64_MAX - d) / 10)
			return -ERANGE;
		n = n * 10 + d;
	}
	if (n == 0)
		return -EDOM;
	*count = n;
	return 0;
}

/*
 * SECONDS as digits, optionally '.' and up to 9 more digits, whatever the
 * locale says the decimal separator is. No sign, exponent, nan or inf.
 */
int options_parse_interval(const char *arg, uint64_t *ns)
{
	uint64_t secs = 0, frac = 0, scale = 100000000;
	const char *p = arg;
	int digits = 0;

	for (; *p >= '0' && *p <= '9'; p++, digits++) {
		secs = secs * 10 + (uint64_t)(*p - '0');
		if (secs > OPTIONS_INTERVAL_MAX)
			return -ERANGE;
	}
	if (*p == '.') {
		for (p++; *p >= '0' && *p <= '9'; p++, digits++) {
			if (!scale)
				return -EINVAL;
			frac += (uint64_t)(*p - '0') * scale;
			scale /= 10;
		}
	}
	if (*p || !digits)
		return -EINVAL;
	if (secs == OPTIONS_INTERVAL_MAX && frac)
		return -ERANGE;
	*ns = secs * 1000000000ULL + frac;
	return 0;
}

static int options_bad(const char *opt, const char *arg, int err)
{
	switch (err) {
	case -ERANGE:
		if (!strcmp(opt, "count"))
			pr_err("--count %s: too big (at most %llu)", arg,
			       (unsigned long long)UINT64_MAX);
		else
			pr_err("--interval %s: too big (at most %d seconds)",
			       arg, OPTIONS_INTERVAL_MAX);
		break;
	case -EDOM:
		pr_err("--count %s: must be at least 1 (leave it out to run until interrupted)",
		       arg);
		break;
	default:
		if (!strcmp(opt, "count"))
			pr_err("--count %s: not a whole number of triggers", arg);
		else
			pr_err("--interval %s: not a number of seconds (digits, optionally '.' and up to 9 decimals)",
			       arg);
	}
	return -EINVAL;
}

int options_parse(struct options *opts, int argc, char **argv)
{
	int c, err;

	memset(opts, 0, sizeof(*opts));
	opts->action = ACTION_RUN;
	opts->interval_ns = 1000000000ULL;
	opterr = 0;
	optind = 1;

	while ((c = getopt_long(argc, argv, ":c:i:fvqhV", long_options,
				NULL)) != -1) {
		switch (c) {
		case 'c':
			err = options_parse_count(optarg, &opts->count);
			if (err)
				return options_bad("count", optarg, err);
			break;
		case 'i':
			err = options_parse_interval(optarg, &opts->interval_ns);
			if (err)
				return options_bad("interval", optarg, err);
			break;
		case 'f':
			opts->follow = true;
			break;
		case 'v':
			opts->verbose++;
			break;
		case 'q':
			opts->quiet = true;
			break;
		case OPT_PROBE:
			opts->action = ACTION_PROBE;
			break;
		case 'h':
			opts->action = ACTION_HELP;
			return 0;
		case 'V':
			opts->action = ACTION_VERSION;
			return 0;
		case ':':
			pr_err("%s needs a value (see --help)", argv[optind - 1]);
			return -EINVAL;
		default:
			if (optopt)
				pr_err("unknown option -%c (see --help)", optopt);
			else
				pr_err("unknown option %s (see --help)",
				       argv[optind - 1]);
			return -EINVAL;
		}
	}
	if (optind < argc) {
		pr_err("unexpected argument '%s' (see --help)", argv[optind]);
		return -EINVAL;
	}
	return 0;
}
