/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sc-site.h"
#include "sc-status-badge.h"

G_BEGIN_DECLS

#define SC_TYPE_SITE_ROW (sc_site_row_get_type ())
G_DECLARE_FINAL_TYPE (ScSiteRow, sc_site_row, SC, SITE_ROW, GtkWidget)

GtkWidget     *sc_site_row_new        (void);
void           sc_site_row_set_site   (ScSiteRow *self,
                                       ScSite    *site);
ScSite        *sc_site_row_get_site   (ScSiteRow *self);
ScStatusBadge *sc_site_row_get_badge  (ScSiteRow *self);

const char    *sc_site_row_get_path_text (ScSiteRow *self);
GtkLabel      *sc_site_row_get_age_label (ScSiteRow *self);
void           sc_site_row_refresh_age   (ScSiteRow *self);
const char    *sc_site_row_get_heading   (ScSiteRow *self);
GtkLabel      *sc_site_row_get_heading_label (ScSiteRow *self);

G_END_DECLS
