/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "sc-snapshot.h"

G_BEGIN_DECLS

/* The contract's change kinds ("Comparing with an earlier run"). */
typedef enum {
  SC_CHANGE_NEW,
  SC_CHANGE_SAME,
  SC_CHANGE_FIXED,
  SC_CHANGE_BROKEN,
  SC_CHANGE_CHANGED,
} ScChangeKind;

#define SC_CHANGE_N_KINDS (SC_CHANGE_CHANGED + 1)

/* How a check differs from the same site's previous one: a kind, the
 * previous snapshot (NULL for new) and one plain sentence per difference. */
typedef struct {
  ScChangeKind  kind;
  ScSnapshot   *previous;
  char        **what;          /* never NULL; empty for same */

  /*< private >*/
  gatomicrefcount ref_count;
} ScChange;

/* A response time counts as changed when it is this many times the old
 * one and at least SC_CHANGE_SLOWER_MIN_MS apart: loopback and CDN times
 * wobble by tens of milliseconds from run to run. */
#define SC_CHANGE_TIME_FACTOR  3
#define SC_CHANGE_TIME_MIN_MS  500

#define SC_TYPE_CHANGE (sc_change_get_type ())

GType        sc_change_get_type       (void) G_GNUC_CONST;
ScChange    *sc_change_compare        (ScSnapshot   *previous,
                                       ScSnapshot   *current);
ScChange    *sc_change_ref            (ScChange     *self);
void         sc_change_unref          (ScChange     *self);
const char  *sc_change_kind_to_string (ScChangeKind  kind);
const char  *sc_change_kind_describe  (ScChangeKind  kind);
gboolean     sc_change_is_change      (ScChange     *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScChange, sc_change_unref)

G_END_DECLS
