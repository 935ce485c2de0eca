/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include "sc-batch-private.h"
#include "sc-checker-private.h"

/* Checking threads for a batch.  Setting up TLS costs about 16 ms of CPU
 * per connection on Debian 12, so a list of https sites is CPU-bound: one
 * thread per core doubles what two cores check.  Each thread has its own
 * GMainContext, its own checker (a SoupSession is bound to one context)
 * and runs an ordinary single-threaded ScBatch.  A host is pinned to one
 * thread, so the per-host limit and connection reuse hold as before.
 *
 * Results cross back in batches: each thread appends to one locked
 * outbox, and the caller's context drains it every few milliseconds, at
 * most DRAIN_BUDGET_US at a time, so neither a flood of fast answers nor
 * the TLS work reaches the caller's main loop as a stall. */

#define DRAIN_INTERVAL_MS  8
#define DRAIN_BUDGET_US    3000

typedef struct {
  guint          index;     /* in the caller's batch */
  ScCheckResult *result;    /* NULL: a FINISHED mark */
  guint          finished;  /* FINISHED: inputs this thread has done with */
  guint          worker;
} Message;

typedef struct _Worker Worker;

struct _Worker {
  ScBatchWorkers *owner;
  guint           number;
  GThread        *thread;
  GMainContext   *context;
  GMainLoop      *loop;
  GCancellable   *cancellable;

  /* Locked by owner->lock: (index, input) pairs not yet taken. */
  GArray         *inbox;
  gboolean        wake_pending;

  /* The thread's own. */
  ScChecker      *checker;
  ScBatch        *inner;
  GArray         *inner_index;  /* inner index → caller's index */
  guint           n_handled;

  /* The caller's own. */
  guint           n_submitted;
  guint           n_finished;
  guint           load;
};

typedef struct {
  guint  index;
  char  *input;
} Input;

struct _ScBatchWorkers {
  ScBatch       *batch;        /* not a reference: it owns us */
  GMainContext  *caller;
  GCancellable  *cancellable;
  gulong         cancelled_id;
  guint          jobs;
  guint          per_host;
  gboolean       yield;
  /* The caller's checker's settings when the run started, copied on the
   * caller's thread: the caller may change them while the threads start. */
  guint          timeout;
  guint          max_redirects;
  char          *method;
  gboolean       ignore_tls_errors;
  char          *user_agent;
  char          *accept;
  guint          body_stall_ms;
  GTlsDatabase  *database;
  GProxyResolver *proxies;
  gboolean       no_proxy;
  GPtrArray     *workers;
  GHashTable    *host_worker;  /* host key → Worker * */

  GMutex         lock;
  GArray        *outbox;       /* Message, locked */
  GSource       *drain;        /* locked; attached to caller */

  GArray        *backlog;      /* Message, the caller's own */
  guint          backlog_pos;
};

static void worker_take_inbox (Worker *worker);

/* -- in the checking thread ----------------------------------------- */

static void
post (ScBatchWorkers *self,
      Message        *message);

/* The thread's own checker, with the caller's settings as they were when
 * the run started (copied in sc_batch_workers_new). */
static ScChecker *
clone_checker (ScBatchWorkers *owner)
{
  ScChecker *checker = sc_checker_new (owner->jobs, owner->per_host);

  g_object_set (checker,
                "timeout", owner->timeout,
                "max-redirects", owner->max_redirects,
                "method", owner->method,
                "ignore-tls-errors", owner->ignore_tls_errors,
                "user-agent", owner->user_agent,
                "accept", owner->accept,
                NULL);
  if (owner->database != NULL)
    sc_checker_set_tls_database (checker, owner->database);
  if (owner->no_proxy)
    sc_checker_set_proxy_resolver (checker, NULL);
  else if (owner->proxies != NULL)
    sc_checker_set_proxy_resolver (checker, owner->proxies);
  checker->body_stall_ms = owner->body_stall_ms;
  return checker;
}

static void
on_inner_result (ScBatch       *inner,
                 guint          index,
                 ScCheckResult *result,
                 Worker        *worker)
{
  Message message = { 0 };

  message.index = g_array_index (worker->inner_index, guint, index);
  message.result = g_object_ref (result);
  message.worker = worker->number;
  post (worker->owner, &message);
}

