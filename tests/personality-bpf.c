// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * personality-bpf.c: answer bpf() as the personality's kernel would, for
 * what that kernel lacks; everything else goes on to the running kernel.
 *
 * The checks follow the order of the old kernels' own code paths:
 *  - attr bytes past the end of that kernel's union bpf_attr: E2BIG when
 *    not zero (the generic size check, before the command is looked at);
 *  - a command that kernel does not have: EINVAL;
 *  - attr bytes past the command's last field in that kernel: EINVAL
 *    (CHECK_ATTR); modelled for BPF_MAP_CREATE and BPF_PROG_LOAD, where
 *    the fields grew (names 4.15, BTF ids 4.18, func_info 5.0, ...);
 *  - BPF_MAP_CREATE: map type, then flags (BPF_F_MMAPABLE 5.5, ...):
 *    EINVAL; then RLIMIT_MEMLOCK: EPERM;
 *  - BPF_PROG_LOAD: flags EINVAL, instruction count E2BIG, RLIMIT_MEMLOCK
 *    EPERM, program type EINVAL, then the instructions, as the verifier
 *    would see them: instruction classes and opcodes (JMP32 5.1, ...),
 *    ld_imm64 kinds (map values, that is global data, 5.2), helpers newer
 *    than the kernel, bpf-to-bpf calls (4.16): EINVAL, with the verifier's
 *    own words written to the caller's log buffer when it gave one;
 *  - BPF_BTF_LOAD: type kinds newer than the kernel (FUNC 5.0, DATASEC 5.2,
 *    ...) and global functions (5.6): EINVAL;
 *  - BPF_LINK_CREATE for a perf event (5.15): EINVAL, so that libbpf falls
 *    back to PERF_EVENT_IOC_SET_BPF as it does on those kernels.
 *
 * RLIMIT_MEMLOCK (kernels before 5.11 charged BPF memory to it, summed
 * over all of the user's processes): a map or program is refused with
 * EPERM when the caller's soft limit is below 1 MiB (taken as what the
 * user has locked already: other BPF objects, mlock()) plus the object's
 * own size rounded up to pages. Infinity always passes.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <linux/bpf.h>
#include <linux/btf.h>

#include "personality.h"

#define ATTR_MAX		4096	/* the kernels' own limit: a page */
#define PAGE			4096ULL
#define MEMLOCK_IN_USE		(1ULL << 20)
#define BTF_MAX			(64U << 20)
#define BPF_MEMSX_MODE		0x80	/* ldsx, ISA v4 (6.6) */

static bool nonzero(const unsigned char *p, size_t from, size_t to)
{
	for (; from < to; from++)
		if (p[from])
			return true;
	return false;
}

/* An error for a feature the personality's kernel lacks */
static void refuse(struct pers_answer *a, int err, unsigned int since,
		   const char *what)
{
	pers_fail(a, err, "%s: needs Linux %s", what, pers_kvstr(since));
}

static uint64_t pages(uint64_t bytes)
{
	return (bytes + PAGE - 1) / PAGE * PAGE;
}

/* EPERM for a low RLIMIT_MEMLOCK, before 5.11; true when refused */
static bool bpf_memlock(struct pers_call *c, uint64_t charge,
			struct pers_answer *a)
{
	uint64_t limit;

	if (pers_kv >= KV(5, 11) || task_memlock(c, &limit))
		return false;
	charge = pages(charge);
	if (limit == ~0ULL || limit >= MEMLOCK_IN_USE + charge)
		return false;
	pers_fail(a, EPERM,
		  "RLIMIT_MEMLOCK is %llu KiB: below 1 MiB already locked + %llu KiB for this object (charged before 5.11)",
		  (unsigned long long)limit / 1024,
		  (unsigned long long)charge / 1024);
	return true;
}

static void bpf_map_create(struct pers_call *c, const union bpf_attr *attr,
			   struct pers_answer *a)
{
	uint64_t charge;
	unsigned int since;
	char what[64];

