/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>

#include "sc-batch-private.h"
#include "sc-url.h"

/* Runs many checks: at most @jobs at once and at most @per_host against one
 * host, so a list of one host's pages does not earn a wall of 429s.  Each
 * result is handed out through ::result-ready as soon as it is known, with
 * its index in the input; nothing is kept here once it is handed out, so a
 * batch of 20,000 sites holds only what is still running.
 *
 * With sc_batch_set_threads() the checks run in checking threads instead
 * (sc-batch-workers.c); results and signals still come on the caller's
 * main context. */

typedef struct {
  char   *key;
  guint   running;
  GQueue  pending;     /* indices, in input order */
  gboolean queued;     /* in ScBatch.ready */
} Host;

typedef struct {
  ScBatch *batch;
  guint    index;
  Host    *host;
} Job;

struct _ScBatch
{
  GObject       parent_instance;

  ScChecker    *checker;
  guint         jobs;
  guint         per_host;

  GPtrArray    *inputs;     /* char *, cleared once started */
  GPtrArray    *host_of;    /* Host * per index (borrowed) */
  GHashTable   *hosts;      /* key → Host */
  GQueue        ready;      /* Host * with pending work, first come first */
  guint         n_running;
  guint         n_done;
  guint         n_https;
  guint         threads;    /* SC_BATCH_THREADS_AUTO or how many */
  gboolean      yield;      /* threads below the caller's priority */

  GTask          *task;
  ScBatchWorkers *workers;  /* while a threaded run is under way */
};

G_DEFINE_FINAL_TYPE (ScBatch, sc_batch, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_N_TOTAL,
  PROP_N_DONE,
  N_PROPS
};

enum {
  RESULT_READY,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void sc_batch_pump (ScBatch *self);

static void
host_free (Host *host)
{
  g_queue_clear (&host->pending);
  g_free (host->key);
  g_free (host);
}

static void
sc_batch_dispose (GObject *object)
{
  ScBatch *self = (ScBatch *) object;

  g_clear_pointer (&self->workers, sc_batch_workers_free);
  g_clear_object (&self->checker);
  g_queue_clear (&self->ready);
  g_clear_pointer (&self->hosts, g_hash_table_unref);

  G_OBJECT_CLASS (sc_batch_parent_class)->dispose (object);
}

static void
sc_batch_finalize (GObject *object)
{
  ScBatch *self = (ScBatch *) object;

  g_clear_pointer (&self->inputs, g_ptr_array_unref);
  g_clear_pointer (&self->host_of, g_ptr_array_unref);

  G_OBJECT_CLASS (sc_batch_parent_class)->finalize (object);
}

static void
sc_batch_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  ScBatch *self = SC_BATCH (object);

  switch (prop_id)
    {
    case PROP_N_TOTAL: g_value_set_uint (value, sc_batch_get_n_total (self)); break;
    case PROP_N_DONE: g_value_set_uint (value, self->n_done); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_batch_class_init (ScBatchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sc_batch_dispose;
  object_class->finalize = sc_batch_finalize;
  object_class->get_property = sc_batch_get_property;

  properties[PROP_N_TOTAL] =
    g_param_spec_uint ("n-total", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_DONE] =
    g_param_spec_uint ("n-done", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ScBatch::result-ready:
   * @index: the position of the site in the order it was added
   * @result: its #ScCheckResult
   *
   * Emitted as each check finishes, in the order they finish.
   */
  signals[RESULT_READY] =
    g_signal_new ("result-ready", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, SC_TYPE_CHECK_RESULT);
}

static void
sc_batch_init (ScBatch *self)
{
  self->inputs = g_ptr_array_new_with_free_func (g_free);
  self->host_of = g_ptr_array_new ();
  self->hosts = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) host_free);
  g_queue_init (&self->ready);
  self->threads = SC_BATCH_THREADS_AUTO;
}

ScBatch *
sc_batch_new (ScChecker *checker,
              guint      jobs,
              guint      per_host)
{
  ScBatch *self;

  g_return_val_if_fail (SC_IS_CHECKER (checker), NULL);

  self = g_object_new (SC_TYPE_BATCH, NULL);
  self->checker = g_object_ref (checker);
  self->jobs = MAX (jobs, 1);
  self->per_host = MAX (per_host, 1);
  return self;
}

/* Inputs that will be refused have no host; they share a key that no real
 * host name can have and finish at once. */
static Host *
host_for_input (ScBatch    *self,
                const char *input)
{
  g_autoptr(GUri) uri = sc_url_normalize (input, NULL, NULL);
  g_autofree char *key = uri != NULL ? sc_url_host_key (uri) : g_strdup (" refused");
  Host *host = g_hash_table_lookup (self->hosts, key);

  if (uri != NULL && g_strcmp0 (g_uri_get_scheme (uri), "https") == 0)
    self->n_https++;

  if (host == NULL)
    {
      host = g_new0 (Host, 1);
      host->key = g_steal_pointer (&key);
      g_queue_init (&host->pending);
      g_hash_table_insert (self->hosts, host->key, host);
    }
  return host;
}

guint
sc_batch_add (ScBatch    *self,
              const char *input)
{
  guint index;
  Host *host;

  g_return_val_if_fail (SC_IS_BATCH (self), 0);
  g_return_val_if_fail (input != NULL, 0);

  index = self->inputs->len;
  host = host_for_input (self, input);
  if (self->workers != NULL)
    {
      g_ptr_array_add (self->inputs, NULL);
      g_ptr_array_add (self->host_of, host);
      sc_batch_workers_add (self->workers, index, input, host->key);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_TOTAL]);
      return index;
    }
  g_ptr_array_add (self->inputs, g_strdup (input));
  g_ptr_array_add (self->host_of, host);
  g_queue_push_tail (&host->pending, GUINT_TO_POINTER (index));
  if (!host->queued)
    {
      host->queued = TRUE;
      g_queue_push_tail (&self->ready, host);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_TOTAL]);

  if (self->task != NULL)
    sc_batch_pump (self);
  return index;
}

