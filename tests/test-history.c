/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <libsoup/soup.h>
#include <sqlite3.h>

#include "sc-history.h"
#include "sc-change.h"
#include "sc-history-csv.h"
#include "sc-test-cli.h"
#include "sc-test-server.h"

/* The history store: rows written and read back off the caller's thread,
 * migrations from an older schema, retention, a damaged file set aside, a
 * writer killed with SIGKILL, and statuscope-cli --history against a real
 * local server whose answer changes between runs. */

typedef struct {
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("statuscope-history-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "history.db", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (f->dir, name, NULL);
      g_unlink (file);
    }
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static ScSnapshot *
make_snapshot (const char *key,
               gint64      checked_at,
               guint       status)
{
  ScSnapshot *s = sc_snapshot_new ();

  s->key = g_strdup (key);
  s->input = g_strdup (key);
  s->url = g_strdup (key);
  s->checked_at = checked_at;
  s->status = status;
  s->reason = g_strdup (status == 200 ? "OK" : "Service Unavailable");
  s->status_class = status == 200 ? SC_STATUS_CLASS_SUCCESS : SC_STATUS_CLASS_SERVER_ERROR;
  s->verdict = status == 200 ? SC_VERDICT_OK : SC_VERDICT_PROBLEM;
  s->final_url = g_strdup (key);
  s->total_ms = 42;
  return s;
}

typedef struct {
  gboolean   done;
  GPtrArray *rows;
  gboolean   flushed;
} Wait;

static void
on_listed (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  Wait *wait = user_data;

  wait->rows = sc_history_list_finish (SC_HISTORY (source), result, &error);
  g_assert_no_error (error);
  wait->done = TRUE;
}

static void
on_flushed (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  Wait *wait = user_data;

  wait->flushed = sc_history_flush_finish (SC_HISTORY (source), result, &error);
  g_assert_no_error (error);
  wait->done = TRUE;
}

static void
flush (ScHistory *history)
{
  Wait wait = { FALSE };

  sc_history_flush_async (history, NULL, on_flushed, &wait);
  sc_test_wait_for (&wait.done);
  g_assert_true (wait.flushed);
}

static GPtrArray *
list (ScHistory  *history,
      const char *key,
      guint       limit)
{
  Wait wait = { FALSE };

  sc_history_list_async (history, key, limit, NULL, on_listed, &wait);
  sc_test_wait_for (&wait.done);
  return wait.rows;
}

static void
test_rows (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScHistory) history = sc_history_open (f->path, 0, &error);
  g_autoptr(ScSnapshot) full = make_snapshot ("https://a.test/", 1000, 200);
  g_autoptr(GPtrArray) rows = NULL;
  ScSnapshot *back;

  g_assert_no_error (error);
  g_assert_null (sc_history_get_set_aside (history));
  g_free (full->final_url);
  full->final_url = g_strdup ("https://a.test/elsewhere");
  g_strfreev (full->finding_ids);
  full->finding_ids = g_strsplit ("php-error-shown directory-listing", " ", -1);
  full->cert_not_after = 1800000000;
  full->cert_days_left = 33;
  full->cert_fingerprint = g_strdup ("ab:cd");
  full->role = SC_ROLE_PROXY;
  full->software = g_strdup ("HAProxy");
  sc_history_record (history, full);
  for (gint64 t = 1; t <= 5; t++)
    {
      g_autoptr(ScSnapshot) s = make_snapshot ("https://a.test/", 1000 + t, t % 2 ? 503 : 200);
      g_autoptr(ScSnapshot) other = make_snapshot ("https://b.test/", 1000 + t, 200);

      sc_history_record (history, s);
      sc_history_record (history, other);
    }
  flush (history);

  rows = list (history, "https://a.test/", 0);
  g_assert_cmpuint (rows->len, ==, 6);
  for (guint i = 0; i + 1 < rows->len; i++)
    g_assert_cmpint (((ScSnapshot *) rows->pdata[i])->checked_at, >, ((ScSnapshot *) rows->pdata[i + 1])->checked_at);
  back = rows->pdata[0];
  g_assert_cmpuint (back->status, ==, 503);
  g_assert_cmpstr (back->reason, ==, "Service Unavailable");
  g_assert_cmpint (back->verdict, ==, SC_VERDICT_PROBLEM);
  g_assert_cmpstr (back->final_url, ==, "https://a.test/");
  back = rows->pdata[5];
  g_assert_cmpint (back->checked_at, ==, 1000);
  g_assert_cmpstr (back->final_url, ==, "https://a.test/elsewhere");
  g_assert_cmpstr (back->finding_ids[1], ==, "directory-listing");
  g_assert_cmpint (back->total_ms, ==, 42);
  g_assert_cmpint (back->cert_not_after, ==, 1800000000);
  g_assert_cmpint (back->cert_days_left, ==, 33);
  g_assert_cmpstr (back->cert_fingerprint, ==, "ab:cd");
  g_assert_cmpint (back->role, ==, SC_ROLE_PROXY);
  g_assert_cmpstr (back->software, ==, "HAProxy");

  /* As CSV, newest first; a reason that looks like a formula is defused. */
  {
    g_autofree char *csv = NULL;
    g_auto(GStrv) lines = NULL;

    g_free (back->reason);
    back->reason = g_strdup ("=HYPERLINK(\"x\")");
    csv = sc_history_rows_to_csv (rows);
    lines = g_strsplit (csv, "\r\n", -1);
    g_assert_cmpuint (g_strv_length (lines), ==, 8);   /* header, 6 rows, "" */
    g_assert_cmpstr (lines[0], ==, "checked_at,status,reason,class,verdict,final_url,total_ms,"
                                   "tls_days_left,finding_ids,answered_by,software");
    g_assert_cmpstr (lines[1], ==, "1970-01-01T00:16:45Z,503,Service Unavailable,server-error,problem,"
                                   "https://a.test/,42,,,network,");
    g_assert_cmpstr (lines[6], ==, "1970-01-01T00:16:40Z,200,\"'=HYPERLINK(\"\"x\"\")\",success,ok,"
                                   "https://a.test/elsewhere,42,33,php-error-shown directory-listing,proxy,HAProxy");
  }

  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = list (history, "https://b.test/", 2);
  g_assert_cmpuint (rows->len, ==, 2);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = list (history, "https://nowhere.test/", 0);
  g_assert_cmpuint (rows->len, ==, 0);
}

