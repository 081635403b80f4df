// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * bpf-minimal: load a BPF program on syscalls/sys_enter_write that reacts
 * only to this process's trigger writes, make one trigger per interval, and
 * report how many the program saw.
 *
 * main() goes forward like libbpf-bootstrap's minimal.c: options -> open ->
 * load with the target -> attach -> handshake -> run -> cleanup. Exit
 * statuses: 0 every trigger seen, 1 runtime failure, 2 usage.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/resource.h>

#include <bpf/libbpf.h>

#include "attach.h"
#include "compat.h"
#include "datapath.h"
#include "follow.h"
#include "handshake.h"
#include "kfeatures.h"
#include "kversion.h"
#include "log.h"
#include "loop.h"
#include "options.h"
#include "privilege.h"
#include "probe.h"
#include "signals.h"
#include "tracefs.h"
#include "traceline.h"

#define EXIT_USAGE 2

/* What a run holds, so that one ladder can undo it */
struct run {
	struct tracefs tf;
	struct dpobj obj;
	struct attach at;
	struct follow fw;
	struct loop loop;
	int null_fd;
	long ns_pid;		/* getpid(): this namespace's view */
	uint64_t t[4];		/* loop_now() at open, load, attach, and after */
	struct bpfm_target target;
};

static void print_version(void)
{
	printf("bpf-minimal %s\n", PACKAGE_VERSION);
	printf("data path: %s\n", datapath.name);
	printf("libbpf: built against %s, running %s\n", LIBBPF_PKG_VERSION,
	       libbpf_version_string());
}

/* The trigger fd, and /dev/null for the handshake */
static int run_open_fds(struct run *r, bool quiet)
{
	r->null_fd = open("/dev/null", O_WRONLY | O_CLOEXEC);
	if (r->null_fd < 0) {
		pr_err("cannot open /dev/null: %s", strerror(errno));
		return -errno;
	}
	r->loop.trigger_fd = loop_trigger_fd(quiet);
	if (r->loop.trigger_fd < 0) {
		pr_err("cannot open /dev/null: %s",
		       strerror(-r->loop.trigger_fd));
		close(r->null_fd);
		return r->loop.trigger_fd;
	}
	return 0;
}

static void run_close_fds(struct run *r)
{
	close(r->loop.trigger_fd);
	close(r->null_fd);
}

/* Why the load failed, in words that say what to do */
static void load_explain(int err)
{
	char release[128] = "this kernel";
	struct kversion kv;

	if (err == -EPERM) {
		privilege_explain("loading the BPF program", err);
		return;
	}
	if (kfeat_bpf_syscall() == 0) {
		privilege_explain("loading the BPF program", -ENOSYS);
		return;
	}
	if (datapath.global_data && kfeat_global_data() == 0) {
		kversion_running(&kv, release, sizeof(release));
		pr_err("kernel %s cannot run this build: it lacks global data in BPF programs (Linux 5.2; this build's default line is 5.5)",
		       release);
		pr_err("rebuild with ./configure --with-bpf-global-data=no, which runs on every kernel from 4.7");
		return;
	}
	pr_err("loading the BPF program failed: %s%s%s", log_errstr(err),
	       *log_libbpf_last_warning() ? "; libbpf said: " : "",
	       log_libbpf_last_warning());
	pr_err("run with -v to see libbpf's log and the verifier's");
}

/* Under -v: how long open, load and attach took (make bench reads this) */
static void run_timing(const struct run *r)
{
	pr_debug("timing: open %.3f ms, load %.3f ms, attach %.3f ms",
		 (double)(r->t[1] - r->t[0]) / 1e6,
		 (double)(r->t[2] - r->t[1]) / 1e6,
		 (double)(r->t[3] - r->t[2]) / 1e6);
}

/*
 * Open the object, and load one of its programs with the target set:
 * handle_write, or where the kernel refuses that one (raw), handle_raw.
 * Loading both would only cost the verifier's time at every start.
 */
static int run_load(struct run *r, bool raw)
{
	int err;

	err = datapath.open(&r->obj);
	if (err) {
		pr_err("opening the BPF object failed: %s", log_errstr(err));
		return err;
	}
	bpf_program__set_autoload(raw ? r->obj.prog_write : r->obj.prog_raw,
				  false);
	r->t[1] = loop_now();
	err = datapath.load(&r->obj, &r->target);
	if (err) {
		load_explain(err);
		datapath.destroy(&r->obj);
	}
	return err;
}

/* Learn our kernel-wide PID: the program locks it on the handshake write */
static int run_handshake(struct run *r)
{
	struct bpfm_target seen;
	int err;

	/* Filled by the kernel; zeroed for valgrind, which cannot tell */
	memset(&seen, 0, sizeof(seen));
	err = handshake_send(r->null_fd, r->target.cookie);
	if (!err)
		err = datapath.read_target(&r->obj, &seen);
	if (err) {
		pr_err("the handshake with the BPF program failed: %s",
		       log_errstr(err));
		return err;
	}
	if (!seen.pid) {
		pr_err("the BPF program did not see the handshake write on %s",
		       r->at.event);
		pr_err("is something between this process and the kernel (valgrind emulating write(), a 32-bit build on a 64-bit kernel)? run the native build directly");
		return -EPROTO;
	}
	r->target.pid = seen.pid;
	return 0;
}

