// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * tracefs discovery and the instance reaper, on fake trees in a temporary
 * directory: the first candidate that has trace_pipe and events/ wins, an
 * empty mount point is skipped, event ids parse, and the reaper removes
 * only our own, removable instances.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/stat.h>

#include "instance.h"
#include "log.h"
#include "tracefs.h"
#include "unit.h"

static char root[] = "/tmp/bpfm-unit-tracefs-XXXXXX";

static void path(char *buf, const char *fmt, ...)
{
	va_list ap;
	int n = snprintf(buf, 512, "%s/", root);

	va_start(ap, fmt);
	vsnprintf(buf + n, (size_t)(512 - n), fmt, ap);
	va_end(ap);
}

static void mkdirs(const char *rel)
{
	char p[512], *s;

	path(p, "%s", rel);
	for (s = p + strlen(root) + 1; (s = strchr(s, '/')); s++) {
		*s = '\0';
		mkdir(p, 0755);
		*s = '/';
	}
	mkdir(p, 0755);
}

static void put(const char *rel, const char *text)
{
	char p[512];
	FILE *f;

	path(p, "%s", rel);
	f = fopen(p, "w");
	if (!f) {
		printf("ERROR: cannot create %s\n", p);
		exit(99);
	}
	fputs(text, f);
	fclose(f);
}

int main(void)
{
	char empty[512], debug[512], tracing[512], buf[64], p[512];
	const char *paths[4] = { empty, debug, tracing, NULL };
	struct tracefs tf;

	log_set_level(LOG_ERR);
	if (!mkdtemp(root)) {
		printf("ERROR: mkdtemp: %s\n", strerror(errno));
		return 99;
	}
	/* An empty mount point, a debugfs copy, the usual place */
	mkdirs("sys/kernel/tracing-empty");
	mkdirs("sys/kernel/debug/tracing/events/syscalls/sys_enter_write");
	put("sys/kernel/debug/tracing/trace_pipe", "");
	put("sys/kernel/debug/tracing/events/syscalls/sys_enter_write/id", "840\n");
	mkdirs("sys/kernel/tracing/events/bpf_trace/bpf_trace_printk");
	mkdirs("sys/kernel/tracing/events/raw_syscalls/sys_enter");
	mkdirs("sys/kernel/tracing/instances");
	put("sys/kernel/tracing/trace_pipe", "");
	put("sys/kernel/tracing/events/bpf_trace/bpf_trace_printk/enable", "0");
	put("sys/kernel/tracing/events/raw_syscalls/sys_enter/id", "x1\n");
	path(empty, "sys/kernel/tracing-empty");
	path(debug, "sys/kernel/debug/tracing");
	path(tracing, "sys/kernel/tracing");

	/* The empty mount point is skipped, the debugfs copy found */
	expect_int(tracefs_find(&tf, paths), 0, "find among three");
	expect_str(tf.path, debug, "the first real tracefs wins");
	expect(!tf.mounted, "found, not mounted");
	expect_int(tracefs_event_id(&tf, "syscalls/sys_enter_write"), 840,
		   "event id");
	expect_int(tracefs_event_id(&tf, "syscalls/sys_enter_read"), -ENOENT,
		   "a missing event");
	expect(!instance_supported(&tf), "no bpf_trace event: no instances");
	expect_int(tracefs_read(&tf, "trace_pipe", buf, sizeof(buf)), 0,
		   "read an empty file");
	tracefs_close(&tf);

	paths[1] = tracing;
	paths[2] = NULL;
	expect_int(tracefs_find(&tf, paths), 0, "find the usual place");
	expect_str(tf.path, tracing, "/sys/kernel/tracing found");
	expect_int(tracefs_event_id(&tf, "raw_syscalls/sys_enter"), -EINVAL,
		   "a garbled id");
	expect(instance_supported(&tf), "bpf_trace event and instances/");

	/* The reaper: ours and removable (owner dead) go; others stay */
	mkdirs("sys/kernel/tracing/instances/bpf-minimal-123-0badcafe");
	mkdirs("sys/kernel/tracing/instances/bpf-minimal-456-deadbeef/busy");
	mkdirs("sys/kernel/tracing/instances/someone-else");
	expect_int(instance_reap(&tf), 1, "one stale instance removed");
	path(p, "sys/kernel/tracing/instances/bpf-minimal-123-0badcafe");
	expect(access(p, F_OK) != 0, "the stale instance is gone");
	path(p, "sys/kernel/tracing/instances/bpf-minimal-456-deadbeef");
	expect(access(p, F_OK) == 0, "a busy instance stays");
	path(p, "sys/kernel/tracing/instances/someone-else");
	expect(access(p, F_OK) == 0, "other tools' instances stay");
	tracefs_close(&tf);

	paths[0] = empty;
	paths[1] = NULL;
	expect_int(tracefs_find(&tf, paths), -ENOENT, "nothing to find");
	expect_int(tf.dirfd, -1, "no fd left open");

	snprintf(p, sizeof(p), "rm -rf '%s'", root);
	if (system(p))
		printf("note: could not remove %s\n", root);
	return unit_exit();
}
