/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sc-batch.h"
#include "sc-checker-private.h"
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

/* What a check found, in a form two runs can be compared by: everything
 * but the timings and what follows from them: the time of the check (days
 * left can round either way on a certificate made a second ago), the
 * "slow-" findings (under valgrind a TLS set-up is slow) and so the
 * verdict. */
static char *
describe (ScCheckResult *result)
{
  GString *out = g_string_new (NULL);
  ScTlsInfo *tls = sc_check_result_get_tls (result);
  GPtrArray *findings = sc_check_result_get_findings (result);

  g_string_append_printf (out, "%s status=%u error=%d redirects=%u final=%s",
                          sc_check_result_get_input (result),
                          sc_check_result_get_status (result),
                          sc_check_result_get_error_kind (result),
                          sc_check_result_get_n_redirects (result),
                          sc_check_result_get_final_url (result));
  if (tls != NULL)
    g_string_append_printf (out, " tls-errors=%#x certificate=%s",
                            sc_tls_info_get_errors (tls), sc_tls_info_get_fingerprint (tls));
  for (guint i = 0; findings != NULL && i < findings->len; i++)
    {
      const char *id = sc_finding_get_id (g_ptr_array_index (findings, i));

      if (!g_str_has_prefix (id, "slow-"))
        g_string_append_printf (out, " %s", id);
    }
  return g_string_free (out, FALSE);
}

typedef struct {
  ScTestChain  *chain;
  ScTestServer *trusted;      /* 127.0.0.1, full chain under the test root */
  ScTestServer *no_inter;     /* 127.0.0.2, leaf without its intermediate */
  ScTestServer *aged;         /* 127.0.0.3, self-signed, 5 days left */
  ScTestServer *plain;        /* 127.0.0.4, http */
} Servers;

static void
add_list (ScBatch *batch,
          Servers *s,
          guint    rounds)
{
  for (guint i = 0; i < rounds; i++)
    {
      g_autofree char *a = g_strdup_printf ("%s/status/200?n=%u", s->trusted->base, i);
      g_autofree char *b = g_strdup_printf ("%s/status/200?n=%u", s->no_inter->base, i);
      g_autofree char *c = g_strdup_printf ("%s/slow?n=%u", s->aged->base, i);
      g_autofree char *d = g_strdup_printf ("%s/status/404?n=%u", s->plain->base, i);
      g_autofree char *e = g_strdup_printf ("%s/redirect/301?to=%s/status/200", s->plain->base, s->trusted->base);
      g_autofree char *f = g_strdup_printf ("%s/status/503?n=%u", s->trusted->base, i);

      sc_batch_add (batch, a);
      sc_batch_add (batch, b);
      sc_batch_add (batch, c);
      sc_batch_add (batch, d);
      sc_batch_add (batch, e);
      sc_batch_add (batch, f);
      sc_batch_add (batch, "ftp://example.com/");
    }
}

static GPtrArray *
check_list (Servers *s,
            guint    threads,
            guint    rounds)
{
  g_autoptr(ScChecker) checker = sc_checker_new (8, 2);
  g_autoptr(ScBatch) batch = sc_batch_new (checker, 8, 2);
  GPtrArray *described = g_ptr_array_new_with_free_func (g_free);
  Run run = { 0 };

  sc_checker_set_tls_database (checker, s->chain->trust);
  sc_checker_set_ignore_tls_errors (checker, TRUE);
  sc_checker_set_proxy_resolver (checker, NULL);
  /* Under valgrind on a busy machine, with four threads and the servers
   * all on this thread, a page took over 5 s to come (body-stalled) or
   * a check over 15 s (timed out): the findings compared are the
   * certificates' and the answers', not the machine's speed. */
  sc_checker_set_timeout (checker, 120);
  sc_checker_set_body_stall_ms (checker, 60000);
  sc_batch_set_threads (batch, threads);
  add_list (batch, s, rounds);
  run_batch (batch, &run, NULL);

  g_assert_no_error (run.error);
  g_assert_cmpuint (run.n_ready, ==, rounds * 7);
  g_assert_cmpuint (run.n_progress, ==, rounds * 7);
  for (guint i = 0; i < run.results->len; i++)
    {
      ScCheckResult *result = g_ptr_array_index (run.results, i);

      g_assert_nonnull (result);
      g_ptr_array_add (described, describe (result));
    }
  run_clear (&run);
  return described;
}