static int
user_version (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int version;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return version;
}

static void
exec_sql (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s", message);
  sqlite3_close (db);
}

/* A database as version 1 of the schema left it, with one row: it opens,
 * is brought to the current version, and keeps its row. */
static void
test_migration (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScHistory) history = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  exec_sql (f->path,
            "CREATE TABLE sites (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, input TEXT, url TEXT);"
            "CREATE TABLE certs (id INTEGER PRIMARY KEY, fingerprint TEXT NOT NULL UNIQUE);"
            "CREATE TABLE checks (site INTEGER NOT NULL REFERENCES sites (id), checked_at INTEGER NOT NULL,"
            " status INTEGER NOT NULL, reason TEXT, class INTEGER NOT NULL, verdict INTEGER NOT NULL,"
            " final_url TEXT, findings TEXT, total_ms INTEGER, cert_not_after INTEGER, cert_days_left INTEGER,"
            " cert INTEGER REFERENCES certs (id));"
            "CREATE INDEX checks_by_site ON checks (site, checked_at);"
            "INSERT INTO sites VALUES (1, 'https://old.test/', 'old.test', 'https://old.test/');"
            "INSERT INTO checks VALUES (1, 4000000000, 404, 'Not Found', 3, 2, NULL, NULL, 12, NULL, NULL, NULL);"
            "PRAGMA user_version = 1;");
  history = sc_history_open (f->path, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (user_version (f->path), ==, SC_HISTORY_SCHEMA_VERSION);
  rows = list (history, "https://old.test/", 0);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpuint (((ScSnapshot *) rows->pdata[0])->status, ==, 404);
  g_assert_cmpint (((ScSnapshot *) rows->pdata[0])->status_class, ==, SC_STATUS_CLASS_CLIENT_ERROR);
  g_assert_cmpint (((ScSnapshot *) rows->pdata[0])->role, ==, SC_ROLE_NETWORK);
  g_assert_null (((ScSnapshot *) rows->pdata[0])->software);
}

