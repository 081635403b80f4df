// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * personality: run a command so that the running kernel answers it like
 * an older one, refusing, with the errno that kernel gives, what it lacks.
 *
 *   tests/personality [-v] --kernel X.Y -- COMMAND [ARG]...
 *
 * A seccomp user-notification supervisor, so it reaches static binaries
 * and sanitizer builds (an LD_PRELOAD wrapper does neither). The child
 * installs the filter (personality-filter.c), passes the listener fd up
 * over a socketpair, and execs COMMAND; the filter is inherited by
 * everything COMMAND starts (forks, unshare, other PID namespaces). This
 * process answers each intercepted call (personality-bpf.c,
 * personality-perf.c), or lets the running kernel carry it out
 * (SECCOMP_USER_NOTIF_FLAG_CONTINUE).
 *
 * Emulated: see personality-bpf.c and personality-perf.c. Not faked: the
 * kernel release (uname), /sys/kernel/btf, tracefs, program semantics.
 *
 * Exit status: COMMAND's, or 128 + the signal that killed it; 125 when
 * this tool fails, 126 when COMMAND cannot be run, 127 when it is not
 * found. SIGINT, SIGTERM, SIGHUP and SIGQUIT sent to this process with
 * kill() are passed on to COMMAND. Calls still made after COMMAND exits,
 * by processes it left behind, fail with ENOSYS.
 */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>

#include <linux/perf_event.h>

#include "personality.h"

#define EXIT_SELF	125
#define EXIT_CANNOT_RUN	126
#define EXIT_NOT_FOUND	127

unsigned int pers_kv;
int pers_verbose;

const char *pers_kvstr(unsigned int kv)
{
	static char buf[4][16];
	static unsigned int next;
	char *s = buf[next++ % 4];

	snprintf(s, sizeof(buf[0]), "%u.%u", KV_MAJOR(kv), KV_MINOR(kv));
	return s;
}

void pers_log(const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	if (!pers_verbose)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	fprintf(stderr, "personality %s: %s\n", pers_kvstr(pers_kv), msg);
}

void pers_fail(struct pers_answer *a, int err, const char *fmt, ...)
{
	va_list ap;

	a->kind = PERS_FAIL;
	a->err = err;
	va_start(ap, fmt);
	vsnprintf(a->why, sizeof(a->why), fmt, ap);
	va_end(ap);
}

static void usage(FILE *f)
{
	fprintf(f, "usage: personality [-v] --kernel X.Y -- COMMAND [ARG]...\n");
}

static int parse_kernel(const char *s)
{
	unsigned int major, minor;
	char tail;

	if (sscanf(s, "%u.%u%c", &major, &minor, &tail) != 2 ||
	    major < 3 || major > 99 || minor > 255)
		return -EINVAL;
	pers_kv = KV(major, minor);
	return 0;
}

static int parse_options(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "kernel", required_argument, NULL, 'k' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	int opt;

	while ((opt = getopt_long(argc, argv, "+k:vh", longopts, NULL)) != -1) {
		switch (opt) {
		case 'k':
			if (parse_kernel(optarg)) {
				fprintf(stderr, "personality: --kernel wants X.Y, not '%s'\n",
					optarg);
				return -EINVAL;
			}
			break;
		case 'v':
			pers_verbose++;
			break;
		case 'h':
			usage(stdout);
			exit(0);
		default:
			usage(stderr);
			return -EINVAL;
		}
	}
	if (!pers_kv || optind >= argc) {
		usage(stderr);
		return -EINVAL;
	}
	return optind;
}

static int send_fd(int sock, int fd)
{
	char cbuf[CMSG_SPACE(sizeof(int))], byte = 0;
	struct iovec iov = { .iov_base = &byte, .iov_len = 1 };
	struct msghdr msg = {
		.msg_iov = &iov, .msg_iovlen = 1,
		.msg_control = cbuf, .msg_controllen = sizeof(cbuf),
	};
	struct cmsghdr *cm;

	memset(cbuf, 0, sizeof(cbuf));
	cm = CMSG_FIRSTHDR(&msg);
	cm->cmsg_level = SOL_SOCKET;
	cm->cmsg_type = SCM_RIGHTS;
	cm->cmsg_len = CMSG_LEN(sizeof(int));
	memcpy(CMSG_DATA(cm), &fd, sizeof(int));
	return sendmsg(sock, &msg, 0) == 1 ? 0 : -errno;
}

