/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "sc-check-result.h"

G_BEGIN_DECLS

/* What one finished check leaves behind for later comparison: the few
 * fields that say whether a site changed, small enough to keep a row per
 * check for months.  A plain record rather than a GObject: it is made in
 * bulk by the history store's thread and read by value; fields are
 * read-only once it is shared. */
typedef struct {
  char          *key;            /* url, or input when url is null */
  char          *input;
  char          *url;
  gint64         checked_at;     /* Unix seconds, UTC; 0 when unknown */
  guint          status;         /* 0: no HTTP answer */
  char          *reason;
  ScStatusClass  status_class;
  ScVerdict      verdict;
  char          *final_url;
  char         **finding_ids;    /* never NULL */
  gint64         total_ms;       /* -1 when unknown */
  gint64         cert_not_after; /* Unix seconds; 0 when no certificate */
  gint64         cert_days_left;
  char          *cert_fingerprint;
  ScRole         role;
  char          *software;

  /*< private >*/
  gatomicrefcount ref_count;
} ScSnapshot;

#define SC_TYPE_SNAPSHOT (sc_snapshot_get_type ())

GType       sc_snapshot_get_type        (void) G_GNUC_CONST;
ScSnapshot *sc_snapshot_new             (void);
ScSnapshot *sc_snapshot_new_from_result (ScCheckResult *result);
ScSnapshot *sc_snapshot_ref             (ScSnapshot    *self);
void        sc_snapshot_unref           (ScSnapshot    *self);
gboolean    sc_snapshot_has_finding     (ScSnapshot    *self,
                                         const char    *id);
char       *sc_snapshot_format_time     (gint64         unix_seconds);
char       *sc_snapshot_describe_answer (ScSnapshot    *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScSnapshot, sc_snapshot_unref)

G_END_DECLS
