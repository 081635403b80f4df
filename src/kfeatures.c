// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * kfeatures.c: probe the running kernel with tiny hand-assembled programs
 * and maps, through the bpf() syscall directly, so the answers do not
 * depend on which libbpf the tool was built with.
 *
 * configure's run-test includes this file (to decide the default data
 * path), before config.h exists; so, unlike the other files, it does not
 * include config.h and needs nothing from it.
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <sys/syscall.h>

#include <linux/bpf.h>

#include "kfeatures.h"

#ifndef BPF_F_MMAPABLE
#define BPF_F_MMAPABLE		(1U << 10)
#endif
#ifndef BPF_PSEUDO_MAP_VALUE
#define BPF_PSEUDO_MAP_VALUE	2
#endif

#define INSN(c, d, s, o, i) \
	((struct bpf_insn){ .code = (c), .dst_reg = (d), .src_reg = (s), \
			    .off = (o), .imm = (i) })
#define MOV64_IMM(d, i)		INSN(BPF_ALU64 | BPF_MOV | BPF_K, d, 0, 0, i)
#define MOV64_REG(d, s)		INSN(BPF_ALU64 | BPF_MOV | BPF_X, d, s, 0, 0)
#define ADD64_IMM(d, i)		INSN(BPF_ALU64 | BPF_ADD | BPF_K, d, 0, 0, i)
#define LDX_W(d, s, o)		INSN(BPF_LDX | BPF_MEM | BPF_W, d, s, o, 0)
#define CALL(id)		INSN(BPF_JMP | BPF_CALL, 0, 0, 0, id)
#define EXIT()			INSN(BPF_JMP | BPF_EXIT, 0, 0, 0, 0)

static long kfeat_bpf(int cmd, union bpf_attr *attr)
{
	return syscall(__NR_bpf, cmd, attr, sizeof(*attr));
}

/* A one-entry array map of 8-byte values; fd, or -errno */
static int kfeat_map_create(unsigned int flags)
{
	union bpf_attr attr;
	int fd;

	memset(&attr, 0, sizeof(attr));
	attr.map_type = BPF_MAP_TYPE_ARRAY;
	attr.key_size = 4;
	attr.value_size = 8;
	attr.max_entries = 1;
	attr.map_flags = flags;
	fd = (int)kfeat_bpf(BPF_MAP_CREATE, &attr);
	return fd < 0 ? -errno : fd;
}

/* Load a program of that type; fd, or -errno */
static int kfeat_prog_load_type(unsigned int type, const struct bpf_insn *insns,
				unsigned int cnt)
{
	union bpf_attr attr;
	int fd;

	memset(&attr, 0, sizeof(attr));
	attr.prog_type = type;
	attr.insns = (unsigned long)insns;
	attr.insn_cnt = cnt;
	attr.license = (unsigned long)"GPL";
	fd = (int)kfeat_bpf(BPF_PROG_LOAD, &attr);
	return fd < 0 ? -errno : fd;
}

/* Load a tracepoint program; fd, or -errno */
static int kfeat_prog_load(const struct bpf_insn *insns, unsigned int cnt)
{
	return kfeat_prog_load_type(BPF_PROG_TYPE_TRACEPOINT, insns, cnt);
}

/* A load or create result as an answer: EINVAL means the kernel lacks it */
static int kfeat_answer(int fd)
{
	if (fd >= 0) {
		close(fd);
		return 1;
	}
	if (fd == -EINVAL || fd == -E2BIG || fd == -EOPNOTSUPP)
		return 0;
	return fd;
}

int kfeat_bpf_syscall(void)
{
	int fd = kfeat_map_create(0);

	if (fd == -ENOSYS)
		return 0;
	return kfeat_answer(fd);
}

/*
 * Does bpf() reach the kernel's BPF code? A lookup in no map (fd -1)
 * answers EBADF there; a seccomp filter that refuses bpf() answers EPERM
 * or ENOSYS before. 1 yes, 0 no.
 */
int kfeat_bpf_reachable(void)
{
	union bpf_attr attr;
	int fd, err;

	/*
	 * A valid fd that is no map: valgrind answers an invalid one (-1)
	 * itself, and the kernel would never be asked.
	 */
	fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return 0;
	memset(&attr, 0, sizeof(attr));
	attr.map_fd = (__u32)fd;
	err = kfeat_bpf(BPF_MAP_LOOKUP_ELEM, &attr) < 0 ? errno : 0;
	close(fd);
	return err == EINVAL || err == EBADF;
}

int kfeat_mmapable_maps(void)
{
	return kfeat_answer(kfeat_map_create(BPF_F_MMAPABLE));
}

/* A trivial tracepoint program: fd, or -errno (the caller closes it) */
int kfeat_tracepoint_prog(void)
{
	const struct bpf_insn insns[] = {
		MOV64_IMM(BPF_REG_0, 0),
		EXIT(),
	};

	return kfeat_prog_load(insns, sizeof(insns) / sizeof(insns[0]));
}

/* A direct load from a map value (ld_imm64 BPF_PSEUDO_MAP_VALUE): 5.2 */
int kfeat_global_data(void)
{
	int map_fd, fd;

	map_fd = kfeat_map_create(0);
	if (map_fd < 0)
		return map_fd;
	{
		const struct bpf_insn insns[] = {
			INSN(BPF_LD | BPF_DW | BPF_IMM, BPF_REG_1,
			     BPF_PSEUDO_MAP_VALUE, 0, map_fd),
			INSN(0, 0, 0, 0, 0),
			LDX_W(BPF_REG_0, BPF_REG_1, 0),
			MOV64_IMM(BPF_REG_0, 0),
			EXIT(),
		};

		fd = kfeat_prog_load(insns, sizeof(insns) / sizeof(insns[0]));
	}
	close(map_fd);
	return kfeat_answer(fd);
}

/* bpf_get_ns_current_pid_tgid(0, 0, fp - 8, 8): 5.7 */
int kfeat_ns_pid_helper(void)
{
	const struct bpf_insn insns[] = {
		MOV64_IMM(BPF_REG_1, 0),
		MOV64_IMM(BPF_REG_2, 0),
		MOV64_REG(BPF_REG_3, BPF_REG_10),
		ADD64_IMM(BPF_REG_3, -8),
		MOV64_IMM(BPF_REG_4, 8),
		CALL(KFEAT_HELPER_GET_NS_CURRENT_PID_TGID),
		MOV64_IMM(BPF_REG_0, 0),
		EXIT(),
	};

	return kfeat_answer(kfeat_prog_load(insns,
					    sizeof(insns) / sizeof(insns[0])));
}

/*
 * BPF memory charged to the memory cgroup instead of RLIMIT_MEMLOCK: 5.11.
 * It has no probe of its own; bpf_ktime_get_coarse_ns came in the same
 * release, and libbpf probes it the same way: in a socket filter, since
 * tracing programs may not call it (it is not safe in NMI context).
 */
int kfeat_memcg_accounting(void)
{
	const struct bpf_insn insns[] = {
		CALL(KFEAT_HELPER_KTIME_GET_COARSE_NS),
		MOV64_IMM(BPF_REG_0, 0),
		EXIT(),
	};

	return kfeat_answer(kfeat_prog_load_type(BPF_PROG_TYPE_SOCKET_FILTER,
			    insns, sizeof(insns) / sizeof(insns[0])));
}
