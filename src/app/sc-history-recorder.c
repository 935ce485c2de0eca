/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-history-recorder.h"

/* Records every check the window makes into the history database in the
 * user's data folder (the one statuscope-cli --history can share), and
 * says how each site changed since its previous check ("site-changed").
 * The database is opened on a thread-pool thread and written on the
 * history's own thread: nothing here blocks the main loop. */

struct _ScHistoryRecorder
{
  GObject       parent_instance;

  GListModel   *sites;
  ScHistory    *history;
  GCancellable *cancellable;
  GPtrArray    *pending_sites;   /* checks that finished before the open did */
  GPtrArray    *pending;         /* their snapshots */
  gint64        started;     /* results from before this are restored ones */
  char         *warning;
};

enum { PROP_0, PROP_HISTORY, PROP_WARNING, N_PROPS };
enum { SITE_CHANGED, N_SIGNALS };

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (ScHistoryRecorder, sc_history_recorder, G_TYPE_OBJECT)

/* $STATUSCOPE_HISTORY names another file, for tests and for sharing one
 * with a cron job. */
char *
sc_history_recorder_default_path (void)
{
  const char *path = g_getenv ("STATUSCOPE_HISTORY");

  if (path != NULL && path[0] != '\0')
    return g_strdup (path);
  return g_build_filename (g_get_user_data_dir (), "statuscope", "history.db", NULL);
}

/* The key a site's checks are kept under: the URL it was checked at, or
 * its input while it has no result (then it has no history either). */
const char *
sc_history_recorder_key_for_site (ScSite *site)
{
  ScCheckResult *result = sc_site_get_result (site);

  if (result != NULL && sc_check_result_get_url (result) != NULL)
    return sc_check_result_get_url (result);
  return result != NULL ? sc_check_result_get_input (result) : sc_site_get_key (site);
}

typedef struct {
  ScHistoryRecorder *self;
  ScSite            *site;
  ScSnapshot        *now;
} Compare;

static void
compare_free (Compare *c)
{
  g_object_unref (c->self);
  g_object_unref (c->site);
  sc_snapshot_unref (c->now);
  g_free (c);
}

/* The two newest rows are this check and the one before it. */
static void
on_listed (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Compare *c = user_data;
  g_autoptr(GPtrArray) rows = sc_history_list_finish (SC_HISTORY (source), result, NULL);
  g_autoptr(ScChange) change = NULL;
  ScSnapshot *previous = NULL;

  if (rows != NULL && rows->len == 2)
    previous = g_ptr_array_index (rows, 1);
  if (rows != NULL && !g_cancellable_is_cancelled (c->self->cancellable))
    {
      change = sc_change_compare (previous, c->now);
      sc_site_set_change (c->site, change);
      g_signal_emit (c->self, signals[SITE_CHANGED], 0, c->site, change);
    }
  compare_free (c);
}

static void
record (ScHistoryRecorder *self,
        ScSite            *site,
        ScSnapshot        *snapshot)
{
  Compare *c = g_new0 (Compare, 1);

  sc_history_record (self->history, snapshot);
  c->self = g_object_ref (self);
  c->site = g_object_ref (site);
  c->now = sc_snapshot_ref (snapshot);
  sc_history_list_async (self->history, snapshot->key, 2, self->cancellable, on_listed, c);
}

static void
on_result (ScSite            *site,
           GParamSpec        *pspec,
           ScHistoryRecorder *self)
{
  ScCheckResult *result = sc_site_get_result (site);
  g_autoptr(ScSnapshot) snapshot = NULL;

  /* A result restored from the saved list was recorded when it was made. */
  if (result == NULL || sc_check_result_get_checked_at (result) == NULL ||
      g_date_time_to_unix (sc_check_result_get_checked_at (result)) < self->started)
    return;
  snapshot = sc_snapshot_new_from_result (result);
  if (self->history == NULL)
    {
      g_ptr_array_add (self->pending_sites, g_object_ref (site));
      g_ptr_array_add (self->pending, g_steal_pointer (&snapshot));
      return;
    }
  record (self, site, snapshot);
}

