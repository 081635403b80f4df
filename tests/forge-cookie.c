// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * forge-cookie PID: play the attacker against a running bpf-minimal whose
 * kernel-wide PID is PID. Find its target map (the array whose value is a
 * struct bpfm_target naming PID), read the handshake cookie from it, and from this
 * other process write that cookie, and one-byte writes to the same fd
 * number, the way the handshake and the triggers look. Then read the
 * target again: it must not have moved.
 *
 * Exit status: 0 the target stayed, 1 it moved, 99 harness failure.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/syscall.h>
#include <sys/wait.h>

#include <linux/bpf.h>

#include "target.h"

static long sys_bpf(int cmd, union bpf_attr *attr)
{
	return syscall(__NR_bpf, cmd, attr, sizeof(*attr));
}

static int target_read(int fd, struct bpfm_target *t);

/*
 * The fd of the target map of the tool whose kernel-wide PID is pid: the
 * map of 16-byte values whose value names that PID. Found by walking map
 * ids (Linux 4.13), so several tools may run at once. Or -1.
 */
static int target_map(unsigned int pid)
{
	struct bpf_map_info info;
	struct bpfm_target t;
	union bpf_attr attr;
	__u32 id = 0;
	int fd;

	for (;;) {
		memset(&attr, 0, sizeof(attr));
		attr.start_id = id;
		if (sys_bpf(BPF_MAP_GET_NEXT_ID, &attr))
			return -1;
		id = attr.next_id;
		memset(&attr, 0, sizeof(attr));
		attr.map_id = id;
		fd = (int)sys_bpf(BPF_MAP_GET_FD_BY_ID, &attr);
		if (fd < 0)
			continue;
		memset(&info, 0, sizeof(info));
		memset(&attr, 0, sizeof(attr));
		attr.info.bpf_fd = (__u32)fd;
		attr.info.info_len = sizeof(info);
		attr.info.info = (unsigned long)&info;
		memset(&t, 0, sizeof(t));
		if (!sys_bpf(BPF_OBJ_GET_INFO_BY_FD, &attr) &&
		    info.type == BPF_MAP_TYPE_ARRAY &&
		    info.value_size == sizeof(t) && !target_read(fd, &t) &&
		    t.pid == pid)
			return fd;
		close(fd);
	}
}

static int target_read(int fd, struct bpfm_target *t)
{
	union bpf_attr attr;
	__u32 zero = 0;

	memset(&attr, 0, sizeof(attr));
	attr.map_fd = (__u32)fd;
	attr.key = (unsigned long)&zero;
	attr.value = (unsigned long)t;
	return (int)sys_bpf(BPF_MAP_LOOKUP_ELEM, &attr);
}

int main(int argc, char **argv)
{
	struct bpfm_target before, after;
	int fd, null_fd, i, status;
	pid_t child;

	if (argc != 2) {
		fprintf(stderr, "usage: forge-cookie PID\n");
		return 99;
	}
	fd = target_map((unsigned int)strtoul(argv[1], NULL, 10));
	if (fd < 0 || target_read(fd, &before)) {
		printf("ERROR: no target map found for PID %s\n", argv[1]);
		return 99;
	}
	printf("target before: pid %u fd %u cookie %#llx\n", before.pid,
	       before.fd, (unsigned long long)before.cookie);
	if (!before.pid || !before.cookie) {
		printf("ERROR: the handshake has not happened yet\n");
		return 99;
	}

	/* In a child: a fresh process, not the one that read the map */
	child = fork();
	if (child == 0) {
		null_fd = open("/dev/null", O_WRONLY);
		for (i = 0; i < 100; i++) {
			(void)!write(null_fd, (const void *)(uintptr_t)before.cookie, 0);
			(void)!write(null_fd, ".", 1);
		}
		/* Writes to the tool's trigger fd number, if this process has one */
		if (dup2(null_fd, (int)before.fd) >= 0)
			for (i = 0; i < 100; i++)
				(void)!write((int)before.fd, ".", 1);
		_exit(0);
	}
	if (child < 0 || waitpid(child, &status, 0) != child) {
		printf("ERROR: fork failed\n");
		return 99;
	}
	if (target_read(fd, &after)) {
		printf("ERROR: cannot read the target again\n");
		return 99;
	}
	printf("target after:  pid %u fd %u cookie %#llx (forger was PID %d)\n",
	       after.pid, after.fd, (unsigned long long)after.cookie, child);
	return memcmp(&before, &after, sizeof(before)) ? 1 : 0;
}
