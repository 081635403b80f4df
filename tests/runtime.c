// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * runtime COMMAND [ARGS...]: run COMMAND and print, on stderr's last line,
 * "runtime: wall_ms W cpu_ms C maxrss_kb R status S" (S: the exit status,
 * or 128 + the signal), then exit with COMMAND's status. Tests use it to
 * show that the tool sleeps between triggers instead of spinning.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/wait.h>

static long long now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int main(int argc, char **argv)
{
	struct rusage ru;
	long long start, cpu;
	int status, rc;
	pid_t pid;

	if (argc < 2) {
		fprintf(stderr, "usage: runtime COMMAND [ARGS...]\n");
		return 99;
	}
	start = now_ms();
	pid = fork();
	if (pid == 0) {
		execvp(argv[1], argv + 1);
		fprintf(stderr, "runtime: cannot run %s: %s\n", argv[1],
			strerror(errno));
		_exit(127);
	}
	if (pid < 0 || wait4(pid, &status, 0, &ru) != pid) {
		fprintf(stderr, "runtime: fork or wait failed\n");
		return 99;
	}
	cpu = (long long)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000 +
	      (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1000;
	rc = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
	fprintf(stderr, "runtime: wall_ms %lld cpu_ms %lld maxrss_kb %ld status %d\n",
		now_ms() - start, cpu, ru.ru_maxrss, rc);
	return rc;
}
