// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * personality-kernel.c: which kernel release brought which piece of the
 * bpf() interface. Each lookup returns the first release (KV(major,
 * minor)) that has the thing, or 0 when the table does not know it (the
 * caller then lets the running kernel decide).
 *
 * Sources: iovisor/bcc docs/kernel-versions.md and the project's facts
 * sheet (helpers, program and map types, commands), kernelnewbies, and the
 * history of union bpf_attr in include/uapi/linux/bpf.h (the attr fields).
 * Offsets come from the installed header, so only the releases are typed
 * in here.
 */
#include "config.h"

#include <stddef.h>

#include <linux/bpf.h>

#include "personality.h"

#define N(a)			(sizeof(a) / sizeof((a)[0]))
#define END(field)		(offsetof(union bpf_attr, field) + \
				 sizeof(((union bpf_attr *)0)->field))

struct since {
	unsigned int id;
	unsigned int kv;
};

static unsigned int since_lookup(const struct since *t, size_t n,
				 unsigned int id)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (t[i].id == id)
			return t[i].kv;
	return 0;
}

static const char *const cmd_names[] = {
	"BPF_MAP_CREATE", "BPF_MAP_LOOKUP_ELEM", "BPF_MAP_UPDATE_ELEM",
	"BPF_MAP_DELETE_ELEM", "BPF_MAP_GET_NEXT_KEY", "BPF_PROG_LOAD",
	"BPF_OBJ_PIN", "BPF_OBJ_GET", "BPF_PROG_ATTACH", "BPF_PROG_DETACH",
	"BPF_PROG_TEST_RUN", "BPF_PROG_GET_NEXT_ID", "BPF_MAP_GET_NEXT_ID",
	"BPF_PROG_GET_FD_BY_ID", "BPF_MAP_GET_FD_BY_ID",
	"BPF_OBJ_GET_INFO_BY_FD", "BPF_PROG_QUERY",
	"BPF_RAW_TRACEPOINT_OPEN", "BPF_BTF_LOAD", "BPF_BTF_GET_FD_BY_ID",
	"BPF_TASK_FD_QUERY", "BPF_MAP_LOOKUP_AND_DELETE_ELEM",
	"BPF_MAP_FREEZE", "BPF_BTF_GET_NEXT_ID", "BPF_MAP_LOOKUP_BATCH",
	"BPF_MAP_LOOKUP_AND_DELETE_BATCH", "BPF_MAP_UPDATE_BATCH",
	"BPF_MAP_DELETE_BATCH", "BPF_LINK_CREATE", "BPF_LINK_UPDATE",
	"BPF_LINK_GET_FD_BY_ID", "BPF_LINK_GET_NEXT_ID", "BPF_ENABLE_STATS",
	"BPF_ITER_CREATE", "BPF_LINK_DETACH", "BPF_PROG_BIND_MAP",
};

/* By command number (enum bpf_cmd) */
static const unsigned int cmd_since[] = {
	KV(3, 18), KV(3, 18), KV(3, 18), KV(3, 18), KV(3, 18), KV(3, 18),
	KV(4, 4), KV(4, 4),			/* OBJ_PIN, OBJ_GET */
	KV(4, 10), KV(4, 10),			/* PROG_ATTACH, _DETACH */
	KV(4, 12),				/* PROG_TEST_RUN */
	KV(4, 13), KV(4, 13), KV(4, 13), KV(4, 13), KV(4, 13), /* ids */
	KV(4, 15),				/* PROG_QUERY */
	KV(4, 17),				/* RAW_TRACEPOINT_OPEN */
	KV(4, 18), KV(4, 18), KV(4, 18),	/* BTF_LOAD, ..., TASK_FD_QUERY */
	KV(4, 20),				/* LOOKUP_AND_DELETE_ELEM */
	KV(5, 2),				/* MAP_FREEZE */
	KV(5, 4),				/* BTF_GET_NEXT_ID */
	KV(5, 6), KV(5, 6), KV(5, 6), KV(5, 6),	/* batch ops */
	KV(5, 7), KV(5, 7),			/* LINK_CREATE, LINK_UPDATE */
	KV(5, 8), KV(5, 8), KV(5, 8), KV(5, 8),	/* link ids, stats, iter */
	KV(5, 9),				/* LINK_DETACH */
	KV(5, 10),				/* PROG_BIND_MAP */
};

