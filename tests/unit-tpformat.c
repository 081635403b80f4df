// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * The format-file check: recorded samples from mainline, a 12-byte-header
 * kernel (RHEL 9), a 32-bit kernel, and malformed files, which must give a
 * clear reason and never a crash. And the check that refuses a 32-bit
 * build on a 64-bit kernel.
 */
#include "config.h"

#include <errno.h>

#include "attach.h"
#include "tpformat.h"
#include "unit.h"

#define COMMON8 \
	"format:\n" \
	"\tfield:unsigned short common_type;\toffset:0;\tsize:2;\tsigned:0;\n" \
	"\tfield:unsigned char common_flags;\toffset:2;\tsize:1;\tsigned:0;\n" \
	"\tfield:unsigned char common_preempt_count;\toffset:3;\tsize:1;\tsigned:0;\n" \
	"\tfield:int common_pid;\toffset:4;\tsize:4;\tsigned:1;\n\n"
#define COMMON12 COMMON8 \
	"\tfield:unsigned char common_preempt_lazy_count;\toffset:8;\tsize:1;\tsigned:0;\n"

/* 6.18, x86_64 (as read on the machine that wrote this test) */
static const char write_mainline[] =
	"name: sys_enter_write\nID: 840\n" COMMON8
	"\tfield:int __syscall_nr;\toffset:8;\tsize:4;\tsigned:1;\n"
	"\tfield:unsigned int fd;\toffset:16;\tsize:8;\tsigned:0;\n"
	"\tfield:const char * buf;\toffset:24;\tsize:8;\tsigned:0;\n"
	"\tfield:size_t count;\toffset:32;\tsize:8;\tsigned:0;\n\n"
	"print fmt: \"fd: 0x%08lx, buf: 0x%08lx, count: 0x%08lx\", "
	"((unsigned long)(REC->fd)), ((unsigned long)(REC->buf)), "
	"((unsigned long)(REC->count))\n";

/* RHEL 9: the number moves to 12, the arguments stay */
static const char write_rhel9[] =
	"name: sys_enter_write\nID: 700\n" COMMON12
	"\tfield:int __syscall_nr;\toffset:12;\tsize:4;\tsigned:1;\n"
	"\tfield:unsigned int fd;\toffset:16;\tsize:8;\tsigned:0;\n"
	"\tfield:const char * buf;\toffset:24;\tsize:8;\tsigned:0;\n"
	"\tfield:size_t count;\toffset:32;\tsize:8;\tsigned:0;\n";

/* A 32-bit kernel */
static const char write_32bit[] =
	"name: sys_enter_write\nID: 600\n" COMMON8
	"\tfield:int __syscall_nr;\toffset:8;\tsize:4;\tsigned:1;\n"
	"\tfield:unsigned int fd;\toffset:12;\tsize:4;\tsigned:0;\n"
	"\tfield:const char * buf;\toffset:16;\tsize:4;\tsigned:0;\n"
	"\tfield:size_t count;\toffset:20;\tsize:4;\tsigned:0;\n";

static const char raw_mainline[] =
	"name: sys_enter\nID: 443\n" COMMON8
	"\tfield:long id;\toffset:8;\tsize:8;\tsigned:1;\n"
	"\tfield:unsigned long args[6];\toffset:16;\tsize:48;\tsigned:0;\n\n"
	"print fmt: \"NR %ld (%lx, %lx, %lx, %lx, %lx, %lx)\", REC->id, "
	"REC->args[0], REC->args[1], REC->args[2], REC->args[3], "
	"REC->args[4], REC->args[5]\n";

/* With a 12-byte header, raw_syscalls' record really moves */
static const char raw_rhel9[] =
	"name: sys_enter\nID: 400\n" COMMON12
	"\tfield:long id;\toffset:16;\tsize:8;\tsigned:1;\n"
	"\tfield:unsigned long args[6];\toffset:24;\tsize:48;\tsigned:0;\n";

