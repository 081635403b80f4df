// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * bpf-lint: check built BPF objects against the oldest kernel each one
 * declares, so that nothing newer slips into an object meant for old
 * kernels. An object declares its minimum in the classic "version" section:
 *
 *	__u32 min_kernel SEC("version") = KERNEL_VERSION(4, 7, 0);
 *
 * Checked, with what each needs:
 * - no CO-RE relocation records in .BTF.ext (never allowed: this project
 *   loads without kernel BTF). Debian 12's llvm-objdump and bpftool do not
 *   show them, so the .BTF.ext header is read here;
 * - program types, from the section names (tp/: 4.7, raw_tp/: 4.17);
 * - instructions: -mcpu=v2 jumps (4.14), JMP32 (-mcpu=v3, 5.1), -mcpu=v4
 *   encodings (6.6), atomics other than a plain add (5.12), bpf-to-bpf
 *   calls (4.16); kfunc calls and externs are never allowed;
 * - helpers, from the table below (facts sheet, section 1);
 * - global data (5.2): sections named .data*, .bss*, .rodata*, .kconfig*,
 *   and relocations against them.
 *
 * Usage: bpf-lint [-v] OBJECT...  (-v: also a summary line per object)
 * Exit status: 0 clean; 1 faults, one line each ("OBJECT: what needs Linux
 * X.Y; this object declares A.B"); 2 an object could not be read.
 */
#include "config.h"

#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define KV(a, b)	(((a) << 16) + ((b) << 8))

/* First kernel of each helper a program may call, by helper id */
static const struct {
	int id;
	const char *name;
	unsigned int kver;
} lint_helpers[] = {
	{ 1, "map_lookup_elem", KV(3, 19) },
	{ 2, "map_update_elem", KV(3, 19) },
	{ 3, "map_delete_elem", KV(3, 19) },
	{ 4, "probe_read", KV(4, 1) },
	{ 5, "ktime_get_ns", KV(4, 1) },
	{ 6, "trace_printk", KV(4, 1) },
	{ 8, "get_smp_processor_id", KV(4, 1) },
	{ 14, "get_current_pid_tgid", KV(4, 2) },
	{ 15, "get_current_uid_gid", KV(4, 2) },
	{ 16, "get_current_comm", KV(4, 2) },
	{ 25, "perf_event_output", KV(4, 4) },
	{ 35, "get_current_task", KV(4, 8) },
	{ 45, "probe_read_str", KV(4, 11) },
	{ 112, "probe_read_user", KV(5, 5) },
	{ 113, "probe_read_kernel", KV(5, 5) },
	{ 120, "get_ns_current_pid_tgid", KV(5, 7) },
	{ 130, "ringbuf_output", KV(5, 8) },
	{ 131, "ringbuf_reserve", KV(5, 8) },
	{ 132, "ringbuf_submit", KV(5, 8) },
	{ 133, "ringbuf_discard", KV(5, 8) },
	{ 160, "ktime_get_coarse_ns", KV(5, 11) },
	{ 174, "get_attach_cookie", KV(5, 15) },
	{ 177, "trace_vprintk", KV(5, 16) },
};

/* Program types, by section name prefix */
static const struct {
	const char *prefix;
	const char *what;
	unsigned int kver;
} lint_progs[] = {
	{ "tp/", "tracepoint program", KV(4, 7) },
	{ "tracepoint/", "tracepoint program", KV(4, 7) },
	{ "raw_tp/", "raw tracepoint program", KV(4, 17) },
	{ "raw_tracepoint/", "raw tracepoint program", KV(4, 17) },
};

/* Sections libbpf turns into global-data maps */
static const char *const lint_data_prefixes[] = {
	".data", ".bss", ".rodata", ".kconfig",
};

/* What a fault is about (kind, detail), so that each is reported once */
enum lint_kind {
	KEY_JMP_V2 = 1,
	KEY_JMP32,
	KEY_V4,
	KEY_ATOMIC,
	KEY_SUBPROG,
	KEY_KFUNC,
	KEY_CALL,
	KEY_JMP_OP,	/* opcode */
	KEY_HELPER,	/* helper id */
	KEY_PROG,	/* section index */
	KEY_SECTION,	/* section index */
	KEY_DATA_USE,	/* section index */
	KEY_EXTERN,	/* symbol index */
};

#define KEY(kind, detail)	((uint64_t)(kind) << 32 | (uint32_t)(detail))

#define LINT_MAX_KEYS	256

struct lint {
	const char *path;
	Elf *elf;
	size_t shstrndx;
	bool msb;			/* big-endian object */
	bool has_version;		/* a "version" section was found */
	bool has_declared;		/* and it held a kernel version */
	unsigned int declared;		/* KERNEL_VERSION(X, Y, Z) */
	int faults;
	size_t insns;			/* instructions seen */
	int progs;			/* program sections seen */
	int helpers[32];		/* helper ids called, for -v */
	int nhelpers;
	uint64_t keys[LINT_MAX_KEYS];
	int nkeys;
};

static unsigned int lint_u16(const struct lint *l, const unsigned char *p)
{
	return l->msb ? (p[0] << 8) | p[1] : p[0] | (p[1] << 8);
}

static uint32_t lint_u32(const struct lint *l, const unsigned char *p)
{
	if (l->msb)
		return (uint32_t)p[0] << 24 | p[1] << 16 | p[2] << 8 | p[3];
	return (uint32_t)p[3] << 24 | p[2] << 16 | p[1] << 8 | p[0];
}

static bool lint_prefix(const char *s, const char *prefix)
{
	return !strncmp(s, prefix, strlen(prefix));
}

static bool lint_is_data(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(lint_data_prefixes) / sizeof(*lint_data_prefixes); i++)
		if (lint_prefix(name, lint_data_prefixes[i]))
			return true;
	return false;
}