unsigned int kern_bpf_cmd(unsigned int cmd, const char **name)
{
	if (name)
		*name = cmd < N(cmd_names) ? cmd_names[cmd] : "BPF_?";
	return cmd < N(cmd_since) ? cmd_since[cmd] : 0;
}

/* By program type (enum bpf_prog_type) */
static const unsigned int prog_type_since[] = {
	0, KV(3, 19), KV(4, 1), KV(4, 1), KV(4, 1),	/* ..., SCHED_ACT */
	KV(4, 7), KV(4, 8), KV(4, 9),		/* TRACEPOINT, XDP, PERF_EVENT */
	KV(4, 10), KV(4, 10), KV(4, 10), KV(4, 10), KV(4, 10), /* cgroup, lwt */
	KV(4, 13), KV(4, 14), KV(4, 15),	/* SOCK_OPS, SK_SKB, CGROUP_DEVICE */
	KV(4, 17), KV(4, 17), KV(4, 17),	/* SK_MSG, RAW_TP, SOCK_ADDR */
	KV(4, 18), KV(4, 18), KV(4, 19),	/* SEG6LOCAL, LIRC, REUSEPORT */
	KV(4, 20), KV(5, 2), KV(5, 2),		/* FLOW_DISSECTOR, SYSCTL, RAW_TP_W */
	KV(5, 3), KV(5, 5), KV(5, 6), KV(5, 6),	/* SOCKOPT, TRACING, ST_OPS, EXT */
	KV(5, 7), KV(5, 9), KV(5, 14),		/* LSM, SK_LOOKUP, SYSCALL */
};

unsigned int kern_prog_type(unsigned int type)
{
	return type < N(prog_type_since) ? prog_type_since[type] : 0;
}

/* By map type (enum bpf_map_type) */
static const unsigned int map_type_since[] = {
	0, KV(3, 19), KV(3, 19), KV(4, 2), KV(4, 3),	/* ..., PERF_EVENT_ARRAY */
	KV(4, 6), KV(4, 6), KV(4, 6), KV(4, 8),	/* PERCPU x2, STACK, CGROUP */
	KV(4, 10), KV(4, 10), KV(4, 11),	/* LRU x2, LPM_TRIE */
	KV(4, 12), KV(4, 12), KV(4, 14), KV(4, 14), /* of maps x2, DEV, SOCK */
	KV(4, 15), KV(4, 18), KV(4, 18),	/* CPUMAP, XSKMAP, SOCKHASH */
	KV(4, 19), KV(4, 19), KV(4, 20),	/* CGROUP_STORAGE, REUSEPORT, PERCPU */
	KV(4, 20), KV(4, 20), KV(5, 2),		/* QUEUE, STACK, SK_STORAGE */
	KV(5, 4), KV(5, 6), KV(5, 8),		/* DEVMAP_HASH, STRUCT_OPS, RINGBUF */
	KV(5, 10), KV(5, 11), KV(5, 16),	/* INODE, TASK storage, BLOOM */
};

unsigned int kern_map_type(unsigned int type)
{
	return type < N(map_type_since) ? map_type_since[type] : 0;
}

/*
 * The newest release among the flags set, KV_NEVER for a flag no table
 * row knows (left to the running kernel by the caller: 0 is returned
 * only when flags is 0).
 */
static unsigned int flags_since(const struct since *t, size_t n,
				unsigned int flags)
{
	unsigned int kv = 0, bit, s;

	for (bit = 0; bit < 32; bit++) {
		if (!(flags & (1U << bit)))
			continue;
		s = since_lookup(t, n, 1U << bit);
		if (!s)
			return 0;
		if (s > kv)
			kv = s;
	}
	return kv;
}

static const struct since map_flag_since[] = {
	{ 1U << 0, KV(4, 6) },		/* BPF_F_NO_PREALLOC */
	{ 1U << 1, KV(4, 10) },		/* BPF_F_NO_COMMON_LRU */
	{ 1U << 2, KV(4, 14) },		/* BPF_F_NUMA_NODE */
	{ 1U << 3, KV(4, 15) },		/* BPF_F_RDONLY */
	{ 1U << 4, KV(4, 15) },		/* BPF_F_WRONLY */
	{ 1U << 5, KV(4, 18) },		/* BPF_F_STACK_BUILD_ID */
	{ 1U << 6, KV(5, 0) },		/* BPF_F_ZERO_SEED */
	{ 1U << 7, KV(5, 2) },		/* BPF_F_RDONLY_PROG */
	{ 1U << 8, KV(5, 2) },		/* BPF_F_WRONLY_PROG */
	{ 1U << 9, KV(5, 4) },		/* BPF_F_CLONE */
	{ 1U << 10, KV(5, 5) },		/* BPF_F_MMAPABLE */
	{ 1U << 11, KV(5, 10) },	/* BPF_F_PRESERVE_ELEMS */
	{ 1U << 12, KV(5, 10) },	/* BPF_F_INNER_MAP */
};