static void
on_inner_done (GObject      *source,
               GAsyncResult *res,
               gpointer      user_data)
{
  Worker *worker = user_data;
  Message message = { 0 };

  sc_batch_run_finish (SC_BATCH (source), res, NULL);
  worker->n_handled += sc_batch_get_n_total (worker->inner);
  g_signal_handlers_disconnect_by_data (worker->inner, worker);
  g_clear_object (&worker->inner);
  g_array_set_size (worker->inner_index, 0);

  message.finished = worker->n_handled;
  message.worker = worker->number;
  post (worker->owner, &message);
  /* Inputs that came while this batch was ending start the next one. */
  worker_take_inbox (worker);
}

static void
worker_take_inbox (Worker *worker)
{
  ScBatchWorkers *owner = worker->owner;
  g_autoptr(GArray) taken = NULL;
  gboolean start = FALSE;

  g_mutex_lock (&owner->lock);
  taken = worker->inbox;
  worker->inbox = g_array_new (FALSE, FALSE, sizeof (Input));
  worker->wake_pending = FALSE;
  g_mutex_unlock (&owner->lock);

  if (taken->len == 0 || g_cancellable_is_cancelled (worker->cancellable))
    {
      for (guint i = 0; i < taken->len; i++)
        g_free (g_array_index (taken, Input, i).input);
      if (taken->len > 0 && worker->inner == NULL)
        {
          Message message = { 0 };

          worker->n_handled += taken->len;
          message.finished = worker->n_handled;
          message.worker = worker->number;
          post (owner, &message);
        }
      else
        worker->n_handled += taken->len;
      return;
    }

  if (worker->inner == NULL)
    {
      worker->inner = sc_batch_new (worker->checker, owner->jobs, owner->per_host);
      sc_batch_set_threads (worker->inner, 0);
      g_signal_connect (worker->inner, "result-ready", G_CALLBACK (on_inner_result), worker);
      start = TRUE;
    }
  for (guint i = 0; i < taken->len; i++)
    {
      Input *in = &g_array_index (taken, Input, i);

      g_array_append_val (worker->inner_index, in->index);
      sc_batch_add (worker->inner, in->input);
      g_free (in->input);
    }
  if (start)
    sc_batch_run_async (worker->inner, worker->cancellable, on_inner_done, worker);
}

static gboolean
on_wake (gpointer user_data)
{
  worker_take_inbox (user_data);
  return G_SOURCE_REMOVE;
}

static gboolean
on_quit (gpointer user_data)
{
  Worker *worker = user_data;

  g_main_loop_quit (worker->loop);
  return G_SOURCE_REMOVE;
}

/* Below the caller's thread: when the window and the checks want the
 * same core, the window gets it first, and a check waits a moment. */
static void
yield_to_caller (void)
{
#ifdef __linux__
  /* On Linux a thread has its own nice value, set through its id. */
  setpriority (PRIO_PROCESS, (id_t) syscall (SYS_gettid), getpriority (PRIO_PROCESS, 0) + 5);
#endif
}

static gpointer
worker_main (gpointer data)
{
  Worker *worker = data;

  if (worker->owner->yield)
    yield_to_caller ();

  g_main_context_push_thread_default (worker->context);
  worker->checker = clone_checker (worker->owner);
  g_main_loop_run (worker->loop);
  /* Told to quit once cancelled, or once every result is in: a batch
   * still closing ends soon, and is waited for. */
  while (worker->inner != NULL)
    g_main_context_iteration (worker->context, TRUE);
  g_clear_object (&worker->checker);
  /* Let the session's sockets close before the context goes. */
  while (g_main_context_iteration (worker->context, FALSE))
    ;
  g_main_context_pop_thread_default (worker->context);
  return NULL;
}

/* -- in the caller's thread ----------------------------------------- */

static void
message_clear (gpointer data)
{
  Message *message = data;

  g_clear_object (&message->result);
}

/* Hands results to the batch for at most DRAIN_BUDGET_US, then yields to
 * the caller's main loop and carries on at the next turn. */
