/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

#include "sc-baseline.h"
#include "sc-test-cli.h"

/* statuscope-cli --compare against a real earlier run: a local server whose
 * answers the test changes between the two runs.  /a breaks (200 → 503),
 * /b is fixed (500 → 200), /c's redirect target moves, /d stays the same,
 * and /e is only in the second run. */

typedef struct {
  SoupServer *server;
  char       *base;
  guint       run;       /* 1 or 2: which answers to give */
  char       *dir;
  char       *earlier;   /* the first run's -f json output */
} Fixture;

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

static void
answer (SoupServerMessage *msg,
        guint              status,
        const char        *location)
{
  soup_server_message_set_status (msg, status, NULL);
  if (location != NULL)
    soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Location", location);
  soup_server_message_set_response (msg, "text/plain", SOUP_MEMORY_STATIC, "hello\n", 6);
}

static void
handle (SoupServer        *server,
        SoupServerMessage *msg,
        const char        *path,
        GHashTable        *query,
        gpointer           user_data)
{
  Fixture *f = user_data;
  g_autofree char *t1 = g_strdup_printf ("%s/t1", f->base);
  g_autofree char *t2 = g_strdup_printf ("%s/t2", f->base);

  if (g_str_equal (path, "/a"))
    answer (msg, f->run == 1 ? 200 : 503, NULL);
  else if (g_str_equal (path, "/b"))
    answer (msg, f->run == 1 ? 500 : 200, NULL);
  else if (g_str_equal (path, "/c"))
    answer (msg, 302, f->run == 1 ? t1 : t2);
  else
    answer (msg, 200, NULL);
}

static char *
site (Fixture    *f,
      const char *path)
{
  return g_strdup_printf ("%s%s", f->base, path);
}

static ScCliRun *
run_cli (Fixture    *f,
         const char *format,
         gboolean    compare,
         gboolean    with_e)
{
  g_autofree char *a = site (f, "/a"), *b = site (f, "/b"), *c = site (f, "/c");
  g_autofree char *d = site (f, "/d"), *e = site (f, "/e");
  const char *args[] = { "--no-progress", "--color", "never", "-f", format, a, b, c, d,
                         with_e ? e : NULL, NULL, NULL, NULL };
  guint n = with_e ? 10 : 9;

  if (compare)
    {
      args[n++] = "--compare";
      args[n++] = f->earlier;
    }
  return sc_test_run_cli (NULL, args);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSList) uris = NULL;
  g_autoptr(ScCliRun) first = NULL;
  g_autofree char *uri = NULL;

  f->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (f->server, NULL, handle, f, NULL);
  listen_loopback (f->server, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (f->server);
  uri = g_uri_to_string (uris->data);
  f->base = g_strndup (uri, strlen (uri) - 1);   /* without the trailing slash */
  g_slist_free_full (g_steal_pointer (&uris), (GDestroyNotify) g_uri_unref);

  f->dir = g_dir_make_tmp ("statuscope-compare-XXXXXX", &error);
  g_assert_no_error (error);
  f->earlier = g_build_filename (f->dir, "earlier.json", NULL);
  f->run = 1;
  first = run_cli (f, "json", FALSE, FALSE);
  g_assert_cmpint (first->status, ==, 1);   /* /b answered 500 */
  g_file_set_contents (f->earlier, first->out, -1, &error);
  g_assert_no_error (error);
  f->run = 2;
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_unlink (f->earlier);
  g_rmdir (f->dir);
  g_free (f->earlier);
  g_free (f->dir);
  g_free (f->base);
  soup_server_disconnect (f->server);
  g_object_unref (f->server);
}

static JsonObject *
find_result (JsonNode   *root,
             const char *url)
{
  JsonArray *results = json_object_get_array_member (json_node_get_object (root), "results");

  for (guint i = 0; i < json_array_get_length (results); i++)
    {
      JsonObject *r = json_array_get_object_element (results, i);

      if (g_strcmp0 (json_object_get_string_member (r, "url"), url) == 0)
        return r;
    }
  g_assert_not_reached ();
}

static void
assert_change (Fixture    *f,
               JsonNode   *root,
               const char *path,
               const char *kind,
               const char *sentence)
{
  g_autofree char *url = site (f, path);
  JsonObject *change = json_object_get_object_member (find_result (root, url), "change");
  JsonArray *what = json_object_get_array_member (change, "what");
  gboolean found = sentence == NULL;

  g_assert_cmpstr (json_object_get_string_member (change, "kind"), ==, kind);
  for (guint i = 0; i < json_array_get_length (what); i++)
    if (sentence != NULL && strstr (json_array_get_string_element (what, i), sentence) != NULL)
      found = TRUE;
  if (g_str_equal (kind, "same"))
    g_assert_cmpuint (json_array_get_length (what), ==, 0);
  if (!found)
    g_error ("%s: no sentence with “%s”", path, sentence);
}