/* True the first time a key is seen for this object */
static bool lint_first(struct lint *l, uint64_t key)
{
	int i;

	for (i = 0; i < l->nkeys; i++)
		if (l->keys[i] == key)
			return false;
	if (l->nkeys < LINT_MAX_KEYS)
		l->keys[l->nkeys++] = key;
	return true;
}

__attribute__((format(printf, 2, 3)))
static void lint_fault(struct lint *l, const char *fmt, ...)
{
	va_list ap;

	printf("%s: ", l->path);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	l->faults++;
}

/*
 * A fault when the object declares less than kver, once per key; sec and
 * at, when sec is not NULL, say where it was first seen.
 */
__attribute__((format(printf, 6, 7)))
static void lint_need(struct lint *l, uint64_t key, unsigned int kver,
		      const char *sec, size_t at, const char *fmt, ...)
{
	char what[256];
	char where[128] = "";
	va_list ap;

	if (!l->has_declared || kver <= l->declared || !lint_first(l, key))
		return;
	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	if (sec)
		snprintf(where, sizeof(where), " (first at %s+0x%zx)", sec, at);
	lint_fault(l, "%s needs Linux %u.%u; this object declares %u.%u%s", what,
		   kver >> 16, (kver >> 8) & 0xff,
		   l->declared >> 16, (l->declared >> 8) & 0xff, where);
}

static const char *lint_secname(struct lint *l, Elf_Scn *scn)
{
	GElf_Shdr sh;
	const char *name;

	if (!gelf_getshdr(scn, &sh))
		return "?";
	name = elf_strptr(l->elf, l->shstrndx, sh.sh_name);
	return name ? name : "?";
}

static void lint_version(struct lint *l, Elf_Data *d)
{
	l->has_version = true;
	if (d->d_size != 4) {
		lint_fault(l, "section version has %zu bytes, not 4: declare __u32 min_kernel SEC(\"version\") = KERNEL_VERSION(X, Y, 0)",
			   d->d_size);
		return;
	}
	l->declared = lint_u32(l, d->d_buf);
	l->has_declared = true;
}

/*
 * struct btf_ext_header: magic 0xeB9F (u16), version, flags (u8), hdr_len,
 * func_info_off/len, line_info_off/len, and from hdr_len 32 on
 * core_relo_off/len (u32 each; offsets from the end of the header). The
 * CO-RE part: a u32 record size, then per section a u32 name offset, a u32
 * record count and the records.
 */