unsigned int kern_map_flags(unsigned int flags)
{
	return flags_since(map_flag_since, N(map_flag_since), flags);
}

static const struct since prog_flag_since[] = {
	{ 1U << 0, KV(4, 12) },		/* BPF_F_STRICT_ALIGNMENT */
	{ 1U << 1, KV(5, 0) },		/* BPF_F_ANY_ALIGNMENT */
	{ 1U << 2, KV(5, 3) },		/* BPF_F_TEST_RND_HI32 */
	{ 1U << 3, KV(5, 4) },		/* BPF_F_TEST_STATE_FREQ */
	{ 1U << 4, KV(5, 10) },		/* BPF_F_SLEEPABLE */
	{ 1U << 5, KV(5, 18) },		/* BPF_F_XDP_HAS_FRAGS */
};

unsigned int kern_prog_flags(unsigned int flags)
{
	return flags_since(prog_flag_since, N(prog_flag_since), flags);
}

/*
 * Helpers are numbered in the order they were merged, so one row per
 * release (the highest id it has) is the whole table. Where bcc's list and
 * the numbering disagree (xdp_output, 121, is listed as 5.6 but comes after
 * get_ns_current_pid_tgid, 120, listed as 5.7), the later release wins.
 */
static const struct since helper_last[] = {
	{ 3, KV(3, 19) },	/* map_{lookup,update,delete}_elem */
	{ 11, KV(4, 1) },	/* probe_read, ktime_get_ns, trace_printk, ... */
	{ 16, KV(4, 2) },	/* tail_call, get_current_{pid_tgid,uid_gid,comm} */
	{ 22, KV(4, 3) },	/* perf_event_read */
	{ 25, KV(4, 4) },	/* perf_event_output */
	{ 26, KV(4, 5) },	/* skb_load_bytes */
	{ 30, KV(4, 6) },	/* get_stackid */
	{ 36, KV(4, 8) },	/* get_current_task, probe_write_user */
	{ 41, KV(4, 9) },	/* current_task_under_cgroup */
	{ 44, KV(4, 10) },	/* get_numa_node_id, xdp_adjust_head */
	{ 45, KV(4, 11) },	/* probe_read_str */
	{ 47, KV(4, 12) },	/* get_socket_cookie, get_socket_uid */
	{ 50, KV(4, 13) },	/* set_hash, setsockopt, skb_adjust_room */
	{ 53, KV(4, 14) },	/* redirect_map, sock_map_update */
	{ 57, KV(4, 15) },	/* perf_event_read_value, getsockopt */
	{ 59, KV(4, 16) },	/* override_return */
	{ 64, KV(4, 17) },	/* msg_*, bind */
	{ 80, KV(4, 18) },	/* get_stack, get_current_cgroup_id */
	{ 83, KV(4, 19) },	/* get_local_storage */
	{ 90, KV(4, 20) },	/* sk_lookup_*, map_push/pop/peek_elem */
	{ 92, KV(5, 0) },	/* msg_pop_data, rc_pointer_rel */
	{ 98, KV(5, 1) },	/* spin_lock, tcp_sock */
	{ 108, KV(5, 2) },	/* sysctl_*, strtol, sk_storage_* */
	{ 110, KV(5, 3) },	/* send_signal, tcp_gen_syncookie */
	{ 118, KV(5, 5) },	/* probe_read_{user,kernel}, jiffies64 */
	{ 119, KV(5, 6) },	/* read_branch_records */
	{ 124, KV(5, 7) },	/* get_ns_current_pid_tgid, xdp_output, sk_assign */
	{ 135, KV(5, 8) },	/* ktime_get_boot_ns, seq_*, ringbuf_* */
	{ 141, KV(5, 9) },	/* skc_to_*, get_task_stack */
	{ 155, KV(5, 10) },	/* d_path, copy_from_user, per_cpu_ptr */
	{ 162, KV(5, 11) },	/* task_storage_*, ktime_get_coarse_ns */
	{ 163, KV(5, 12) },	/* check_mtu */
	{ 168, KV(5, 13) },	/* for_each_map_elem, snprintf, sys_bpf */
	{ 172, KV(5, 15) },	/* timer_* */
	{ 175, KV(5, 15) },	/* get_func_ip, get_attach_cookie */
	{ 179, KV(5, 16) },	/* trace_vprintk, kallsyms_lookup_name */
};

