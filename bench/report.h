/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* The bench's output: tables on stdout, the CSV, the targets. */
#ifndef BENCH_REPORT_H
#define BENCH_REPORT_H

#include <stdio.h>

void report_tables(FILE *f);
int report_csv(const char *path);
int report_targets(FILE *f);

#endif /* BENCH_REPORT_H */
