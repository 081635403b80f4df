// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * tpformat.c: check a tracepoint's tracefs "format" file against the
 * offsets the BPF program was built with (bpf/layout.h). If the kernel
 * disagrees (a 12-byte common header, a 32-bit build on a 64-bit kernel),
 * the loader refuses, rather than filter on the wrong bytes.
 *
 * The syscall-number field of syscalls/sys_enter_* is not checked: the
 * program never reads it, and on RHEL 9 the format shows it at 12 while
 * the context the program gets has it at 8.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../bpf/layout.h"
#include "tpformat.h"

static const struct tpformat_want write_fields[] = {
	{ "fd",		BPFM_WRITE_FD_OFF,	BPFM_LONG_SIZE },
	{ "buf",	BPFM_WRITE_BUF_OFF,	BPFM_LONG_SIZE },
	{ "count",	BPFM_WRITE_COUNT_OFF,	BPFM_LONG_SIZE },
};

const struct tpformat_layout tpformat_sys_enter_write = {
	.event = "syscalls/sys_enter_write",
	.fields = write_fields,
	.nr_fields = sizeof(write_fields) / sizeof(write_fields[0]),
	.record_min = BPFM_WRITE_RECORD_MIN,
};

static const struct tpformat_want raw_fields[] = {
	{ "id",		BPFM_RAW_ID_OFF,	BPFM_LONG_SIZE },
	{ "args",	BPFM_RAW_ARGS_OFF,	6 * BPFM_LONG_SIZE },
};

const struct tpformat_layout tpformat_raw_sys_enter = {
	.event = "raw_syscalls/sys_enter",
	.fields = raw_fields,
	.nr_fields = sizeof(raw_fields) / sizeof(raw_fields[0]),
	.record_min = BPFM_RAW_RECORD_MIN,
};

struct tpformat_field {
	char name[64];
	unsigned long offset;
	unsigned long size;
};

/* "offset:16;" after key in line, as a number */
static int tpformat_number(const char *line, const char *key,
			   unsigned long *v)
{
	const char *p = strstr(line, key);
	char *end;

	if (!p)
		return -EINVAL;
	p += strlen(key);
	if (*p < '0' || *p > '9')
		return -EINVAL;
	*v = strtoul(p, &end, 10);
	if (*end != ';' || *v > 0xffff)
		return -EINVAL;
	return 0;
}

/*
 * One "field:TYPE NAME;\toffset:N;\tsize:N;..." line. The name is the last
 * identifier of the declaration, without an array suffix.
 */
static int tpformat_field(const char *line, struct tpformat_field *f)
{
	const char *decl = strstr(line, "field:"), *semi, *end, *start;
	size_t len;

	if (!decl)
		return -EINVAL;
	decl += strlen("field:");
	semi = strchr(decl, ';');
	if (!semi)
		return -EINVAL;
	end = semi;
	if (end > decl && end[-1] == ']') {
		while (end > decl && *end != '[')
			end--;
		if (end == decl)
			return -EINVAL;
	}
	start = end;
	while (start > decl && (start[-1] == '_' ||
				(start[-1] >= 'a' && start[-1] <= 'z') ||
				(start[-1] >= 'A' && start[-1] <= 'Z') ||
				(start[-1] >= '0' && start[-1] <= '9')))
		start--;
	len = (size_t)(end - start);
	if (!len || len >= sizeof(f->name))
		return -EINVAL;
	memcpy(f->name, start, len);
	f->name[len] = '\0';
	if (tpformat_number(semi, "offset:", &f->offset) ||
	    tpformat_number(semi, "size:", &f->size))
		return -EINVAL;
	return 0;
}

static const struct tpformat_want *
tpformat_wanted(const struct tpformat_layout *layout, const char *name)
{
	unsigned int i;

	for (i = 0; i < layout->nr_fields; i++)
		if (!strcmp(layout->fields[i].field, name))
			return &layout->fields[i];
	return NULL;
}

/*
 * 0 when text (a whole format file) agrees with layout; -EINVAL when it
 * cannot be parsed, -EPROTO when it disagrees. why says which line or
 * field, in words fit for the user.
 */
int tpformat_check(const char *text, const struct tpformat_layout *layout,
		   char *why, size_t size)
{
	unsigned long record = 0, found = 0;
	const struct tpformat_want *want;
	struct tpformat_field f;
	const char *line = text, *nl;
	char buf[512];
	unsigned int i, lineno = 0;
	size_t len;

	for (; *line; line = nl ? nl + 1 : line + len) {
		nl = strchr(line, '\n');
		len = nl ? (size_t)(nl - line) : strlen(line);
		lineno++;
		if (len >= sizeof(buf)) {
			snprintf(why, size, "line %u is too long", lineno);
			return -EINVAL;
		}
		memcpy(buf, line, len);
		buf[len] = '\0';
		if (!strstr(buf, "field:"))
			continue;
		if (tpformat_field(buf, &f)) {
			snprintf(why, size, "cannot parse line %u: %s",
				 lineno, buf);
			return -EINVAL;
		}
		if (f.offset + f.size > record)
			record = f.offset + f.size;
		want = tpformat_wanted(layout, f.name);
		if (!want)
			continue;
		found |= 1UL << (want - layout->fields);
		if (f.offset != want->offset || f.size != want->size) {
			snprintf(why, size,
				 "field %s is at offset %lu, size %lu; this build reads it at offset %u, size %u",
				 f.name, f.offset, f.size, want->offset,
				 want->size);
			return -EPROTO;
		}
	}
	if (!record) {
		snprintf(why, size, "no field lines");
		return -EINVAL;
	}
	for (i = 0; i < layout->nr_fields; i++) {
		if (!(found & (1UL << i))) {
			snprintf(why, size, "no field named %s",
				 layout->fields[i].field);
			return -EPROTO;
		}
	}
	if (record < layout->record_min) {
		snprintf(why, size,
			 "the record is %lu bytes; this build reads %u",
			 record, layout->record_min);
		return -EPROTO;
	}
	return 0;
}
