/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sc-history-private.h"

/* The history of every finished check, in SQLite.  All database work runs
 * on one worker thread that owns the connection: a caller on a main loop
 * (the window) only queues jobs and gets GTask callbacks back in its own
 * context, so a slow disk never stalls it.  Records that arrive together
 * are written in one transaction, which is what makes 10,000 results a
 * run cheap. */

/* At most this many records in one transaction, so that a flush or a
 * list behind a long burst does not wait for all of it. */
#define MAX_BATCH     1000
/* Pruning again after this many records keeps a long-running app within
 * its retention without a timer. */
#define PRUNE_EVERY   10000

typedef enum {
  JOB_RECORD,
  JOB_FLUSH,
  JOB_LIST,
  JOB_STOP,
} JobKind;

typedef struct {
  JobKind     kind;
  ScSnapshot *snapshot;   /* record */
  GTask      *task;       /* flush, list */
  char       *key;        /* list */
  guint       limit;      /* list */
} Job;

struct _ScHistory
{
  GObject      parent_instance;

  char        *path;
  char        *set_aside;
  ScHistoryDb *db;        /* owned by the worker once it runs */
  GAsyncQueue *jobs;
  GThread     *worker;
  guint        n_since_prune;
  guint        n_pruned;
  GError      *write_error; /* the first failed write, reported by flush */
};

G_DEFINE_FINAL_TYPE (ScHistory, sc_history, G_TYPE_OBJECT)

static void
job_free (Job *job)
{
  g_clear_pointer (&job->snapshot, sc_snapshot_unref);
  g_clear_object (&job->task);
  g_free (job->key);
  g_free (job);
}

static void
push (ScHistory *self,
      JobKind    kind,
      GTask     *task)
{
  Job *job = g_new0 (Job, 1);

  job->kind = kind;
  job->task = task;
  g_async_queue_push (self->jobs, job);
}

/* Writes @first and whatever other records are already queued, in one
 * transaction; returns the job that ended the batch, if any. */
static Job *
write_batch (ScHistory *self,
             Job       *first)
{
  g_autoptr(GError) error = NULL;
  Job *job = first;
  Job *next = NULL;
  guint n = 0;
  gboolean ok = sc_history_db_begin (self->db, &error);

  while (ok && job != NULL)
    {
      ok = sc_history_db_insert (self->db, job->snapshot, &error);
      job_free (job);
      job = NULL;
      if (++n < MAX_BATCH && (next = g_async_queue_try_pop (self->jobs)) != NULL && next->kind == JOB_RECORD)
        job = g_steal_pointer (&next);
    }
  g_clear_pointer (&job, job_free);
  if (ok)
    ok = sc_history_db_commit (self->db, &error);
  if (!ok && self->write_error == NULL)
    self->write_error = g_steal_pointer (&error);
  self->n_since_prune += n;
  if (self->n_since_prune >= PRUNE_EVERY)
    {
      self->n_pruned += sc_history_db_prune (self->db, g_get_real_time () / G_USEC_PER_SEC);
      self->n_since_prune = 0;
    }
  return next;
}

/* What a job found, handed to the caller's context: the task is returned
 * and released there, never on the worker, so that the last reference to
 * the history (the task's source object) is never dropped on the thread
 * that finalising it would have to join. */
typedef struct {
  GTask     *task;
  GPtrArray *rows;
  GError    *error;
} Reply;

static gboolean
deliver (gpointer data)
{
  Reply *reply = data;

  if (reply->error != NULL)
    g_task_return_error (reply->task, reply->error);
  else if (reply->rows != NULL)
    g_task_return_pointer (reply->task, reply->rows, (GDestroyNotify) g_ptr_array_unref);
  else
    g_task_return_boolean (reply->task, TRUE);
  g_object_unref (reply->task);
  g_free (reply);
  return G_SOURCE_REMOVE;
}

static void
reply (Job       *job,
       GPtrArray *rows,
       GError    *error)
{
  Reply *r = g_new0 (Reply, 1);
  g_autoptr(GSource) source = g_idle_source_new ();

  r->task = g_steal_pointer (&job->task);
  r->rows = rows;
  r->error = error;
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, deliver, r, NULL);
  g_source_attach (source, g_task_get_context (r->task));
}

static void
run_job (ScHistory *self,
         Job       *job)
{
  GError *error = NULL;
  GPtrArray *rows;

  switch (job->kind)
    {
    case JOB_FLUSH:
      reply (job, NULL, self->write_error != NULL ? g_error_copy (self->write_error) : NULL);
      break;
    case JOB_LIST:
      rows = sc_history_db_list (self->db, job->key, job->limit, &error);
      reply (job, rows, error);
      break;
    case JOB_RECORD:
    case JOB_STOP:
    default:
      g_assert_not_reached ();
    }
  job_free (job);
}

static gpointer
worker (gpointer data)
{
  ScHistory *self = data;
  Job *job = NULL;

  for (;;)
    {
      if (job == NULL)
        job = g_async_queue_pop (self->jobs);
      if (job->kind == JOB_STOP)
        break;
      if (job->kind == JOB_RECORD)
        job = write_batch (self, job);
      else
        {
          run_job (self, job);
          job = NULL;
        }
    }
  job_free (job);
  return NULL;
}