static void
on_items_changed (GListModel        *model,
                  guint              position,
                  guint              removed,
                  guint              added,
                  ScHistoryRecorder *self)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(ScSite) site = g_list_model_get_item (model, i);

      g_signal_connect_object (site, "notify::result", G_CALLBACK (on_result), self, 0);
    }
}

static void
on_opened (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(ScHistoryRecorder) self = user_data;
  g_autoptr(GError) error = NULL;
  ScHistory *history = sc_history_open_finish (result, &error);

  if (history == NULL)
    {
      self->warning = g_strdup_printf (_("The history of checks could not be opened: %s"), error->message);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WARNING]);
      return;
    }
  self->history = history;
  if (sc_history_get_set_aside (history) != NULL)
    {
      self->warning = g_strdup_printf (_("The history of checks was damaged and a new one was started. "
                                         "The old file was kept as %s."),
                                       sc_history_get_set_aside (history));
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WARNING]);
    }
  for (guint i = 0; i < self->pending->len; i++)
    record (self, self->pending_sites->pdata[i], self->pending->pdata[i]);
  g_ptr_array_set_size (self->pending, 0);
  g_ptr_array_set_size (self->pending_sites, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HISTORY]);
}

static void
sc_history_recorder_dispose (GObject *object)
{
  ScHistoryRecorder *self = (ScHistoryRecorder *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->sites);
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  g_clear_pointer (&self->pending_sites, g_ptr_array_unref);
  G_OBJECT_CLASS (sc_history_recorder_parent_class)->dispose (object);
}

static void
sc_history_recorder_finalize (GObject *object)
{
  ScHistoryRecorder *self = (ScHistoryRecorder *) object;

  /* Joins the history's thread after its last writes: quick, as records
   * are written as they come. */
  g_clear_object (&self->history);
  g_clear_object (&self->cancellable);
  g_free (self->warning);
  G_OBJECT_CLASS (sc_history_recorder_parent_class)->finalize (object);
}

static void
sc_history_recorder_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  ScHistoryRecorder *self = SC_HISTORY_RECORDER (object);

  switch (prop_id)
    {
    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;
    case PROP_WARNING:
      g_value_set_string (value, self->warning);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_history_recorder_class_init (ScHistoryRecorderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sc_history_recorder_dispose;
  object_class->finalize = sc_history_recorder_finalize;
  object_class->get_property = sc_history_recorder_get_property;

  properties[PROP_HISTORY] = g_param_spec_object ("history", NULL, NULL, SC_TYPE_HISTORY,
                                                  G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* A sentence for the user when the history could not be used as it was. */
  properties[PROP_WARNING] = g_param_spec_string ("warning", NULL, NULL, NULL,
                                                  G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SITE_CHANGED] = g_signal_new ("site-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 2, SC_TYPE_SITE, SC_TYPE_CHANGE);
}

static void
sc_history_recorder_init (ScHistoryRecorder *self)
{
  self->cancellable = g_cancellable_new ();
  self->pending = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_snapshot_unref);
  self->pending_sites = g_ptr_array_new_with_free_func (g_object_unref);
  self->started = g_get_real_time () / G_USEC_PER_SEC - 1;
}

ScHistoryRecorder *
sc_history_recorder_new (GListModel *sites)
{
  ScHistoryRecorder *self = g_object_new (SC_TYPE_HISTORY_RECORDER, NULL);
  g_autofree char *path = sc_history_recorder_default_path ();

  self->sites = g_object_ref (sites);
  g_signal_connect_object (sites, "items-changed", G_CALLBACK (on_items_changed), self, 0);
  on_items_changed (sites, 0, 0, g_list_model_get_n_items (sites), self);
  sc_history_open_async (path, SC_HISTORY_DEFAULT_RETENTION_DAYS, self->cancellable, on_opened, g_object_ref (self));
  return self;
}

/* NULL until the database is open. */
ScHistory *
sc_history_recorder_get_history (ScHistoryRecorder *self)
{
  g_return_val_if_fail (SC_IS_HISTORY_RECORDER (self), NULL);
  return self->history;
}