guint
sc_batch_get_n_total (ScBatch *self)
{
  g_return_val_if_fail (SC_IS_BATCH (self), 0);
  return self->inputs->len;
}

guint
sc_batch_get_n_done (ScBatch *self)
{
  g_return_val_if_fail (SC_IS_BATCH (self), 0);
  return self->n_done;
}

static gboolean
host_has_room (ScBatch *self,
               Host    *host)
{
  return host->key[0] == ' ' || host->running < self->per_host;
}

/* The host for the next check: first a host with nothing running, in the
 * order they came, then the first that may take one more.  On a list of
 * many hosts each then has one check at a time, and its next page reuses
 * the connection the last one left open: one TLS set-up per host instead
 * of one per page (bench/RESULTS.md, "many hosts").  A list of few hosts
 * still gets --per-host checks on each.  The scans stop at the first
 * fit: hosts busy number at most n_running. */
static GList *
find_ready_host (ScBatch  *self,
                 gboolean  idle_only)
{
  for (GList *l = self->ready.head; l != NULL; l = l->next)
    {
      Host *host = l->data;

      if (idle_only ? host->running == 0 : host_has_room (self, host))
        return l;
    }
  return NULL;
}

static Host *
take_ready_host (ScBatch *self)
{
  GList *l = find_ready_host (self, TRUE);
  Host *host;

  if (l == NULL)
    l = find_ready_host (self, FALSE);
  if (l == NULL)
    return NULL;
  host = l->data;
  if (g_queue_get_length (&host->pending) == 1)
    {
      g_queue_delete_link (&self->ready, l);
      host->queued = FALSE;
    }
  return host;
}

static void
maybe_complete (ScBatch *self)
{
  g_autoptr(GTask) task = NULL;
  gboolean cancelled;

  if (self->task == NULL || self->n_running > 0)
    return;
  cancelled = g_cancellable_is_cancelled (g_task_get_cancellable (self->task));
  if (self->workers != NULL)
    {
      /* Every result is in (the threads may still be closing their own
       * batches: freeing them waits), or, once cancelled, every site
       * handed out came back or was dropped. */
      if ((cancelled || self->n_done < self->inputs->len) && !sc_batch_workers_idle (self->workers))
        return;
      g_clear_pointer (&self->workers, sc_batch_workers_free);
    }
  else if (!cancelled && self->n_done < self->inputs->len)
    return;

  task = g_steal_pointer (&self->task);
  if (!g_task_return_error_if_cancelled (task))
    g_task_return_boolean (task, TRUE);
}

static void
on_check_done (GObject      *source,
               GAsyncResult *res,
               gpointer      user_data)
{
  Job *job = user_data;
  g_autoptr(ScBatch) self = job->batch;
  g_autoptr(ScCheckResult) result = NULL;
  g_autoptr(GError) error = NULL;

  result = sc_checker_check_finish (SC_CHECKER (source), res, &error);
  self->n_running--;
  job->host->running--;

  if (result != NULL)
    {
      self->n_done++;
      g_signal_emit (self, signals[RESULT_READY], 0, job->index, result);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_DONE]);
    }
  g_free (job);

  if (self->task != NULL && !g_cancellable_is_cancelled (g_task_get_cancellable (self->task)))
    sc_batch_pump (self);
  else
    maybe_complete (self);
}

