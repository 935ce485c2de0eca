/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sc-batch.h"
#include "sc-check-queue.h"
#include "sc-profiler.h"

/* Checks sites for the window.  Sites join the batch that is running, or
 * start a new one; progress ("12 of 40") counts the sites of the current
 * run.  The checks always run in checking threads (one per core), never
 * on the GTK main thread: TLS set-up costs milliseconds of CPU per site,
 * and results come back in batches a few milliseconds apart.  The checker
 * follows the preferences; the threads take its settings when a run
 * starts, so a change applies from the next run on. */

struct _ScCheckQueue
{
  GObject       parent_instance;

  GSettings    *settings;
  ScChecker    *checker;
  ScBatch      *batch;
  GCancellable *cancellable;
  GPtrArray    *sites;        /* ScSite per batch index */
  guint         n_done;
  gboolean      limits_changed;
};

G_DEFINE_FINAL_TYPE (ScCheckQueue, sc_check_queue, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_BUSY,
  PROP_N_TOTAL,
  PROP_N_DONE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sc_check_queue_dispose (GObject *object)
{
  ScCheckQueue *self = (ScCheckQueue *) object;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->batch);
  g_clear_object (&self->checker);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->sites, g_ptr_array_unref);

  G_OBJECT_CLASS (sc_check_queue_parent_class)->dispose (object);
}

static void
sc_check_queue_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ScCheckQueue *self = SC_CHECK_QUEUE (object);

  switch (prop_id)
    {
    case PROP_BUSY: g_value_set_boolean (value, sc_check_queue_get_busy (self)); break;
    case PROP_N_TOTAL: g_value_set_uint (value, sc_check_queue_get_n_total (self)); break;
    case PROP_N_DONE: g_value_set_uint (value, self->n_done); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_check_queue_class_init (ScCheckQueueClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = sc_check_queue_dispose;
  object_class->get_property = sc_check_queue_get_property;

  properties[PROP_BUSY] = g_param_spec_boolean ("busy", NULL, NULL, FALSE, flags);
  properties[PROP_N_TOTAL] = g_param_spec_uint ("n-total", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_N_DONE] = g_param_spec_uint ("n-done", NULL, NULL, 0, G_MAXUINT, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sc_check_queue_init (ScCheckQueue *self)
{
  self->sites = g_ptr_array_new_with_free_func (g_object_unref);
}

static gboolean
method_from_setting (GValue   *value,
                     GVariant *variant,
                     gpointer  user_data)
{
  g_value_set_string (value, g_variant_get_string (variant, NULL));
  return TRUE;
}

static void
make_checker (ScCheckQueue *self)
{
  guint jobs = g_settings_get_uint (self->settings, "jobs");
  guint per_host = g_settings_get_uint (self->settings, "per-host");

  g_clear_object (&self->checker);
  self->checker = sc_checker_new (jobs, per_host);
  g_settings_bind (self->settings, "timeout", self->checker, "timeout", G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "max-redirects", self->checker, "max-redirects", G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "ignore-tls-errors", self->checker, "ignore-tls-errors", G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "user-agent", self->checker, "user-agent", G_SETTINGS_BIND_GET);
  g_settings_bind_with_mapping (self->settings, "method", self->checker, "method", G_SETTINGS_BIND_GET,
                                method_from_setting, NULL, NULL, NULL);
  self->limits_changed = FALSE;
}

static void
on_limits_changed (GSettings    *settings,
                   const char   *key,
                   ScCheckQueue *self)
{
  if (self->batch == NULL)
    make_checker (self);
  else
    self->limits_changed = TRUE;
}

ScCheckQueue *
sc_check_queue_new (GSettings *settings)
{
  ScCheckQueue *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (SC_TYPE_CHECK_QUEUE, NULL);
  self->settings = g_object_ref (settings);
  make_checker (self);
  g_signal_connect_object (settings, "changed::jobs", G_CALLBACK (on_limits_changed), self, 0);
  g_signal_connect_object (settings, "changed::per-host", G_CALLBACK (on_limits_changed), self, 0);
  return self;
}

static void
on_result_ready (ScBatch       *batch,
                 guint          index,
                 ScCheckResult *result,
                 ScCheckQueue  *self)
{
  ScSite *site = g_ptr_array_index (self->sites, index);
  gint64 since = sc_profiler_now ();

  sc_check_result_set_raw_input (result, sc_site_get_input (site));
  sc_site_set_result (site, result);
  sc_site_set_checking (site, FALSE);
  self->n_done++;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_DONE]);
  sc_profiler_add ("deliver", since);
}

static void
notify_progress (ScCheckQueue *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_TOTAL]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_DONE]);
}