/* A file from a newer Statuscope is neither changed nor set aside. */
static void
test_newer (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScHistory) history = NULL;

  exec_sql (f->path, "CREATE TABLE future (x); PRAGMA user_version = 99;");
  history = sc_history_open (f->path, 0, &error);
  g_assert_null (history);
  g_assert_error (error, SC_HISTORY_ERROR, SC_HISTORY_ERROR_NEWER);
  g_assert_cmpint (user_version (f->path), ==, 99);
}

static void
test_retention (Fixture       *f,
                gconstpointer  data)
{
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  const gint64 ages[] = { 100, 91, 89, 10, 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(ScHistory) history = sc_history_open (f->path, 0, &error);
  g_autoptr(ScHistory) reopened = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (ages); i++)
    {
      g_autoptr(ScSnapshot) s = make_snapshot ("https://r.test/", now - ages[i] * 24 * 3600, 200);
      sc_history_record (history, s);
    }
  flush (history);
  sc_history_close (history);

  reopened = sc_history_open (f->path, SC_HISTORY_DEFAULT_RETENTION_DAYS, &error);
  g_assert_no_error (error);
  rows = list (reopened, "https://r.test/", 0);
  g_assert_cmpuint (rows->len, ==, 3);
  g_assert_cmpint (((ScSnapshot *) rows->pdata[2])->checked_at, ==, now - 89 * 24 * 3600);
}

static void
test_damaged (Fixture       *f,
              gconstpointer  data)
{
  const char *garbage = "this is not a database, it is a shopping list\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(ScHistory) history = NULL;
  g_autoptr(ScSnapshot) s = make_snapshot ("https://d.test/", 5, 200);
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *kept = NULL;

  g_file_set_contents (f->path, garbage, -1, &error);
  g_assert_no_error (error);
  history = sc_history_open (f->path, 0, &error);
  g_assert_no_error (error);
  g_assert_nonnull (sc_history_get_set_aside (history));
  g_assert_true (g_str_has_prefix (sc_history_get_set_aside (history), f->path));
  g_assert_nonnull (strstr (sc_history_get_set_aside (history), ".damaged-"));
  g_file_get_contents (sc_history_get_set_aside (history), &kept, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kept, ==, garbage);

  sc_history_record (history, s);
  flush (history);
  rows = list (history, "https://d.test/", 0);
  g_assert_cmpuint (rows->len, ==, 1);
}

/* Also through the asynchronous open, as the app does it, with a damaged
 * file: the caller learns where it went. */
static void
on_opened (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  ScHistory **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = sc_history_open_finish (result, &error);
  g_assert_no_error (error);
}

static void
test_open_async (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScHistory) history = NULL;

  g_file_set_contents (f->path, "SQLite format 3\0garbage", 24, &error);
  g_assert_no_error (error);
  sc_history_open_async (f->path, 90, NULL, on_opened, &history);
  while (history == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (sc_history_get_set_aside (history));
}

typedef struct {
  guint64  committed;
  guint    n_lines;
  gboolean done;
} Reader;

static void
on_line (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Reader *reader = user_data;
  g_autofree char *line = g_data_input_stream_read_line_finish (G_DATA_INPUT_STREAM (source), result, NULL, NULL);

  if (line == NULL || ++reader->n_lines >= 40)
    {
      if (line != NULL)
        reader->committed = g_ascii_strtoull (line, NULL, 10);
      reader->done = TRUE;
      return;
    }
  reader->committed = g_ascii_strtoull (line, NULL, 10);
  g_data_input_stream_read_line_async (G_DATA_INPUT_STREAM (source), G_PRIORITY_DEFAULT, NULL, on_line, reader);
}

static guint64
count_rows (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  guint64 n;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM checks", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = (guint64) sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

/* A writer killed with SIGKILL between or during transactions: the file
 * still opens, with every row whose commit was reported. */
static void
test_sigkill (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) writer = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                                                     g_getenv ("STATUSCOPE_HISTORY_WRITER"), f->path, NULL);
  g_autoptr(GDataInputStream) lines = NULL;
  g_autoptr(ScHistory) history = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  Reader reader = { 0 };
  guint64 n;

  g_assert_no_error (error);
  lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (writer));
  g_data_input_stream_read_line_async (lines, G_PRIORITY_DEFAULT, NULL, on_line, &reader);
  sc_test_wait_for (&reader.done);
  g_assert_cmpuint (reader.n_lines, ==, 40);   /* the writer ran, and runs on */
  g_subprocess_force_exit (writer);
  g_subprocess_wait (writer, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (g_subprocess_get_if_exited (writer));

  n = count_rows (f->path);
  g_test_message ("%" G_GUINT64_FORMAT " committed, %" G_GUINT64_FORMAT " in the file", reader.committed, n);
  g_assert_cmpuint (n, >=, reader.committed);
  history = sc_history_open (f->path, 0, &error);
  g_assert_no_error (error);
  g_assert_null (sc_history_get_set_aside (history));
  rows = list (history, "http://killed.test/", 0);
  g_assert_cmpuint (rows->len, ==, n);
}