static void
sc_history_finalize (GObject *object)
{
  ScHistory *self = (ScHistory *) object;

  sc_history_close (self);
  g_async_queue_unref (self->jobs);
  g_free (self->path);
  g_free (self->set_aside);
  g_clear_error (&self->write_error);
  G_OBJECT_CLASS (sc_history_parent_class)->finalize (object);
}

static void
sc_history_class_init (ScHistoryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sc_history_finalize;
}

static void
sc_history_init (ScHistory *self)
{
  self->jobs = g_async_queue_new ();
}

/* Opens (or creates) the database at @path on the calling thread, and
 * starts the worker.  A file that is not a database is set aside (see
 * sc_history_get_set_aside()) and a new one made.  For callers without a
 * main loop to keep responsive, such as the CLI; others use
 * sc_history_open_async(). */
ScHistory *
sc_history_open (const char  *path,
                 guint        retention_days,
                 GError     **error)
{
  g_autoptr(ScHistory) self = g_object_new (SC_TYPE_HISTORY, NULL);

  g_return_val_if_fail (path != NULL, NULL);

  self->path = g_strdup (path);
  self->db = sc_history_db_open (path, retention_days, &self->set_aside, error);
  if (self->db == NULL)
    return NULL;
  self->worker = g_thread_new ("sc-history", worker, self);
  return g_steal_pointer (&self);
}

typedef struct {
  char  *path;
  guint  retention_days;
} OpenData;

static void
open_data_free (OpenData *data)
{
  g_free (data->path);
  g_free (data);
}

static void
open_in_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  OpenData *data = task_data;
  GError *error = NULL;
  ScHistory *history = sc_history_open (data->path, data->retention_days, &error);

  if (history != NULL)
    g_task_return_pointer (task, history, g_object_unref);
  else
    g_task_return_error (task, error);
}

void
sc_history_open_async (const char          *path,
                       guint                retention_days,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  OpenData *data = g_new0 (OpenData, 1);

  g_return_if_fail (path != NULL);

  data->path = g_strdup (path);
  data->retention_days = retention_days;
  g_task_set_source_tag (task, sc_history_open_async);
  g_task_set_task_data (task, data, (GDestroyNotify) open_data_free);
  g_task_run_in_thread (task, open_in_thread);
}

ScHistory *
sc_history_open_finish (GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

const char *
sc_history_get_path (ScHistory *self)
{
  g_return_val_if_fail (SC_IS_HISTORY (self), NULL);
  return self->path;
}

/* Where a damaged file was moved when this history was opened, or NULL:
 * the caller tells the user, as for the saved list. */
const char *
sc_history_get_set_aside (ScHistory *self)
{
  g_return_val_if_fail (SC_IS_HISTORY (self), NULL);
  return self->set_aside;
}

guint
sc_history_get_n_pruned (ScHistory *self)
{
  g_return_val_if_fail (SC_IS_HISTORY (self), 0);
  return self->n_pruned;
}

/* Queues @snapshot to be written; returns at once. */
void
sc_history_record (ScHistory  *self,
                   ScSnapshot *snapshot)
{
  Job *job;

  g_return_if_fail (SC_IS_HISTORY (self));
  g_return_if_fail (snapshot != NULL);
  g_return_if_fail (self->worker != NULL);

  job = g_new0 (Job, 1);
  job->kind = JOB_RECORD;
  job->snapshot = sc_snapshot_ref (snapshot);
  g_async_queue_push (self->jobs, job);
}

/* Completes once every record queued before it is committed; fails with
 * the first write that failed since the history was opened. */
void
sc_history_flush_async (ScHistory           *self,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (SC_IS_HISTORY (self));
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, sc_history_flush_async);
  push (self, JOB_FLUSH, task);
}

gboolean
sc_history_flush_finish (ScHistory     *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* The checks of the site with @key (its url, or input when it has none),
 * newest first, at most @limit (0: all), as a GPtrArray of ScSnapshot. */
void
sc_history_list_async (ScHistory           *self,
                       const char          *key,
                       guint                limit,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  Job *job;

  g_return_if_fail (SC_IS_HISTORY (self));
  g_return_if_fail (key != NULL);

  job = g_new0 (Job, 1);
  job->kind = JOB_LIST;
  job->task = g_task_new (self, cancellable, callback, user_data);
  job->key = g_strdup (key);
  job->limit = limit;
  g_task_set_source_tag (job->task, sc_history_list_async);
  g_async_queue_push (self->jobs, job);
}

GPtrArray *
sc_history_list_finish (ScHistory     *self,
                        GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Writes what is queued, stops the worker and closes the database.  It
 * waits for the queued writes: call it when the program ends, or from a
 * thread of its own. */
void
sc_history_close (ScHistory *self)
{
  g_return_if_fail (SC_IS_HISTORY (self));

  if (self->worker != NULL)
    {
      push (self, JOB_STOP, NULL);
      g_thread_join (g_steal_pointer (&self->worker));
    }
  g_clear_pointer (&self->db, sc_history_db_close);
}
