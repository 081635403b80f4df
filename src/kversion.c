// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * kversion.c: parse and compare kernel releases. Only messages use them
 * ("kernel 4.19 has no global data"): what the kernel can do is always
 * probed, never guessed from the version, which enterprise kernels bend.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/utsname.h>

#include "kversion.h"

static const char *kversion_number(const char *p, unsigned int *n)
{
	unsigned long v = 0;

	if (*p < '0' || *p > '9')
		return NULL;
	for (; *p >= '0' && *p <= '9'; p++) {
		v = v * 10 + (unsigned long)(*p - '0');
		if (v > 65535)
			return NULL;
	}
	*n = (unsigned int)v;
	return p;
}

/* "X.Y", "X.Y.Z", and either followed by '-' or '+' and anything */
int kversion_parse(const char *release, struct kversion *v)
{
	const char *p;

	memset(v, 0, sizeof(*v));
	p = kversion_number(release, &v->major);
	if (!p || *p++ != '.')
		return -EINVAL;
	p = kversion_number(p, &v->minor);
	if (!p)
		return -EINVAL;
	if (*p == '.') {
		p = kversion_number(p + 1, &v->patch);
		if (!p)
			return -EINVAL;
	}
	if (*p && *p != '-' && *p != '+' && *p != '_')
		return -EINVAL;
	return 0;
}

int kversion_running(struct kversion *v, char *release, unsigned long size)
{
	struct utsname u;

	if (uname(&u))
		return -errno;
	if (release)
		snprintf(release, size, "%s", u.release);
	return kversion_parse(u.release, v);
}

/* <0, 0 or >0 as v is older than, the same as or newer than major.minor */
int kversion_cmp(const struct kversion *v, unsigned int major,
		 unsigned int minor)
{
	if (v->major != major)
		return v->major < major ? -1 : 1;
	if (v->minor != minor)
		return v->minor < minor ? -1 : 1;
	return 0;
}
