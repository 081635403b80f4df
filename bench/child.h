/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* The loaders the bench runs: started, waited for, stopped. */
#ifndef BENCH_CHILD_H
#define BENCH_CHILD_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/resource.h>
#include <sys/types.h>

#define CHILD_STDIN	0x1	/* a pipe to its stdin (else /dev/null) */
#define CHILD_STDOUT	0x2	/* a pipe from its stdout (else /dev/null) */

#define CHILD_ERR_MAX	(256 * 1024)

struct child {
	pid_t pid;
	int in_fd;
	int out_fd;
	int err_fd;		/* its stderr: always a pipe */
	char out[1024];		/* stdout, up to the next newline */
	size_t out_len;
	char *err;		/* stderr, the first CHILD_ERR_MAX bytes */
	size_t err_len;
	bool err_bol;		/* stderr is at the start of a line */
	bool dot;		/* a line of stderr began with '.' */
	struct rusage ru;	/* once stopped */
	int status;
};

int child_spawn(struct child *c, char *const argv[], unsigned int flags);
int child_wait_dot(struct child *c, int timeout_ms);
int child_line(struct child *c, char *line, size_t size, int timeout_ms);
int child_pump(struct child *c, int timeout_ms);
int child_send(struct child *c, const char *text);
int child_stop(struct child *c, int sig);
void child_free(struct child *c);
void child_explain(const struct child *c, const char *name);

#endif /* BENCH_CHILD_H */
