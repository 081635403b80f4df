/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* Where tracefs is, mounting it when it is not, and reading its files. */
#ifndef BPFM_TRACEFS_H
#define BPFM_TRACEFS_H

#include <stdbool.h>
#include <stddef.h>

struct tracefs {
	int dirfd;		/* the tracefs root; every access is relative */
	char path[256];		/* where it was found, for messages */
	bool mounted;		/* mounted by us, in a private mount namespace */
};

extern const char *const tracefs_default_paths[];

int tracefs_find(struct tracefs *tf, const char *const *paths);
int tracefs_open(struct tracefs *tf);
void tracefs_explain(int err);
void tracefs_close(struct tracefs *tf);
bool tracefs_has(const struct tracefs *tf, const char *relpath);
int tracefs_read(const struct tracefs *tf, const char *relpath, char *buf,
		 size_t size);
int tracefs_event_id(const struct tracefs *tf, const char *event);

#endif /* BPFM_TRACEFS_H */
