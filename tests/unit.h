/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * unit.h: the smallest harness. Each check prints one line on failure;
 * unit_exit() turns the tally into an automake exit status (0 pass, 1 fail).
 */
#ifndef BPFM_UNIT_H
#define BPFM_UNIT_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int unit_failed;
static int unit_checked;

#define expect(cond, ...)						\
	do {								\
		unit_checked++;						\
		if (!(cond)) {						\
			unit_failed++;					\
			printf("FAIL %s:%d: ", __FILE__, __LINE__);	\
			printf(__VA_ARGS__);				\
			printf("\n");					\
		}							\
	} while (0)

#define expect_int(got, want, what)					\
	do {								\
		long long g_ = (long long)(got), w_ = (long long)(want);\
		expect(g_ == w_, "%s: got %lld, want %lld", what, g_, w_); \
	} while (0)

#define expect_str(got, want, what)					\
	do {								\
		const char *g_ = (got), *w_ = (want);			\
		expect(g_ && !strcmp(g_, w_), "%s: got \"%s\", want \"%s\"", \
		       what, g_ ? g_ : "(null)", w_);			\
	} while (0)

static inline int unit_exit(void)
{
	printf("%d checks, %d failed\n", unit_checked, unit_failed);
	return unit_failed ? 1 : 0;
}

#endif /* BPFM_UNIT_H */
