/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sc-report-writer.h"
#include "sc-background.h"
#include "sc-history-recorder.h"
#include "sc-live-label.h"
#include "sc-progress.h"
#include "sc-watcher.h"
#include "sc-window.h"

G_BEGIN_DECLS

struct _ScWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  GFile                *sites_file;
  ScSiteStore          *store;
  ScCheckQueue         *queue;
  GtkFilterListModel   *filtered;
  GtkCustomFilter      *filter;
  GtkSortListModel     *sorted;
  GtkCustomSorter      *sorter;
  char                 *sort_mode;      /* see sc-site-sort.c */
  char                 *group;          /* the group shown, or NULL for all */
  char                **group_names;    /* the menu's items: "All Groups", then each */
  gboolean              updating_groups;
  GtkDropDown          *group_dropdown;
  GtkMultiSelection    *selection;
  GCancellable         *cancellable;    /* cancelled when the window closes */
  char                 *filter_mode;    /* an id of sc-site-filter.c */
  guint                 refilter_id;
  guint                 progress_id;    /* pending progress bar update */
  guint                 overview_id;    /* pending count of the filters */
  gint64                overview_at;    /* when it was last counted */
  GPtrArray            *filter_buttons; /* GtkToggleButton, as sc_site_filter_get_all() */
  guint                 loading_id;     /* shows the spinner if loading takes long */
  guint                 ages_id;        /* says the rows' ages again, while shown */
  char                 *last_notice;
  char                 *last_notice_action;  /* its button's detailed action, or NULL */
  gboolean              loaded;
  GPtrArray            *removed;        /* ScSite, for Undo */
  GArray               *removed_at;     /* guint, where each was */
  GNetworkMonitor      *network_monitor;
  GtkWidget            *paste_dialog;   /* weak: asks what to add */
  ScHistoryRecorder    *recorder;       /* sc-window-history.c */
  ScWatcher            *watcher;
  GObject              *run_summary;    /* ScRunSummary */
  ScBackground         *background;     /* followed once closed to the background */
  gulong                background_handler;

  /* Template children */
  AdwToastOverlay      *toast_overlay;
  AdwLeaflet           *leaflet;
  GtkRevealer          *offline_revealer;
  GtkEntry             *url_entry;
  GtkSearchEntry       *search_entry;
  GtkWidget            *overview_box;
  GMenu                *primary_menu;
  GtkBox               *filter_box;
  ScLiveLabel          *summary_label;
  GtkStack             *list_stack;
  GtkListView          *site_list;
  GtkSpinner           *loading_spinner;
  GtkRevealer          *progress_revealer;
  ScProgress           *progress;
  GtkStack             *detail_stack;
  AdwStatusPage        *none_page;
  GtkWidget            *site_menu_button;
  GtkWidget            *sidebar;
  GtkWidget            *pane_separator;
  GtkWidget            *content;
  ScDetailView         *detail_view;
  AdwWindowTitle       *detail_title;
};

/* sc-window-actions.c */
void sc_window_class_install_actions (GtkWidgetClass *widget_class);
void sc_window_update_actions        (ScWindow       *self);
void sc_window_notify_user           (ScWindow       *self,
                                      const char     *message);
void sc_window_warn_user             (ScWindow       *self,
                                      const char     *message);
void sc_window_notify_user_with_action (ScWindow     *self,
                                      const char     *message,
                                      const char     *button_label,
                                      const char     *detailed_action);
GFile *sc_window_export_target      (GFile          *file,
                                      const char     *chosen_suffix,
                                      ScReportFormat *out_format);
void sc_window_remove_sites          (ScWindow       *self,
                                      GPtrArray      *sites);

/* sc-window.c */
GPtrArray *sc_window_dup_selected_sites (ScWindow    *self);
guint      sc_window_find_shown         (ScWindow    *self,
                                         GPtrArray   *sites);
void       sc_window_select_near        (ScWindow    *self,
                                         guint        shown_position,
                                         gboolean     focus);
gboolean   sc_window_list_has_focus     (ScWindow    *self);
gboolean   sc_window_text_has_focus     (ScWindow    *self);
void       sc_window_reveal_site        (ScWindow    *self,
                                         ScSite      *site);

void       sc_window_close_for_good     (ScWindow    *self);

/* sc-window-history.c */
void     sc_window_history_setup               (ScWindow *self);
void     sc_window_history_dispose             (ScWindow *self);
gboolean sc_window_history_close_to_background (ScWindow *self);

G_END_DECLS