static void check(const char *what, const char *text,
		  const struct tpformat_layout *layout, int want,
		  const char *why_has)
{
	char why[256] = "";
	int err = tpformat_check(text, layout, why, sizeof(why));

	expect_int(err, want, what);
	if (why_has)
		expect(strstr(why, why_has) != NULL,
		       "%s: the reason \"%s\" should mention \"%s\"", what, why,
		       why_has);
}

/* A 32-bit build on a 64-bit kernel is refused before the layout check */
static void compat_checks(void)
{
	expect(attach_compat_syscalls(4, "x86_64"), "i386 build on x86_64");
	expect(attach_compat_syscalls(4, "aarch64"), "armhf build on aarch64");
	expect(attach_compat_syscalls(4, "ppc64le"), "32-bit build on ppc64le");
	expect(attach_compat_syscalls(4, "s390x") == false,
	       "s390x: no such check (s390 has no 32-bit userland here)");
	expect(!attach_compat_syscalls(8, "x86_64"), "64-bit build on x86_64");
	expect(!attach_compat_syscalls(4, "i686"), "32-bit build on i686");
	expect(!attach_compat_syscalls(4, "armv7l"), "32-bit build on armv7l");
	expect(!attach_compat_syscalls(8, "aarch64"), "64-bit build on aarch64");
}

int main(void)
{
	const struct tpformat_layout *w = &tpformat_sys_enter_write;
	const struct tpformat_layout *r = &tpformat_raw_sys_enter;
	char big[1024];

	compat_checks();
	if (BPFM_LONG_SIZE != 8) {
		printf("note: a 32-bit build: checking the 32-bit samples only\n");
		check("32-bit write", write_32bit, w, 0, NULL);
		check("64-bit write on a 32-bit build", write_mainline, w,
		      -EPROTO, "fd");
		return unit_exit();
	}
	check("mainline sys_enter_write", write_mainline, w, 0, NULL);
	check("RHEL 9 sys_enter_write (number ignored)", write_rhel9, w, 0,
	      NULL);
	check("32-bit kernel sys_enter_write", write_32bit, w, -EPROTO,
	      "field fd is at offset 12, size 4");
	check("mainline raw_syscalls/sys_enter", raw_mainline, r, 0, NULL);
	check("RHEL 9 raw_syscalls/sys_enter", raw_rhel9, r, -EPROTO,
	      "field id is at offset 16");
	check("raw format against the write layout", raw_mainline, w, -EPROTO,
	      "no field named fd");

	/* Malformed: a reason, never a crash */
	check("empty", "", w, -EINVAL, "no field lines");
	check("garbage", "hello\nworld\n", w, -EINVAL, "no field lines");
	check("no offset", "\tfield:unsigned int fd;\tsize:8;\n", w, -EINVAL,
	      "cannot parse line 1");
	check("bad number",
	      "\tfield:int x;\toffset:4;\tsize:4;\n\tfield:unsigned int fd;\toffset:1x;\tsize:8;\n",
	      w, -EINVAL, "cannot parse line 2");
	check("no semicolon", "\tfield:unsigned int fd\toffset:16\tsize:8\n", w,
	      -EINVAL, "cannot parse");
	check("no name", "\tfield:;\toffset:16;\tsize:8;\n", w, -EINVAL,
	      "cannot parse");
	check("unterminated array", "\tfield:long args];\toffset:16;\tsize:48;\n",
	      r, -EINVAL, "cannot parse");
	check("huge offset",
	      "\tfield:unsigned int fd;\toffset:99999999999999999999;\tsize:8;\n",
	      w, -EINVAL, "cannot parse");
	check("short record",
	      "\tfield:unsigned int fd;\toffset:16;\tsize:8;\n"
	      "\tfield:const char * buf;\toffset:24;\tsize:8;\n"
	      "\tfield:size_t count;\toffset:32;\tsize:4;\n", w, -EPROTO,
	      "field count is at offset 32, size 4");
	memset(big, 'x', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	check("a line too long", big, w, -EINVAL, "too long");
	return unit_exit();
}
