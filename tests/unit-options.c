// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* Option parsing: every good and bad value the Core issue lists. */
#include "config.h"

#include <errno.h>
#include <locale.h>

#include "log.h"
#include "options.h"
#include "unit.h"

static void count_ok(const char *arg, uint64_t want)
{
	uint64_t n = 0;

	expect_int(options_parse_count(arg, &n), 0, arg);
	expect(n == want, "--count %s: got %llu", arg, (unsigned long long)n);
}

static void count_bad(const char *arg, int err)
{
	uint64_t n = 42;

	expect_int(options_parse_count(arg, &n), err, arg);
	expect(n == 42, "--count %s: value changed on error", arg);
}

static void interval_ok(const char *arg, uint64_t want)
{
	uint64_t ns = 7;

	expect_int(options_parse_interval(arg, &ns), 0, arg);
	expect(ns == want, "--interval %s: got %llu ns, want %llu", arg,
	       (unsigned long long)ns, (unsigned long long)want);
}

static void interval_bad(const char *arg, int err)
{
	uint64_t ns = 7;

	expect_int(options_parse_interval(arg, &ns), err, arg);
	expect(ns == 7, "--interval %s: value changed on error", arg);
}

/* Parse a NULL-terminated argument list */
static int parse(struct options *o, const char **args)
{
	char *argv[16];
	int argc = 0;

	argv[argc++] = (char *)"bpf-minimal";
	while (*args)
		argv[argc++] = (char *)*args++;
	argv[argc] = NULL;
	return options_parse(o, argc, argv);
}

static void argv_checks(void)
{
	struct options o;

	expect_int(parse(&o, (const char *[]){ NULL }), 0, "no options");
	expect(o.action == ACTION_RUN && o.count == 0 &&
	       o.interval_ns == 1000000000ULL && !o.follow && !o.quiet,
	       "defaults: run until interrupted, 1 s interval");

	expect_int(parse(&o, (const char *[]){ "-c", "3", "--count", "7",
					       NULL }), 0, "repeated -c");
	expect_int(o.count, 7, "the last --count wins");
	expect_int(parse(&o, (const char *[]){ "--count=9", "-i0.25", "-fqv",
					       NULL }), 0, "mixed forms");
	expect(o.count == 9 && o.interval_ns == 250000000ULL && o.follow &&
	       o.quiet && o.verbose == 1, "--count=9 -i0.25 -fqv");
	expect_int(parse(&o, (const char *[]){ "--probe", NULL }), 0, "--probe");
	expect_int(o.action, ACTION_PROBE, "--probe action");
	expect_int(parse(&o, (const char *[]){ "-V", NULL }), 0, "-V");
	expect_int(o.action, ACTION_VERSION, "-V action");
	expect_int(parse(&o, (const char *[]){ "--help", NULL }), 0, "--help");
	expect_int(o.action, ACTION_HELP, "--help action");

	expect_int(parse(&o, (const char *[]){ "-c", NULL }), -EINVAL,
		   "-c without a value");
	expect_int(parse(&o, (const char *[]){ "--interval", NULL }), -EINVAL,
		   "--interval without a value");
	expect_int(parse(&o, (const char *[]){ "-x", NULL }), -EINVAL,
		   "unknown short option");
	expect_int(parse(&o, (const char *[]){ "--bogus", NULL }), -EINVAL,
		   "unknown long option");
	expect_int(parse(&o, (const char *[]){ "--follow=yes", NULL }), -EINVAL,
		   "value for a flag");
	expect_int(parse(&o, (const char *[]){ "extra", NULL }), -EINVAL,
		   "stray argument");
	expect_int(parse(&o, (const char *[]){ "-c", "0", NULL }), -EINVAL,
		   "-c 0");
	expect_int(parse(&o, (const char *[]){ "-i", "-1", NULL }), -EINVAL,
		   "-i -1");
}

int main(void)
{
	log_set_level(LOG_ERR);

	count_ok("1", 1);
	count_ok("5", 5);
	count_ok("007", 7);
	count_ok("18446744073709551615", UINT64_MAX);
	count_bad("0", -EDOM);
	count_bad("000", -EDOM);
	count_bad("18446744073709551616", -ERANGE);
	count_bad("99999999999999999999999", -ERANGE);
	count_bad("-1", -EINVAL);
	count_bad("+5", -EINVAL);
	count_bad(" 5", -EINVAL);
	count_bad("5 ", -EINVAL);
	count_bad("5x", -EINVAL);
	count_bad("abc", -EINVAL);
	count_bad("", -EINVAL);
	count_bad("1e3", -EINVAL);
	count_bad("0x10", -EINVAL);
	count_bad("1.5", -EINVAL);
	count_bad("nan", -EINVAL);

	interval_ok("0", 0);
	interval_ok("1", 1000000000ULL);
	interval_ok("0.5", 500000000ULL);
	interval_ok(".5", 500000000ULL);
	interval_ok("5.", 5000000000ULL);
	interval_ok("0.05", 50000000ULL);
	interval_ok("0.000000001", 1);
	interval_ok("86400", 86400000000000ULL);
	interval_ok("00.250", 250000000ULL);
	interval_bad("-1", -EINVAL);
	interval_bad("-0.5", -EINVAL);
	interval_bad("+1", -EINVAL);
	interval_bad("nan", -EINVAL);
	interval_bad("NaN", -EINVAL);
	interval_bad("inf", -EINVAL);
	interval_bad("infinity", -EINVAL);
	interval_bad("1,5", -EINVAL);
	interval_bad("0,5", -EINVAL);
	interval_bad("1e3", -EINVAL);
	interval_bad("0x1", -EINVAL);
	interval_bad("1.2.3", -EINVAL);
	interval_bad(".", -EINVAL);
	interval_bad("", -EINVAL);
	interval_bad(" 1", -EINVAL);
	interval_bad("1s", -EINVAL);
	interval_bad("0.0000000001", -EINVAL);
	interval_bad("86400.5", -ERANGE);
	interval_bad("86401", -ERANGE);
	interval_bad("99999999999999999999999", -ERANGE);

	/* '.' is the separator whatever the locale says */
	if (setlocale(LC_ALL, "de_DE.UTF-8") || setlocale(LC_ALL, "fr_FR.UTF-8")) {
		interval_ok("0.5", 500000000ULL);
		interval_bad("0,5", -EINVAL);
	} else {
		printf("note: no comma-decimal locale installed; checked in the C locale only\n");
	}
	setlocale(LC_ALL, "C");

	argv_checks();
	return unit_exit();
}