/* The earliest checked_at of the first run, as the contract wants. */
static char *
earliest_checked_at (const char *path)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *results;
  const char *earliest = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  results = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "results");
  for (guint i = 0; i < json_array_get_length (results); i++)
    {
      const char *at = json_object_get_string_member (json_array_get_object_element (results, i), "checked_at");

      if (earliest == NULL || strcmp (at, earliest) < 0)
        earliest = at;
    }
  return g_strdup (earliest);
}

static void
check_json_changes (Fixture  *f,
                    JsonNode *root)
{
  g_autofree char *t2 = site (f, "/t2");
  g_autofree char *a = site (f, "/a");
  JsonObject *previous;

  assert_change (f, root, "/a", "broken", "503 Service Unavailable, was 200 OK");
  assert_change (f, root, "/b", "fixed", "200 OK, was 500 Internal Server Error");
  assert_change (f, root, "/c", "changed", t2);
  assert_change (f, root, "/d", "same", NULL);
  assert_change (f, root, "/e", "new", "Not in the earlier run");

  previous = json_object_get_object_member (json_object_get_object_member (find_result (root, a), "change"),
                                            "previous");
  g_assert_cmpint (json_object_get_int_member (previous, "status"), ==, 200);
  g_assert_cmpstr (json_object_get_string_member (previous, "class"), ==, "success");
  g_assert_cmpstr (json_object_get_string_member (previous, "verdict"), ==, "ok");
  g_assert_cmpstr (json_object_get_string_member (previous, "final_url"), ==, a);
  g_assert_nonnull (json_object_get_string_member (previous, "checked_at"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (previous, "findings")), ==, 0);
}

static void
test_json (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(ScCliRun) plain = run_cli (f, "json", FALSE, TRUE);
  g_autoptr(ScCliRun) run = run_cli (f, "json", TRUE, TRUE);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *earliest = earliest_checked_at (f->earlier);
  JsonObject *compared;
  JsonNode *root;

  /* The exit status is the one without --compare. */
  g_assert_cmpint (run->status, ==, plain->status);
  g_assert_cmpint (run->status, ==, 1);
  g_assert_null (strstr (plain->out, "\"change\""));
  json_parser_load_from_data (parser, run->out, -1, &error);
  g_assert_no_error (error);
  root = json_parser_get_root (parser);
  check_json_changes (f, root);

  compared = json_object_get_object_member (json_node_get_object (root), "compared_with");
  g_assert_cmpstr (json_object_get_string_member (compared, "file"), ==, f->earlier);
  g_assert_cmpstr (json_object_get_string_member (compared, "checked_at"), ==, earliest);
}

static void
test_jsonl (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(ScCliRun) run = run_cli (f, "jsonl", TRUE, TRUE);
  g_auto(GStrv) lines = g_strsplit (g_strchomp (run->out), "\n", -1);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  /* Wrapped into a document, the lines read as the JSON format does. */
  g_assert_cmpuint (g_strv_length (lines), ==, 5);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "results");
  json_builder_begin_array (builder);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      JsonNode *line = json_from_string (lines[i], &error);

      g_assert_no_error (error);
      json_builder_add_value (builder, line);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  check_json_changes (f, root);
}

/* Changed sites first, the unchanged one last, then the summary. */
static void
test_text (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(ScCliRun) run = run_cli (f, "text", TRUE, TRUE);
  g_autofree char *d = site (f, "/d\n");
  const char *same = strstr (run->out, d);
  const char *paths[] = { "/a\n", "/b\n", "/c\n", "/e\n" };

  g_assert_cmpint (run->status, ==, 1);
  g_assert_nonnull (same);
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autofree char *url = site (f, paths[i]);
      const char *at = strstr (run->out, url);

      g_assert_nonnull (at);
      g_assert_cmpint (at - run->out, <, same - run->out);
    }
  g_assert_nonnull (strstr (run->out, "Δ broken: 503 Service Unavailable, was 200 OK\n"));
  g_assert_nonnull (strstr (run->out, "\n3 changed since "));
  g_assert_nonnull (strstr (run->out, " UTC: 1 broken, 1 fixed, 1 changed; 1 new site\n"));
  g_assert_true (g_str_has_suffix (run->out, "1 new site\n"));
  sc_test_assert_clean_text (run->out, FALSE);
}

