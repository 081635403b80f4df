// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * attach.c: attach to syscalls/sys_enter_write (Linux 4.14+), or where the
 * kernel refuses BPF there (EINVAL before 4.14, ENOENT without syscall
 * tracepoints) to raw_syscalls/sys_enter (4.7+). Only those two errors
 * fall back: EACCES means the program reads past the event's record, and
 * falling back would hide that.
 *
 * The tracepoint id comes from the tracefs we found (libbpf before 1.0
 * only looks under debugfs), and the perf event is opened here; libbpf
 * only links the program to it. Nothing is pinned: when the process dies,
 * however it dies, the kernel detaches and frees everything.
 */
#include "config.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <sys/utsname.h>

#include <linux/perf_event.h>
#include <bpf/libbpf.h>

#include "attach.h"
#include "kfeatures.h"
#include "log.h"
#include "privilege.h"
#include "tpformat.h"

static const struct tpformat_layout *attach_layout(const char *event)
{
	if (!strcmp(event, ATTACH_EVENT_WRITE))
		return &tpformat_sys_enter_write;
	return &tpformat_raw_sys_enter;
}

/*
 * Is a program with longs of long_size bytes a 32-bit one on a 64-bit
 * kernel (uname's machine ends in "64": x86_64, aarch64, ppc64le is "le",
 * so also "64le")? Its write() calls are then compat syscalls, which x86
 * and arm64 do not report through syscalls/sys_enter_write.
 */
bool attach_compat_syscalls(size_t long_size, const char *machine)
{
	size_t len = strlen(machine);

	if (long_size != 4)
		return false;
	return (len >= 2 && !strcmp(machine + len - 2, "64")) ||
	       (len >= 4 && !strcmp(machine + len - 4, "64le"));
}

static int attach_check_word_size(const char *why)
{
	struct utsname u;

	if (uname(&u) || !attach_compat_syscalls(sizeof(long), u.machine))
		return 0;
	pr_err("this is a 32-bit build of bpf-minimal on a 64-bit kernel (%s)%s%s",
	       u.machine, why ? ": " : "", why ? why : "");
	pr_err("its write() calls are compat syscalls, which the syscall tracepoints do not report: build bpf-minimal for %s",
	       u.machine);
	return -EPROTO;
}

/*
 * The offsets the program reads are fixed at build time; where the format
 * file can be read, make sure the kernel agrees. 0 when it agrees or
 * cannot be read; -EPROTO (with the message printed) when it disagrees.
 */
int attach_check_layout(const struct tracefs *tf, const char *event)
{
	char path[128], text[4096], why[256];
	int err;

	snprintf(path, sizeof(path), "events/%s/format", event);
	err = tracefs_read(tf, path, text, sizeof(text));
	if (err < 0) {
		pr_debug("cannot read %s/%s (%s): offsets not verified",
			 tf->path, path, strerror(-err));
		return 0;
	}
	err = tpformat_check(text, attach_layout(event), why, sizeof(why));
	if (!err)
		return 0;
	if (attach_check_word_size(why))
		return -EPROTO;
	pr_err("tracepoint %s: %s %s", event,
	       err == -EPROTO ? "its layout differs from this build's:" :
				"its format file is not understood:", why);
	pr_err("refusing to filter on the wrong bytes; this kernel's layout is unsupported (RHEL 9's 12-byte event header is one such case), please report it with %s/%s",
	       tf->path, path);
	return -EPROTO;
}

static int attach_perf_event_open(int id)
{
	struct perf_event_attr attr;
	int fd;

	memset(&attr, 0, sizeof(attr));
	attr.type = PERF_TYPE_TRACEPOINT;
	attr.size = sizeof(attr);
	attr.config = (unsigned long long)id;
	attr.sample_period = 1;
	attr.wakeup_events = 1;
	fd = (int)syscall(__NR_perf_event_open, &attr, -1, 0, -1,
			  PERF_FLAG_FD_CLOEXEC);
	return fd < 0 ? -errno : fd;
}

/*
 * Link prog to event through a perf event of our own; 0, or -errno with
 * nothing left open. Also used by the bench, for any program and event.
 */
