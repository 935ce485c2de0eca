/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <libsoup/soup.h>

#include "sc-checker.h"

G_BEGIN_DECLS

struct _ScChecker
{
  GObject       parent_instance;

  SoupSession  *session;
  guint         max_connections;
  guint         max_per_host;

  guint         timeout;
  guint         max_redirects;
  char         *method;
  gboolean      ignore_tls_errors;
  char         *user_agent;
  char         *accept;
  gboolean      no_proxy;      /* set_proxy_resolver (NULL): never a proxy */
  GProxyResolver *proxy_resolver; /* set_proxy_resolver (); NULL: the system's or none */
  GTlsDatabase *tls_database;  /* set_tls_database (); NULL: the system's */
  guint         body_stall_ms; /* 0: the default, see sniff_body() */
  GHashTable   *proxy_peers;   /* "address:port" of the proxies connected to */
};

/* For tests: how long a page may stay silent, apart from the time limit. */
void        sc_checker_set_body_stall_ms (ScChecker *self,
                                          guint      ms);

/* sc-checker-errors.c */
ScErrorKind sc_checker_classify_error (const GError  *error,
                                       SoupMessage   *message,
                                       GUri          *uri,
                                       gboolean       deadline_passed,
                                       guint          timeout,
                                       char         **out_message,
                                       const char   **out_detail_id);
ScErrorKind sc_checker_classify_proxy_error (const GError  *error,
                                             const char    *proxy,
                                             gboolean       deadline_passed,
                                             guint          timeout,
                                             char         **out_message,
                                             const char   **out_detail_id);

G_END_DECLS
