/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * What the bench measured: one series per variant and figure, indexed by
 * round (or run), so that variants measured in the same round can be
 * compared pairwise.
 */
#ifndef BENCH_RESULTS_H
#define BENCH_RESULTS_H

#define RESULTS_MAX_N	256

struct result {
	char variant[32];
	char figure[16];
	double v[RESULTS_MAX_N];	/* NAN where not measured */
	int n;				/* highest index used + 1 */
};

enum results_pair {
	PAIR_RATIO,	/* a / b */
	PAIR_DIFF,	/* a - b */
};

void results_add(const char *variant, const char *figure, int idx, double v);
const struct result *results_get(const char *variant, const char *figure);
int result_count(const struct result *r);
double result_quantile(const struct result *r, double q);
double results_paired(const struct result *a, const struct result *b,
		      enum results_pair how);
double quantile(double *v, int n, double q);

#endif /* BENCH_RESULTS_H */