/* soup_server_listen_local() leaks an address in libsoup 3.2 (valgrind
 * sees it); an explicit 127.0.0.1:0 does not. */
static void
listen_loopback (SoupServer  *server,
                 GError     **error)
{
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) address = g_inet_socket_address_new (loopback, 0);

  soup_server_listen (server, address, 0, error);
}

/* statuscope-cli --history, twice, against a server that breaks in
 * between: two rows, newest first. */
static guint answer_status = 200;

static void
handle (SoupServer        *server,
        SoupServerMessage *msg,
        const char        *path,
        GHashTable        *query,
        gpointer           user_data)
{
  soup_server_message_set_status (msg, answer_status, NULL);
  soup_server_message_set_response (msg, "text/plain", SOUP_MEMORY_STATIC, "hi\n", 3);
}

static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(SoupServer) server = soup_server_new (NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScHistory) history = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *url = NULL;
  GSList *uris;

  soup_server_add_handler (server, NULL, handle, NULL, NULL);
  listen_loopback (server, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (server);
  url = g_uri_to_string (uris->data);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  for (guint i = 0; i < 2; i++)
    {
      const char *args[] = { "--no-progress", "-f", "json", "--history", f->path, url, NULL };
      g_autoptr(ScCliRun) run = NULL;

      answer_status = i == 0 ? 200 : 503;
      run = sc_test_run_cli (NULL, args);
      g_assert_cmpint (run->status, ==, i == 0 ? 0 : 1);
      g_assert_cmpstr (run->err, ==, "");
    }
  history = sc_history_open (f->path, 0, &error);
  g_assert_no_error (error);
  rows = list (history, url, 0);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpuint (((ScSnapshot *) rows->pdata[0])->status, ==, 503);
  g_assert_cmpint (((ScSnapshot *) rows->pdata[0])->verdict, ==, SC_VERDICT_PROBLEM);
  g_assert_cmpuint (((ScSnapshot *) rows->pdata[1])->status, ==, 200);
  g_assert_cmpint (((ScSnapshot *) rows->pdata[1])->role, ==, SC_ROLE_ORIGIN);
  soup_server_disconnect (server);
}

static char *
day_of (GTlsCertificate *certificate)
{
  g_autoptr(GDateTime) not_after = g_tls_certificate_get_not_valid_after (certificate);

  return g_date_time_format (not_after, "%Y-%m-%d");
}

/* A local https server whose certificate is replaced by a longer-lived
 * one between two checks: recorded and read back, the second check says
 * "Certificate renewed", with both days, as a change; a third check with
 * the same certificate is the same. */
static void
test_certificate_renewed (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScHistory) history = sc_history_open (f->path, 0, &error);
  g_autoptr(GTlsCertificate) old_cert = sc_test_make_certificate (30);
  g_autoptr(GTlsCertificate) new_cert = sc_test_make_certificate (365);
  ScTestServer *server = sc_test_server_new (old_cert);
  g_autofree char *url = sc_test_server_url (server, "/status/200");
  g_autoptr(ScChecker) checker = sc_checker_new (2, 2);
  g_autofree char *old_day = day_of (old_cert);
  g_autofree char *new_day = day_of (new_cert);
  g_autofree char *expected = g_strdup_printf ("Certificate renewed: valid until %s, was until %s", new_day, old_day);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(ScChange) change = NULL;
  g_autoptr(ScChange) again = NULL;
  const char *key = NULL;

  g_assert_no_error (error);
  for (guint round = 0; round < 3; round++)
    {
      g_autoptr(ScCheckResult) result = NULL;
      g_autoptr(ScSnapshot) snapshot = NULL;

      if (round == 1)
        soup_server_set_tls_certificate (server->server, new_cert);
      result = sc_test_check (checker, url);
      snapshot = sc_snapshot_new_from_result (result);
      g_assert_cmpint (snapshot->cert_not_after, !=, 0);
      /* One a second: rows are ordered by their time. */
      snapshot->checked_at += round;
      key = g_intern_string (snapshot->key);
      sc_history_record (history, snapshot);
    }
  flush (history);
  rows = list (history, key, 3);
  g_assert_cmpuint (rows->len, ==, 3);
  change = sc_change_compare (rows->pdata[2], rows->pdata[1]);
  g_assert_cmpint (change->kind, ==, SC_CHANGE_CHANGED);
  g_assert_true (g_strv_contains ((const char * const *) change->what, expected));
  again = sc_change_compare (rows->pdata[1], rows->pdata[0]);
  g_assert_cmpint (again->kind, ==, SC_CHANGE_SAME);
  sc_test_server_free (server);
}