static void
sc_batch_pump (ScBatch *self)
{
  GCancellable *cancellable = g_task_get_cancellable (self->task);

  while (self->n_running < self->jobs)
    {
      Host *host = take_ready_host (self);
      Job *job;

      if (host == NULL)
        break;

      job = g_new0 (Job, 1);
      job->batch = g_object_ref (self);
      job->index = GPOINTER_TO_UINT (g_queue_pop_head (&host->pending));
      job->host = host;
      host->running++;
      self->n_running++;

      sc_checker_check_async (self->checker, g_ptr_array_index (self->inputs, job->index),
                              cancellable, on_check_done, job);
      /* The checker copied what it needs. */
      g_clear_pointer (&g_ptr_array_index (self->inputs, job->index), g_free);
    }
  maybe_complete (self);
}

/**
 * sc_batch_set_threads:
 * @n_threads: 0 to check in the caller's thread, N for N checking threads,
 *   or %SC_BATCH_THREADS_AUTO (the default)
 *
 * Where the checks run; takes effect at the next sc_batch_run_async().
 * Automatic means one thread per core for a list with https on more than
 * one host, where setting up TLS makes the checks CPU-bound, and the
 * caller's thread otherwise, where a thread only adds a hand-over.  The
 * environment variable STATUSCOPE_CHECK_THREADS=N overrides automatic.
 */
void
sc_batch_set_threads (ScBatch *self,
                      guint    n_threads)
{
  g_return_if_fail (SC_IS_BATCH (self));
  self->threads = n_threads;
}

/**
 * sc_batch_set_yield:
 * @yield: whether the checking threads run below the caller's priority
 *
 * For a user interface: its thread gets the CPU before the checks do.
 */
void
sc_batch_set_yield (ScBatch  *self,
                    gboolean  yield)
{
  g_return_if_fail (SC_IS_BATCH (self));
  self->yield = !!yield;
}

static guint
resolve_threads (ScBatch *self)
{
  const char *forced = g_getenv ("STATUSCOPE_CHECK_THREADS");
  guint n_hosts = g_hash_table_size (self->hosts);

  if (self->threads != SC_BATCH_THREADS_AUTO)
    return MIN (self->threads, 64);
  if (forced != NULL && forced[0] != '\0')
    return MIN ((guint) strtoul (forced, NULL, 10), 64);
  if (g_hash_table_contains (self->hosts, " refused"))
    n_hosts--;
  if (self->n_https > 0 && n_hosts > 1 && g_get_num_processors () > 1)
    return g_get_num_processors ();
  return 0;
}

/* Hands every site added so far to the checking threads. */
static void
start_workers (ScBatch      *self,
               guint         n_threads,
               GCancellable *cancellable)
{
  self->workers = sc_batch_workers_new (self, self->checker, n_threads, self->jobs,
                                        self->per_host, self->yield, cancellable);
  for (guint i = 0; i < self->inputs->len; i++)
    {
      Host *host = g_ptr_array_index (self->host_of, i);
      char *input = g_ptr_array_index (self->inputs, i);

      if (input == NULL)
        continue;
      sc_batch_workers_add (self->workers, i, input, host->key);
      g_clear_pointer (&g_ptr_array_index (self->inputs, i), g_free);
    }
  /* The threads keep their own queues; ours would only hold stale indices. */
  g_queue_clear (&self->ready);
  g_hash_table_remove_all (self->hosts);
  g_ptr_array_set_size (self->host_of, 0);
  g_ptr_array_set_size (self->host_of, self->inputs->len);
}

void
sc_batch_run_async (ScBatch             *self,
                    GCancellable        *cancellable,
                    GAsyncReadyCallback  callback,
                    gpointer             user_data)
{
  guint n_threads;

  g_return_if_fail (SC_IS_BATCH (self));
  g_return_if_fail (self->task == NULL);

  self->task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (self->task, sc_batch_run_async);
  n_threads = resolve_threads (self);
  if (n_threads > 0)
    {
      start_workers (self, n_threads, cancellable);
      maybe_complete (self);
      return;
    }
  sc_batch_pump (self);
}

/* From the checking threads, on the caller's context. */
void
sc_batch_deliver (ScBatch       *self,
                  guint          index,
                  ScCheckResult *result)
{
  self->n_done++;
  g_signal_emit (self, signals[RESULT_READY], 0, index, result);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_DONE]);
}

void
sc_batch_workers_changed (ScBatch *self)
{
  maybe_complete (self);
}

gboolean
sc_batch_run_finish (ScBatch       *self,
                     GAsyncResult  *result,
                     GError       **error)
{
  g_return_val_if_fail (SC_IS_BATCH (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