/* Checking threads lose no check and change no finding: the same list, on
 * four hosts with three kinds of certificate, checked in the caller's
 * thread and in two threads, gives the same results in every slot. */
static void
test_threads_same_findings (void)
{
  Servers s = { 0 };
  g_autoptr(GTlsCertificate) aged = sc_test_make_certificate_aged (90, 5);
  g_autoptr(GPtrArray) alone = NULL;
  g_autoptr(GPtrArray) threaded = NULL;
  g_autoptr(GPtrArray) four = NULL;

  s.chain = sc_test_make_chain ();
  s.trusted = sc_test_server_new_at ("127.0.0.1", s.chain->full_chain);
  s.no_inter = sc_test_server_new_at ("127.0.0.2", s.chain->leaf_only);
  s.aged = sc_test_server_new_at ("127.0.0.3", aged);
  s.plain = sc_test_server_new_at ("127.0.0.4", NULL);

  alone = check_list (&s, 0, 6);
  threaded = check_list (&s, 2, 6);
  four = check_list (&s, 4, 6);

  for (guint i = 0; i < 7; i++)
    g_test_message ("%s", (char *) g_ptr_array_index (alone, i));
  /* The certificates were judged, and as expected, before comparing. */
  g_assert_nonnull (strstr (g_ptr_array_index (alone, 0), "tls-errors=0 "));
  g_assert_nonnull (strstr (g_ptr_array_index (alone, 1), "tls-errors=0x"));
  g_assert_true (g_str_has_suffix (g_ptr_array_index (alone, 1), " missing-intermediate"));
  g_assert_true (g_str_has_suffix (g_ptr_array_index (alone, 2), " self-signed certificate-expiring"));
  g_assert_nonnull (strstr (g_ptr_array_index (alone, 4), "redirects=1 "));
  for (guint i = 0; i < alone->len; i++)
    {
      g_assert_cmpstr (g_ptr_array_index (threaded, i), ==, g_ptr_array_index (alone, i));
      g_assert_cmpstr (g_ptr_array_index (four, i), ==, g_ptr_array_index (alone, i));
    }

  sc_test_server_free (s.trusted);
  sc_test_server_free (s.no_inter);
  sc_test_server_free (s.aged);
  sc_test_server_free (s.plain);
  sc_test_chain_free (s.chain);
}

/* Cancelling a threaded run stops it: it ends with an error, having
 * handed out fewer results than sites. */
