/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* A tracepoint's format file against the layout this build reads. */
#ifndef BPFM_TPFORMAT_H
#define BPFM_TPFORMAT_H

#include <stddef.h>

struct tpformat_want {
	const char *field;
	unsigned int offset;
	unsigned int size;
};

struct tpformat_layout {
	const char *event;		/* "syscalls/sys_enter_write" */
	const struct tpformat_want *fields;
	unsigned int nr_fields;
	unsigned int record_min;	/* bytes the program may read */
};

extern const struct tpformat_layout tpformat_sys_enter_write;
extern const struct tpformat_layout tpformat_raw_sys_enter;

int tpformat_check(const char *text, const struct tpformat_layout *layout,
		   char *why, size_t size);

#endif /* BPFM_TPFORMAT_H */