	since = kern_map_type(attr->map_type);
	if (since > pers_kv) {
		snprintf(what, sizeof(what), "map type %u", attr->map_type);
		refuse(a, EINVAL, since, what);
		return;
	}
	since = kern_map_flags(attr->map_flags);
	if (since > pers_kv) {
		snprintf(what, sizeof(what), "map flags 0x%x", attr->map_flags);
		refuse(a, EINVAL, since, what);
		return;
	}
	charge = ((uint64_t)attr->key_size + 7) / 8 * 8;
	charge += ((uint64_t)attr->value_size + 7) / 8 * 8;
	charge = charge * attr->max_entries + PAGE;
	bpf_memlock(c, charge, a);
}

/*
 * The first instruction that kernel's verifier would not know: 0, or
 * -EINVAL with the verifier's message in msg.
 */
static int bpf_insns_check(const struct bpf_insn *insn, unsigned int cnt,
			   char *msg, size_t size, unsigned int *since)
{
	unsigned int i, class, op, s;

	for (i = 0; i < cnt; i++) {
		class = BPF_CLASS(insn[i].code);
		op = BPF_OP(insn[i].code);
		s = 0;
		if (class == BPF_JMP32 && KV(5, 1) > pers_kv) {
			s = KV(5, 1);
			snprintf(msg, size, "unknown insn class %u\n", class);
		} else if ((class == BPF_JMP || class == BPF_JMP32) &&
			   op >= BPF_JLT && op <= BPF_JSLE &&
			   KV(4, 14) > pers_kv) {
			s = KV(4, 14);
			snprintf(msg, size, "invalid BPF_JMP opcode %x\n", op);
		} else if (class == BPF_JMP32 && op == BPF_JA &&
			   KV(6, 6) > pers_kv) {
			s = KV(6, 6);
			snprintf(msg, size, "invalid BPF_JMP32 opcode %x\n", op);
		} else if (insn[i].code == (BPF_JMP | BPF_CALL) &&
			   insn[i].src_reg == 0) {
			s = kern_helper(insn[i].imm);
			snprintf(msg, size, "invalid func unknown#%d\n",
				 insn[i].imm);
		} else if (insn[i].code == (BPF_JMP | BPF_CALL)) {
			s = insn[i].src_reg == BPF_PSEUDO_CALL ? KV(4, 16) :
							      KV(5, 13);
			snprintf(msg, size, "BPF_CALL uses reserved fields\n");
		} else if (insn[i].code == (BPF_LD | BPF_IMM | BPF_DW)) {
			s = kern_ld_imm64(insn[i].src_reg);
			snprintf(msg, size, "unrecognized bpf_ld_imm64 insn\n");
			if (s <= pers_kv)
				i++;	/* its second half */
		} else if (class == BPF_STX &&
			   BPF_MODE(insn[i].code) == BPF_ATOMIC &&
			   insn[i].imm != BPF_ADD) {
			s = KV(5, 12);
			snprintf(msg, size, "BPF_XADD uses reserved fields\n");
		} else if (class == BPF_LDX &&
			   BPF_MODE(insn[i].code) == BPF_MEMSX_MODE) {
			s = KV(6, 6);
			snprintf(msg, size, "unknown opcode %02x\n",
				 insn[i].code);
		} else if ((class == BPF_ALU || class == BPF_ALU64) &&
			   (insn[i].off ||
			    insn[i].code == (BPF_ALU64 | BPF_END))) {
			s = KV(6, 6);
			snprintf(msg, size, "BPF_ALU uses reserved fields\n");
		}
		if (s > pers_kv) {
			*since = s;
			return -EINVAL;
		}
	}
	return 0;
}

