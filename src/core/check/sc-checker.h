/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sc-check-result.h"

G_BEGIN_DECLS

#define SC_DEFAULT_TIMEOUT        15
/* 50 at once, as curl --parallel: real lists are many hosts each taking
 * 50-400 ms, where 8 at once left the machine idle (bench/RESULTS.md,
 * "many hosts").  The per-host limit still protects each site. */
#define SC_DEFAULT_JOBS           50
#define SC_DEFAULT_PER_HOST       4
#define SC_DEFAULT_MAX_REDIRECTS  10
#define SC_DEFAULT_ACCEPT         "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"

#define SC_TYPE_CHECKER (sc_checker_get_type ())
G_DECLARE_FINAL_TYPE (ScChecker, sc_checker, SC, CHECKER, GObject)

ScChecker     *sc_checker_new                 (guint                max_connections,
                                               guint                max_per_host);
void           sc_checker_check_async         (ScChecker           *self,
                                               const char          *input,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
ScCheckResult *sc_checker_check_finish        (ScChecker           *self,
                                               GAsyncResult        *result,
                                               GError             **error);

guint          sc_checker_get_timeout          (ScChecker  *self);
void           sc_checker_set_timeout          (ScChecker  *self,
                                                guint       seconds);
guint          sc_checker_get_max_redirects    (ScChecker  *self);
void           sc_checker_set_max_redirects    (ScChecker  *self,
                                                guint       max_redirects);
const char    *sc_checker_get_method           (ScChecker  *self);
void           sc_checker_set_method           (ScChecker  *self,
                                                const char *method);
gboolean       sc_checker_get_ignore_tls_errors (ScChecker *self);
void           sc_checker_set_ignore_tls_errors (ScChecker *self,
                                                 gboolean   ignore);
const char    *sc_checker_get_user_agent       (ScChecker  *self);
void           sc_checker_set_user_agent       (ScChecker  *self,
                                                const char *user_agent);
const char    *sc_checker_get_accept           (ScChecker  *self);
void           sc_checker_set_accept           (ScChecker  *self,
                                                const char *accept);
void           sc_checker_set_tls_database     (ScChecker   *self,
                                                GTlsDatabase *database);
void           sc_checker_set_proxy_resolver   (ScChecker      *self,
                                                GProxyResolver *resolver);

G_END_DECLS