static void
test_threads_cancel (void)
{
  g_autoptr(ScChecker) checker = sc_checker_new (2, 2);
  g_autoptr(ScBatch) batch = sc_batch_new (checker, 2, 2);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *slow = sc_test_server_url (server, "/slow");
  Run run = { 0 };

  sc_batch_set_threads (batch, 2);
  for (guint i = 0; i < 10; i++)
    sc_batch_add (batch, slow);
  g_signal_connect (batch, "result-ready", G_CALLBACK (cancel_after_first), cancellable);
  run_batch (batch, &run, cancellable);

  g_assert_error (run.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (run.n_ready, <, 10);
  run_clear (&run);
}

typedef struct {
  ScRawServer  *servers[2];
  GCancellable *cancellable;
  guint         after_ms;     /* once both servers have a connection */
  guint         source_id;
} Canceller;

static gboolean
cancel_when_connected (gpointer user_data)
{
  Canceller *c = user_data;

  if (sc_raw_server_get_n_connections (c->servers[0]) == 0 ||
      sc_raw_server_get_n_connections (c->servers[1]) == 0)
    return G_SOURCE_CONTINUE;
  if (c->after_ms >= 10)
    {
      c->after_ms -= 10;
      return G_SOURCE_CONTINUE;
    }
  g_cancellable_cancel (c->cancellable);
  c->source_id = 0;
  return G_SOURCE_REMOVE;
}

/* Cancelled while its TLS handshakes wait on servers that never answer:
 * glib-networking runs each handshake in a thread of its own pool, which
 * hands its end back to the checking thread's context.  Every run must
 * end, and (under valgrind, .ci/run) leave nothing behind. */
static void
test_threads_cancel_handshaking (void)
{
  static const ScRawStep never[] = { { 600000, "x", -1 } };

  for (guint round = 0; round < 3; round++)
    {
      g_autoptr(ScRawServer) one = sc_raw_server_new (SC_RAW_SILENT, NULL);
      g_autoptr(ScRawServer) two = sc_raw_server_new_script ("127.0.0.2", never, 1);
      g_autoptr(ScChecker) checker = sc_checker_new (8, 4);
      g_autoptr(ScBatch) batch = sc_batch_new (checker, 8, 4);
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      Canceller canceller = { { one, two }, cancellable, 100 * round, 0 };
      Run run = { 0 };

      sc_checker_set_ignore_tls_errors (checker, TRUE);
      sc_checker_set_proxy_resolver (checker, NULL);
      sc_batch_set_threads (batch, 2);
      for (guint i = 0; i < 6; i++)
        {
          g_autofree char *a = g_strdup_printf ("https://127.0.0.1:%u/?n=%u", sc_raw_server_port (one), i);
          g_autofree char *b = g_strdup_printf ("https://127.0.0.2:%u/?n=%u", sc_raw_server_port (two), i);

          sc_batch_add (batch, a);
          sc_batch_add (batch, b);
        }
      canceller.source_id = g_timeout_add (10, cancel_when_connected, &canceller);
      run_batch (batch, &run, cancellable);
      /* A run that ended on its own must not leave the timer to a dead frame. */
      g_clear_handle_id (&canceller.source_id, g_source_remove);

      g_assert_error (run.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_assert_cmpuint (run.n_ready, ==, 0);
      run_clear (&run);
    }
}

typedef struct {
  GCancellable *cancellable;
  guint         after;
} CancelAfter;

static void
cancel_after_n (ScBatch       *batch,
                guint          index,
                ScCheckResult *result,
                CancelAfter   *c)
{
  if (c->after-- == 0)
    g_cancellable_cancel (c->cancellable);
}

/* Threaded runs on four hosts, cancelled from this thread at different
 * points while answers stream in: each ends cancelled.  Cancelling the
 * threads' cancellables from here used to crash one run in three inside
 * libsoup and, under valgrind, leak a GCancellableSource (GLib 2.74 does
 * not cope with a source disposed in one thread while another cancels
 * it; see on_cancelled() in sc-batch-workers.c). */
static void
test_threads_cancel_often (void)
{
  ScTestServer *servers[4];

  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *address = g_strdup_printf ("127.0.0.%u", 11 + i);

      servers[i] = sc_test_server_new_at (address, NULL);
    }
  for (guint round = 0; round < 16; round++)
    {
      g_autoptr(ScChecker) checker = sc_checker_new (8, 2);
      g_autoptr(ScBatch) batch = sc_batch_new (checker, 8, 2);
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      CancelAfter c = { cancellable, 3 + (round * 7) % 40 };
      Run run = { 0 };

      sc_checker_set_proxy_resolver (checker, NULL);
      sc_batch_set_threads (batch, 2);
      for (guint i = 0; i < 120; i++)
        {
          g_autofree char *url = g_strdup_printf ("%s/status/200?n=%u", servers[i % 4]->base, i);

          sc_batch_add (batch, url);
        }
      g_signal_connect (batch, "result-ready", G_CALLBACK (cancel_after_n), &c);
      run_batch (batch, &run, cancellable);

      g_assert_error (run.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_assert_cmpuint (run.n_ready, <, 120);
      run_clear (&run);
    }
  for (guint i = 0; i < 4; i++)
    sc_test_server_free (servers[i]);
}

/* The per-host limit holds in threads too: a host is checked by one. */
static void
test_threads_per_host (void)
{
  g_autoptr(ScChecker) checker = sc_checker_new (8, 3);
  g_autoptr(ScBatch) batch = sc_batch_new (checker, 8, 3);
  g_autofree char *url = sc_test_server_url (server, "/slow");
  Run run = { 0 };

  server->max_active = 0;
  sc_batch_set_threads (batch, 2);
  for (guint i = 0; i < 12; i++)
    sc_batch_add (batch, url);
  run_batch (batch, &run, NULL);

  g_assert_no_error (run.error);
  g_assert_cmpuint (run.n_ready, ==, 12);
  g_assert_cmpuint (server->max_active, ==, 3);
  run_clear (&run);
}

/* With as many hosts as --jobs, each host gets one check at a time (its
 * next page then reuses the connection), though --per-host would allow
 * three. */
static void
test_hosts_spread (void)
{
  const char *addresses[] = { "127.0.0.5", "127.0.0.6", "127.0.0.7" };
  ScTestServer *servers[3];
  g_autoptr(ScChecker) checker = sc_checker_new (3, 3);
  g_autoptr(ScBatch) batch = sc_batch_new (checker, 3, 3);
  Run run = { 0 };

  for (guint i = 0; i < 3; i++)
    servers[i] = sc_test_server_new_at (addresses[i], NULL);
  for (guint i = 0; i < 3; i++)
    for (guint j = 0; j < 3; j++)
      {
        g_autofree char *url = sc_test_server_url (servers[i], "/slow");

        sc_batch_add (batch, url);
      }
  run_batch (batch, &run, NULL);

  g_assert_no_error (run.error);
  g_assert_cmpuint (run.n_ready, ==, 9);
  for (guint i = 0; i < 3; i++)
    {
      g_assert_cmpuint (servers[i]->max_active, ==, 1);
      sc_test_server_free (servers[i]);
    }
  run_clear (&run);
}

/* A certificate revoked, as its stapled OCSP answer says: nginx staples a
 * "revoked" answer made with openssl, the checker trusts the test root. */
static const char ocsp_script[] =
  "set -e\n"
  "K='-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes'\n"
  "openssl req -x509 $K -days 30 -subj '/CN=Statuscope OCSP Root' -keyout ca.key -out ca.pem"
  " -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign,digitalSignature\n"
  "openssl req $K -subj /CN=localhost -keyout leaf.key -out leaf.csr\n"
  "printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\\n' > leaf.ext\n"
  "openssl x509 -req -in leaf.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 30 -extfile leaf.ext -out leaf.pem\n"
  "serial=$(openssl x509 -in leaf.pem -noout -serial | cut -d= -f2)\n"
  "printf 'R\\t%s\\t%s\\t%s\\tunknown\\t/CN=localhost\\n' $(date -u -d '+30 days' +%y%m%d%H%M%SZ)"
  " $(date -u -d '-1 hour' +%y%m%d%H%M%SZ) $serial > index.txt\n"
  "openssl ocsp -index index.txt -rsigner ca.pem -rkey ca.key -CA ca.pem -issuer ca.pem -cert leaf.pem"
  " -respout resp.der -ndays 1\n"
  "cat > nginx.conf <<EOC\n"
  "worker_processes 1; pid $PWD/nginx.pid; error_log $PWD/error.log; daemon on;\n"
  "events { worker_connections 64; }\n"
  "http { access_log off; server { listen 127.0.0.1:$PORT ssl;\n"
  "  ssl_certificate $PWD/leaf.pem; ssl_certificate_key $PWD/leaf.key;\n"
  "  ssl_stapling on; ssl_stapling_file $PWD/resp.der;\n"
  "  location / { default_type text/plain; return 200 \"ok\\\\n\"; } } }\n"
  "EOC\n"
  "$SC_NGINX -c $PWD/nginx.conf -p $PWD -e $PWD/error.log\n";

static GTlsCertificateFlags
revoked_run (const char   *url,
             GTlsDatabase *trust,
             guint         threads)
{
  g_autoptr(ScChecker) checker = sc_checker_new (4, 2);
  g_autoptr(ScBatch) batch = sc_batch_new (checker, 4, 2);
  GTlsCertificateFlags all = G_TLS_CERTIFICATE_VALIDATE_ALL;
  Run run = { 0 };

  sc_checker_set_tls_database (checker, trust);
  sc_checker_set_ignore_tls_errors (checker, TRUE);
  sc_checker_set_proxy_resolver (checker, NULL);
  sc_batch_set_threads (batch, threads);
  for (guint i = 0; i < 4; i++)
    sc_batch_add (batch, url);
  run_batch (batch, &run, NULL);

  g_assert_no_error (run.error);
  g_assert_cmpuint (run.n_ready, ==, 4);
  /* The flags every one of the four checks saw. */
  for (guint i = 0; i < 4; i++)
    {
      ScTlsInfo *tls = sc_check_result_get_tls (g_ptr_array_index (run.results, i));

      g_assert_nonnull (tls);
      all &= sc_tls_info_get_errors (tls);
    }
  run_clear (&run);
  return all;
}

static void
test_threads_ocsp_revoked (void)
{
  g_autofree char *nginx = g_find_program_in_path ("nginx");
  g_autoptr(GError) dir_error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sc-ocsp-XXXXXX", &dir_error);
  g_autofree char *port = g_strdup_printf ("%u", sc_test_free_port ());
  g_autofree char *url = g_strdup_printf ("https://127.0.0.1:%s/", port);
  g_autofree char *ca = NULL;
  g_autofree char *rm = NULL;
  g_autoptr(GTlsDatabase) trust = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_get_environ ();
  const char *argv[] = { "sh", "-c", ocsp_script, NULL };
  const char *stop[] = { "sh", "-c", "$SC_NGINX -c $PWD/nginx.conf -p $PWD -e $PWD/error.log -s stop", NULL };
  int status = 0;

  g_assert_no_error (dir_error);
  if (nginx == NULL && g_file_test ("/usr/sbin/nginx", G_FILE_TEST_IS_EXECUTABLE))
    nginx = g_strdup ("/usr/sbin/nginx");
  if (nginx == NULL)
    {
      g_test_skip ("nginx is not installed (build-aux/install-deps.sh)");
      return;
    }
  env = g_environ_setenv (env, "SC_NGINX", nginx, TRUE);
  env = g_environ_setenv (env, "PORT", port, TRUE);
  env = g_environ_setenv (env, "PWD", dir, TRUE);
  /* No pipes: nginx, a daemon, would hold them open. */
  g_spawn_sync (dir, (char **) argv, env,
                G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  ca = g_build_filename (dir, "ca.pem", NULL);
  trust = g_tls_file_database_new (ca, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 50; i++)
    {
      g_autoptr(GSocketClient) client = g_socket_client_new ();
      g_autoptr(GSocketConnection) connection =
        g_socket_client_connect_to_host (client, "127.0.0.1", (guint16) atoi (port), NULL, NULL);

      if (connection != NULL)
        break;
      g_usleep (100000);
    }

  g_assert_cmphex (revoked_run (url, trust, 0), ==, G_TLS_CERTIFICATE_REVOKED);
  g_assert_cmphex (revoked_run (url, trust, 2), ==, G_TLS_CERTIFICATE_REVOKED);

  g_spawn_sync (dir, (char **) stop, env,
                G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, NULL, NULL, NULL, NULL);
  rm = g_strdup_printf ("rm -rf '%s'", dir);
  g_spawn_command_line_sync (rm, NULL, NULL, NULL, NULL);
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
  g_test_add_func ("/batch/hosts-spread", test_hosts_spread);
  g_test_add_func ("/batch/threads/same-findings", test_threads_same_findings);
  /* Before the cancelling: a cancelled /slow still counts as running on
   * the server for a while. */
  g_test_add_func ("/batch/threads/per-host", test_threads_per_host);
  g_test_add_func ("/batch/threads/cancel", test_threads_cancel);
  g_test_add_func ("/batch/threads/cancel-handshaking", test_threads_cancel_handshaking);
  g_test_add_func ("/batch/threads/cancel-often", test_threads_cancel_often);
  g_test_add_func ("/batch/threads/ocsp-revoked", test_threads_ocsp_revoked);

  status = g_test_run ();
  sc_test_server_free (server);
  return status;
}