static int recv_fd(int sock)
{
	char cbuf[CMSG_SPACE(sizeof(int))], byte;
	struct iovec iov = { .iov_base = &byte, .iov_len = 1 };
	struct msghdr msg = {
		.msg_iov = &iov, .msg_iovlen = 1,
		.msg_control = cbuf, .msg_controllen = sizeof(cbuf),
	};
	struct cmsghdr *cm;
	int fd;

	if (recvmsg(sock, &msg, MSG_CMSG_CLOEXEC) != 1)
		return -EPROTO;
	cm = CMSG_FIRSTHDR(&msg);
	if (!cm || cm->cmsg_type != SCM_RIGHTS)
		return -EPROTO;
	memcpy(&fd, CMSG_DATA(cm), sizeof(int));
	return fd;
}

/* The child: filter, hand the listener up, wait for the go, exec */
static void child(int sock, char **argv, const sigset_t *mask)
{
	char go;
	int fd;

	fd = pers_filter_install(pers_kv < KV(4, 15));
	if (fd < 0) {
		fprintf(stderr, "personality: cannot install the seccomp filter: %s\n",
			strerror(-fd));
		_exit(EXIT_SELF);
	}
	if (send_fd(sock, fd) || read(sock, &go, 1) != 1)
		_exit(EXIT_SELF);
	close(fd);
	close(sock);
	sigprocmask(SIG_SETMASK, mask, NULL);
	execvp(argv[0], argv);
	fprintf(stderr, "personality: cannot run %s: %s\n", argv[0],
		strerror(errno));
	_exit(errno == ENOENT ? EXIT_NOT_FOUND : EXIT_CANNOT_RUN);
}

static void answer(int listener, const struct seccomp_notif *req,
		   struct seccomp_notif_resp *resp, const struct pers_answer *a)
{
	const char *what = "passed on";

	memset(resp, 0, sizeof(*resp));
	resp->id = req->id;
	switch (a->kind) {
	case PERS_CONTINUE:
		resp->flags = SECCOMP_USER_NOTIF_FLAG_CONTINUE;
		break;
	case PERS_FAIL:
		resp->error = -a->err;
		what = strerrorname_np(a->err);
		break;
	case PERS_RETURN:
		resp->val = a->val;
		what = "done";
		break;
	case PERS_ANSWERED:
		what = "done";
		break;
	}
	if (a->kind != PERS_ANSWERED &&
	    ioctl(listener, SECCOMP_IOCTL_NOTIF_SEND, resp) && errno != ENOENT)
		pers_log("cannot answer PID %u: %s", req->pid, strerror(errno));
	if (a->kind != PERS_CONTINUE)
		pers_log("PID %u: %s: %s (%s)", req->pid,
			 req->data.nr == SYS_bpf ? "bpf" :
			 req->data.nr == SYS_ioctl ? "ioctl" :
			 "perf_event_open", what ? what : "?", a->why);
}

static void handle(int listener, struct seccomp_notif *req,
		   struct seccomp_notif_resp *resp, size_t req_size)
{
	struct pers_call c = { .listener = listener, .req = req,
			       .mem_fd = -1, .pidfd = -1 };
	struct pers_answer a;

	memset(req, 0, req_size);
	if (ioctl(listener, SECCOMP_IOCTL_NOTIF_RECV, req))
		return;		/* the caller went away (ENOENT), EINTR */
	memset(&a, 0, sizeof(a));
	a.kind = PERS_CONTINUE;
	if (req->data.nr == SYS_bpf)
		pers_bpf(&c, &a);
	else if (req->data.nr == SYS_perf_event_open)
		pers_perf_open(&c, &a);
	else if (req->data.nr == SYS_ioctl &&
		 (__u32)req->data.args[1] == (__u32)PERF_EVENT_IOC_SET_BPF)
		pers_perf_set_bpf(&c, &a);
	task_done(&c);
	answer(listener, req, resp, &a);
}

