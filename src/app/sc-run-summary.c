/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "sc-report-writer.h"
#include "sc-run-summary.h"

/* At the end of a run over several sites, one sentence on what changed
 * since the sites' previous checks ("3 changed since 2026-12-04 08:00 UTC:
 * 1 broken, 1 fixed, 1 changed"), emitted as "summary" for the window to
 * show.  Changes arrive from the history's thread after the checks, so
 * the run counts as ended once a flush queued behind them comes back. */

struct _ScRunSummary
{
  GObject            parent_instance;

  ScCheckQueue      *queue;
  ScHistoryRecorder *recorder;
  guint              counts[SC_CHANGE_N_KINDS];
  gint64             since;     /* the earliest previous check of the run */
  guint              n_sites;
  gboolean           busy;
  GDateTime         *started;   /* changes of checks from before are not this run's */
};

enum { SUMMARY, N_SIGNALS };
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (ScRunSummary, sc_run_summary, G_TYPE_OBJECT)

static void
reset (ScRunSummary *self)
{
  memset (self->counts, 0, sizeof self->counts);
  self->since = 0;
  self->n_sites = 0;
  g_clear_pointer (&self->started, g_date_time_unref);
  /* Whole seconds, as a check's checked_at is. */
  self->started = g_date_time_new_from_unix_utc (g_get_real_time () / G_USEC_PER_SEC);
}

static void
on_site_changed (ScHistoryRecorder *recorder,
                 ScSite            *site,
                 ScChange          *change,
                 ScRunSummary      *self)
{
  ScCheckResult *result = sc_site_get_result (site);
  GDateTime *checked_at = result != NULL ? sc_check_result_get_checked_at (result) : NULL;

  if (checked_at == NULL || self->started == NULL || g_date_time_difference (checked_at, self->started) < 0)
    return;
  self->counts[change->kind]++;
  self->n_sites++;
  if (change->previous != NULL && change->previous->checked_at != 0 &&
      (self->since == 0 || change->previous->checked_at < self->since))
    self->since = change->previous->checked_at;
}

static void
on_flushed (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(ScRunSummary) self = user_data;
  g_autofree char *summary = NULL;
  guint n_changed = self->counts[SC_CHANGE_BROKEN] + self->counts[SC_CHANGE_FIXED] +
                    self->counts[SC_CHANGE_CHANGED];

  if (!sc_history_flush_finish (SC_HISTORY (source), result, NULL) || self->busy)
    return;
  /* One site checked by hand shows its change in the detail pane. */
  if (self->n_sites >= 2 && n_changed > 0)
    {
      summary = sc_report_change_summary (self->counts, self->since);
      g_signal_emit (self, signals[SUMMARY], 0, summary);
    }
}

/* After the queue's last result has been handed to its site (and so to
 * the recorder), which may come just after "busy" turns off. */
static gboolean
flush_later (gpointer data)
{
  ScRunSummary *self = data;
  ScHistory *history = sc_history_recorder_get_history (self->recorder);

  if (history != NULL && !self->busy)
    sc_history_flush_async (history, NULL, on_flushed, g_object_ref (self));
  return G_SOURCE_REMOVE;
}

static void
on_busy (ScCheckQueue *queue,
         GParamSpec   *pspec,
         ScRunSummary *self)
{
  gboolean busy = sc_check_queue_get_busy (queue);

  if (busy == self->busy)
    return;
  self->busy = busy;
  if (busy)
    reset (self);
  else
    g_idle_add_full (G_PRIORITY_LOW, flush_later, g_object_ref (self), g_object_unref);
}

static void
sc_run_summary_dispose (GObject *object)
{
  ScRunSummary *self = (ScRunSummary *) object;

  g_clear_object (&self->queue);
  g_clear_object (&self->recorder);
  g_clear_pointer (&self->started, g_date_time_unref);
  G_OBJECT_CLASS (sc_run_summary_parent_class)->dispose (object);
}

static void
sc_run_summary_class_init (ScRunSummaryClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sc_run_summary_dispose;
  signals[SUMMARY] = g_signal_new ("summary", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
sc_run_summary_init (ScRunSummary *self)
{
}

ScRunSummary *
sc_run_summary_new (ScCheckQueue      *queue,
                    ScHistoryRecorder *recorder)
{
  ScRunSummary *self = g_object_new (SC_TYPE_RUN_SUMMARY, NULL);

  self->queue = g_object_ref (queue);
  self->recorder = g_object_ref (recorder);
  g_signal_connect_object (queue, "notify::busy", G_CALLBACK (on_busy), self, 0);
  g_signal_connect_object (recorder, "site-changed", G_CALLBACK (on_site_changed), self, 0);
  return self;
}
