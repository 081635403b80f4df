// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * slot.c: bring each kind of slot up (attached, and ready: past its first
 * trigger, or its "ready" line) and down again, checking that every loader
 * ended the way it should: bpf-minimal with status 0 (every trigger seen),
 * the helper with 0 (every matching write counted).
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>

#include "progstat.h"
#include "slot.h"

#define SLOT_READY_MS 20000

bool slot_present(const struct bench *b, const struct slot *s)
{
	switch (s->kind) {
	case SLOT_NONE:
		return true;
	case SLOT_INPROC:
		return inproc_has(&b->ip, (enum inproc_prog)s->arg);
	default:
		return b->bin[s->arg] != NULL;
	}
}

const char *slot_name(const struct bench *b, const struct slot *s)
{
	switch (s->kind) {
	case SLOT_NONE:
		return "nothing";
	case SLOT_INPROC:
		return "the bench's own program";
	default:
		return b->bin[s->arg];
	}
}

/*
 * bpf-minimal's trigger fd: the dup of its stderr (our pipe), which it
 * puts high. -1 when not found.
 */
static int slot_tool_trigger_fd(pid_t pid)
{
	char path[320], want[64], link[64];
	struct dirent *de;
	ssize_t n;
	DIR *d;
	int fd = -1;

	snprintf(path, sizeof(path), "/proc/%d/fd/2", (int)pid);
	n = readlink(path, want, sizeof(want) - 1);
	if (n <= 0)
		return -1;
	want[n] = '\0';
	snprintf(path, sizeof(path), "/proc/%d/fd", (int)pid);
	d = opendir(path);
	while (d && fd < 0 && (de = readdir(d))) {
		if (de->d_name[0] == '.' || !strcmp(de->d_name, "2"))
			continue;
		snprintf(path, sizeof(path), "/proc/%d/fd/%s", (int)pid,
			 de->d_name);
		n = readlink(path, link, sizeof(link) - 1);
		if (n > 0 && (link[n] = '\0', !strcmp(link, want)))
			fd = atoi(de->d_name);
	}
	if (d)
		closedir(d);
	return fd;
}

static int slot_spawn(struct bench *b, struct slot *s)
{
	char *argv[5] = { (char *)b->bin[s->arg], NULL, NULL, NULL, NULL };
	char line[256];
	int err;

	switch (s->kind) {
	case SLOT_TOOL:
		argv[1] = "-i";
		argv[2] = "1";
		err = child_spawn(&s->ch, argv, 0);
		break;
	case SLOT_HELPER:
		argv[1] = (char *)s->mode;
		err = child_spawn(&s->ch, argv, CHILD_STDIN | CHILD_STDOUT);
		break;
	default:
		err = child_spawn(&s->ch, argv, 0);
	}
	if (err)
		return err;
	if (s->kind != SLOT_HELPER) {
		err = child_wait_dot(&s->ch, SLOT_READY_MS);
		if (!err && s->kind == SLOT_TOOL)
			s->trigger_fd = slot_tool_trigger_fd(s->ch.pid);
		return err;
	}
	err = child_line(&s->ch, line, sizeof(line), SLOT_READY_MS);
	if (!err && sscanf(line, "ready %*s %d", &s->trigger_fd) != 1)
		err = -EPROTO;
	return err;
}

int slot_up(struct bench *b, struct slot *s)
{
	int err;

	s->trigger_fd = -1;
	switch (s->kind) {
	case SLOT_NONE:
		return 0;
	case SLOT_INPROC:
		if (s->arg == INPROC_RAWTP)
			s->trigger_fd = (int)b->ip.target.fd;
		return inproc_attach(&b->ip, (enum inproc_prog)s->arg);
	default:
		break;
	}
	err = slot_spawn(b, s);
	if (err) {
		fprintf(stderr, "bench: %s did not get ready: %s\n",
			slot_name(b, s), strerror(-err));
		child_stop(&s->ch, SIGKILL);
		child_explain(&s->ch, slot_name(b, s));
		child_free(&s->ch);
	}
	return err;
}

/* Did it end as it should? */
static bool slot_ended_well(const struct slot *s)
{
	int st = s->ch.status;

	if (s->kind == SLOT_EXTERNAL)
		return WIFSIGNALED(st) ? WTERMSIG(st) == SIGTERM : true;
	return WIFEXITED(st) && WEXITSTATUS(st) == 0;
}

int slot_down(struct bench *b, struct slot *s)
{
	int err;

	switch (s->kind) {
	case SLOT_NONE:
		return 0;
	case SLOT_INPROC:
		inproc_detach(&b->ip);
		return 0;
	default:
		break;
	}
	err = child_stop(&s->ch, s->kind == SLOT_HELPER ? 0 : SIGTERM);
	if (!err && !slot_ended_well(s)) {
		child_explain(&s->ch, slot_name(b, s));
		err = -EPROTO;
	}
	child_free(&s->ch);
	return err;
}

/* An fd of the program it has attached (close it), or -errno */
int slot_prog_fd(struct bench *b, struct slot *s)
{
	int fd;

	switch (s->kind) {
	case SLOT_NONE:
		return -ENOENT;
	case SLOT_INPROC:
		fd = inproc_prog_fd(&b->ip, (enum inproc_prog)s->arg);
		return fd < 0 ? fd : dup(fd);
	default:
		return progstat_find(s->ch.pid);
	}
}

/* The loader's own matching writes: batches of n, ns per write of each */
int slot_match(struct bench *b, struct slot *s, long n, int batches,
	       double *ns)
{
	char cmd[64], line[1024], *p, *end;
	int i, err;

	if (s->kind == SLOT_INPROC)
		return inproc_match(&b->ip, n, batches, ns);
	snprintf(cmd, sizeof(cmd), "match %ld %d\n", n, batches);
	err = child_send(&s->ch, cmd);
	if (!err)
		err = child_line(&s->ch, line, sizeof(line), SLOT_READY_MS);
	if (err || strncmp(line, "match", 5))
		return err ? err : -EPROTO;
	p = line + 5;
	for (i = 0; i < batches; i++) {
		ns[i] = strtod(p, &end);
		if (end == p)
			return -EPROTO;
		p = end;
	}
	return 0;
}