/* The run ended, finished or cancelled: sites still waiting keep their
 * previous result. */
static void
on_batch_done (GObject      *source,
               GAsyncResult *res,
               gpointer      user_data)
{
  g_autoptr(ScCheckQueue) self = user_data;

  sc_batch_run_finish (SC_BATCH (source), res, NULL);
  if (self->batch != SC_BATCH (source))
    return;

  for (guint i = 0; i < self->sites->len; i++)
    sc_site_set_checking (g_ptr_array_index (self->sites, i), FALSE);
  g_ptr_array_set_size (self->sites, 0);
  g_signal_handlers_disconnect_by_data (self->batch, self);
  g_clear_object (&self->batch);
  g_clear_object (&self->cancellable);
  self->n_done = 0;
  if (self->limits_changed)
    make_checker (self);
  notify_progress (self);
}

/* Adds the sites to the run under way, or starts one once they are in (a
 * batch started empty would finish at once).  Progress is notified once
 * for the lot: a list of 10,000 must not redraw the progress bar 10,000
 * times. */
void
sc_check_queue_add_sites (ScCheckQueue  *self,
                          ScSite       **sites,
                          guint          n_sites)
{
  gboolean start = FALSE;
  guint n_added = 0;

  g_return_if_fail (SC_IS_CHECK_QUEUE (self));

  for (guint i = 0; i < n_sites; i++)
    {
      ScSite *site = sites[i];

      if (sc_site_get_checking (site))
        continue;
      if (self->batch == NULL)
        {
          self->batch = sc_batch_new (self->checker,
                                      g_settings_get_uint (self->settings, "jobs"),
                                      g_settings_get_uint (self->settings, "per-host"));
          sc_batch_set_threads (self->batch, MAX (1, g_get_num_processors ()));
          sc_batch_set_yield (self->batch, TRUE);
          self->cancellable = g_cancellable_new ();
          g_signal_connect (self->batch, "result-ready", G_CALLBACK (on_result_ready), self);
          start = TRUE;
        }
      sc_site_set_checking (site, TRUE);
      g_ptr_array_add (self->sites, g_object_ref (site));
      sc_batch_add (self->batch, sc_site_get_input (site));
      n_added++;
    }
  if (start)
    sc_batch_run_async (self->batch, self->cancellable, on_batch_done, g_object_ref (self));
  if (n_added > 0)
    notify_progress (self);
}

void
sc_check_queue_add (ScCheckQueue *self,
                    ScSite       *site)
{
  g_return_if_fail (SC_IS_SITE (site));
  sc_check_queue_add_sites (self, &site, 1);
}

void
sc_check_queue_cancel (ScCheckQueue *self)
{
  g_return_if_fail (SC_IS_CHECK_QUEUE (self));

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

gboolean
sc_check_queue_get_busy (ScCheckQueue *self)
{
  g_return_val_if_fail (SC_IS_CHECK_QUEUE (self), FALSE);
  return self->batch != NULL;
}

guint
sc_check_queue_get_n_total (ScCheckQueue *self)
{
  g_return_val_if_fail (SC_IS_CHECK_QUEUE (self), 0);
  return self->sites->len;
}

guint
sc_check_queue_get_n_done (ScCheckQueue *self)
{
  g_return_val_if_fail (SC_IS_CHECK_QUEUE (self), 0);
  return self->n_done;
}

ScChecker *
sc_check_queue_get_checker (ScCheckQueue *self)
{
  g_return_val_if_fail (SC_IS_CHECK_QUEUE (self), NULL);
  return self->checker;
}
