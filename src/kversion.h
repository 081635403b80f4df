/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* Kernel release strings ("4.19.0-23-amd64") as comparable numbers. */
#ifndef BPFM_KVERSION_H
#define BPFM_KVERSION_H

struct kversion {
	unsigned int major;
	unsigned int minor;
	unsigned int patch;
};

int kversion_parse(const char *release, struct kversion *v);
int kversion_running(struct kversion *v, char *release, unsigned long size);
int kversion_cmp(const struct kversion *v, unsigned int major,
		 unsigned int minor);

#endif /* BPFM_KVERSION_H */