int attach_link(struct bpf_program *prog, const struct tracefs *tf,
		const char *event, struct bpf_link **link)
{
	struct bpf_link *l;
	int id, pfd, err;

	id = tracefs_event_id(tf, event);
	if (id < 0)
		return id;
	pfd = attach_perf_event_open(id);
	if (pfd < 0)
		return pfd;
	l = bpf_program__attach_perf_event(prog, pfd);
	err = (int)libbpf_get_error(l);
	if (err) {
		close(pfd);
		return err;
	}
	*link = l;
	return 0;
}

static int attach_event(struct attach *a, struct bpf_program *prog,
			const struct tracefs *tf, const char *event)
{
	int err = attach_link(prog, tf, event, &a->link);

	if (!err)
		a->event = event;
	return err;
}

static void attach_explain(const char *event, int err)
{
	char doing[96];

	snprintf(doing, sizeof(doing), "attaching to %s", event);
	switch (err) {
	case -EPERM:
		privilege_explain(doing, err);
		break;
	case -EEXIST:
		pr_err("%s failed: another BPF program holds this tracepoint, and kernels before 4.15 allow only one",
		       doing);
		pr_err("stop the other BPF tool (or the other bpf-minimal), or use Linux 4.15 or later");
		break;
	case -EACCES:
		pr_err("%s failed: the kernel refused the program's reads from the event record (EACCES)",
		       doing);
		pr_err("this kernel's %s layout differs from the one this build reads; please report it with its format file",
		       event);
		break;
	default:
		pr_err("%s failed: %s", doing, log_errstr(err));
	}
}

/*
 * handle_write on syscalls/sys_enter_write. -ENOTSUP, with nothing said,
 * when the kernel refuses BPF there (EINVAL before 4.14, ENOENT without
 * syscall tracepoints): the caller then loads handle_raw for attach_raw().
 * Any other error is explained.
 */
int attach_write(struct attach *a, const struct dpobj *o,
		 const struct tracefs *tf)
{
	int err;

	memset(a, 0, sizeof(*a));
	err = attach_check_word_size(NULL);
	if (err)
		return err;
	err = attach_check_layout(tf, ATTACH_EVENT_WRITE);
	if (err)
		return err;
	err = attach_event(a, o->prog_write, tf, ATTACH_EVENT_WRITE);
	if (!err)
		return 0;
	if (err != -EINVAL && err != -ENOENT) {
		attach_explain(ATTACH_EVENT_WRITE, err);
		return err;
	}
	pr_debug("%s refused BPF (%s): trying %s", ATTACH_EVENT_WRITE,
		 strerror(-err), ATTACH_EVENT_RAW);
	return -ENOTSUP;
}

/* handle_raw on raw_syscalls/sys_enter, where attach_write() could not */
int attach_raw(struct attach *a, const struct dpobj *o,
	       const struct tracefs *tf)
{
	int err;

	memset(a, 0, sizeof(*a));
	err = attach_check_layout(tf, ATTACH_EVENT_RAW);
	if (err)
		return err;
	err = attach_event(a, o->prog_raw, tf, ATTACH_EVENT_RAW);
	if (err) {
		if (err == -ENOENT || err == -EINVAL)
			pr_err("neither %s nor %s accepts BPF programs here: this kernel needs BPF tracepoints (Linux 4.7+) with CONFIG_FTRACE_SYSCALLS",
			       ATTACH_EVENT_WRITE, ATTACH_EVENT_RAW);
		else
			attach_explain(ATTACH_EVENT_RAW, err);
	}
	return err;
}

void attach_detach(struct attach *a)
{
	if (a->link)
		bpf_link__destroy(a->link);
	a->link = NULL;
}

/*
 * Can a BPF program be attached to event? 1 yes, 0 no (EINVAL, or no such
 * event), or -errno (-EEXIST: another program holds it, before 4.15).
 */
int attach_probe(const struct tracefs *tf, const char *event)
{
	int prog, id, pfd, err = 0;

	id = tracefs_event_id(tf, event);
	if (id == -ENOENT)
		return 0;
	if (id < 0)
		return id;
	prog = kfeat_tracepoint_prog();
	if (prog < 0)
		return prog;
	pfd = attach_perf_event_open(id);
	if (pfd < 0) {
		err = pfd;
		goto out_prog;
	}
	if (ioctl(pfd, PERF_EVENT_IOC_SET_BPF, prog))
		err = -errno;
	close(pfd);
out_prog:
	close(prog);
	if (!err)
		return 1;
	return err == -EINVAL ? 0 : err;
}