static void lint_btf_ext(struct lint *l, Elf_Data *d)
{
	const unsigned char *p = d->d_buf;
	uint32_t hdr_len, off, len, rec_size, n, count = 0;
	size_t pos, end;

	if (d->d_size < 8 || lint_u16(l, p) != 0xeb9f) {
		lint_fault(l, "section .BTF.ext is malformed (no 0xeB9F magic)");
		return;
	}
	hdr_len = lint_u32(l, p + 4);
	if (hdr_len < 32)
		return;		/* no CO-RE part */
	if (d->d_size < 32 || hdr_len > d->d_size) {
		lint_fault(l, "section .BTF.ext is malformed (header of %u bytes)",
			   hdr_len);
		return;
	}
	off = lint_u32(l, p + 24);
	len = lint_u32(l, p + 28);
	if (!len)
		return;
	pos = (size_t)hdr_len + off;
	end = pos + len;
	if (end > d->d_size || len < 4) {
		lint_fault(l, "section .BTF.ext is malformed (CO-RE records at %zu, %u bytes, past its end)",
			   pos, len);
		return;
	}
	rec_size = lint_u32(l, p + pos);
	for (pos += 4; pos + 8 <= end; pos += 8 + (size_t)n * rec_size) {
		n = lint_u32(l, p + pos + 4);
		count += n;
		if ((uint64_t)n * rec_size > end - pos - 8)
			break;	/* malformed: the count so far is enough */
	}
	lint_fault(l, "%u CO-RE relocation record%s in .BTF.ext: this project loads without kernel BTF, so no CO-RE (no vmlinux.h, preserve_access_index or BPF_CORE_READ; read fixed offsets)",
		   count, count == 1 ? "" : "s");
}

static void lint_call(struct lint *l, const char *sec, size_t at,
		      unsigned int src, int32_t imm)
{
	size_t i;

	if (src == 1) {
		lint_need(l, KEY(KEY_SUBPROG, 0), KV(4, 16), sec, at,
			  "bpf-to-bpf call");
		return;
	}
	if (src == 2) {
		if (lint_first(l, KEY(KEY_KFUNC, 0)))
			lint_fault(l, "kfunc call at %s+0x%zx: kfuncs are not in the lint's table",
				   sec, at);
		return;
	}
	if (src != 0) {
		if (lint_first(l, KEY(KEY_CALL, 0)))
			lint_fault(l, "call with src_reg %u at %s+0x%zx is not in the lint's table",
				   src, sec, at);
		return;
	}
	for (i = 0; i < sizeof(lint_helpers) / sizeof(*lint_helpers); i++)
		if (lint_helpers[i].id == imm)
			break;
	if (i == sizeof(lint_helpers) / sizeof(*lint_helpers)) {
		if (lint_first(l, KEY(KEY_HELPER, imm)))
			lint_fault(l, "helper %d (at %s+0x%zx) is not in the lint's table: add it to tests/bpf-lint.c with its first kernel",
				   imm, sec, at);
		return;
	}
	lint_need(l, KEY(KEY_HELPER, imm), lint_helpers[i].kver, NULL, 0,
		  "helper %d (%s)", imm, lint_helpers[i].name);
	for (i = 0; i < (size_t)l->nhelpers; i++)
		if (l->helpers[i] == imm)
			return;
	if (l->nhelpers < (int)(sizeof(l->helpers) / sizeof(*l->helpers)))
		l->helpers[l->nhelpers++] = imm;
}

