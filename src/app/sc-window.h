/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sc-check-queue.h"
#include "sc-detail-view.h"
#include "sc-site-store.h"

G_BEGIN_DECLS

#define SC_TYPE_WINDOW (sc_window_get_type ())
G_DECLARE_FINAL_TYPE (ScWindow, sc_window, SC, WINDOW, AdwApplicationWindow)

ScWindow     *sc_window_new             (AdwApplication     *application,
                                         GFile              *sites_file);
guint         sc_window_add_inputs      (ScWindow           *self,
                                         const char * const *inputs,
                                         gboolean            check,
                                         guint              *n_duplicates);
void          sc_window_add_list        (ScWindow           *self,
                                         GPtrArray          *lines);
void          sc_window_add_labelled_list (ScWindow         *self,
                                         GPtrArray          *lines,
                                         GHashTable         *labels);
void          sc_window_report_added    (ScWindow           *self,
                                         guint               n_added,
                                         guint               n_duplicates);
void          sc_window_import_file     (ScWindow           *self,
                                         GFile              *file);
ScSite       *sc_window_edit_site       (ScWindow           *self,
                                         ScSite             *site,
                                         const char         *input);
void          sc_window_paste_text      (ScWindow           *self,
                                         const char         *text);
GtkWidget    *sc_window_get_paste_dialog (ScWindow          *self);
void          sc_window_export          (ScWindow           *self,
                                         GFile              *file,
                                         const char         *chosen_suffix);
gboolean      sc_window_select_site     (ScWindow           *self,
                                         ScSite             *site);
ScSite       *sc_window_get_selected    (ScWindow           *self);
void          sc_window_set_group       (ScWindow           *self,
                                         const char         *group);
void          sc_window_set_search      (ScWindow           *self,
                                         const char         *text);
ScSiteStore  *sc_window_get_store       (ScWindow           *self);
ScCheckQueue *sc_window_get_queue       (ScWindow           *self);
ScDetailView *sc_window_get_detail_view (ScWindow           *self);
void          sc_window_refresh_ages    (ScWindow           *self);
GtkWidget    *sc_window_find_row        (ScWindow           *self,
                                         ScSite             *site);
const char   *sc_window_get_last_notice (ScWindow           *self);
gboolean      sc_window_get_loaded      (ScWindow           *self);
const char   *sc_window_get_list_page   (ScWindow           *self);
GtkWidget    *sc_window_get_search_entry (ScWindow          *self);
GtkWidget    *sc_window_get_url_entry   (ScWindow           *self);
AdwLeaflet   *sc_window_get_leaflet     (ScWindow           *self);
GtkListView  *sc_window_get_site_list   (ScWindow           *self);
GtkWidget    *sc_window_get_sidebar     (ScWindow           *self);
const char   *sc_window_get_detail_title (ScWindow          *self);
const char   *sc_window_get_summary     (ScWindow           *self);
GListModel   *sc_window_get_shown_sites (ScWindow           *self);
const char   *sc_window_get_filter_label (ScWindow          *self,
                                         const char         *filter_id);

G_END_DECLS
