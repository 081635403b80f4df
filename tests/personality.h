/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * personality.h: what the parts of tests/personality share. See
 * personality.c for what the tool does and how.
 */
#ifndef BPFM_PERSONALITY_H
#define BPFM_PERSONALITY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include <linux/seccomp.h>

/* A kernel version, comparable with < and > */
#define KV(major, minor)	((unsigned int)(major) * 256U + (minor))
#define KV_MAJOR(kv)		((kv) / 256U)
#define KV_MINOR(kv)		((kv) % 256U)
#define KV_NEVER		KV(255, 0)	/* not in any emulated kernel */

/* The personality in force, and -v */
extern unsigned int pers_kv;
extern int pers_verbose;

/* One intercepted system call */
struct pers_call {
	int listener;
	const struct seccomp_notif *req;
	int mem_fd;		/* /proc/PID/mem, opened on first use */
	int pidfd;		/* opened on first use */
};

/* How to answer it */
enum pers_kind {
	PERS_CONTINUE,		/* let the running kernel do it */
	PERS_FAIL,		/* fail with err */
	PERS_RETURN,		/* return val without running it */
	PERS_ANSWERED,		/* already answered (SECCOMP_ADDFD_FLAG_SEND) */
};

struct pers_answer {
	enum pers_kind kind;
	int err;
	long long val;
	char why[200];		/* for -v */
};

void pers_fail(struct pers_answer *a, int err, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void pers_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
const char *pers_kvstr(unsigned int kv);

/* personality-filter.c */
int pers_filter_install(bool perf);

/* personality-task.c: the task that made the call */
int task_read(struct pers_call *c, uint64_t addr, void *buf, size_t len);
int task_write(struct pers_call *c, uint64_t addr, const void *buf,
	       size_t len);
int task_getfd(struct pers_call *c, int fd);
bool task_has_cap(const struct pers_call *c, int bit);
int task_memlock(const struct pers_call *c, uint64_t *limit);
void task_done(struct pers_call *c);

/* personality-kernel.c: which kernel brought what */
unsigned int kern_bpf_cmd(unsigned int cmd, const char **name);
unsigned int kern_prog_type(unsigned int type);
unsigned int kern_map_type(unsigned int type);
unsigned int kern_map_flags(unsigned int flags);
unsigned int kern_prog_flags(unsigned int flags);
unsigned int kern_helper(int id);
unsigned int kern_ld_imm64(unsigned int src_reg);
unsigned int kern_btf_kind(unsigned int kind);
size_t kern_attr_size(unsigned int kv);
size_t kern_attr_end(unsigned int kv, unsigned int cmd);
unsigned int kern_max_insns(unsigned int kv);

/* personality-bpf.c, personality-perf.c */
void pers_bpf(struct pers_call *c, struct pers_answer *a);
void pers_perf_open(struct pers_call *c, struct pers_answer *a);
void pers_perf_set_bpf(struct pers_call *c, struct pers_answer *a);

#endif /* BPFM_PERSONALITY_H */
