/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sc-batch.h"
#include "sc-test-server.h"

static ScTestServer *server;

typedef struct {
  gboolean   done;
  GError    *error;
  GPtrArray *results;   /* by index */
  guint      n_ready;
  guint      n_progress;
} Run;

static void
on_result_ready (ScBatch       *batch,
                 guint          index,
                 ScCheckResult *result,
                 Run           *run)
{
  g_assert_cmpuint (index, <, run->results->len);
  g_assert_null (g_ptr_array_index (run->results, index));
  g_ptr_array_index (run->results, index) = g_object_ref (result);
  run->n_ready++;
}

static void
on_progress (ScBatch    *batch,
             GParamSpec *pspec,
             Run        *run)
{
  run->n_progress++;
  g_assert_cmpuint (sc_batch_get_n_done (batch), ==, run->n_progress);
}

static void
on_done (GObject      *source,
         GAsyncResult *res,
         gpointer      user_data)
{
  Run *run = user_data;

  sc_batch_run_finish (SC_BATCH (source), res, &run->error);
  run->done = TRUE;
}

/* Slots of sites that were never checked stay NULL. */
static void
unref_result (gpointer result)
{
  if (result != NULL)
    g_object_unref (result);
}

static void
run_batch (ScBatch      *batch,
           Run          *run,
           GCancellable *cancellable)
{
  run->results = g_ptr_array_new_with_free_func (unref_result);
  g_ptr_array_set_size (run->results, sc_batch_get_n_total (batch));
  g_signal_connect (batch, "result-ready", G_CALLBACK (on_result_ready), run);
  g_signal_connect (batch, "notify::n-done", G_CALLBACK (on_progress), run);
  sc_batch_run_async (batch, cancellable, on_done, run);
  sc_test_wait_for (&run->done);
}

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->results, g_ptr_array_unref);
  g_clear_error (&run->error);
}

/* Twelve slow pages of one host: never more than --per-host at once, even
 * though --jobs would allow more, and every result arrives once. */
static void
test_per_host_limit (void)
{
  g_autoptr(ScChecker) checker = sc_checker_new (8, 3);
  g_autoptr(ScBatch) batch = sc_batch_new (checker, 8, 3);
  g_autofree char *url = sc_test_server_url (server, "/slow");
  Run run = { 0 };

  server->max_active = 0;
  for (guint i = 0; i < 12; i++)
    sc_batch_add (batch, url);
  run_batch (batch, &run, NULL);

  g_assert_no_error (run.error);
  g_assert_cmpuint (run.n_ready, ==, 12);
  g_assert_cmpuint (run.n_progress, ==, 12);
  g_assert_cmpuint (server->max_active, ==, 3);
  for (guint i = 0; i < 12; i++)
    g_assert_cmpuint (sc_check_result_get_status (g_ptr_array_index (run.results, i)), ==, 200);
  run_clear (&run);
}

/* Two host names for the same server: the --jobs limit caps the total. */
static void
test_jobs_limit (void)
{
  g_autoptr(ScChecker) checker = sc_checker_new (2, 8);
  g_autoptr(ScBatch) batch = sc_batch_new (checker, 2, 8);
  g_autofree char *a = g_strdup_printf ("http://127.0.0.1:%u/slow", server->port);
  g_autofree char *b = g_strdup_printf ("http://localhost:%u/slow", server->port);
  Run run = { 0 };

  server->max_active = 0;
  for (guint i = 0; i < 6; i++)
    sc_batch_add (batch, i % 2 ? a : b);
  run_batch (batch, &run, NULL);

  g_assert_no_error (run.error);
  g_assert_cmpuint (run.n_ready, ==, 6);
  g_assert_cmpuint (server->max_active, ==, 2);
  run_clear (&run);
}

/* Results carry their input index whatever order they finish in; refused
 * inputs finish at once and still count. */
static void
test_indices (void)
{
  g_autoptr(ScChecker) checker = sc_checker_new (8, 8);
  g_autoptr(ScBatch) batch = sc_batch_new (checker, 8, 8);
  g_autofree char *slow = sc_test_server_url (server, "/slow");
  g_autofree char *fast = sc_test_server_url (server, "/status/404");
  Run run = { 0 };

  sc_batch_add (batch, slow);
  sc_batch_add (batch, "ftp://example.com/");
  sc_batch_add (batch, fast);
  run_batch (batch, &run, NULL);

  g_assert_no_error (run.error);
  g_assert_cmpuint (sc_check_result_get_status (g_ptr_array_index (run.results, 0)), ==, 200);
  g_assert_cmpint (sc_check_result_get_error_kind (g_ptr_array_index (run.results, 1)), ==,
                   SC_ERROR_KIND_UNSUPPORTED_SCHEME);
  g_assert_cmpuint (sc_check_result_get_status (g_ptr_array_index (run.results, 2)), ==, 404);
  run_clear (&run);
}

static void
cancel_after_first (ScBatch       *batch,
                    guint          index,
                    ScCheckResult *result,
                    GCancellable  *cancellable)
{
  g_cancellable_cancel (cancellable);
}

static void
test_cancel (void)
{
  g_autoptr(ScChecker) checker = sc_checker_new (2, 2);
  g_autoptr(ScBatch) batch = sc_batch_new (checker, 2, 2);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *slow = sc_test_server_url (server, "/slow");
  Run run = { 0 };

  for (guint i = 0; i < 10; i++)
    sc_batch_add (batch, slow);
  g_signal_connect (batch, "result-ready", G_CALLBACK (cancel_after_first), cancellable);
  run_batch (batch, &run, cancellable);

  g_assert_error (run.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (run.n_ready, <, 10);
  run_clear (&run);
}

static void
test_empty (void)
{
  g_autoptr(ScChecker) checker = sc_checker_new (2, 2);
  g_autoptr(ScBatch) batch = sc_batch_new (checker, 2, 2);
  Run run = { 0 };

  run_batch (batch, &run, NULL);
  g_assert_no_error (run.error);
  g_assert_cmpuint (run.n_ready, ==, 0);
  run_clear (&run);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  server = sc_test_server_new (NULL);

  g_test_add_func ("/batch/per-host-limit", test_per_host_limit);
  g_test_add_func ("/batch/jobs-limit", test_jobs_limit);
  g_test_add_func ("/batch/indices", test_indices);
  g_test_add_func ("/batch/cancel", test_cancel);
  g_test_add_func ("/batch/empty", test_empty);

  status = g_test_run ();
  sc_test_server_free (server);
  return status;
}