static gboolean
on_drain (gpointer user_data)
{
  ScBatchWorkers *self = user_data;
  gint64 deadline = g_get_monotonic_time () + DRAIN_BUDGET_US;
  gboolean more;

  g_mutex_lock (&self->lock);
  g_array_append_vals (self->backlog, self->outbox->data, self->outbox->len);
  g_array_set_size (self->outbox, 0);
  g_mutex_unlock (&self->lock);

  while (self->backlog_pos < self->backlog->len)
    {
      Message *message = &g_array_index (self->backlog, Message, self->backlog_pos++);
      Worker *worker = g_ptr_array_index (self->workers, message->worker);

      if (message->result != NULL)
        {
          g_autoptr(ScCheckResult) result = g_steal_pointer (&message->result);

          sc_batch_deliver (self->batch, message->index, result);
        }
      else
        worker->n_finished = MAX (worker->n_finished, message->finished);
      if (g_get_monotonic_time () >= deadline)
        break;
    }
  if (self->backlog_pos == self->backlog->len)
    {
      g_array_set_size (self->backlog, 0);
      self->backlog_pos = 0;
    }

  g_mutex_lock (&self->lock);
  more = self->backlog->len > 0 || self->outbox->len > 0;
  if (!more)
    g_clear_pointer (&self->drain, g_source_unref);
  g_mutex_unlock (&self->lock);

  /* Last: the batch may finish, and free us, from here. */
  sc_batch_workers_changed (self->batch);
  return more ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static void
post (ScBatchWorkers *self,
      Message        *message)
{
  g_mutex_lock (&self->lock);
  g_array_append_vals (self->outbox, message, 1);
  if (self->drain == NULL)
    {
      self->drain = g_timeout_source_new (DRAIN_INTERVAL_MS);
      g_source_set_callback (self->drain, on_drain, self, NULL);
      g_source_set_static_name (self->drain, "[statuscope] batch results");
      g_source_attach (self->drain, self->caller);
    }
  g_mutex_unlock (&self->lock);
}

/* In the checking thread. */
static gboolean
on_cancel_in_thread (gpointer user_data)
{
  Worker *worker = user_data;

  g_cancellable_cancel (worker->cancellable);
  return G_SOURCE_REMOVE;
}

/* A thread's cancellable is cancelled in that thread, never from here.
 * Cancelling it runs the checks' handlers, which cancel the cancellables
 * libsoup's socket sources watch, in the cancelling thread; GLib 2.74
 * leaks a GCancellableSource that its own thread disposes while another
 * thread is inside g_cancellable_cancel() (fixed in GLib 2.81, glib#2309),
 * and libsoup's body streams then crashed in about one cancelled run in
 * three (tests/test-batch.c, /batch/threads/cancel-often).  Once posted,
 * the cancel runs before the thread's quit (sc_batch_workers_free), which
 * is posted after it. */
static void
on_cancelled (GCancellable   *cancellable,
              ScBatchWorkers *self)
{
  for (guint i = 0; i < self->workers->len; i++)
    g_main_context_invoke (((Worker *) g_ptr_array_index (self->workers, i))->context,
                           on_cancel_in_thread, g_ptr_array_index (self->workers, i));
}

static void
worker_free (Worker *worker)
{
  g_main_context_invoke (worker->context, on_quit, worker);
  g_thread_join (worker->thread);
  for (guint i = 0; i < worker->inbox->len; i++)
    g_free (g_array_index (worker->inbox, Input, i).input);
  g_array_unref (worker->inbox);
  g_array_unref (worker->inner_index);
  g_main_loop_unref (worker->loop);
  g_main_context_unref (worker->context);
  g_object_unref (worker->cancellable);
  g_free (worker);
}

ScBatchWorkers *
sc_batch_workers_new (ScBatch      *batch,
                      ScChecker    *template,
                      guint         n_threads,
                      guint         jobs,
                      guint         per_host,
                      gboolean      yield,
                      GCancellable *cancellable)
{
  ScBatchWorkers *self = g_new0 (ScBatchWorkers, 1);

  self->batch = batch;
  self->caller = g_main_context_ref_thread_default ();
  self->cancellable = cancellable != NULL ? g_object_ref (cancellable) : NULL;
  /* The limits are the batch's, shared out: a thread never runs more
   * than its part of --jobs. */
  self->jobs = MAX (1, (jobs + n_threads - 1) / n_threads);
  self->per_host = per_host;
  self->yield = yield;
  self->timeout = template->timeout;
  self->max_redirects = template->max_redirects;
  self->method = g_strdup (template->method);
  self->ignore_tls_errors = template->ignore_tls_errors;
  self->user_agent = g_strdup (template->user_agent);
  self->accept = g_strdup (template->accept);
  self->body_stall_ms = template->body_stall_ms;
  /* libsoup wants a session used from one thread: what the threads need
   * of the caller's is read here.  A database the caller set (tests'
   * certificate authorities) is shared, which GTlsDatabase allows.  The
   * system's default is left for the threads to load: asking the session
   * for its database would load the whole trust store here, 40-90 ms of
   * the window's main thread on the first run (perf).  And glib-networking
   * 2.74 builds new credentials for every connection of a session given a
   * database explicitly, twice the CPU per https site of a session left on
   * the default. */
  g_set_object (&self->database, template->tls_database);
  /* The same for the proxy resolver: the system's default loads a GIO
   * module (libproxy: 14 ms of CPU here) on first use, so it is left for
   * the threads to ask for; one the caller set is shared. */
  g_set_object (&self->proxies, template->proxy_resolver);
  self->no_proxy = template->no_proxy;
  self->workers = g_ptr_array_new_with_free_func ((GDestroyNotify) worker_free);
  self->host_worker = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_mutex_init (&self->lock);
  self->outbox = g_array_new (FALSE, FALSE, sizeof (Message));
  self->backlog = g_array_new (FALSE, FALSE, sizeof (Message));
  g_array_set_clear_func (self->backlog, message_clear);

  for (guint i = 0; i < n_threads; i++)
    {
      Worker *worker = g_new0 (Worker, 1);
      g_autofree char *name = g_strdup_printf ("sc-check-%u", i);

      worker->owner = self;
      worker->number = i;
      worker->context = g_main_context_new ();
      worker->loop = g_main_loop_new (worker->context, FALSE);
      worker->cancellable = g_cancellable_new ();
      worker->inbox = g_array_new (FALSE, FALSE, sizeof (Input));
      worker->inner_index = g_array_new (FALSE, FALSE, sizeof (guint));
      worker->thread = g_thread_new (name, worker_main, worker);
      g_ptr_array_add (self->workers, worker);
    }
  if (cancellable != NULL)
    self->cancelled_id = g_cancellable_connect (cancellable, G_CALLBACK (on_cancelled), self, NULL);
  return self;
}

/* A new host goes to the thread with the fewest sites so far. */
static Worker *
worker_for_host (ScBatchWorkers *self,
                 const char     *host_key)
{
  Worker *worker = g_hash_table_lookup (self->host_worker, host_key);

  if (worker != NULL)
    return worker;
  for (guint i = 0; i < self->workers->len; i++)
    {
      Worker *candidate = g_ptr_array_index (self->workers, i);

      if (worker == NULL || candidate->load < worker->load)
        worker = candidate;
    }
  g_hash_table_insert (self->host_worker, g_strdup (host_key), worker);
  return worker;
}

void
sc_batch_workers_add (ScBatchWorkers *self,
                      guint           index,
                      const char     *input,
                      const char     *host_key)
{
  Worker *worker = worker_for_host (self, host_key);
  Input in = { index, g_strdup (input) };
  gboolean wake;

  worker->load++;
  worker->n_submitted++;
  g_mutex_lock (&self->lock);
  g_array_append_val (worker->inbox, in);
  wake = !worker->wake_pending;
  worker->wake_pending = TRUE;
  g_mutex_unlock (&self->lock);
  if (wake)
    g_main_context_invoke (worker->context, on_wake, worker);
}

/* Every site handed to a thread is done with, and its result delivered. */
gboolean
sc_batch_workers_idle (ScBatchWorkers *self)
{
  gboolean empty;

  for (guint i = 0; i < self->workers->len; i++)
    {
      Worker *worker = g_ptr_array_index (self->workers, i);

      if (worker->n_finished < worker->n_submitted)
        return FALSE;
    }
  g_mutex_lock (&self->lock);
  empty = self->outbox->len == 0 && self->backlog_pos == self->backlog->len;
  g_mutex_unlock (&self->lock);
  return empty;
}

void
sc_batch_workers_free (ScBatchWorkers *self)
{
  if (self->cancellable != NULL)
    g_cancellable_disconnect (self->cancellable, self->cancelled_id);
  on_cancelled (NULL, self);
  g_ptr_array_unref (self->workers);   /* joins the threads */
  if (self->drain != NULL)
    {
      g_source_destroy (self->drain);
      g_source_unref (self->drain);
    }
  for (guint i = 0; i < self->outbox->len; i++)
    message_clear (&g_array_index (self->outbox, Message, i));
  g_array_unref (self->outbox);
  g_array_unref (self->backlog);
  g_mutex_clear (&self->lock);
  g_hash_table_unref (self->host_worker);
  g_free (self->method);
  g_free (self->user_agent);
  g_free (self->accept);
  g_clear_object (&self->database);
  g_clear_object (&self->proxies);
  g_clear_object (&self->cancellable);
  g_main_context_unref (self->caller);
  g_free (self);
}
