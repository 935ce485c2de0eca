/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sc-site.h"

G_BEGIN_DECLS

#define SC_TYPE_DETAIL_VIEW (sc_detail_view_get_type ())
G_DECLARE_FINAL_TYPE (ScDetailView, sc_detail_view, SC, DETAIL_VIEW, GtkWidget)

void        sc_detail_view_set_site          (ScDetailView *self,
                                              ScSite       *site);
ScSite     *sc_detail_view_get_site          (ScDetailView *self);

/* What the pane shows, for tests. */
const char *sc_detail_view_get_title_text    (ScDetailView *self);
const char *sc_detail_view_get_explanation   (ScDetailView *self);
const char *sc_detail_view_get_answered_text (ScDetailView *self);
const char *sc_detail_view_get_checked_text  (ScDetailView *self);
GtkWidget  *sc_detail_view_get_checked_label (ScDetailView *self);
GtkWidget  *sc_detail_view_get_error_label (ScDetailView *self);
guint       sc_detail_view_get_n_hops        (ScDetailView *self);
GStrv       sc_detail_view_dup_suggestions   (ScDetailView *self);
GtkAdjustment *sc_detail_view_get_vadjustment (ScDetailView *self);
char       *sc_detail_view_dup_timing_text   (ScDetailView *self);

typedef struct _ScHistoryStrip ScHistoryStrip;
ScHistoryStrip *sc_detail_view_get_history_strip (ScDetailView *self);

G_END_DECLS
