// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * bench.c: bpfm-bench, what `make bench` runs, as root. It measures what
 * bpf-minimal costs every other process, and itself, next to the floor
 * (nothing attached) and the empty program (the kernel's dispatch floor),
 * and next to libbpf-bootstrap's minimal when given its path.
 *
 * The machine is shared and noisy, so every variant is measured in every
 * round, in a rotating order, and each figure is a median over the rounds
 * with its spread. The phases:
 *
 *   1. rounds: each slot up, the worker's write() and getppid() timed,
 *      the loader's own matching writes timed, slot down;
 *   2. bpf_stats rounds: the same, reading each program's own run time
 *      (stats on for this phase only);
 *   3. start-up runs, interleaved: exec to first trigger, and peak RSS;
 *      then bpf-minimal -v runs for the open/load/attach split;
 *   4. idle: CPU time of loaders left alone for a few seconds.
 */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/utsname.h>

#include <bpf/libbpf.h>

#include "compat.h"
#include "log.h"
#include "loop.h"
#include "progstat.h"
#include "report.h"
#include "results.h"
#include "slot.h"
#include "worker.h"

struct config {
	const char *csv;
	int rounds;		/* rounds of phase 1 */
	int stat_rounds;	/* rounds of phase 2 */
	long ops;		/* worker calls per batch */
	int batches;		/* batches per figure and round */
	long match_ops;		/* matching writes per batch */
	int match_batches;	/* batches of them per round */
	int runs;		/* start-up runs per loader */
	int vruns;		/* bpf-minimal -v runs per data path */
	int idle_s;		/* seconds of idleness measured */
	unsigned int phases;	/* PHASE_*: which to run */
};

#define PHASE_ROUNDS	0x1
#define PHASE_STATS	0x2
#define PHASE_STARTUP	0x4
#define PHASE_IDLE	0x8
#define PHASE_ALL	0xf

#define SLOT(v, k, a, m, f) \
	{ .variant = (v), .kind = (k), .arg = (a), .mode = (m), .figs = (f) }

static struct slot slots[] = {
	SLOT("floor", SLOT_NONE, 0, NULL, FIG_FOREIGN),
	SLOT("empty", SLOT_INPROC, INPROC_EMPTY_WRITE, NULL, FIG_FOREIGN),
	SLOT("empty-raw", SLOT_INPROC, INPROC_EMPTY_RAW, NULL, FIG_FOREIGN),
	SLOT("empty-rawtp", SLOT_INPROC, INPROC_EMPTY_RAWTP, NULL, FIG_FOREIGN),
	SLOT("global", SLOT_TOOL, BIN_GLOBAL, NULL, FIG_FOREIGN | FIG_SAMEFD),
	SLOT("map", SLOT_TOOL, BIN_MAP, NULL, FIG_FOREIGN | FIG_SAMEFD),
	SLOT("global", SLOT_HELPER, BIN_LOAD_GLOBAL, "write", FIG_MATCH),
	SLOT("map", SLOT_HELPER, BIN_LOAD_MAP, "write", FIG_MATCH),
	SLOT("raw-global", SLOT_HELPER, BIN_LOAD_GLOBAL, "raw",
	     FIG_FOREIGN | FIG_SAMEFD | FIG_MATCH),
	SLOT("raw-map", SLOT_HELPER, BIN_LOAD_MAP, "raw",
	     FIG_FOREIGN | FIG_SAMEFD | FIG_MATCH),
	SLOT("rawtp", SLOT_INPROC, INPROC_RAWTP, NULL,
	     FIG_FOREIGN | FIG_SAMEFD | FIG_MATCH),
	SLOT("minimal", SLOT_EXTERNAL, BIN_MINIMAL, NULL, FIG_FOREIGN),
	SLOT("minimal_legacy", SLOT_EXTERNAL, BIN_MINIMAL_LEGACY, NULL,
	     FIG_FOREIGN),
};

#define NSLOTS ((int)(sizeof(slots) / sizeof(slots[0])))

static struct bench bench;
static struct worker worker;
static struct config cfg = {
	.csv = "bench/results.csv",
	.rounds = 15,
	.stat_rounds = 7,
	.ops = 20000,
	.batches = 5,
	.match_ops = 500,
	.match_batches = 3,
	.runs = 31,
	.vruns = 11,
	.idle_s = 5,
	.phases = PHASE_ALL,
};

static double median_of(double *v, int n)
{
	return quantile(v, n, 0.5);
}

static void progress(const char *phase, int i, int n)
{
	fprintf(stderr, "\rbench: %s %d/%d ", phase, i + 1, n);
	if (i + 1 == n)
		fprintf(stderr, "\n");
}

/* Phase 1: the worker's syscalls, and the loader's own matching writes */
static int measure(struct slot *s, int round)
{
	double ns[WORKER_MAX_BATCHES];
	int err;

	if (s->figs & FIG_FOREIGN) {
		err = worker_run(&worker, WORKER_WRITE, cfg.ops, cfg.batches, ns);
		if (err)
			return err;
		results_add(s->variant, "write", round,
			    median_of(ns, cfg.batches));
		err = worker_run(&worker, WORKER_GETPPID, cfg.ops, cfg.batches,
				 ns);
		if (err)
			return err;
		results_add(s->variant, "getppid", round,
			    median_of(ns, cfg.batches));
	}
	if ((s->figs & FIG_SAMEFD) && s->trigger_fd < 3) {
		fprintf(stderr, "bench: cannot tell the trigger fd of %s\n",
			slot_name(&bench, s));
		return -ENOENT;
	}
	if (s->figs & FIG_SAMEFD) {
		err = worker_run_fd(&worker, s->trigger_fd, cfg.ops,
				    cfg.batches, ns);
		if (err)
			return err;
		results_add(s->variant, "write-samefd", round,
			    median_of(ns, cfg.batches));
	}
	if (s->figs & FIG_MATCH) {
		err = slot_match(&bench, s, cfg.match_ops, cfg.match_batches,
				 ns);
		if (err)
			return err;
		results_add(s->variant, "match", round,
			    median_of(ns, cfg.match_batches));
	}
	return 0;
}

/* Phase 2: the program's own ns per run, over one batch of each kind */
static int measure_prog(struct slot *s, int round)
{
	__u64 c0, t0, c1, t1;
	double ns;
	int fd, err;

	fd = slot_prog_fd(&bench, s);
	if (fd < 0) {
		fprintf(stderr, "bench: cannot find the program of %s: %s\n",
			slot_name(&bench, s), strerror(-fd));
		return fd;
	}
	err = progstat_read(fd, &c0, &t0);
	if (!err && (s->figs & FIG_FOREIGN))
		err = worker_run(&worker, WORKER_WRITE, cfg.ops, 1, &ns);
	if (!err)
		err = progstat_read(fd, &c1, &t1);
	if (!err && (s->figs & FIG_FOREIGN) && c1 > c0)
		results_add(s->variant, "prog", round,
			    (double)(t1 - t0) / (double)(c1 - c0));
	if (!err && (s->figs & FIG_MATCH))
		err = slot_match(&bench, s, cfg.match_ops, 1, &ns);
	if (!err && (s->figs & FIG_MATCH))
		err = progstat_read(fd, &c0, &t0);
	if (!err && (s->figs & FIG_MATCH) && c0 > c1)
		results_add(s->variant, "prog-match", round,
			    (double)(t0 - t1) / (double)(c0 - c1));
	close(fd);
	return err;
}

/* BPF programs of other processes on syscall tracepoints, now */
static int others(const struct slot *s)
{
	pid_t mine[2] = { getpid(), s->ch.pid };

	return progstat_others(mine, s->ch.pid > 0 ? 2 : 1);
}

/*
 * One round: every slot up, measured, down, in an order that rotates
 * with the round. *dirty when another process had a program on a
 * syscall tracepoint before or after one of the measurements.
 */
static int one_round(int r, bool stats, bool *dirty)
{
	struct slot *s;
	int k, err = 0;

	*dirty = false;
	for (k = 0; k < NSLOTS && !err; k++) {
		s = &slots[(k + r) % NSLOTS];
		if (!slot_present(&bench, s) || (stats && s->kind == SLOT_NONE))
			continue;
		err = slot_up(&bench, s);
		if (err)
			break;
		*dirty |= others(s) > 0;
		err = stats ? measure_prog(s, r) : measure(s, r);
		*dirty |= others(s) > 0;
		if (slot_down(&bench, s) && !err)
			err = -EPROTO;
	}
	return err;
}

/*
 * n rounds. Another process's program on a syscall tracepoint taxes the
 * syscalls of every variant, and comes and goes mid-round: such a round
 * is measured again, after a pause, up to ROUNDS_RETRIES times over.
 */
#define ROUNDS_RETRIES	2
#define ROUNDS_PAUSE_US	300000

static int rounds(const char *phase, int n, bool stats)
{
	int r = 0, tries = 0, kept = 0, err = 0;
	bool dirty;

	while (r < n && !err) {
		progress(phase, r, n);
		err = one_round(r, stats, &dirty);
		tries++;
		if (!err && dirty && tries < (1 + ROUNDS_RETRIES) * n) {
			usleep(ROUNDS_PAUSE_US);
			continue;
		}
		kept += dirty;
		r++;
	}
	if (tries > n || kept)
		printf("note: %s: other processes' BPF programs were on syscall tracepoints in %d of %d rounds measured; %d of those kept%s\n",
		       phase, tries - n + kept, tries, kept,
		       kept ? " (they tax every variant, floor included)" : "");
	return err;
}

static int stat_rounds(void)
{
	struct progstat ps;
	int err;

	err = progstat_enable(&ps);
	if (err) {
		fprintf(stderr, "bench: cannot turn bpf_stats on: %s\n",
			strerror(-err));
		return err;
	}
	err = rounds("bpf_stats rounds", cfg.stat_rounds, true);
	progstat_restore(&ps);
	return err;
}

/* Its peak RSS so far, in KiB */
static double vmhwm(pid_t pid)
{
	char path[64], line[128];
	double kib = NAN;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%d/status", (int)pid);
	f = fopen(path, "r");
	while (f && fgets(line, sizeof(line), f))
		if (sscanf(line, "VmHWM: %lf", &kib) == 1)
			break;
	if (f)
		fclose(f);
	return kib;
}

/*
 * Phase 3: exec to first trigger, and peak RSS up to then, of one loader;
 * and its peak RSS over its whole life, stopped by SIGTERM right after
 * (bpf-minimal cleans up and reports, minimal just dies).
 */
static int startup_run(const char *variant, const char *bin, int run)
{
	char *argv[] = { (char *)bin, "-i", "1", NULL };
	struct child ch;
	uint64_t t0;
	int err;

	t0 = loop_now();
	err = child_spawn(&ch, argv, 0);
	if (!err)
		err = child_wait_dot(&ch, 20000);
	if (!err) {
		results_add(variant, "startup", run,
			    (double)(loop_now() - t0) / 1e6);
		results_add(variant, "rss", run, vmhwm(ch.pid));
	}
	if (child_stop(&ch, SIGTERM) && !err)
		err = -ECHILD;
	if (!err)
		results_add(variant, "rss-exit", run, (double)ch.ru.ru_maxrss);
	else
		child_explain(&ch, bin);
	child_free(&ch);
	return err;
}

/* The open/load/attach split that bpf-minimal -v prints */
static int startup_split(const char *variant, const char *bin, int run)
{
	char *argv[] = { (char *)bin, "-v", "-i", "1", NULL };
	double open, load, attach;
	struct child ch;
	const char *p;
	int err;

	err = child_spawn(&ch, argv, 0);
	if (!err)
		err = child_wait_dot(&ch, 20000);
	p = err ? NULL : strstr(ch.err, "timing: open ");
	if (!err && (!p || sscanf(p, "timing: open %lf ms, load %lf ms, attach %lf ms",
				  &open, &load, &attach) != 3))
		err = -EPROTO;
	if (child_stop(&ch, SIGTERM) && !err)
		err = -ECHILD;
	if (err) {
		fprintf(stderr, "bench: no timing line from %s -v\n", bin);
		child_explain(&ch, bin);
	} else {
		results_add(variant, "open", run, open);
		results_add(variant, "load", run, load);
		results_add(variant, "attach", run, attach);
	}
	child_free(&ch);
	return err;
}

static int startups(void)
{
	static const struct {
		const char *variant;
		enum bench_bin bin;
	} who[] = {
		{ "global", BIN_GLOBAL },
		{ "map", BIN_MAP },
		{ "minimal", BIN_MINIMAL },
		{ "minimal_legacy", BIN_MINIMAL_LEGACY },
	};
	int r, k, n = (int)(sizeof(who) / sizeof(who[0])), err = 0;

	for (r = 0; r < cfg.runs && !err; r++) {
		progress("start-up runs", r, cfg.runs);
		for (k = 0; k < n && !err; k++) {
			const char *bin = bench.bin[who[(k + r) % n].bin];

			if (bin)
				err = startup_run(who[(k + r) % n].variant,
						  bin, r);
		}
	}
	for (r = 0; r < cfg.vruns && !err; r++) {
		progress("bpf-minimal -v runs", r, cfg.vruns);
		err = startup_split("global", bench.bin[BIN_GLOBAL], r);
		if (!err)
			err = startup_split("map", bench.bin[BIN_MAP], r);
	}
	return err;
}

/* Phase 4: time on a CPU, and wake-ups, of loaders left alone */
static int schedstat(pid_t pid, double *ns, double *slices)
{
	char path[64];
	FILE *f;
	int n;

	snprintf(path, sizeof(path), "/proc/%d/schedstat", (int)pid);
	f = fopen(path, "r");
	if (!f)
		return -errno;
	n = fscanf(f, "%lf %*f %lf", ns, slices);
	fclose(f);
	return n == 2 ? 0 : -EPROTO;
}

/* One second of idleness: pump their pipes, then sample every loader */
#define IDLE_N 3

static int idle_second(struct child *ch, double *ns, double *sl,
		       uint64_t *t)
{
	uint64_t end = *t + 1000000000ULL;
	int k, err;

	while (loop_now() < end)
		for (k = 0; k < IDLE_N; k++)
			if (ch[k].pid > 0)
				child_pump(&ch[k], 100 / IDLE_N);
	*t = loop_now();
	for (k = 0; k < IDLE_N; k++) {
		if (ch[k].pid <= 0)
			continue;
		err = schedstat(ch[k].pid, &ns[k], &sl[k]);
		if (err)
			return err;
	}
	return 0;
}

static int idle(void)
{
	static const struct {
		const char *variant;
		enum bench_bin bin;
		const char *follow;
	} who[IDLE_N] = {
		{ "global", BIN_GLOBAL, NULL },
		{ "global-follow", BIN_GLOBAL, "-f" },
		{ "minimal", BIN_MINIMAL, NULL },
	};
	double ns0[IDLE_N], sl0[IDLE_N], ns1[IDLE_N], sl1[IDLE_N], wall;
	struct child ch[IDLE_N];
	uint64_t t0, t1;
	int k, s, err = 0;

	memset(ch, 0, sizeof(ch));
	fprintf(stderr, "bench: idle loaders, %d s\n", cfg.idle_s);
	for (k = 0; k < IDLE_N && !err; k++) {
		char *argv[] = { (char *)bench.bin[who[k].bin], "-i", "1",
				 (char *)who[k].follow, NULL };

		if (!argv[0])
			continue;
		err = child_spawn(&ch[k], argv, 0);
		if (!err)
			err = child_wait_dot(&ch[k], 20000);
		if (err)
			child_explain(&ch[k], argv[0]);
	}
	/* Per second: time on a CPU, and how often they were woken */
	t1 = loop_now();
	for (s = 0; s <= cfg.idle_s && !err; s++) {
		t0 = t1;
		err = idle_second(ch, ns1, sl1, &t1);
		wall = (double)(t1 - t0);
		for (k = 0; k < IDLE_N && !err && s; k++) {
			if (ch[k].pid <= 0)
				continue;
			results_add(who[k].variant, "idle-cpu", s - 1,
				    100.0 * (ns1[k] - ns0[k]) / wall);
			results_add(who[k].variant, "idle-wakeups", s - 1,
				    (sl1[k] - sl0[k]) * 1e9 / wall);
		}
		memcpy(ns0, ns1, sizeof(ns0));
		memcpy(sl0, sl1, sizeof(sl0));
	}
	for (k = 0; k < IDLE_N; k++) {
		if (ch[k].pid > 0 && !child_stop(&ch[k], SIGTERM) && !err &&
		    who[k].bin != BIN_MINIMAL && ch[k].status) {
			child_explain(&ch[k], bench.bin[who[k].bin]);
			err = -EPROTO;
		}
		child_free(&ch[k]);
	}
	return err;
}

static void header(void)
{
	char model[256] = "?", line[256];
	struct utsname u;
	FILE *f;

	f = fopen("/proc/cpuinfo", "r");
	while (f && fgets(line, sizeof(line), f))
		if (!strncmp(line, "model name", 10) && strchr(line, ':')) {
			snprintf(model, sizeof(model), "%s",
				 strchr(line, ':') + 2);
			model[strcspn(model, "\n")] = '\0';
			break;
		}
	if (f)
		fclose(f);
	uname(&u);
	printf("bpf-minimal bench: Linux %s %s, %ld CPUs (%s), libbpf %s\n",
	       u.release, u.machine, sysconf(_SC_NPROCESSORS_ONLN), model,
	       libbpf_version_string());
	printf("%d rounds of %d x %ld calls per figure, %d bpf_stats rounds, %d start-up runs\n",
	       cfg.rounds, cfg.batches, cfg.ops, cfg.stat_rounds, cfg.runs);
	fflush(stdout);
}

static void usage(void)
{
	fprintf(stderr,
		"usage: bpfm-bench --global BIN --map BIN --load-global BIN --load-map BIN\n"
		"                  [--minimal BIN] [--minimal-legacy BIN] [--csv FILE]\n"
		"                  [--rounds N] [--runs N] [--quick]\n"
		"                  [--only rounds|stats|startup|idle]...\n"
		"what make bench runs, as root; see bench/README.md\n");
}

static int parse(int argc, char **argv)
{
	static const struct option lo[] = {
		{ "global", required_argument, NULL, BIN_GLOBAL },
		{ "map", required_argument, NULL, BIN_MAP },
		{ "load-global", required_argument, NULL, BIN_LOAD_GLOBAL },
		{ "load-map", required_argument, NULL, BIN_LOAD_MAP },
		{ "minimal", required_argument, NULL, BIN_MINIMAL },
		{ "minimal-legacy", required_argument, NULL, BIN_MINIMAL_LEGACY },
		{ "csv", required_argument, NULL, 'c' },
		{ "rounds", required_argument, NULL, 'r' },
		{ "runs", required_argument, NULL, 'n' },
		{ "quick", no_argument, NULL, 'q' },
		{ "only", required_argument, NULL, 'o' },
		{ NULL, 0, NULL, 0 },
	};
	static const char *const names[] = { "rounds", "stats", "startup",
					      "idle" };
	unsigned int only = 0, i;
	int c;

	while ((c = getopt_long(argc, argv, "", lo, NULL)) != -1) {
		if (c >= 0 && c < BIN_MAX)
			bench.bin[c] = *optarg ? optarg : NULL;
		else if (c == 'c')
			cfg.csv = optarg;
		else if (c == 'r')
			cfg.rounds = atoi(optarg);
		else if (c == 'n')
			cfg.runs = atoi(optarg);
		else if (c == 'q') {
			cfg.rounds = cfg.stat_rounds = cfg.runs = cfg.vruns = 3;
			cfg.idle_s = 1;
		} else if (c == 'o') {
			for (i = 0; i < 4 && strcmp(optarg, names[i]); i++)
				;
			if (i == 4)
				return -EINVAL;
			only |= 1U << i;
		} else {
			return -EINVAL;
		}
	}
	if (only)
		cfg.phases = only;
	if (optind < argc || !bench.bin[BIN_GLOBAL] || !bench.bin[BIN_MAP] ||
	    !bench.bin[BIN_LOAD_GLOBAL] || !bench.bin[BIN_LOAD_MAP] ||
	    cfg.rounds < 1 || cfg.rounds > RESULTS_MAX_N || cfg.runs < 1 ||
	    cfg.runs > RESULTS_MAX_N)
		return -EINVAL;
	return 0;
}

int main(int argc, char **argv)
{
	int err, missed;

	if (parse(argc, argv)) {
		usage();
		return 2;
	}
	if (geteuid()) {
		fprintf(stderr, "bench: run it as root: it loads BPF programs, reads bpf_stats and other processes' fds\n");
		return 1;
	}
	signal(SIGPIPE, SIG_IGN);
	log_libbpf_install();
	libbpf_set_strict_mode(LIBBPF_STRICT_ALL);
	libbpf_set_memlock_rlim(RLIM_INFINITY);
	header();

	/* The worker first: nothing the bench loads is its own */
	err = worker_start(&worker);
	if (!err)
		err = inproc_open(&bench.ip);
	if (!err && (cfg.phases & PHASE_ROUNDS))
		err = rounds("rounds", cfg.rounds, false);
	if (!err && (cfg.phases & PHASE_STATS))
		err = stat_rounds();
	if (!err && (cfg.phases & PHASE_STARTUP))
		err = startups();
	if (!err && (cfg.phases & PHASE_IDLE))
		err = idle();
	inproc_close(&bench.ip);
	worker_stop(&worker);
	if (err) {
		fprintf(stderr, "bench: stopped: %s\n", strerror(-err));
		return 1;
	}
	report_tables(stdout);
	missed = report_targets(stdout);
	if (report_csv(cfg.csv)) {
		fprintf(stderr, "bench: cannot write %s: %s\n", cfg.csv,
			strerror(errno));
		return 1;
	}
	printf("\n%s written; %d target%s missed\n", cfg.csv, missed,
	       missed == 1 ? "" : "s");
	return 0;
}
