/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The insides of a result, shared by the checker that fills it in, the
 * diagnosis that adds findings and the code that restores saved results. */

#include "sc-check-result.h"
#include "sc-hop.h"

G_BEGIN_DECLS

struct _ScHop
{
  GObject     parent_instance;

  char       *url;             /* redacted, for display */
  char       *method;
  guint       status;          /* 0 when no answer came */
  char       *reason;
  char       *location;        /* redacted */
  gboolean    redirected;      /* the Location was followed */
  const char *http_version;    /* static string */
  char       *remote_address;
  const char *ip_family;       /* "ipv4", "ipv6" or NULL */
  char       *proxy;           /* "address:port" of the checking side's proxy it came through */
  guint       head_status;     /* a HEAD answer that was retried with GET */
  ScTiming    timing;
  ScTlsInfo  *tls;
  GPtrArray  *headers;
};

struct _ScCheckResult
{
  GObject         parent_instance;

  char           *raw_input;
  char           *input;
  char           *url;
  char           *host;
  char           *final_url;
  guint           status;
  char           *reason;
  ScStatusClass   status_class;
  ScCatalogEntry *entry;
  ScErrorKind     error_kind;
  const char     *error_detail;   /* static: a catalog id or a finer cause */
  ScAnsweredBy   *answered_by;    /* set by the diagnosis; see the getter */
  char           *error_message;
  GPtrArray      *hops;
  GPtrArray      *findings;
  char           *method;
  GDateTime      *checked_at;
  gint64          total_us;

  /* For the diagnosis, from the check; not saved (its finding is). */
  guint           body_stalled_seconds;  /* nothing more of the page came for this long */
  gboolean        body_out_of_time;      /* the page was still arriving at the deadline */
  gsize           body_bytes;            /* of the page read, at most the sniffed part */
};

ScHop         *sc_hop_new                (const char *url,
                                          const char *method);
void           sc_hop_add_header         (ScHop      *self,
                                          const char *name,
                                          const char *value);
ScCheckResult *sc_check_result_new       (const char *raw_input);
void           sc_check_result_set_answered_by (ScCheckResult *self,
                                                ScAnsweredBy  *answered_by);

G_END_DECLS