/* One instruction: code, dst/src registers, off, imm */
static void lint_insn(struct lint *l, const char *sec, size_t at,
		      const unsigned char *p)
{
	unsigned int code = p[0];
	unsigned int cls = code & 0x07, op = code & 0xf0, mode = code & 0xe0;
	unsigned int src = l->msb ? p[1] & 0x0f : p[1] >> 4;
	unsigned int off = lint_u16(l, p + 2);
	int32_t imm = (int32_t)lint_u32(l, p + 4);

	switch (cls) {
	case 0x05:	/* BPF_JMP */
		if (op == 0x80)
			lint_call(l, sec, at, src, imm);
		else if (op >= 0xa0 && op <= 0xd0)
			lint_need(l, KEY(KEY_JMP_V2, 0), KV(4, 14), sec, at,
				  "BPF_JLT/JLE/JSLT/JSLE jump (-mcpu=v2)");
		else if (op > 0xd0 && lint_first(l, KEY(KEY_JMP_OP, op)))
			lint_fault(l, "jump opcode 0x%x at %s+0x%zx is not in the lint's table",
				   code, sec, at);
		break;
	case 0x06:	/* BPF_JMP32 */
		lint_need(l, KEY(KEY_JMP32, 0), KV(5, 1), sec, at,
			  "JMP32 instruction (-mcpu=v3)");
		if (op == 0x00)	/* gotol */
			lint_need(l, KEY(KEY_V4, 0), KV(6, 6), sec, at,
				  "-mcpu=v4 instruction");
		break;
	case 0x03:	/* BPF_STX */
		if (mode == 0xc0 && imm != 0)	/* BPF_ATOMIC, not a plain add */
			lint_need(l, KEY(KEY_ATOMIC, 0), KV(5, 12), sec, at,
				  "atomic operation 0x%x (fetch, xchg, cmpxchg, and, or, xor)",
				  (unsigned int)imm);
		break;
	case 0x01:	/* BPF_LDX */
		if (mode == 0x80)	/* BPF_MEMSX */
			lint_need(l, KEY(KEY_V4, 0), KV(6, 6), sec, at,
				  "-mcpu=v4 instruction");
		break;
	case 0x04:	/* BPF_ALU */
	case 0x07:	/* BPF_ALU64: bswap, sdiv, smod, movsx */
		if ((cls == 0x07 && op == 0xd0) ||
		    ((op == 0x30 || op == 0x90 || op == 0xb0) && off))
			lint_need(l, KEY(KEY_V4, 0), KV(6, 6), sec, at,
				  "-mcpu=v4 instruction");
		break;
	}
}

static void lint_prog_section(struct lint *l, Elf_Scn *scn, const char *sec)
{
	Elf_Data *d = elf_getdata(scn, NULL);
	const unsigned char *p;
	size_t i, at;

	if (!d || !d->d_size)
		return;
	if (strcmp(sec, ".text")) {	/* .text: subprograms only */
		l->progs++;
		for (i = 0; i < sizeof(lint_progs) / sizeof(*lint_progs); i++)
			if (lint_prefix(sec, lint_progs[i].prefix))
				break;
		if (i == sizeof(lint_progs) / sizeof(*lint_progs))
			lint_fault(l, "section %s: program type not in the lint's table (tp/, tracepoint/: Linux 4.7; raw_tp/, raw_tracepoint/: 4.17)",
				   sec);
		else
			lint_need(l, KEY(KEY_PROG, elf_ndxscn(scn)),
				  lint_progs[i].kver, NULL, 0, "section %s (%s)",
				  sec, lint_progs[i].what);
	}
	if (d->d_size % 8)
		lint_fault(l, "section %s: %zu bytes, not whole instructions",
			   sec, d->d_size);
	p = d->d_buf;
	for (at = 0; at + 8 <= d->d_size; at += 8) {
		lint_insn(l, sec, at, p + at);
		l->insns++;
		if (p[at] == 0x18)	/* ld_imm64: two slots */
			at += 8;
	}
}

/* Relocations in program code: global data, and externs */
static void lint_relocs(struct lint *l, Elf_Scn *scn, const GElf_Shdr *sh)
{
	Elf_Scn *symscn = elf_getscn(l->elf, sh->sh_link);
	Elf_Data *rd = elf_getdata(scn, NULL);
	Elf_Data *sd = symscn ? elf_getdata(symscn, NULL) : NULL;
	GElf_Shdr symsh;
	GElf_Rel rel;
	GElf_Sym sym;
	const char *name;
	int i;

	if (!rd || !sd || !gelf_getshdr(symscn, &symsh))
		return;
	for (i = 0; gelf_getrel(rd, i, &rel); i++) {
		if (!gelf_getsym(sd, GELF_R_SYM(rel.r_info), &sym))
			continue;
		if (sym.st_shndx == SHN_UNDEF) {
			name = elf_strptr(l->elf, symsh.sh_link, sym.st_name);
			if (lint_first(l, KEY(KEY_EXTERN, GELF_R_SYM(rel.r_info))))
				lint_fault(l, "extern %s (a kfunc, kconfig or ksym) is not in the lint's table",
					   name ? name : "?");
			continue;
		}
		name = lint_secname(l, elf_getscn(l->elf, sym.st_shndx));
		if (lint_is_data(name))
			lint_need(l, KEY(KEY_DATA_USE, sym.st_shndx), KV(5, 2),
				  NULL, 0, "global data use (%s)", name);
	}
}

