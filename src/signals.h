/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* SIGINT, SIGTERM and SIGHUP ask for a clean stop. */
#ifndef BPFM_SIGNALS_H
#define BPFM_SIGNALS_H

#include <signal.h>
#include <stdbool.h>

int signals_setup(void);
const sigset_t *signals_wait_mask(void);
bool signals_stop_requested(void);
int signals_received(void);

#endif /* BPFM_SIGNALS_H */