static ScSnapshot *
check_page (ScChecker    *checker,
            ScTestServer *server,
            const char   *body)
{
  g_autofree char *escaped = g_uri_escape_string (body, NULL, FALSE);
  g_autofree char *path = g_strdup_printf ("/respond?status=200&body=%s", escaped);
  g_autofree char *url = sc_test_server_url (server, path);
  g_autoptr(ScCheckResult) result = sc_test_check (checker, url);

  return sc_snapshot_new_from_result (result);
}

/* A page of a real local server that starts showing a PHP fatal error: the
 * change names the finding by its title, not by its id, both ways. */
static void
test_finding_title (void)
{
  g_autoptr(ScChecker) checker = sc_checker_new (2, 2);
  ScTestServer *server = sc_test_server_new (NULL);
  g_autoptr(ScSnapshot) healthy = check_page (checker, server, "<p>hello</p>");
  g_autoptr(ScSnapshot) failing = check_page (checker, server,
                                              "<br />\n<b>Fatal error</b>:  Uncaught Error: Call to undefined function "
                                              "get_header() in <b>/var/www/html/index.php</b> on line <b>3</b><br />");
  g_autoptr(ScChange) broke = NULL;
  g_autoptr(ScChange) fixed = NULL;

  g_assert_true (sc_snapshot_has_finding (failing, "php-error-shown"));
  broke = sc_change_compare (healthy, failing);
  fixed = sc_change_compare (failing, healthy);
  g_assert_cmpint (broke->kind, ==, SC_CHANGE_BROKEN);
  g_assert_true (g_strv_contains ((const char * const *) broke->what, "New finding: PHP errors shown on the page"));
  g_assert_cmpint (fixed->kind, ==, SC_CHANGE_FIXED);
  g_assert_true (g_strv_contains ((const char * const *) fixed->what, "Finding gone: PHP errors shown on the page"));
  sc_test_server_free (server);
}

/* A row written by another version may hold an id with no title: it is
 * shown as it is rather than dropped. */
static void
test_finding_without_title (void)
{
  g_autoptr(ScSnapshot) was = make_snapshot ("https://example.com/", 1, 200);
  g_autoptr(ScSnapshot) now = make_snapshot ("https://example.com/", 2, 200);
  g_autoptr(ScChange) change = NULL;

  g_strfreev (was->finding_ids);
  was->finding_ids = g_strsplit ("retired-finding wordpress-maintenance", " ", -1);
  change = sc_change_compare (was, now);
  g_assert_cmpstr (change->what[0], ==, "Finding gone: retired-finding");
  g_assert_cmpstr (change->what[1], ==, "Finding gone: WordPress in maintenance mode");
  g_assert_null (change->what[2]);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/history/change/finding-title", test_finding_title);
  g_test_add_func ("/history/change/finding-without-title", test_finding_without_title);
#define ADD(path, fn) g_test_add ("/history/" path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("rows", test_rows);
  ADD ("migration", test_migration);
  ADD ("newer", test_newer);
  ADD ("retention", test_retention);
  ADD ("damaged", test_damaged);
  ADD ("open-async", test_open_async);
  ADD ("sigkill", test_sigkill);
  ADD ("cli", test_cli);
  ADD ("certificate-renewed", test_certificate_renewed);
#undef ADD
  return g_test_run ();
}
