/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sc-history-recorder.h"
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
  GtkSingleSelection   *selection;
  GCancellable         *cancellable;    /* cancelled when the window closes */
  char                 *filter_mode;    /* "all", "problems" or "ok" */
  guint                 refilter_id;
  guint                 progress_id;    /* pending progress bar update */
  guint                 loading_id;     /* shows the spinner if loading takes long */
  char                 *last_notice;
  gboolean              loaded;
  ScSite               *removed;        /* for Undo */
  GNetworkMonitor      *network_monitor;
  ScHistoryRecorder    *recorder;       /* sc-window-history.c */
  ScWatcher            *watcher;
  GObject              *run_summary;    /* ScRunSummary */

  /* Template children */
  AdwToastOverlay      *toast_overlay;
  AdwLeaflet           *leaflet;
  GtkRevealer          *offline_revealer;
  GtkEntry             *url_entry;
  GtkSearchEntry       *search_entry;
  GtkStack             *list_stack;
  GtkListView          *site_list;
  GtkSpinner           *loading_spinner;
  GtkRevealer          *progress_revealer;
  GtkProgressBar       *progress_bar;
  GtkStack             *detail_stack;
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

/* sc-window-history.c */
void sc_window_history_setup         (ScWindow       *self);
void sc_window_history_dispose       (ScWindow       *self);

G_END_DECLS