static void
test_csv (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(ScCliRun) plain = run_cli (f, "csv", FALSE, TRUE);
  g_autoptr(ScCliRun) run = run_cli (f, "csv", TRUE, TRUE);
  g_auto(GStrv) rows = g_strsplit (run->out, "\r\n", -1);

  /* The columns come only with --compare. */
  g_assert_null (strstr (plain->out, "change_what"));
  g_assert_true (g_str_has_suffix (rows[0], ",chain,cause,change,change_what"));
  g_assert_cmpuint (g_strv_length (rows), ==, 7);   /* header, 5 rows, "" */
  g_assert_true (g_str_has_suffix (rows[1], ",broken,\"503 Service Unavailable, was 200 OK | Verdict: Problem, was OK\""));
  g_assert_true (g_str_has_suffix (rows[4], ",same,"));
  g_assert_true (g_str_has_suffix (rows[5], ",new,Not in the earlier run"));
}

static void
test_markdown (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(ScCliRun) run = run_cli (f, "markdown", TRUE, TRUE);
  g_autofree char *a = site (f, "/a");
  g_autofree char *heading = g_strdup_printf ("## %s\n\n- **Since the earlier run:** broken — "
                                              "503 Service Unavailable, was 200 OK", a);

  g_assert_nonnull (strstr (run->out, heading));
  g_assert_nonnull (strstr (run->out, "- **Since the earlier run:** same\n"));
  g_assert_nonnull (strstr (run->out, "- **Since the earlier run:** fixed — 200 OK, was 500 Internal Server Error"));
}

/* A file from before "verdict" existed is read with the contract's rule:
 * the same kinds come out. */
static void
test_without_verdict (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ScCliRun) run = NULL;
  g_autoptr(JsonParser) out = json_parser_new ();
  g_autofree char *text = NULL;
  JsonArray *results;

  json_parser_load_from_file (parser, f->earlier, &error);
  g_assert_no_error (error);
  results = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "results");
  for (guint i = 0; i < json_array_get_length (results); i++)
    json_object_remove_member (json_array_get_object_element (results, i), "verdict");
  text = json_to_string (json_parser_get_root (parser), TRUE);
  g_assert_null (strstr (text, "\"verdict\""));
  g_file_set_contents (f->earlier, text, -1, &error);
  g_assert_no_error (error);

  run = run_cli (f, "json", TRUE, TRUE);
  json_parser_load_from_data (out, run->out, -1, &error);
  g_assert_no_error (error);
  check_json_changes (f, json_parser_get_root (out));
}

static void
test_unreadable (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (f->dir, "missing.json", NULL);
  g_autoptr(ScCliRun) run = NULL;
  g_autoptr(ScCliRun) junk = NULL;
  g_autoptr(GError) error = NULL;

  g_free (f->earlier);
  f->earlier = g_steal_pointer (&missing);
  run = run_cli (f, "text", TRUE, FALSE);
  g_assert_cmpint (run->status, ==, 2);
  g_assert_nonnull (strstr (run->err, "missing.json"));
  g_assert_cmpstr (run->out, ==, "");

  g_file_set_contents (f->earlier, "{\"generator\": 1}", -1, &error);
  g_assert_no_error (error);
  junk = run_cli (f, "text", TRUE, FALSE);
  g_assert_cmpint (junk->status, ==, 2);
  g_assert_nonnull (strstr (junk->err, "results"));
}

/* The core alone: the first of two results for one URL wins, and a
 * result the reader refuses is skipped. */
static void
test_baseline_data (void)
{
  const char *data = "{\"results\": [{\"input\": \"x\", \"url\": \"http://x/\", \"class\": \"success\", \"status\": 200},"
                     "{\"input\": \"x\", \"url\": \"http://x/\", \"class\": \"failure\"},"
                     "{\"url\": \"http://y/\"},"
                     "{\"input\": \"z\", \"url\": null, \"class\": \"failure\", \"checked_at\": \"2026-01-02T03:04:05Z\"}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(ScBaseline) baseline = sc_baseline_new_from_data ("t", data, -1, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (sc_baseline_get_n_results (baseline), ==, 2);
  g_assert_cmpuint (sc_baseline_lookup (baseline, "http://x/")->status, ==, 200);
  g_assert_cmpint (sc_baseline_lookup (baseline, "http://x/")->verdict, ==, SC_VERDICT_OK);
  g_assert_cmpint (sc_baseline_lookup (baseline, "z")->verdict, ==, SC_VERDICT_PROBLEM);
  g_assert_cmpint (sc_baseline_get_checked_at (baseline), ==, 1767323045);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/compare/baseline-data", test_baseline_data);
#define ADD(path, fn) g_test_add ("/compare/" path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("json", test_json);
  ADD ("jsonl", test_jsonl);
  ADD ("text", test_text);
  ADD ("csv", test_csv);
  ADD ("markdown", test_markdown);
  ADD ("without-verdict", test_without_verdict);
  ADD ("unreadable", test_unreadable);
#undef ADD
  return g_test_run ();
}