/* The verifier's words, where the caller asked for its log */
static void bpf_log(struct pers_call *c, uint32_t level, uint64_t buf,
		    uint32_t size, const char *msg)
{
	size_t len = strlen(msg) + 1;

	if (level && buf && size >= len)
		task_write(c, buf, msg, len);
}

static void bpf_prog_load(struct pers_call *c, const union bpf_attr *attr,
			  struct pers_answer *a)
{
	unsigned int since, cnt = attr->insn_cnt;
	struct bpf_insn *insns;
	char what[160];

	since = kern_prog_flags(attr->prog_flags);
	if (since > pers_kv) {
		snprintf(what, sizeof(what), "program flags 0x%x",
			 attr->prog_flags);
		refuse(a, EINVAL, since, what);
		return;
	}
	if (!cnt || cnt > kern_max_insns(pers_kv)) {
		pers_fail(a, E2BIG, "%u instructions: at most %u before 5.2",
			  cnt, kern_max_insns(pers_kv));
		return;
	}
	if (bpf_memlock(c, (uint64_t)cnt * sizeof(*insns) + PAGE, a))
		return;
	since = kern_prog_type(attr->prog_type);
	if (since > pers_kv) {
		snprintf(what, sizeof(what), "program type %u",
			 attr->prog_type);
		refuse(a, EINVAL, since, what);
		return;
	}
	insns = malloc((size_t)cnt * sizeof(*insns));
	if (!insns)
		return;
	if (!task_read(c, attr->insns, insns, (size_t)cnt * sizeof(*insns)) &&
	    bpf_insns_check(insns, cnt, what, sizeof(what), &since)) {
		bpf_log(c, attr->log_level, attr->log_buf, attr->log_size,
			what);
		what[strcspn(what, "\n")] = '\0';
		refuse(a, EINVAL, since, what);
	}
	free(insns);
}

/* Bytes of a BTF type record after struct btf_type; -1: unknown kind */
static long btf_extra(unsigned int kind, unsigned int vlen)
{
	switch (kind) {
	case BTF_KIND_INT:
	case BTF_KIND_VAR:
	case BTF_KIND_DECL_TAG:
		return 4;
	case BTF_KIND_ARRAY:
		return sizeof(struct btf_array);
	case BTF_KIND_STRUCT:
	case BTF_KIND_UNION:
		return (long)vlen * (long)sizeof(struct btf_member);
	case BTF_KIND_ENUM:
		return (long)vlen * (long)sizeof(struct btf_enum);
	case BTF_KIND_FUNC_PROTO:
		return (long)vlen * (long)sizeof(struct btf_param);
	case BTF_KIND_DATASEC:
		return (long)vlen * (long)sizeof(struct btf_var_secinfo);
	case BTF_KIND_ENUM64:
		return (long)vlen * (long)sizeof(struct btf_enum64);
	case BTF_KIND_PTR:
	case BTF_KIND_FWD:
	case BTF_KIND_TYPEDEF:
	case BTF_KIND_VOLATILE:
	case BTF_KIND_CONST:
	case BTF_KIND_RESTRICT:
	case BTF_KIND_FUNC:
	case BTF_KIND_FLOAT:
	case BTF_KIND_TYPE_TAG:
		return 0;
	default:
		return -1;
	}
}

/* 0, or -EINVAL with the kernel's message for the first unknown kind */
static int btf_check(const unsigned char *blob, size_t size, char *msg,
		     size_t msize, unsigned int *since)
{
	const struct btf_header *h = (const void *)blob;
	const struct btf_type *t;
	size_t off, end;
	unsigned int id, kind, vlen;
	long extra;

	if (size < sizeof(*h) || h->magic != BTF_MAGIC ||
	    h->hdr_len > size || (size_t)h->hdr_len + h->type_off +
	    h->type_len > size)
		return 0;
	off = (size_t)h->hdr_len + h->type_off;
	end = off + h->type_len;
	for (id = 1; off + sizeof(*t) <= end; id++) {
		t = (const void *)(blob + off);
		kind = BTF_INFO_KIND(t->info);
		vlen = BTF_INFO_VLEN(t->info);
		*since = kern_btf_kind(kind);
		if (*since > pers_kv) {
			snprintf(msg, msize, "[%u] Invalid kind:%u\n", id,
				 kind);
			return -EINVAL;
		}
		if (kind == BTF_KIND_FUNC && vlen && pers_kv < KV(5, 6)) {
			*since = KV(5, 6);
			snprintf(msg, msize, "[%u] FUNC Invalid func linkage\n",
				 id);
			return -EINVAL;
		}
		extra = btf_extra(kind, vlen);
		if (extra < 0)
			return 0;
		off += sizeof(*t) + (size_t)extra;
	}
	return 0;
}