static void run_announce(const struct run *r, const struct options *opts)
{
	char ns[64] = "";

	if (r->ns_pid != (long)r->target.pid)
		snprintf(ns, sizeof(ns), " (PID %ld in this namespace)",
			 r->ns_pid);
	pr_debug("attached to %s (data path: %s)", r->at.event, datapath.name);
	if (opts->follow && r->fw.private)
		pr_info("tracing PID %u%s; its lines follow (tracefs instance %s)",
			r->target.pid, ns, r->fw.inst.name);
	else if (opts->follow)
		pr_info("tracing PID %u%s; its lines follow, from the global %s/trace_pipe",
			r->target.pid, ns, r->tf.path);
	else if (r->tf.mounted)
		pr_info("tracing PID %u%s; to see the output, mount tracefs (mount -t tracefs nodev /sys/kernel/tracing) and read trace_pipe there, or use --follow",
			r->target.pid, ns);
	else
		pr_info("tracing PID %u%s; see the output in %s/trace_pipe, or use --follow",
			r->target.pid, ns, r->tf.path);
	if (!opts->count)
		pr_info("stop with Ctrl-C (SIGINT), SIGTERM or SIGHUP");
}

/* Summary line; 0 when every trigger was seen (and, with --follow, printed) */
static int run_report(struct run *r, bool follow, bool dots)
{
	unsigned long long seen = 0;
	int err;

	err = datapath_read_count(&r->obj, &seen);
	if (!err && follow)
		err = loop_drain(&r->loop, seen);
	if (dots && r->loop.triggered)
		(void)!write(2, "\n", 1);
	if (err && err != -EPIPE) {
		pr_err("cannot read the trigger count: %s", log_errstr(err));
		return err;
	}
	pr_info("%llu writes triggered, %llu seen by BPF",
		(unsigned long long)r->loop.triggered, seen);
	if (seen != r->loop.triggered) {
		pr_err("the counts differ: the BPF program saw %s triggers than were made",
		       seen < r->loop.triggered ? "fewer" : "more");
		return -EPROTO;
	}
	if (follow && err != -EPIPE && r->fw.lines != seen) {
		pr_err("--follow printed %llu of %llu lines: the trace buffer dropped some, or another reader took them",
		       (unsigned long long)r->fw.lines, seen);
		return -EPROTO;
	}
	return 0;
}

static int run(const struct options *opts)
{
	static struct run r;	/* off the stack: --follow's 8 KiB buffer */
	int err, report;

	r.loop.count = opts->count;
	r.loop.interval_ns = opts->interval_ns;
	r.ns_pid = (long)getpid();

	err = signals_setup();
	if (err) {
		pr_err("cannot install signal handlers: %s", strerror(-err));
		return err;
	}
	libbpf_set_strict_mode(LIBBPF_STRICT_ALL);
	libbpf_set_memlock_rlim(RLIM_INFINITY);
	err = privilege_check();
	if (err)
		return err;
	err = tracefs_open(&r.tf);
	if (err) {
		tracefs_explain(err);
		return err;
	}
	err = run_open_fds(&r, opts->quiet);
	if (err)
		goto out_tracefs;
	err = handshake_cookie(&r.target.cookie);
	if (err) {
		pr_err("cannot get random bytes: %s", strerror(-err));
		goto out_fds;
	}
	r.target.fd = (__u32)r.loop.trigger_fd;

	/* Open, load with the target set, attach */
	r.t[0] = loop_now();
	err = run_load(&r, false);
	if (err)
		goto out_fds;
	r.t[2] = loop_now();
	err = attach_write(&r.at, &r.obj, &r.tf);
	if (err == -ENOTSUP) {
		/* Linux 4.7 to 4.13: the other program, on the other event */
		datapath.destroy(&r.obj);
		err = run_load(&r, true);
		if (err)
			goto out_fds;
		r.t[2] = loop_now();
		err = attach_raw(&r.at, &r.obj, &r.tf);
	}
	if (err)
		goto out_destroy;
	r.t[3] = loop_now();
	run_timing(&r);
	err = run_handshake(&r);
	if (err)
		goto out_detach;
	if (opts->follow) {
		err = follow_start(&r.fw, &r.tf, (long)r.target.pid,
				   opts->verbose > 0);
		if (err)
			goto out_detach;
		r.loop.fw = &r.fw;
	}
	run_announce(&r, opts);

	/* Trigger until the count is reached or a signal arrives */
	err = loop_run(&r.loop);
	if (err && err != -EPIPE)
		pr_err("--follow: reading the trace failed: %s", strerror(-err));
	report = run_report(&r, opts->follow && !err, !opts->quiet);
	if (!err || err == -EPIPE)
		err = report;

	if (opts->follow)
		follow_stop(&r.fw, &r.tf);
out_detach:
	attach_detach(&r.at);
out_destroy:
	datapath.destroy(&r.obj);
out_fds:
	run_close_fds(&r);
out_tracefs:
	tracefs_close(&r.tf);
	traceline_cleanup();
	return err;
}

int main(int argc, char **argv)
{
	struct options opts;

	if (options_parse(&opts, argc, argv))
		return EXIT_USAGE;
	log_set_level(opts.verbose ? LOG_DEBUG : LOG_INFO);
	log_libbpf_install();

	switch (opts.action) {
	case ACTION_HELP:
		options_usage();
		return EXIT_SUCCESS;
	case ACTION_VERSION:
		print_version();
		return EXIT_SUCCESS;
	case ACTION_PROBE:
		return probe_run();
	case ACTION_RUN:
		break;
	}
	return run(&opts) ? EXIT_FAILURE : EXIT_SUCCESS;
}