/* A signal for us: 1 when the child has ended (status set), else 0 */
static int on_signal(int sfd, pid_t pid, int *status)
{
	struct signalfd_siginfo si;

	if (read(sfd, &si, sizeof(si)) != sizeof(si))
		return 0;
	if (si.ssi_signo == SIGCHLD)
		return waitpid(pid, status, WNOHANG) == pid;
	/* Passed on when sent with kill(); a terminal's reaches both */
	if (si.ssi_code == SI_USER || si.ssi_code == SI_QUEUE)
		kill(pid, (int)si.ssi_signo);
	return 0;
}

static int supervise(int listener, int sfd, pid_t pid)
{
	struct seccomp_notif_sizes sizes;
	struct seccomp_notif *req;
	struct seccomp_notif_resp *resp;
	struct pollfd pfd[2];
	int status = 0;

	if (syscall(SYS_seccomp, SECCOMP_GET_NOTIF_SIZES, 0, &sizes))
		return -errno;
	req = calloc(1, sizes.seccomp_notif > sizeof(*req) ?
		     sizes.seccomp_notif : sizeof(*req));
	resp = calloc(1, sizes.seccomp_notif_resp > sizeof(*resp) ?
		      sizes.seccomp_notif_resp : sizeof(*resp));
	if (!req || !resp)
		return -ENOMEM;
	pfd[0].fd = sfd;
	pfd[0].events = POLLIN;
	pfd[1].fd = listener;
	pfd[1].events = POLLIN;
	for (;;) {
		if (poll(pfd, 2, -1) < 0 && errno != EINTR)
			return -errno;
		if ((pfd[0].revents & POLLIN) && on_signal(sfd, pid, &status))
			break;
		if (pfd[1].revents & POLLIN)
			handle(listener, req, resp, sizes.seccomp_notif);
		else if (pfd[1].revents & (POLLHUP | POLLERR))
			pfd[1].fd = -1;		/* no task uses the filter */
	}
	free(req);
	free(resp);
	if (WIFSIGNALED(status))
		return 128 + WTERMSIG(status);
	return WEXITSTATUS(status);
}

int main(int argc, char **argv)
{
	int first, sock[2], sfd, listener, ret;
	sigset_t block, old;
	pid_t pid;

	first = parse_options(argc, argv);
	if (first < 0)
		return EXIT_SELF;
	sigemptyset(&block);
	sigaddset(&block, SIGCHLD);
	sigaddset(&block, SIGINT);
	sigaddset(&block, SIGTERM);
	sigaddset(&block, SIGHUP);
	sigaddset(&block, SIGQUIT);
	if (sigprocmask(SIG_BLOCK, &block, &old) ||
	    (sfd = signalfd(-1, &block, SFD_CLOEXEC)) < 0 ||
	    socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sock)) {
		perror("personality");
		return EXIT_SELF;
	}
	pid = fork();
	if (pid < 0) {
		perror("personality: fork");
		return EXIT_SELF;
	}
	if (!pid) {
		close(sock[0]);
		child(sock[1], argv + first, &old);
	}
	close(sock[1]);
	listener = recv_fd(sock[0]);
	if (listener < 0 || write(sock[0], "", 1) != 1) {
		waitpid(pid, &ret, 0);
		fprintf(stderr, "personality: the child could not install its filter\n");
		return EXIT_SELF;
	}
	close(sock[0]);
	pers_log("supervising PID %d (%s)", (int)pid, argv[first]);
	ret = supervise(listener, sfd, pid);
	if (ret < 0) {
		fprintf(stderr, "personality: %s\n", strerror(-ret));
		kill(pid, SIGKILL);
		return EXIT_SELF;
	}
	return ret;
}