unsigned int kern_helper(int id)
{
	size_t i;

	if (id <= 0)
		return 0;
	for (i = 0; i < N(helper_last); i++)
		if ((unsigned int)id <= helper_last[i].id)
			return helper_last[i].kv;
	/* Newer than the table: newer than any release it describes */
	return KV(5, 17);
}

/* ld_imm64 src_reg: BPF_PSEUDO_MAP_FD, _MAP_VALUE, _BTF_ID, _FUNC, ... */
static const unsigned int ld_imm64_since[] = {
	KV(3, 18), KV(3, 18), KV(5, 2), KV(5, 10), KV(5, 13), KV(5, 14),
	KV(5, 14),
};

unsigned int kern_ld_imm64(unsigned int src_reg)
{
	return src_reg < N(ld_imm64_since) ? ld_imm64_since[src_reg] : 0;
}

/* BTF kinds: INT ... RESTRICT, FUNC, FUNC_PROTO, VAR, DATASEC, FLOAT, ... */
static const unsigned int btf_kind_since[] = {
	0, KV(4, 18), KV(4, 18), KV(4, 18), KV(4, 18), KV(4, 18), KV(4, 18),
	KV(4, 18), KV(4, 18), KV(4, 18), KV(4, 18), KV(4, 18),
	KV(5, 0), KV(5, 0), KV(5, 2), KV(5, 2), KV(5, 13), KV(5, 16),
	KV(5, 17), KV(6, 0),
};

unsigned int kern_btf_kind(unsigned int kind)
{
	return kind < N(btf_kind_since) ? btf_kind_since[kind] : 0;
}

/*
 * The attr fields of the two commands that grew the most, and the release
 * that added each. Through 5.16 the largest member of union bpf_attr was
 * always BPF_PROG_LOAD's, so its end also gives the size of the union.
 */
static const struct since map_create_end[] = {
	{ END(max_entries), KV(3, 18) },
	{ END(map_flags), KV(4, 6) },
	{ END(inner_map_fd), KV(4, 12) },
	{ END(numa_node), KV(4, 14) },
	{ END(map_name), KV(4, 15) },
	{ END(map_ifindex), KV(4, 16) },
	{ END(btf_value_type_id), KV(4, 18) },
	{ END(btf_vmlinux_value_type_id), KV(5, 6) },
	{ END(map_extra), KV(5, 16) },
};

static const struct since prog_load_end[] = {
	{ END(log_buf), KV(3, 18) },
	{ END(kern_version), KV(4, 1) },
	{ END(prog_flags), KV(4, 12) },
	{ END(prog_ifindex), KV(4, 15) },	/* and prog_name */
	{ END(expected_attach_type), KV(4, 17) },
	{ END(line_info_cnt), KV(5, 0) },	/* prog_btf_fd, func_info */
	{ END(attach_prog_fd), KV(5, 5) },	/* and attach_btf_id */
	{ END(fd_array), KV(5, 14) },
	{ END(core_relo_rec_size), KV(5, 17) },
};

/* Where the last field that kv knows ends; 0: not modelled */
static size_t ends_lookup(const struct since *t, size_t n, unsigned int kv)
{
	size_t i, end = 0;

	if (kv >= KV(5, 17))
		return 0;
	for (i = 0; i < n; i++)
		if (t[i].kv <= kv)
			end = t[i].id;
	return end;
}

size_t kern_attr_end(unsigned int kv, unsigned int cmd)
{
	switch (cmd) {
	case BPF_MAP_CREATE:
		return ends_lookup(map_create_end, N(map_create_end), kv);
	case BPF_PROG_LOAD:
		return ends_lookup(prog_load_end, N(prog_load_end), kv);
	default:
		return 0;
	}
}

/* sizeof(union bpf_attr) in kv; 0: not modelled (5.17 and later) */
size_t kern_attr_size(unsigned int kv)
{
	size_t end = kern_attr_end(kv, BPF_PROG_LOAD);

	return (end + 7) & ~(size_t)7;
}

/* BPF_MAXINSNS until 5.2 raised it for privileged loaders */
unsigned int kern_max_insns(unsigned int kv)
{
	return kv < KV(5, 2) ? 4096 : 1000000;
}
