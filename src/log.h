/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* One logger: "bpf-minimal: " before each message, a newline after it. */
#ifndef BPFM_LOG_H
#define BPFM_LOG_H

enum log_level {
	LOG_ERR,
	LOG_WARN,
	LOG_INFO,
	LOG_DEBUG,
};

void log_set_level(enum log_level level);
enum log_level log_get_level(void);
void log_print(enum log_level level, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void log_libbpf_install(void);
const char *log_libbpf_last_warning(void);
const char *log_errstr(int err);

#define pr_err(...)	log_print(LOG_ERR, __VA_ARGS__)
#define pr_warn(...)	log_print(LOG_WARN, __VA_ARGS__)
#define pr_info(...)	log_print(LOG_INFO, __VA_ARGS__)
#define pr_debug(...)	log_print(LOG_DEBUG, __VA_ARGS__)

#endif /* BPFM_LOG_H */
