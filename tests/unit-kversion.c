// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* Kernel release parsing and comparison. */
#include "config.h"

#include <errno.h>

#include "kversion.h"
#include "unit.h"

static void good(const char *rel, unsigned int ma, unsigned int mi,
		 unsigned int pa)
{
	struct kversion v;

	expect_int(kversion_parse(rel, &v), 0, rel);
	expect(v.major == ma && v.minor == mi && v.patch == pa,
	       "%s: got %u.%u.%u, want %u.%u.%u", rel, v.major, v.minor,
	       v.patch, ma, mi, pa);
}

static void bad(const char *rel)
{
	struct kversion v;

	expect_int(kversion_parse(rel, &v), -EINVAL, rel);
}

int main(void)
{
	struct kversion v;
	char release[128];

	good("4.19.0-23-amd64", 4, 19, 0);
	good("4.9.337", 4, 9, 337);
	good("5.10", 5, 10, 0);
	good("6.1.0+", 6, 1, 0);
	good("5.14.0-362.8.1.el9_3.x86_64", 5, 14, 0);
	good("6.18.44-fc-v669", 6, 18, 44);
	good("4.14.177_custom", 4, 14, 177);
	bad("");
	bad("4");
	bad("4.");
	bad("4.x");
	bad("x.19");
	bad("4.19.");
	bad("4.19 ");
	bad("99999999.1");

	kversion_parse("4.19.0", &v);
	expect(kversion_cmp(&v, 5, 5) < 0, "4.19 < 5.5");
	expect(kversion_cmp(&v, 4, 19) == 0, "4.19 == 4.19");
	expect(kversion_cmp(&v, 4, 9) > 0, "4.19 > 4.9 (numeric, not text)");
	kversion_parse("5.10.0", &v);
	expect(kversion_cmp(&v, 5, 5) > 0, "5.10 > 5.5 (numeric, not text)");
	kversion_parse("10.0", &v);
	expect(kversion_cmp(&v, 5, 5) > 0, "10.0 > 5.5");

	expect_int(kversion_running(&v, release, sizeof(release)), 0,
		   "the running kernel's release parses");
	expect(v.major >= 3, "running kernel major %u", v.major);
	return unit_exit();
}