static void bpf_btf_load(struct pers_call *c, const union bpf_attr *attr,
			 struct pers_answer *a)
{
	unsigned char *blob;
	unsigned int since;
	char msg[96];

	if (attr->btf_size > BTF_MAX)
		return;
	blob = malloc(attr->btf_size);
	if (!blob)
		return;
	if (!task_read(c, attr->btf, blob, attr->btf_size) &&
	    btf_check(blob, attr->btf_size, msg, sizeof(msg), &since)) {
		bpf_log(c, attr->btf_log_level, attr->btf_log_buf,
			attr->btf_log_size, msg);
		msg[strcspn(msg, "\n")] = '\0';
		refuse(a, EINVAL, since, msg);
	}
	free(blob);
}

/*
 * The generic checks: attr bytes the kernel does not know, and commands.
 * True when refused.
 */
static bool bpf_attr_check(unsigned int cmd, const unsigned char *raw,
			   size_t size, struct pers_answer *a)
{
	size_t usize = kern_attr_size(pers_kv);
	size_t end = kern_attr_end(pers_kv, cmd);
	unsigned int since;
	const char *name;

	if (usize && size > usize && nonzero(raw, usize, size)) {
		pers_fail(a, E2BIG,
			  "attr bytes past %zu are not zero: Linux %s knows %zu",
			  usize, pers_kvstr(pers_kv), usize);
		return true;
	}
	since = kern_bpf_cmd(cmd, &name);
	if (since > pers_kv) {
		refuse(a, EINVAL, since, name);
		return true;
	}
	if (end && nonzero(raw, end, size < usize ? size : usize)) {
		pers_fail(a, EINVAL,
			  "%s: attr bytes past %zu are not zero: fields Linux %s does not have",
			  name, end, pers_kvstr(pers_kv));
		return true;
	}
	return false;
}

void pers_bpf(struct pers_call *c, struct pers_answer *a)
{
	unsigned int cmd = (unsigned int)c->req->data.args[0];
	uint64_t uattr = c->req->data.args[1];
	size_t size = (unsigned int)c->req->data.args[2];
	unsigned char raw[ATTR_MAX];
	union bpf_attr attr;

	/* What the kernel refuses by itself, it can refuse itself */
	if (!uattr || size > sizeof(raw) || task_read(c, uattr, raw, size))
		return;
	if (bpf_attr_check(cmd, raw, size, a))
		return;
	memset(&attr, 0, sizeof(attr));
	memcpy(&attr, raw, size < sizeof(attr) ? size : sizeof(attr));
	switch (cmd) {
	case BPF_MAP_CREATE:
		bpf_map_create(c, &attr, a);
		break;
	case BPF_PROG_LOAD:
		bpf_prog_load(c, &attr, a);
		break;
	case BPF_BTF_LOAD:
		bpf_btf_load(c, &attr, a);
		break;
	case BPF_LINK_CREATE:
		if (attr.link_create.attach_type == BPF_PERF_EVENT &&
		    pers_kv < KV(5, 15))
			refuse(a, EINVAL, KV(5, 15), "BPF_LINK_CREATE for a perf event");
		break;
	default:
		break;
	}
}
