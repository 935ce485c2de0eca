/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sc-change.h"
#include "sc-check-result.h"

G_BEGIN_DECLS

#define SC_TYPE_BASELINE (sc_baseline_get_type ())
G_DECLARE_FINAL_TYPE (ScBaseline, sc_baseline, SC, BASELINE, GObject)

ScBaseline *sc_baseline_new_from_file   (const char    *path,
                                         GError       **error);
ScBaseline *sc_baseline_new_from_data   (const char    *name,
                                         const char    *data,
                                         gssize         length,
                                         GError       **error);
const char *sc_baseline_get_file        (ScBaseline    *self);
gint64      sc_baseline_get_checked_at  (ScBaseline    *self);
guint       sc_baseline_get_n_results   (ScBaseline    *self);
ScSnapshot *sc_baseline_lookup          (ScBaseline    *self,
                                         const char    *key);
ScChange   *sc_baseline_compare         (ScBaseline    *self,
                                         ScCheckResult *result);

G_END_DECLS