static void lint_section(struct lint *l, Elf_Scn *scn)
{
	const char *name = lint_secname(l, scn);
	GElf_Shdr sh;
	Elf_Scn *target;
	GElf_Shdr tsh;
	Elf_Data *d;

	if (!gelf_getshdr(scn, &sh))
		return;
	if (sh.sh_type == SHT_REL) {
		target = elf_getscn(l->elf, sh.sh_info);
		if (target && gelf_getshdr(target, &tsh) &&
		    (tsh.sh_flags & SHF_EXECINSTR))
			lint_relocs(l, scn, &sh);
		return;
	}
	if (sh.sh_flags & SHF_EXECINSTR) {
		lint_prog_section(l, scn, name);
		return;
	}
	if (lint_is_data(name)) {
		lint_need(l, KEY(KEY_SECTION, elf_ndxscn(scn)), KV(5, 2), NULL, 0,
			  "section %s (global data)", name);
		return;
	}
	if (!strcmp(name, ".BTF.ext")) {
		d = elf_getdata(scn, NULL);
		if (d && d->d_buf)
			lint_btf_ext(l, d);
	}
}

/* Returns 0, or -1 when the object cannot be read */
static int lint_object(struct lint *l)
{
	GElf_Ehdr eh;
	Elf_Scn *scn = NULL;
	Elf_Data *d;

	if (!gelf_getehdr(l->elf, &eh) || eh.e_machine != EM_BPF ||
	    elf_getshdrstrndx(l->elf, &l->shstrndx)) {
		fprintf(stderr, "%s: not a BPF ELF object\n", l->path);
		return -1;
	}
	l->msb = eh.e_ident[EI_DATA] == ELFDATA2MSB;
	while ((scn = elf_nextscn(l->elf, scn)))
		if (!strcmp(lint_secname(l, scn), "version") &&
		    (d = elf_getdata(scn, NULL)))
			lint_version(l, d);
	if (!l->has_version)
		lint_fault(l, "declares no minimum kernel: add __u32 min_kernel SEC(\"version\") = KERNEL_VERSION(X, Y, 0)");
	while ((scn = elf_nextscn(l->elf, scn)))
		lint_section(l, scn);
	return 0;
}

static void lint_summary(const struct lint *l)
{
	int i;

	if (l->has_declared)
		printf("%s: declares Linux %u.%u;", l->path, l->declared >> 16,
		       (l->declared >> 8) & 0xff);
	else
		printf("%s: declares no kernel;", l->path);
	printf(" %d program section%s, %zu instructions; helpers", l->progs,
	       l->progs == 1 ? "" : "s", l->insns);
	for (i = 0; i < l->nhelpers; i++)
		printf(" %d", l->helpers[i]);
	printf("; %s\n", l->faults ? "FAULTY" : "clean");
}

/* Returns 0 clean, 1 faults, 2 not readable */
static int lint_file(const char *path, bool verbose)
{
	struct lint l;
	int fd, ret;

	memset(&l, 0, sizeof(l));
	l.path = path;
	fd = open(path, O_RDONLY);
	if (fd < 0) {
		perror(path);
		return 2;
	}
	l.elf = elf_begin(fd, ELF_C_READ, NULL);
	if (!l.elf) {
		fprintf(stderr, "%s: %s\n", path, elf_errmsg(-1));
		ret = 2;
		goto out_close;
	}
	ret = lint_object(&l) ? 2 : l.faults > 0;
	if (ret != 2 && verbose)
		lint_summary(&l);
	elf_end(l.elf);
out_close:
	close(fd);
	return ret;
}

int main(int argc, char **argv)
{
	bool verbose = argc > 1 && !strcmp(argv[1], "-v");
	int i, ret, worst = 0;

	if (argc < 2 + verbose) {
		fprintf(stderr, "usage: bpf-lint [-v] OBJECT...\n");
		return 2;
	}
	elf_version(EV_CURRENT);
	for (i = 1 + verbose; i < argc; i++) {
		ret = lint_file(argv[i], verbose);
		if (ret > worst)
			worst = ret;
	}
	return worst;
}
