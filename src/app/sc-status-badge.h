/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sc-check-result.h"

G_BEGIN_DECLS

#define SC_TYPE_STATUS_BADGE (sc_status_badge_get_type ())
G_DECLARE_FINAL_TYPE (ScStatusBadge, sc_status_badge, SC, STATUS_BADGE, GtkWidget)

GtkWidget  *sc_status_badge_new          (void);
void        sc_status_badge_set_result   (ScStatusBadge *self,
                                          ScCheckResult *result,
                                          gboolean       checking);
void        sc_status_badge_set_hop      (ScStatusBadge *self,
                                          guint          status);
const char *sc_status_badge_get_text     (ScStatusBadge *self);
const char *sc_status_badge_get_label    (ScStatusBadge *self);
const char *sc_status_badge_get_css_class (ScStatusBadge *self);

const char    *sc_status_badge_get_icon_name (ScStatusBadge *self);

G_END_DECLS
