// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * bpf-try: make one bpf() (or perf) call and print how it went, for the
 * personality's self-test. No libbpf: what the kernel (or the supervisor)
 * answers is printed as is.
 *
 *   bpf-try WHAT [ARG]   prints "WHAT: ok" or "WHAT: EINVAL" (the errno)
 *   bpf-try memcg        the loader's own probe (src/kfeatures.c) for BPF
 *                        memory charged to the memory cgroup (5.11):
 *                        "memcg: yes", "memcg: no" or the errno
 *
 * Exit status 0 when the call was made (whatever its result), 2 on misuse.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>

#include <linux/bpf.h>
#include <linux/btf.h>
#include <linux/perf_event.h>

#include "kfeatures.h"

#define INSN(c, d, s, o, i) \
	((struct bpf_insn){ .code = (c), .dst_reg = (d), .src_reg = (s), \
			    .off = (o), .imm = (i) })
#define MOV64_IMM(d, i)		INSN(BPF_ALU64 | BPF_MOV | BPF_K, d, 0, 0, i)
#define EXIT()			INSN(BPF_JMP | BPF_EXIT, 0, 0, 0, 0)
#define N(a)			(sizeof(a) / sizeof((a)[0]))

static int sys_bpf(int cmd, union bpf_attr *attr)
{
	int fd = (int)syscall(SYS_bpf, cmd, attr, sizeof(*attr));

	return fd < 0 ? -errno : fd;
}

static int map_create(unsigned int flags)
{
	union bpf_attr attr;

	memset(&attr, 0, sizeof(attr));
	attr.map_type = BPF_MAP_TYPE_ARRAY;
	attr.key_size = 4;
	attr.value_size = 8;
	attr.max_entries = 1;
	attr.map_flags = flags;
	return sys_bpf(BPF_MAP_CREATE, &attr);
}

static int prog_load_type(unsigned int type, const struct bpf_insn *insns,
			  unsigned int cnt, const char *name)
{
	union bpf_attr attr;

	memset(&attr, 0, sizeof(attr));
	attr.prog_type = type;
	attr.insns = (unsigned long)insns;
	attr.insn_cnt = cnt;
	attr.license = (unsigned long)"GPL";
	if (name)
		strncpy(attr.prog_name, name, sizeof(attr.prog_name) - 1);
	return sys_bpf(BPF_PROG_LOAD, &attr);
}

static int prog_load(const struct bpf_insn *insns, unsigned int cnt)
{
	return prog_load_type(BPF_PROG_TYPE_TRACEPOINT, insns, cnt, NULL);
}

static int try_trivial(void)
{
	const struct bpf_insn insns[] = { MOV64_IMM(0, 0), EXIT() };

	return prog_load(insns, N(insns));
}

static int try_named(void)
{
	const struct bpf_insn insns[] = { MOV64_IMM(0, 0), EXIT() };

	return prog_load_type(BPF_PROG_TYPE_TRACEPOINT, insns, N(insns),
			      "bpf_try");
}

/*
 * call HELPER; r0 = 0; exit, as a socket filter, like libbpf's probes
 * (helpers without arguments only; tracing programs may not call some,
 * such as ktime_get_coarse_ns)
 */
static int try_helper(int id)
{
	const struct bpf_insn insns[] = {
		INSN(BPF_JMP | BPF_CALL, 0, 0, 0, id), MOV64_IMM(0, 0), EXIT(),
	};

	return prog_load_type(BPF_PROG_TYPE_SOCKET_FILTER, insns, N(insns),
			      NULL);
}

/* r1 = &map[0] (ld_imm64 BPF_PSEUDO_MAP_VALUE); r0 = *(u32 *)r1 */
static int try_global_data(void)
{
	int map = map_create(0), fd;

	if (map < 0)
		return map;
	{
		const struct bpf_insn insns[] = {
			INSN(BPF_LD | BPF_DW | BPF_IMM, 1, BPF_PSEUDO_MAP_VALUE,
			     0, map),
			INSN(0, 0, 0, 0, 0),
			INSN(BPF_LDX | BPF_MEM | BPF_W, 0, 1, 0, 0),
			MOV64_IMM(0, 0), EXIT(),
		};

		fd = prog_load(insns, N(insns));
	}
	close(map);
	return fd;
}

/* if w0 == 0 goto +0 (JMP32, ISA v3) */
static int try_jmp32(void)
{
	const struct bpf_insn insns[] = {
		MOV64_IMM(0, 0),
		INSN(BPF_JMP32 | BPF_JEQ | BPF_K, 0, 0, 0, 0),
		EXIT(),
	};

	return prog_load(insns, N(insns));
}

static int try_freeze(void)
{
	union bpf_attr attr;
	int map = map_create(0), err;

	if (map < 0)
		return map;
	memset(&attr, 0, sizeof(attr));
	attr.map_fd = (__u32)map;
	err = sys_bpf(BPF_MAP_FREEZE, &attr);
	close(map);
	return err;
}

/* A map whose attr names BTF types (fields from 4.18) */
static int try_map_btf(void)
{
	union bpf_attr attr;

	memset(&attr, 0, sizeof(attr));
	attr.map_type = BPF_MAP_TYPE_ARRAY;
	attr.key_size = 4;
	attr.value_size = 8;
	attr.max_entries = 1;
	attr.btf_fd = 9999;
	attr.btf_key_type_id = 1;
	attr.btf_value_type_id = 1;
	return sys_bpf(BPF_MAP_CREATE, &attr);
}

