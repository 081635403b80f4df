// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * report.c: one table per figure, each row a variant: its median, the
 * spread of the middle half (the interquartile range, as +- percent of the
 * median), the number of rounds or runs, and its comparisons: x floor and
 * x empty (paired ratios, over the rounds both were measured in, to
 * nothing attached and to the empty program on the same attach point; the
 * empty programs themselves are compared with the one on
 * syscalls/sys_enter_write), +empty (the paired difference to that empty
 * program, in the figure's unit) and x minimal
 * (to libbpf-bootstrap's minimal, when it was given). The same in the CSV,
 * one row per variant and figure. Then the targets, met or missed.
 */
#include "config.h"

#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "report.h"
#include "results.h"

struct figure {
	const char *name;
	const char *title;
	const char *unit;
	const char *ref;	/* the floor's and empty's figure to compare with */
	const char *min_ref;	/* minimal's figure to compare with */
	int prec;		/* decimals shown */
};

static const struct figure figures[] = {
	{ "write", "write() of 1 byte to /dev/null by an unrelated process",
	  "ns/call", "write", "write", 1 },
	{ "write-samefd", "the same, on the loader's trigger fd number (the unlucky case)",
	  "ns/call", "write", "write", 1 },
	{ "getppid", "getppid() by an unrelated process: the tax on every syscall",
	  "ns/call", "getppid", "getppid", 1 },
	{ "match", "the loader's own matching write() (counted, bpf_printk)",
	  "ns/call", "write", NULL, 1 },
	{ "prog", "the BPF program's own time per run, unrelated write()s (bpf_stats)",
	  "ns/run", "prog", "prog", 1 },
	{ "prog-match", "the BPF program's own time per matching write() (bpf_stats)",
	  "ns/run", "prog", NULL, 1 },
	{ "startup", "start-up: exec to attached and ready (first trigger)",
	  "ms", NULL, "startup", 2 },
	{ "rss", "peak RSS of the loader when ready (VmHWM)", "KiB", NULL,
	  "rss", 0 },
	{ "rss-exit", "peak RSS of the loader over its life, SIGTERM when ready (ru_maxrss)",
	  "KiB", NULL, "rss-exit", 0 },
	{ "open", "bpf-minimal -v: open", "ms", NULL, NULL, 3 },
	{ "load", "bpf-minimal -v: load (verifier included)", "ms", NULL, NULL, 3 },
	{ "attach", "bpf-minimal -v: attach", "ms", NULL, NULL, 3 },
	{ "idle-cpu", "CPU while idle between triggers (-i 1)", "% of a CPU",
	  NULL, NULL, 4 },
	{ "idle-wakeups", "wake-ups while idle (-i 1)", "per s", NULL, NULL, 1 },
};

#define NFIGURES (sizeof(figures) / sizeof(figures[0]))

/* The variants, in the order the tables list them */
static const char *const variants[] = {
	"floor", "empty", "empty-raw", "empty-rawtp",
	"global", "map", "raw-global", "raw-map", "rawtp",
	"global-follow", "minimal", "minimal_legacy",
};

#define NVARIANTS (sizeof(variants) / sizeof(variants[0]))

struct row {
	const struct result *r;
	double med, p25, p75, min, max;
	double x_floor, x_empty, d_empty, x_minimal;
};

/* The empty program on the same attach point as variant */
static const char *empty_of(const char *variant)
{
	if (!strncmp(variant, "raw-", 4))
		return "empty-raw";
	if (!strcmp(variant, "rawtp"))
		return "empty-rawtp";
	return "empty";
}

static const struct result *ref_of(const struct figure *fg, const char *v)
{
	return fg->ref ? results_get(v, fg->ref) : NULL;
}

static void row_compute(const struct figure *fg, const char *variant,
			struct row *w)
{
	const struct result *min = fg->min_ref ?
				   results_get("minimal", fg->min_ref) : NULL;

	w->r = results_get(variant, fg->name);
	if (!w->r)
		return;
	w->med = result_quantile(w->r, 0.5);
	w->p25 = result_quantile(w->r, 0.25);
	w->p75 = result_quantile(w->r, 0.75);
	w->min = result_quantile(w->r, 0);
	w->max = result_quantile(w->r, 1);
	w->x_floor = results_paired(w->r, ref_of(fg, "floor"), PAIR_RATIO);
	w->x_empty = results_paired(w->r, ref_of(fg, empty_of(variant)),
				    PAIR_RATIO);
	w->d_empty = results_paired(w->r, ref_of(fg, empty_of(variant)),
				    PAIR_DIFF);
	w->x_minimal = w->r != min ? results_paired(w->r, min, PAIR_RATIO) :
				     NAN;
}

static void put(FILE *f, double v, int width, int prec)
{
	if (isnan(v))
		fprintf(f, " %*s", width, "");
	else
		fprintf(f, " %*.*f", width, prec, v);
}

static void table(FILE *f, const struct figure *fg)
{
	struct row w;
	size_t i;
	bool any = false;

	for (i = 0; i < NVARIANTS; i++) {
		row_compute(fg, variants[i], &w);
		if (!w.r)
			continue;
		if (!any)
			fprintf(f, "\n%s, %s\n%-15s %10s %8s %4s %8s %8s %9s %9s\n",
				fg->title, fg->unit, "variant", "median",
				"spread", "n", "x floor", "x empty", "+empty",
				"x minimal");
		any = true;
		fprintf(f, "%-15s", variants[i]);
		put(f, w.med, 10, fg->prec);
		fprintf(f, "  +-%4.1f%%", w.med ? 50 * (w.p75 - w.p25) / w.med : 0);
		fprintf(f, " %4d", result_count(w.r));
		put(f, w.x_floor, 8, 3);
		put(f, w.x_empty, 8, 3);
		put(f, w.d_empty, 9, 1);
		put(f, w.x_minimal, 9, 3);
		fprintf(f, "\n");
	}
}

void report_tables(FILE *f)
{
	size_t i;

	for (i = 0; i < NFIGURES; i++)
		table(f, &figures[i]);
}

static void csv_num(FILE *f, double v)
{
	if (isnan(v))
		fprintf(f, ",");
	else
		fprintf(f, ",%.4g", v);
}

int report_csv(const char *path)
{
	struct row w;
	size_t i, j;
	FILE *f;

	f = fopen(path, "w");
	if (!f)
		return -1;
	fprintf(f, "figure,unit,variant,n,median,p25,p75,min,max,x_floor,x_empty,d_empty,x_minimal\n");
	for (i = 0; i < NFIGURES; i++) {
		for (j = 0; j < NVARIANTS; j++) {
			row_compute(&figures[i], variants[j], &w);
			if (!w.r)
				continue;
			fprintf(f, "%s,%s,%s,%d", figures[i].name,
				figures[i].unit, variants[j],
				result_count(w.r));
			csv_num(f, w.med);
			csv_num(f, w.p25);
			csv_num(f, w.p75);
			csv_num(f, w.min);
			csv_num(f, w.max);
			csv_num(f, w.x_floor);
			csv_num(f, w.x_empty);
			csv_num(f, w.d_empty);
			csv_num(f, w.x_minimal);
			fprintf(f, "\n");
		}
	}
	return fclose(f) ? -1 : 0;
}

/* One target: a paired ratio of a to b, at most max. 1 when missed. */
static int target_ratio(FILE *f, const char *what, const char *fig,
			const char *a, const char *b, double max)
{
	double x = results_paired(results_get(a, fig), results_get(b, fig),
				  PAIR_RATIO);

	if (isnan(x)) {
		fprintf(f, "  %-46s %-22s not measured\n", what, "");
		return 0;
	}
	fprintf(f, "  %-46s %6.3fx (at most %.2fx) %s\n", what, x, max,
		x <= max ? "met" : "MISSED");
	return x > max;
}

static int target_idle(FILE *f, const char *variant)
{
	const struct result *r = results_get(variant, "idle-cpu");
	double pct;

	if (!r)
		return 0;
	pct = result_quantile(r, 0.5);
	fprintf(f, "  %-46s %6.4f%% of a CPU      %s\n",
		strcmp(variant, "global") ? "idle CPU, bpf-minimal -f -i 1" :
					    "idle CPU, bpf-minimal -i 1",
		pct, pct < 0.1 ? "met (sleeps)" : "MISSED");
	return pct >= 0.1;
}

static void prog_above_empty(FILE *f, const char *variant)
{
	double d = results_paired(results_get(variant, "prog"),
				  results_get(empty_of(variant), "prog"),
				  PAIR_DIFF);

	if (!isnan(d))
		fprintf(f, "  %-14s %+6.1f ns per run above %s\n", variant, d,
			empty_of(variant));
}

/* The targets, by the figures of this run; the number missed */
int report_targets(FILE *f)
{
	int missed = 0;

	fprintf(f, "\ntargets (ratios are paired medians of this run):\n");
	missed += target_ratio(f, "unrelated write(), global / empty", "write",
			       "global", "empty", 1.05);
	missed += target_ratio(f, "unrelated write(), map / empty", "write",
			       "map", "empty", 1.05);
	missed += target_ratio(f, "unrelated write(), map / global", "write",
			       "map", "global", 1.05);
	missed += target_ratio(f, "BPF time per unrelated write, global / minimal",
			       "prog", "global", "minimal", 1.0);
	missed += target_ratio(f, "BPF time per unrelated write, map / minimal",
			       "prog", "map", "minimal", 1.0);
	missed += target_ratio(f, "start-up, global / minimal", "startup",
			       "global", "minimal", 1.0);
	missed += target_ratio(f, "start-up, map / minimal", "startup", "map",
			       "minimal", 1.0);
	missed += target_ratio(f, "peak RSS, global / minimal", "rss", "global",
			       "minimal", 1.0);
	missed += target_ratio(f, "peak RSS, map / minimal", "rss", "map",
			       "minimal", 1.0);
	missed += target_idle(f, "global");
	missed += target_idle(f, "global-follow");
	fprintf(f, "\nthe BPF program's own time above the empty program's, per run:\n");
	prog_above_empty(f, "global");
	prog_above_empty(f, "map");
	prog_above_empty(f, "raw-global");
	prog_above_empty(f, "raw-map");
	prog_above_empty(f, "rawtp");
	prog_above_empty(f, "minimal");
	prog_above_empty(f, "minimal_legacy");
	return missed;
}
