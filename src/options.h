/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* Command line: what the user asked for. */
#ifndef BPFM_OPTIONS_H
#define BPFM_OPTIONS_H

#include <stdbool.h>
#include <stdint.h>

enum options_action {
	ACTION_RUN,
	ACTION_PROBE,
	ACTION_HELP,
	ACTION_VERSION,
};

struct options {
	enum options_action action;
	uint64_t count;		/* triggers to make; 0: until interrupted */
	uint64_t interval_ns;	/* between triggers; 0: as fast as possible */
	bool follow;
	bool quiet;
	int verbose;
};

/* Upper bound of --interval, in seconds */
#define OPTIONS_INTERVAL_MAX 86400

int options_parse(struct options *opts, int argc, char **argv);
int options_parse_count(const char *arg, uint64_t *count);
int options_parse_interval(const char *arg, uint64_t *ns);
void options_usage(void);

#endif /* BPFM_OPTIONS_H */
