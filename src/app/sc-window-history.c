/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-application.h"
#include "sc-history-strip.h"
#include "sc-run-summary.h"
#include "sc-window-private.h"

/* The window's history and watching, kept apart from the rest of the
 * window: the recorder writes every check into the history, the detail
 * pane's strip reads a site's recent checks, and the watcher checks on a
 * schedule and notifies (its notifications open a site through
 * "app.show-site", in sc-application.c).  While watching, closing the window hides it and the
 * application runs on in the background (sc-background.c) until the
 * window is shown again, watching is turned off, or the user stops it. */

static void
on_recorder_warning (ScHistoryRecorder *recorder,
                     GParamSpec        *pspec,
                     ScWindow          *self)
{
  g_autofree char *warning = NULL;

  g_object_get (recorder, "warning", &warning, NULL);
  if (warning != NULL)
    sc_window_warn_user (self, warning);
}

static void
on_summary (ScRunSummary *summary,
            const char   *text,
            ScWindow     *self)
{
  /* "Show" lists the sites the sentence counts. */
  sc_window_notify_user_with_action (self, text, _("_Show"), "win.filter::changed");
}

static void on_background_active (ScBackground *background,
                                  GParamSpec   *pspec,
                                  ScWindow     *self);

static ScBackground *
get_background (ScWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return SC_IS_APPLICATION (app) ? sc_application_get_background (SC_APPLICATION (app)) : NULL;
}

/* Hides the window instead of closing it when watching is on: its store,
 * queue and watcher go on.  Returns FALSE when the window is to close. */
gboolean
sc_window_history_close_to_background (ScWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  ScBackground *background = get_background (self);

  if (background == NULL || sc_application_get_quitting (SC_APPLICATION (app)) ||
      self->watcher == NULL || sc_watcher_get_interval (self->watcher) == 0)
    return FALSE;
  /* Connected here: the window has no application yet when it is set up.
   * Disconnected in dispose: a destroyed window may live on a moment. */
  if (self->background == NULL)
    {
      self->background = g_object_ref (background);
      self->background_handler = g_signal_connect (background, "notify::active",
                                                   G_CALLBACK (on_background_active), self);
    }
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  /* TRANSLATORS: shown by the desktop when it asks whether Statuscope may run in the background */
  sc_background_start (background, _("Statuscope checks your sites on a schedule and notifies you "
                                     "when one breaks or works again."));
  return TRUE;
}

/* Stopped (Stop Watching, or the desktop said no) with the window hidden:
 * the window closes for good, which ends the application.  (Destroying a
 * hidden window met a GTK 4.8 bug that sc_window_detach_surface() now
 * works around, whether from here or from an idle.) */
static void
on_background_active (ScBackground *background,
                      GParamSpec   *pspec,
                      ScWindow     *self)
{
  if (!sc_background_get_active (background) && !gtk_widget_get_visible (GTK_WIDGET (self)))
    sc_window_close_for_good (self);
}

/* Shown again (the application activated, a notification clicked): no
 * longer in the background. */
static void
on_visible (ScWindow   *self,
            GParamSpec *pspec,
            gpointer    user_data)
{
  ScBackground *background = get_background (self);

  if (background != NULL && gtk_widget_get_visible (GTK_WIDGET (self)))
    sc_background_stop (background);
}

/* Watching turned off while in the background: nothing left to do. */
static void
on_interval_changed (GSettings  *settings,
                     const char *key,
                     ScWindow   *self)
{
  g_autofree char *nick = g_settings_get_string (settings, "watch-interval");
  ScBackground *background = get_background (self);

  if (background != NULL && g_str_equal (nick, "off") && !gtk_widget_get_visible (GTK_WIDGET (self)))
    sc_background_stop (background);
}

static void
setup_background (ScWindow *self)
{
  g_signal_connect (self, "notify::visible", G_CALLBACK (on_visible), NULL);
  g_signal_connect_object (self->settings, "changed::watch-interval", G_CALLBACK (on_interval_changed), self, 0);
}

void
sc_window_history_setup (ScWindow *self)
{
  GListModel *sites = sc_site_store_get_model (self->store);

  self->recorder = sc_history_recorder_new (sites);
  g_signal_connect_object (self->recorder, "notify::warning", G_CALLBACK (on_recorder_warning), self, 0);
  sc_history_strip_set_recorder (sc_detail_view_get_history_strip (self->detail_view), self->recorder);
  self->watcher = sc_watcher_new (self->settings, self->queue, sites, self->recorder);
  self->run_summary = G_OBJECT (sc_run_summary_new (self->queue, self->recorder));
  g_signal_connect_object (self->run_summary, "summary", G_CALLBACK (on_summary), self, 0);
  setup_background (self);
}

void
sc_window_history_dispose (ScWindow *self)
{
  if (self->background != NULL)
    g_clear_signal_handler (&self->background_handler, self->background);
  g_clear_object (&self->background);
  g_clear_object (&self->watcher);
  g_clear_object (&self->run_summary);
  g_clear_object (&self->recorder);
}
