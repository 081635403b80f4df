// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * results.c: the series the bench collects, and their statistics: medians
 * and quantiles, and paired comparisons (the median, over the rounds both
 * were measured in, of a / b or a - b), which cancel the drift of a noisy
 * machine better than a ratio of two medians does.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "results.h"

#define RESULTS_MAX 128

static struct result results[RESULTS_MAX];
static int nresults;

static struct result *results_find(const char *variant, const char *figure)
{
	int i;

	for (i = 0; i < nresults; i++)
		if (!strcmp(results[i].variant, variant) &&
		    !strcmp(results[i].figure, figure))
			return &results[i];
	return NULL;
}

void results_add(const char *variant, const char *figure, int idx, double v)
{
	struct result *r = results_find(variant, figure);
	int i;

	if (idx < 0 || idx >= RESULTS_MAX_N)
		return;
	if (!r) {
		if (nresults == RESULTS_MAX)
			return;
		r = &results[nresults++];
		snprintf(r->variant, sizeof(r->variant), "%s", variant);
		snprintf(r->figure, sizeof(r->figure), "%s", figure);
		for (i = 0; i < RESULTS_MAX_N; i++)
			r->v[i] = NAN;
	}
	r->v[idx] = v;
	if (idx >= r->n)
		r->n = idx + 1;
}

const struct result *results_get(const char *variant, const char *figure)
{
	const struct result *r = results_find(variant, figure);

	return r && result_count(r) ? r : NULL;
}

int result_count(const struct result *r)
{
	int i, n = 0;

	for (i = 0; i < r->n; i++)
		n += !isnan(r->v[i]);
	return n;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

/* The q-quantile of v[0..n) (sorted in place), interpolated */
double quantile(double *v, int n, double q)
{
	double pos;
	int i;

	if (n <= 0)
		return NAN;
	qsort(v, (size_t)n, sizeof(*v), cmp_double);
	pos = q * (n - 1);
	i = (int)pos;
	if (i + 1 >= n)
		return v[n - 1];
	return v[i] + (pos - i) * (v[i + 1] - v[i]);
}

double result_quantile(const struct result *r, double q)
{
	double v[RESULTS_MAX_N];
	int i, n = 0;

	for (i = 0; i < r->n; i++)
		if (!isnan(r->v[i]))
			v[n++] = r->v[i];
	return quantile(v, n, q);
}

double results_paired(const struct result *a, const struct result *b,
		      enum results_pair how)
{
	double v[RESULTS_MAX_N];
	int i, n = 0;

	if (!a || !b)
		return NAN;
	for (i = 0; i < a->n && i < b->n; i++) {
		if (isnan(a->v[i]) || isnan(b->v[i]))
			continue;
		v[n++] = how == PAIR_RATIO ? a->v[i] / b->v[i] :
					     a->v[i] - b->v[i];
	}
	return quantile(v, n, 0.5);
}