/* BTF: [1] int; with_func also [2] func_proto () -> int, [3] static fn */
static int try_btf(int with_func)
{
	static const char strs[] = "\0int\0fn";
	unsigned char buf[128];
	struct btf_header *h = (struct btf_header *)buf;
	__u32 *p = (__u32 *)(buf + sizeof(*h));
	union bpf_attr attr;
	unsigned int n = 0;

	memset(buf, 0, sizeof(buf));
	p[n++] = 1;
	p[n++] = BTF_KIND_INT << 24;
	p[n++] = 4;
	p[n++] = 32;
	if (with_func) {
		p[n++] = 0;
		p[n++] = BTF_KIND_FUNC_PROTO << 24;
		p[n++] = 1;
		p[n++] = 5;
		p[n++] = BTF_KIND_FUNC << 24;
		p[n++] = 2;
	}
	h->magic = BTF_MAGIC;
	h->version = BTF_VERSION;
	h->hdr_len = sizeof(*h);
	h->type_len = n * 4;
	h->str_off = n * 4;
	h->str_len = sizeof(strs);
	memcpy(buf + sizeof(*h) + n * 4, strs, sizeof(strs));

	memset(&attr, 0, sizeof(attr));
	attr.btf = (unsigned long)buf;
	attr.btf_size = (__u32)(sizeof(*h) + n * 4 + sizeof(strs));
	return sys_bpf(BPF_BTF_LOAD, &attr);
}

/* A perf link to no perf event: EBADF where the kernel has such links */
static int try_link_perf(void)
{
	union bpf_attr attr;
	int prog = try_trivial(), err;

	if (prog < 0)
		return prog;
	memset(&attr, 0, sizeof(attr));
	attr.link_create.prog_fd = (__u32)prog;
	attr.link_create.target_fd = (__u32)-1;
	attr.link_create.attach_type = BPF_PERF_EVENT;
	err = sys_bpf(BPF_LINK_CREATE, &attr);
	close(prog);
	return err;
}

/* The id of a tracepoint, e.g. "syscalls/sys_enter_write" */
static int tp_id(const char *event)
{
	char path[256];
	FILE *f;
	int id = -1;

	snprintf(path, sizeof(path), "/sys/kernel/tracing/events/%s/id",
		 event);
	f = fopen(path, "re");
	if (!f)
		return -errno;
	if (fscanf(f, "%d", &id) != 1)
		id = -EINVAL;
	fclose(f);
	return id;
}

/* Attach a trivial program to event; hold it for hold seconds */
static int try_attach(const char *event, unsigned int hold)
{
	struct perf_event_attr pa;
	int id = tp_id(event), pfd, prog, err = 0;

	if (id < 0)
		return id;
	memset(&pa, 0, sizeof(pa));
	pa.type = PERF_TYPE_TRACEPOINT;
	pa.size = sizeof(pa);
	pa.config = (__u64)id;
	pa.sample_period = 1;
	pfd = (int)syscall(SYS_perf_event_open, &pa, -1, 0, -1,
			   PERF_FLAG_FD_CLOEXEC);
	if (pfd < 0)
		return -errno;
	prog = try_trivial();
	if (prog < 0) {
		close(pfd);
		return prog;
	}
	if (ioctl(pfd, PERF_EVENT_IOC_SET_BPF, prog))
		err = -errno;
	if (!err && hold) {
		printf("holding %s\n", event);
		fflush(stdout);
		sleep(hold);
	}
	close(prog);
	close(pfd);
	return err;
}

static int try(const char *what, const char *arg)
{
	if (!strcmp(what, "map"))
		return map_create(0);
	if (!strcmp(what, "mmapable"))
		return map_create(BPF_F_MMAPABLE);
	if (!strcmp(what, "map-btf"))
		return try_map_btf();
	if (!strcmp(what, "prog"))
		return try_trivial();
	if (!strcmp(what, "prog-name"))
		return try_named();
	if (!strcmp(what, "helper") && arg)
		return try_helper(atoi(arg));
	if (!strcmp(what, "global-data"))
		return try_global_data();
	if (!strcmp(what, "jmp32"))
		return try_jmp32();
	if (!strcmp(what, "freeze"))
		return try_freeze();
	if (!strcmp(what, "btf"))
		return try_btf(0);
	if (!strcmp(what, "btf-func"))
		return try_btf(1);
	if (!strcmp(what, "link-perf"))
		return try_link_perf();
	if (!strcmp(what, "attach") && arg)
		return try_attach(arg, 0);
	if (!strcmp(what, "attach-hold") && arg)
		return try_attach(arg, 3);
	return -EDOM;
}

int main(int argc, char **argv)
{
	int ret;

	if (argc < 2) {
		fprintf(stderr, "usage: bpf-try WHAT [ARG]\n");
		return 2;
	}
	if (!strcmp(argv[1], "memcg")) {
		ret = kfeat_memcg_accounting();
		printf("memcg: %s\n", ret == 1 ? "yes" : ret == 0 ? "no" :
		       strerrorname_np(-ret));
		return 0;
	}
	ret = try(argv[1], argc > 2 ? argv[2] : NULL);
	if (ret == -EDOM) {
		fprintf(stderr, "bpf-try: unknown test '%s'\n", argv[1]);
		return 2;
	}
	if (ret >= 0)
		close(ret);
	printf("%s%s%s: %s\n", argv[1], argc > 2 ? " " : "",
	       argc > 2 ? argv[2] : "", ret >= 0 ? "ok" : strerrorname_np(-ret));
	return 0;
}
