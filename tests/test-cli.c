/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <unistd.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "sc-csv.h"
#include "sc-result-json.h"
#include "sc-test-cli.h"
#include "sc-test-server.h"

/* statuscope-cli end to end: the built binary against servers in this
 * process, whose main loop keeps turning while the CLI runs. */

static ScTestServer *server;

/* Runs statuscope-cli with the arguments given (NULL-terminated) and
 * @input on its standard input. */
static ScCliRun *
run_cli (const char *input,
         ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GBytes) bytes = g_bytes_new (input != NULL ? input : "", input != NULL ? strlen (input) : 0);
  const char *arg;
  va_list ap;

  va_start (ap, input);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  return sc_test_run_cli (bytes, (const char * const *) args->pdata);
}

static JsonArray *
parse_results (JsonParser *parser,
               const char *json)
{
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  return json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "results");
}

static char *
url (const char *path)
{
  return sc_test_server_url (server, path);
}

/* The one result of a run with -f jsonl. */
static JsonObject *
parse_line (JsonParser *parser,
            const char *line)
{
  g_autoptr(GError) error = NULL;
  JsonNode *root;

  json_parser_load_from_data (parser, line, -1, &error);
  g_assert_no_error (error);
  root = json_parser_get_root (parser);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  return json_node_get_object (root);
}

static ScCliRun *
run_cli_argv (GBytes             *input,
              const char * const *args)
{
  return sc_test_run_cli (input, args);
}

/* The rows of a CSV report, without the header. */
static GPtrArray *
csv_rows (const char *csv)
{
  ScCsvCursor cursor = { csv, csv + strlen (csv) };
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *row;

  g_ptr_array_unref (sc_csv_read_record (&cursor, ','));
  while ((row = sc_csv_read_record (&cursor, ',')) != NULL)
    g_ptr_array_add (rows, row);
  return rows;
}

static const char *
csv_cell (GPtrArray *rows,
          guint      row,
          guint      column)
{
  GPtrArray *cells = g_ptr_array_index (rows, row);

  return g_ptr_array_index (cells, column);
}

/* Slow and fast sites mixed, eight at a time: output follows the input. */
static void
test_input_order (void)
{
  g_autofree char *slow = url ("/slow");
  g_autofree char *ok = url ("/status/200");
  g_autofree char *missing = url ("/status/404");
  g_autofree char *down = url ("/status/503");
  g_autoptr(ScCliRun) run = run_cli (NULL, "-j", "8", "--per-host", "8", "-f", "json",
                                   slow, ok, slow, missing, "ftp://example.com/", ok, slow, down, "", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonArray *results = parse_results (parser, run->out);
  const char *expected_status[] = { "200", "200", "200", "404", NULL, "200", "200", "503", NULL };

  g_assert_cmpint (run->status, ==, 1);
  g_assert_cmpuint (json_array_get_length (results), ==, 9);
  for (guint i = 0; i < 9; i++)
    {
      JsonObject *o = json_array_get_object_element (results, i);
      g_autofree char *status = NULL;

      if (!json_object_get_null_member (o, "status"))
        status = g_strdup_printf ("%" G_GINT64_FORMAT, json_object_get_int_member (o, "status"));
      g_assert_cmpstr (status, ==, expected_status[i]);
    }
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (results, 4), "input"),
                   ==, "ftp://example.com/");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (results, 8), "class"),
                   ==, "failure");
}

static void
test_exit_zero (void)
{
  g_autofree char *ok = url ("/status/200");
  g_autofree char *chain = url ("/chain/2");
  g_autoptr(ScCliRun) run = run_cli (NULL, ok, chain, NULL);

  g_assert_cmpint (run->status, ==, 0);
  g_assert_nonnull (strstr (run->out, "200 OK"));
  g_assert_null (strchr (run->out, '\033'));   /* not a terminal: no colour */
}

static void
test_color_always (void)
{
  g_autofree char *missing = url ("/status/404");
  g_autoptr(ScCliRun) run = run_cli (NULL, "--color", "always", missing, NULL);

  g_assert_cmpint (run->status, ==, 1);
  g_assert_nonnull (strchr (run->out, '\033'));
}

static void
test_input_file_csv (void)
{
  g_autofree char *path = NULL;
  g_autofree char *contents = g_strdup_printf ("name,url,notes\n"
                                               "first,%s/status/404,\"a, b\"\n"
                                               "second,%s/status/200,\n",
                                               server->base, server->base);
  g_autoptr(GError) error = NULL;
  int fd = g_file_open_tmp ("statuscope-XXXXXX.csv", &path, &error);
  g_autoptr(ScCliRun) run = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonArray *results;

  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);

  run = run_cli (NULL, "-i", path, "-f", "json", NULL);
  results = parse_results (parser, run->out);
  g_assert_cmpint (run->status, ==, 1);
  g_assert_cmpuint (json_array_get_length (results), ==, 2);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (results, 0), "status"), ==, 404);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (results, 1), "status"), ==, 200);
  g_unlink (path);
}

static void
test_input_stdin (void)
{
  g_autofree char *input = g_strdup_printf ("# a comment\n\n%s/status/200\r\n%s/status/204\n", server->base, server->base);
  g_autoptr(ScCliRun) run = run_cli (input, "-i", "-", "-f", "csv", NULL);
  g_auto(GStrv) lines = g_strsplit (run->out, "\r\n", -1);

  g_assert_cmpint (run->status, ==, 0);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);   /* header, 2 rows, trailing empty */
  g_assert_true (g_str_has_prefix (lines[0], "input,url,final_url,status"));
  g_assert_nonnull (strstr (lines[1], ",200,"));
  g_assert_nonnull (strstr (lines[2], ",204,"));
}

static void
test_formats_redact (gconstpointer data)
{
  const char *format = data;
  g_autofree char *secret = g_strdup_printf ("http://admin:hunter2@127.0.0.1:%u/status/200?token=t0psecret", server->port);
  g_autoptr(ScCliRun) run = run_cli (NULL, "-f", format, secret, NULL);

  g_assert_cmpint (run->status, ==, 0);
  g_assert_null (strstr (run->out, "hunter2"));
  g_assert_null (strstr (run->out, "admin"));
  g_assert_null (strstr (run->out, "t0psecret"));
  g_assert_nonnull (strstr (run->out, "***"));
}

/* LANGUAGE=de (or fr) explains a 404 in that language, with the translations
 * compiled in the build directory (STATUSCOPE_LOCALEDIR). */
typedef struct {
  const char *language;
  const char *title;
  const char *explanation_start;
} LanguageCase;

static const LanguageCase language_cases[] = {
  { "de", "Nicht gefunden", "Der Server" },
  { "fr", "Introuvable", "Le serveur fonctionne" },
};

static void
test_language (gconstpointer data)
{
  const LanguageCase *c = data;
  g_autofree char *missing = url ("/status/404");
  g_autoptr(ScCliRun) run = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *result;

  g_setenv ("LANGUAGE", c->language, TRUE);
  run = run_cli (NULL, "-f", "json", missing, NULL);
  g_unsetenv ("LANGUAGE");

  result = json_array_get_object_element (parse_results (parser, run->out), 0);
  g_assert_cmpint (run->status, ==, 1);
  g_assert_cmpstr (json_object_get_string_member (result, "title"), ==, c->title);
  g_assert_true (g_str_has_prefix (json_object_get_string_member (result, "explanation"), c->explanation_start));
}

/* http_proxy is honoured, as by curl: the test server acts as the proxy
 * for a host that does not resolve, so a 204 can only come through it;
 * no_proxy sends the same request direct, where DNS fails. */
static void
test_proxy_environment (void)
{
  g_autofree char *proxy = g_strdup_printf ("http://127.0.0.1:%u", server->port);
  g_autoptr(ScCliRun) proxied = NULL;
  g_autoptr(ScCliRun) direct = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonParser) parser2 = json_parser_new ();
  JsonObject *result;

  g_setenv ("http_proxy", proxy, TRUE);
  proxied = run_cli (NULL, "-f", "json", "http://through-the-proxy.invalid/status/204", NULL);
  g_setenv ("no_proxy", "through-the-proxy.invalid", TRUE);
  direct = run_cli (NULL, "-f", "json", "http://through-the-proxy.invalid/status/204", NULL);
  g_unsetenv ("http_proxy");
  g_unsetenv ("no_proxy");

  result = json_array_get_object_element (parse_results (parser, proxied->out), 0);
  g_assert_cmpint (proxied->status, ==, 0);
  g_assert_cmpint (json_object_get_int_member (result, "status"), ==, 204);
  result = json_array_get_object_element (parse_results (parser2, direct->out), 0);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (result, "error"), "kind"), ==, "dns");
}

typedef struct {
  const char *name;
  const char *args[4];
  const char *message_part;
} UsageCase;

static const UsageCase usage_cases[] = {
  { "unknown-option", { "--bogus", "example.com", NULL }, "Unknown option" },
  { "unreadable-file", { "-i", "/nonexistent/sites.txt", NULL }, "sites.txt" },
  { "bad-format", { "-f", "xml", "example.com", NULL }, "xml" },
  { "bad-method", { "--method", "POST", "example.com", NULL }, "POST" },
  { "bad-timeout", { "-t", "0", "example.com", NULL }, "--timeout" },
  { "bad-jobs", { "-j", "0", "example.com", NULL }, "--jobs" },
  { "no-sites", { NULL }, "no sites" },
};

static void
test_usage_error (gconstpointer data)
{
  const UsageCase *c = data;
  g_autoptr(ScCliRun) run = run_cli (NULL, c->args[0], c->args[1], c->args[2], c->args[3], NULL);
  g_auto(GStrv) lines = g_strsplit (run->err, "\n", -1);

  g_assert_cmpint (run->status, ==, 2);
  g_assert_true (g_str_has_prefix (lines[0], "statuscope-cli: "));
  g_assert_nonnull (strstr (lines[0], c->message_part));
  g_assert_cmpstr (run->out, ==, "");
}

static void
test_version_and_help (void)
{
  g_autoptr(ScCliRun) version = run_cli (NULL, "--version", NULL);
  g_autoptr(ScCliRun) help = run_cli (NULL, "--help", NULL);

  g_assert_cmpint (version->status, ==, 0);
  g_assert_cmpstr (version->out, ==, "statuscope-cli " PACKAGE_VERSION "\n");
  g_assert_cmpint (help->status, ==, 0);
  for (guint i = 0; i < 3; i++)
    {
      static const char * const options[] = { "--max-redirects", "--per-host", "--ignore-tls-errors" };
      g_assert_nonnull (strstr (help->out, options[i]));
    }
  g_assert_nonnull (strstr (help->out, "Exit status"));
}

/* Item: "input" is the line as given (contract).  Each case is checked in
 * the JSON Lines, JSON and CSV formats. */
typedef struct {
  const char *name;
  const char *line;
  const char *input;   /* expected */
} InputCase;

static const InputCase input_cases[] = {
  /* An IDN host stays in Unicode: it is "url" that says what was sent. */
  { "idn", "http://bücher.example/", "http://bücher.example/" },
  { "case-and-spaces", "  HTTP://Bücher.Example/Path  ", "HTTP://Bücher.Example/Path" },
  { "credentials-query-fragment",
    "https://admin:hunter2@bücher.example/x?token=abc&a=1#access_token=t0p&b=2",
    "https://***@bücher.example/x?token=***&a=1#access_token=***&b=2" },
  { "credentials-without-scheme", "admin:hunter2@example.com/x", "***@example.com/x" },
  { "credentials-one-slash", "http:/admin:hunter2@example.com/", "http:/***@example.com/" },
  { "hash-in-password", "https://admin:hunt#er2@example.com/", "https://***@example.com/" },
  /* A URI parser reads a backslash as part of the user info. */
  { "backslash-in-user-info", "http://admin\\:hunter2@example.com/", "http://***@example.com/" },
  /* Checked as "https://admin:hunter2@//x", whatever the "//" after it. */
  { "at-before-slashes", "admin:hunter2@//x.example/", "***@//x.example/" },
  { "at-in-path-kept", "https://example.com/@team?q=a@b", "https://example.com/@team?q=a@b" },
  { "escape", "http://a.example/\033[31m", "http://a.example/\xef\xbf\xbd[31m" },
};

static void
test_input_as_given (gconstpointer data)
{
  const InputCase *c = data;
  const char * const formats[] = { "jsonl", "json", "csv" };

  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      const char *args[] = { "-t", "2", "-f", formats[f], c->line, NULL };
      g_autoptr(ScCliRun) run = run_cli_argv (NULL, args);
      g_autoptr(JsonParser) parser = json_parser_new ();
      const char *input;

      if (g_str_equal (formats[f], "jsonl"))
        input = json_object_get_string_member (parse_line (parser, run->out), "input");
      else if (g_str_equal (formats[f], "json"))
        input = json_object_get_string_member (json_array_get_object_element (parse_results (parser, run->out), 0),
                                               "input");
      else
        {
          g_autoptr(GPtrArray) rows = csv_rows (run->out);

          g_assert_cmpuint (rows->len, ==, 1);
          input = csv_cell (rows, 0, 0);
          g_assert_cmpstr (input, ==, c->input);
          continue;
        }
      g_assert_cmpstr (input, ==, c->input);
      g_assert_null (strstr (run->out, "hunter2"));
      g_assert_null (strstr (run->out, "hunt#er2"));
      sc_test_assert_clean_text (run->out, FALSE);
    }
}

static char *
make_long_url (const char *prefix,
               gsize       length)
{
  GString *line = g_string_new (prefix);

  while (line->len < length)
    g_string_append_c (line, 'a');
  return g_string_free (line, FALSE);
}

/* A 20 kB line is refused for its length, and comes back whole in every
 * machine format, its password still hidden and its control character
 * still made safe. */
static void
test_input_long_line (void)
{
  g_autofree char *prefix = g_strdup_printf ("http://admin:hunter2@127.0.0.1:%u/status/200?q=\033", server->port);
  g_autofree char *line = make_long_url (prefix, 20 * 1024);
  g_autoptr(GString) expected = g_string_new (line);
  g_autoptr(ScCliRun) jsonl = run_cli (line, "-f", "jsonl", "-i", "-", NULL);
  g_autoptr(ScCliRun) csv = run_cli (line, "-f", "csv", "-i", "-", NULL);
  g_autoptr(ScCliRun) markdown = run_cli (line, "-f", "markdown", "-i", "-", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) rows = NULL;
  ScCliRun *runs[] = { jsonl, csv, markdown };
  JsonObject *result;

  /* The password is hidden and the ESC made U+FFFD, in place; nothing else
   * changes. */
  g_string_replace (expected, "admin:hunter2", "***", 1);
  g_string_replace (expected, "\033", "\xef\xbf\xbd", 1);

  result = parse_line (parser, jsonl->out);
  g_assert_cmpstr (json_object_get_string_member (result, "input"), ==, expected->str);
  g_assert_true (json_object_get_null_member (result, "url"));
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (result, "error"), "kind"),
                   ==, "invalid-url");

  rows = csv_rows (csv->out);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpstr (csv_cell (rows, 0, 0), ==, expected->str);
  /* The report's heading is the input, escaped for Markdown but whole:
   * its long run of "a" ends where the line does. */
  g_assert_nonnull (strstr (markdown->out, strstr (expected->str, "?q=")));

  for (guint i = 0; i < G_N_ELEMENTS (runs); i++)
    {
      g_assert_cmpint (runs[i]->status, ==, 1);
      g_assert_null (strstr (runs[i]->out, "hunter2"));
      sc_test_assert_clean_text (runs[i]->out, TRUE);
    }
}

/* A 5 kB URL is checked, and "url" and "final_url" say what was requested,
 * whole. */
static void
test_input_long_url (void)
{
  g_autofree char *prefix = g_strdup_printf ("%s/status/200?q=", server->base);
  g_autofree char *line = make_long_url (prefix, 5 * 1024);
  const char *args[] = { "-f", "jsonl", line, NULL };
  g_autoptr(ScCliRun) run = run_cli_argv (NULL, args);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *result = parse_line (parser, run->out);

  g_assert_cmpint (run->status, ==, 0);
  g_assert_cmpint (json_object_get_int_member (result, "status"), ==, 200);
  g_assert_cmpstr (json_object_get_string_member (result, "input"), ==, line);
  g_assert_cmpstr (json_object_get_string_member (result, "url"), ==, line);
  g_assert_cmpstr (json_object_get_string_member (result, "final_url"), ==, line);
}

/* The app saves results and reads them back (sc-result-json.c): a long
 * line and a long URL come back whole, so that an export made after a
 * restart says what the check said. */
static ScCheckResult *
save_and_restore (ScCheckResult *result)
{
  g_autoptr(GString) saved = g_string_new (NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  ScCheckResult *restored;

  sc_check_result_append_json (result, saved);
  json_parser_load_from_data (parser, saved->str, saved->len, &error);
  g_assert_no_error (error);
  restored = sc_check_result_new_from_json (json_node_get_object (json_parser_get_root (parser)), &error);
  g_assert_no_error (error);
  return restored;
}

static void
test_input_restored (void)
{
  g_autoptr(ScChecker) checker = sc_checker_new (4, 4);
  g_autofree char *long_line = make_long_url ("https://example.com/?q=", 20 * 1024);
  g_autofree char *prefix = g_strdup_printf ("%s/status/200?q=", server->base);
  g_autofree char *long_url = make_long_url (prefix, 5 * 1024);
  g_autoptr(ScCheckResult) refused = sc_test_check (checker, long_line);
  g_autoptr(ScCheckResult) checked = sc_test_check (checker, long_url);
  g_autoptr(ScCheckResult) refused_again = save_and_restore (refused);
  g_autoptr(ScCheckResult) checked_again = save_and_restore (checked);

  g_assert_cmpstr (sc_check_result_get_input (refused), ==, long_line);
  g_assert_cmpstr (sc_check_result_get_input (refused_again), ==, long_line);
  g_assert_cmpuint (sc_check_result_get_status (checked), ==, 200);
  g_assert_cmpstr (sc_check_result_get_url (checked_again), ==, long_url);
  g_assert_cmpstr (sc_check_result_get_final_url (checked_again), ==, long_url);
  g_assert_cmpstr (sc_hop_get_url (sc_test_hop_at (checked_again, 0)), ==, long_url);
  g_assert_true (g_date_time_equal (sc_check_result_get_checked_at (checked),
                                    sc_check_result_get_checked_at (checked_again)));
}

/* The contract's form: whole seconds, UTC, "Z". */
static void
test_checked_at_format (void)
{
  g_autofree char *ok = url ("/status/200");
  g_autoptr(ScCliRun) run = run_cli (NULL, "-f", "json", ok, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *result = json_array_get_object_element (parse_results (parser, run->out), 0);
  const char *checked_at = json_object_get_string_member (result, "checked_at");
  g_autoptr(GRegex) form = g_regex_new ("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$", 0, 0, NULL);
  g_autoptr(GDateTime) when = g_date_time_new_from_iso8601 (checked_at, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  g_assert_true (g_regex_match (form, checked_at, 0, NULL));
  g_assert_nonnull (when);
  g_assert_cmpint (g_date_time_difference (now, when), <, 60 * G_USEC_PER_SEC);
}

/* Cells of a Markdown table row: the "|" that are not escaped, less one. */
static guint
count_cells (const char *row)
{
  guint n = 0;

  for (const char *p = row; *p != '\0'; p++)
    {
      if (*p == '\\' && p[1] != '\0')
        p++;
      else if (*p == '|')
        n++;
    }
  return n - 1;
}

/* A "|" in a URL, in the hop's URL and in its Location, stays in its cell. */
static void
test_markdown_pipe (void)
{
  g_autofree char *site = g_strdup_printf ("%s/redirect/302?to=/status/200%%3Fx%%3Da|b&y=c|d", server->base);
  g_autoptr(ScCliRun) run = run_cli (NULL, "-f", "markdown", site, NULL);
  g_auto(GStrv) lines = g_strsplit (run->out, "\n", -1);
  guint n_rows = 0;
  guint header_cells = 0;

  g_assert_cmpint (run->status, ==, 0);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (!g_str_has_prefix (lines[i], "| "))
        continue;
      if (header_cells == 0)
        header_cells = count_cells (lines[i]);
      g_assert_cmpuint (count_cells (lines[i]), ==, header_cells);
      n_rows++;
    }
  g_assert_cmpuint (header_cells, ==, 7);
  g_assert_cmpuint (n_rows, ==, 3);   /* the header, the redirect, the 200 */
  g_assert_nonnull (strstr (run->out, "a\\|b"));
  g_assert_nonnull (strstr (run->out, "c\\|d"));
}

/* A Markdown report of several sites opens with their summary table, as
 * the app's does: the rows in the input order, before the first site's
 * details; one site has no table. */
static void
test_markdown_summary_first (void)
{
  g_autofree char *ok = g_strdup_printf ("%s/status/200", server->base);
  g_autofree char *broken = g_strdup_printf ("%s/status/503", server->base);
  g_autoptr(ScCliRun) run = run_cli (NULL, "-f", "markdown", ok, broken, NULL);
  g_autoptr(ScCliRun) one = run_cli (NULL, "-f", "markdown", ok, NULL);
  g_autofree char *ok_row = g_strdup_printf ("| `%s` | 200 OK, success | OK | – |\n", ok);
  g_autofree char *broken_row = g_strdup_printf ("| `%s` | 503 Service Unavailable, server error | Problem | ", broken);
  const char *details;

  g_assert_cmpint (run->status, ==, 1);
  g_assert_true (g_str_has_prefix (run->out, "## Summary\n\n| Site | Answer | Verdict | Cause |\n|---|---|---|---|\n"));
  details = strstr (run->out, "\n---\n");
  g_assert_nonnull (details);
  g_assert_nonnull (strstr (run->out, ok_row));
  g_assert_nonnull (strstr (run->out, broken_row));
  g_assert_true (strstr (run->out, ok_row) < strstr (run->out, broken_row));
  g_assert_true (strstr (run->out, broken_row) < details);
  g_assert_null (strstr (one->out, "## Summary"));
}

/* A 101 held open: reported as the answer at once, not as a timeout. */
static void
test_switching_protocols (void)
{
  const ScRawStep steps[] = {
    { 0, "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n", -1 },
    { 60000, "", 0 },
  };
  g_autoptr(ScRawServer) raw = sc_raw_server_new_script (NULL, steps, G_N_ELEMENTS (steps));
  g_autofree char *site = g_strdup_printf ("http://127.0.0.1:%u/chat", sc_raw_server_port (raw));
  g_autoptr(ScCliRun) run = run_cli (NULL, "-t", "30", "-f", "jsonl", site, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *result = parse_line (parser, run->out);

  /* Far less than the time limit, even under valgrind. */
  g_assert_cmpint (run->elapsed_us, <, 10 * G_USEC_PER_SEC);
  g_assert_cmpint (run->status, ==, 1);
  g_assert_cmpint (json_object_get_int_member (result, "status"), ==, 101);
  g_assert_cmpstr (json_object_get_string_member (result, "class"), ==, "informational");
  g_assert_true (json_object_get_null_member (result, "error"));
  g_assert_cmpstr (json_object_get_string_member (result, "verdict"), ==, "problem");
}

/* An OK site, a warning (three redirects), a 404 and a refused line. */
static char **
mixed_sites (void)
{
  char **sites = g_new0 (char *, 5);

  sites[0] = url ("/status/200");
  sites[1] = url ("/chain/3");
  sites[2] = url ("/status/404");
  sites[3] = g_strdup ("ftp://example.com/");
  return sites;
}

static void
test_summary (void)
{
  g_auto(GStrv) sites = mixed_sites ();
  g_autoptr(ScCliRun) run = run_cli (NULL, sites[0], sites[1], sites[2], sites[3], NULL);
  g_autoptr(ScCliRun) json = run_cli (NULL, "-f", "json", sites[0], sites[1], sites[2], sites[3], NULL);

  g_assert_cmpint (run->status, ==, 1);
  g_assert_true (g_str_has_suffix (run->out, "\n\n4 sites: 1 OK, 1 warning, 2 problems\n"));
  /* Only the text format has it: the others are for programs. */
  g_assert_null (strstr (json->out, "4 sites"));
}

typedef struct {
  const char *name;
  const char *format;
  const char *fail_on;
  guint       n_shown;      /* of mixed_sites() */
} QuietCase;

static const QuietCase quiet_cases[] = {
  { "text", "text", "problem", 2 },
  { "text-fail-on-warning", "text", "warning", 3 },
  { "jsonl", "jsonl", "problem", 2 },
  { "csv", "csv", "problem", 2 },
};

/* How many of mixed_sites() a run printed. */
static guint
count_shown (const char  *out,
             char       **sites)
{
  guint n = 0;

  for (guint i = 0; sites[i] != NULL; i++)
    if (strstr (out, sites[i]) != NULL)
      n++;
  return n;
}

static void
test_quiet (gconstpointer data)
{
  const QuietCase *c = data;
  g_auto(GStrv) sites = mixed_sites ();
  g_autoptr(ScCliRun) run = run_cli (NULL, "-q", "-f", c->format, "--fail-on", c->fail_on,
                                     sites[0], sites[1], sites[2], sites[3], NULL);

  g_assert_cmpint (run->status, ==, 1);
  g_assert_cmpuint (count_shown (run->out, sites), ==, c->n_shown);
  /* The OK site is never among them ("/status/200" is part of no other
   * site here). */
  g_assert_null (strstr (run->out, "/status/200"));
  if (g_str_equal (c->format, "text"))
    g_assert_true (g_str_has_suffix (run->out, "\n\n4 sites: 1 OK, 1 warning, 2 problems\n"));
  if (g_str_equal (c->format, "jsonl"))
    {
      g_auto(GStrv) lines = g_strsplit (run->out, "\n", -1);
      g_assert_cmpuint (g_strv_length (lines), ==, c->n_shown + 1);
    }
  if (g_str_equal (c->format, "csv"))
    g_assert_true (g_str_has_prefix (run->out, "input,url,"));
}

/* All well: with --quiet, nothing at all, for cron. */
static void
test_quiet_all_ok (void)
{
  g_autofree char *ok = url ("/status/200");
  g_autoptr(ScCliRun) run = run_cli (NULL, "-q", ok, ok, NULL);

  g_assert_cmpint (run->status, ==, 0);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_cmpstr (run->err, ==, "");
}

/* Six sites, two at a time, each 400 ms: a run of about 1.2 s, long
 * enough for the progress line (after a second). */
static char *
slow_list (void)
{
  GString *list = g_string_new (NULL);

  for (guint i = 0; i < 6; i++)
    g_string_append_printf (list, "%s/respond?status=200&delay=400&n=%u\n", server->base, i);
  return g_string_free (list, FALSE);
}

/* Standard error is not a terminal: not one byte of progress. */
static void
test_progress_not_a_terminal (void)
{
  g_autofree char *list = slow_list ();
  g_autoptr(ScCliRun) run = run_cli (list, "-j", "2", "-i", "-", "-f", "jsonl", NULL);

  g_assert_cmpint (run->status, ==, 0);
  g_assert_cmpint (run->elapsed_us, >, G_USEC_PER_SEC);
  g_assert_cmpstr (run->err, ==, "");
}

static ScCliRun *
run_with_terminal_stderr (const char *list,
                          const char *extra)
{
  const char *args[] = { "-j", "2", "-i", "-", "-f", "jsonl", extra, NULL };
  const ScTestRunOptions options = { .stderr_pty = TRUE };
  g_autoptr(GBytes) input = g_bytes_new (list, strlen (list));

  return sc_test_run_cli_full (input, args, &options);
}

/* Standard error is a terminal and standard output a pipe: a line with
 * the count, the rate and the time left, rewritten in place and taken
 * off the screen at the end.  --no-progress turns it off. */
static void
test_progress_terminal (void)
{
  g_autofree char *list = slow_list ();
  g_autoptr(ScCliRun) run = run_with_terminal_stderr (list, NULL);
  g_autoptr(ScCliRun) off = run_with_terminal_stderr (list, "--no-progress");
  g_autoptr(GRegex) meter = g_regex_new ("\r[1-5]/6 sites · [0-9.]+/s · about [0-9]+ s left", 0, 0, NULL);
  const char *end;

  g_assert_cmpint (run->status, ==, 0);
  g_test_message ("standard error: %s", run->err);
  g_assert_true (g_regex_match (meter, run->err, 0, NULL));
  g_assert_null (strchr (run->err, '\033'));
  g_assert_null (strchr (run->err, '\n'));
  /* The last thing written blanks the line and returns to its start. */
  end = strrchr (run->err, '\r');
  g_assert_nonnull (end);
  g_assert_cmpstr (end + 1, ==, "");
  g_assert_true (g_str_has_suffix (run->err, "  \r"));
  g_assert_cmpstr (off->err, ==, "");
  g_assert_cmpint (off->status, ==, 0);
}

/* Ctrl+C: the results so far, a complete document, the summary of what
 * was checked, a one-line message and status 130. */
static void
test_interrupt (gconstpointer data)
{
  const char *format = data;
  g_autoptr(ScRawServer) silent = sc_raw_server_new (SC_RAW_SILENT, NULL);
  g_autofree char *ok = url ("/status/200");
  g_autofree char *hang = g_strdup_printf ("http://127.0.0.1:%u/", sc_raw_server_port (silent));
  const char *args[] = { "-t", "30", "-f", format, ok, hang, hang, NULL };
  /* Under valgrind (CI's wrapper) the start and the first check take
   * seconds: Ctrl+C must come after the first result, not before it. */
  const ScTestRunOptions options = { .interrupt_after_ms = g_getenv ("STATUSCOPE_CLI_WRAPPER") != NULL ? 12000 : 1500 };
  g_autoptr(ScCliRun) run = sc_test_run_cli_full (NULL, args, &options);

  g_assert_cmpint (run->status, ==, 130);
  g_assert_cmpstr (run->err, ==, "statuscope-cli: interrupted; the remaining sites were not checked\n");
  if (g_str_equal (format, "text"))
    g_assert_true (g_str_has_suffix (run->out, "\n\n1 of 3 sites checked: 1 OK, 0 warnings, 0 problems\n"));
  else
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_assert_cmpuint (json_array_get_length (parse_results (parser, run->out)), ==, 1);
    }
}

/* One result object a line, each parsed on its own, in input order. */
static void
test_jsonl (void)
{
  g_autofree char *slow = url ("/slow");
  g_autofree char *ok = url ("/status/200");
  g_autofree char *missing = url ("/status/404");
  g_autoptr(ScCliRun) run = run_cli (NULL, "-f", "jsonl", slow, ok, missing, "ftp://example.com/", NULL);
  g_auto(GStrv) lines = g_strsplit (run->out, "\n", -1);
  const char *inputs[] = { slow, ok, missing, "ftp://example.com/" };

  g_assert_cmpint (run->status, ==, 1);
  g_assert_cmpuint (g_strv_length (lines), ==, 5);
  g_assert_cmpstr (lines[4], ==, "");
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      JsonObject *result = parse_line (parser, lines[i]);

      g_assert_cmpstr (json_object_get_string_member (result, "input"), ==, inputs[i]);
      g_assert_true (json_object_has_member (result, "verdict"));
      g_assert_true (json_object_has_member (result, "answered_by"));
    }
}

typedef struct {
  GDataInputStream *lines;
  gint64            first_line_at;
  gboolean          done;
} LineWatch;

static void
on_first_line (GObject      *source,
               GAsyncResult *res,
               gpointer      user_data)
{
  LineWatch *watch = user_data;
  g_autofree char *line = g_data_input_stream_read_line_finish (G_DATA_INPUT_STREAM (source), res, NULL, NULL);

  g_assert_nonnull (line);
  g_assert_true (g_str_has_prefix (line, "{\"input\":"));
  watch->first_line_at = g_get_monotonic_time ();
  watch->done = TRUE;
}

static void
on_exited (GObject      *source,
           GAsyncResult *res,
           gpointer      user_data)
{
  g_subprocess_wait_finish (G_SUBPROCESS (source), res, NULL);
  *(gboolean *) user_data = TRUE;
}

/* Streamed: the first line arrives while a slow site further down the
 * list is still being checked, even into a pipe. */
static void
test_jsonl_streams (void)
{
  g_autofree char *ok = url ("/status/200");
  g_autofree char *slow = url ("/respond?status=200&delay=2000");
  const char *argv[] = { g_getenv ("STATUSCOPE_CLI"), "-f", "jsonl", ok, slow, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
  g_autoptr(GDataInputStream) lines = NULL;
  LineWatch watch = { NULL, 0, FALSE };
  gboolean exited = FALSE;
  gint64 start = g_get_monotonic_time ();

  g_assert_no_error (error);
  lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));
  g_data_input_stream_read_line_async (lines, G_PRIORITY_DEFAULT, NULL, on_first_line, &watch);
  sc_test_wait_for (&watch.done);
  g_assert_cmpint (watch.first_line_at - start, <, 1500 * 1000);
  /* The test's own main loop answers the slow site: wait without
   * blocking it. */
  g_subprocess_wait_async (process, NULL, on_exited, &exited);
  sc_test_wait_for (&exited);
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);
  g_assert_cmpint (g_get_monotonic_time () - start, >, 2 * G_USEC_PER_SEC);
}

typedef struct {
  guint    requests_seen;
  gboolean sampled;
} Sample;

static gboolean
sample_requests (gpointer user_data)
{
  Sample *sample = user_data;

  sample->requests_seen = server->n_requests;
  sample->sampled = TRUE;
  return G_SOURCE_REMOVE;
}

/* Constant memory: while the first site is slow, the ones after it are
 * checked only a window ahead (1,024 sites with the default --jobs), not
 * the whole list, so the results waiting for the first stay few. */
static void
test_window (void)
{
  GString *list = g_string_new (NULL);
  g_autoptr(ScCliRun) run = NULL;
  g_auto(GStrv) lines = NULL;
  Sample sample = { 0, FALSE };
  guint before = server->n_requests;

  g_string_append_printf (list, "%s/respond?status=200&delay=4000\n", server->base);
  for (guint i = 0; i < 1500; i++)
    g_string_append_printf (list, "%s/status/200?n=%u\n", server->base, i);
  g_timeout_add (3500, sample_requests, &sample);
  run = run_cli (list->str, "-f", "jsonl", "-i", "-", NULL);
  g_string_free (list, TRUE);

  g_assert_true (sample.sampled);
  g_test_message ("%u requests after 3.5 s", sample.requests_seen - before);
  g_assert_cmpuint (sample.requests_seen - before, <=, 1024);
  g_assert_cmpint (run->status, ==, 0);
  lines = g_strsplit (run->out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 1502);
  g_assert_nonnull (strstr (lines[1500], "/status/200?n=1499\""));
}

/* The usage line names the URLs once; the help has the new options and
 * the examples. */
static void
test_help_usage (void)
{
  g_autoptr(ScCliRun) help = run_cli (NULL, "--help", NULL);
  g_auto(GStrv) lines = g_strsplit (help->out, "\n", -1);
  const char * const parts[] = { "--quiet", "jsonl", "--no-progress", "--fail-on", "sites: 15 OK", "Examples:", "| jq" };

  g_assert_cmpint (help->status, ==, 0);
  g_assert_cmpstr (lines[1], ==, "  statuscope-cli [OPTION…] [URL…] — what web sites answer, and what to do about it");
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    g_assert_nonnull (strstr (help->out, parts[i]));
}

/* The app, run from the build tree: the path of the built app, next to
 * the built statuscope-cli; NULL when the app is not built. */
static char *
built_app (void)
{
  g_autofree char *cli_dir = g_path_get_dirname (g_getenv ("STATUSCOPE_CLI"));
  g_autofree char *app = g_canonicalize_filename ("../app/statuscope", cli_dir);

  return g_file_test (app, G_FILE_TEST_IS_EXECUTABLE) ? g_steal_pointer (&app) : NULL;
}

/* No GSETTINGS_SCHEMA_DIR and no installed schema: the app run from the
 * build tree uses the tree's schema (it stops at --help, so it needs no
 * display); a copy outside any build tree says what to do and exits,
 * where it used to stop on a trap once the window asked for its settings. */
static void
test_app_schema (void)
{
  g_autofree char *app = built_app ();
  g_autofree char *dir = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *empty_data = NULL;
  g_autofree char *data_dirs = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) from = NULL;
  g_autoptr(GFile) to = NULL;
  g_autoptr(ScCliRun) in_tree = NULL;
  g_autoptr(ScCliRun) elsewhere = NULL;
  const char * const unset[] = { "GSETTINGS_SCHEMA_DIR", "DISPLAY", "WAYLAND_DISPLAY", NULL };
  const char *set[] = { NULL, "G_MESSAGES_DEBUG=all", NULL };
  const char * const args[] = { "--help", NULL };
  ScTestRunOptions options = { .set_env = set, .unset_env = unset };

  if (app == NULL)
    {
      g_test_skip ("the app is not built");
      return;
    }
  dir = g_dir_make_tmp ("statuscope-app-XXXXXX", &error);
  g_assert_no_error (error);
  empty_data = g_build_filename (dir, "share", NULL);
  g_mkdir (empty_data, 0700);
  data_dirs = g_strconcat ("XDG_DATA_DIRS=", empty_data, NULL);
  set[0] = data_dirs;
  copy = g_build_filename (dir, "statuscope", NULL);
  from = g_file_new_for_path (app);
  to = g_file_new_for_path (copy);
  g_file_copy (from, to, G_FILE_COPY_NONE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_chmod (copy, 0700);

  options.program = app;
  in_tree = sc_test_run_cli_full (NULL, args, &options);
  options.program = copy;
  elsewhere = sc_test_run_cli_full (NULL, args, &options);
  g_unlink (copy);
  g_rmdir (empty_data);
  g_rmdir (dir);

  /* GLib writes debug messages to standard output. */
  g_assert_cmpint (in_tree->status, ==, 0);
  g_assert_nonnull (strstr (in_tree->out, "settings schema of the build tree"));
  g_assert_nonnull (strstr (in_tree->out, "Usage:"));
  g_assert_cmpint (elsewhere->status, ==, 1);
  g_assert_nonnull (strstr (elsewhere->err, "is not installed"));
  g_assert_nonnull (strstr (elsewhere->err, "meson devenv"));
  g_assert_cmpstr (elsewhere->out, ==, "");
}

/* The folder of the completion files copied into the build tree. */
static char *
completions_dir (void)
{
  g_autofree char *cli_dir = g_path_get_dirname (g_getenv ("STATUSCOPE_CLI"));

  return g_build_filename (cli_dir, "completions", NULL);
}

/* What the bash completion offers for the words given, the last one being
 * completed. */
static char *
bash_complete (const char *words)
{
  g_autofree char *dir = completions_dir ();
  g_autofree char *file = g_build_filename (dir, "statuscope-cli.bash", NULL);
  g_autofree char *script = g_strdup_printf ("source \"$1\" && COMP_WORDS=(statuscope-cli %s) && "
                                             "COMP_CWORD=$((${#COMP_WORDS[@]} - 1)) && _statuscope_cli && "
                                             "for w in \"${COMPREPLY[@]}\"; do printf '%%s\\n' \"$w\"; done",
                                             words);
  const char *argv[] = { "bash", "--norc", "--noprofile", "-c", script, "bash", file, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (err, ==, "");
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

typedef struct {
  const char *words;
  const char *offered;    /* COMPREPLY, one a line */
} CompletionCase;

static const CompletionCase completion_cases[] = {
  { "--fo", "--format\n" },
  { "--q", "--quiet\n" },
  { "--no", "--no-progress\n" },
  { "-f j", "json\njsonl\n" },
  { "--format = js", "json\njsonl\n" },
  { "--fail-on ''", "problem\nwarning\n" },
  { "--color a", "auto\nalways\n" },
  { "--method ''", "GET\nHEAD\n" },
  { "--jobs ''", "" },
  { "example.com --ti", "--timeout\n" },
};

static void
test_bash_completion (gconstpointer data)
{
  const CompletionCase *c = data;
  g_autofree char *offered = bash_complete (c->words);

  g_assert_cmpstr (offered, ==, c->offered);
}

/* Every long option of --help is in each shell's completion, and no
 * option that --help does not know. */
static void
test_completions_complete (void)
{
  g_autoptr(ScCliRun) help = run_cli (NULL, "--help", NULL);
  g_autoptr(GRegex) option = g_regex_new ("--[a-z][a-z-]+", 0, 0, NULL);
  g_autofree char *dir = completions_dir ();
  const char * const files[] = { "statuscope-cli.bash", "_statuscope-cli", "statuscope-cli.fish" };
  g_autoptr(GHashTable) known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  g_regex_match (option, help->out, 0, &match);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    g_hash_table_add (known, g_match_info_fetch (match, 0));
  g_assert_cmpuint (g_hash_table_size (known), >=, 15);

  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    {
      g_autofree char *path = g_build_filename (dir, files[f], NULL);
      g_autofree char *text = NULL;
      GHashTableIter iter;
      const char *name;

      g_file_get_contents (path, &text, NULL, NULL);
      g_assert_nonnull (text);
      g_hash_table_iter_init (&iter, known);
      while (g_hash_table_iter_next (&iter, (gpointer *) &name, NULL))
        {
          /* fish writes "-l format" rather than "--format". */
          g_autofree char *fish = g_strdup_printf ("-l %s ", name + 2);

          if (strstr (text, name) == NULL && strstr (text, fish) == NULL)
            g_error ("%s does not complete %s", files[f], name);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  server = sc_test_server_new (NULL);

  g_test_add_func ("/cli/input-order", test_input_order);
  g_test_add_func ("/cli/exit-zero", test_exit_zero);
  g_test_add_func ("/cli/color-always", test_color_always);
  g_test_add_func ("/cli/input-file-csv", test_input_file_csv);
  g_test_add_func ("/cli/input-stdin", test_input_stdin);
  g_test_add_data_func ("/cli/redact/text", "text", test_formats_redact);
  g_test_add_data_func ("/cli/redact/json", "json", test_formats_redact);
  g_test_add_data_func ("/cli/redact/csv", "csv", test_formats_redact);
  g_test_add_data_func ("/cli/redact/markdown", "markdown", test_formats_redact);
  for (guint i = 0; i < G_N_ELEMENTS (usage_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/cli/usage/%s", usage_cases[i].name);
      g_test_add_data_func (path, &usage_cases[i], test_usage_error);
    }
  g_test_add_func ("/cli/version-and-help", test_version_and_help);
  g_test_add_func ("/cli/proxy-environment", test_proxy_environment);
  for (guint i = 0; i < G_N_ELEMENTS (language_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/cli/language/%s", language_cases[i].language);
      g_test_add_data_func (path, &language_cases[i], test_language);
    }

  for (guint i = 0; i < G_N_ELEMENTS (input_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/cli/input/%s", input_cases[i].name);
      g_test_add_data_func (path, &input_cases[i], test_input_as_given);
    }
  g_test_add_func ("/cli/input/long-line", test_input_long_line);
  g_test_add_func ("/cli/input/long-url", test_input_long_url);
  g_test_add_func ("/cli/input/restored", test_input_restored);
  g_test_add_func ("/cli/checked-at-format", test_checked_at_format);
  g_test_add_func ("/cli/markdown/pipe", test_markdown_pipe);
  g_test_add_func ("/cli/markdown/summary-first", test_markdown_summary_first);
  g_test_add_func ("/cli/switching-protocols", test_switching_protocols);
  g_test_add_func ("/cli/help/usage", test_help_usage);
  g_test_add_func ("/cli/summary", test_summary);
  for (guint i = 0; i < G_N_ELEMENTS (quiet_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/cli/quiet/%s", quiet_cases[i].name);
      g_test_add_data_func (path, &quiet_cases[i], test_quiet);
    }
  g_test_add_func ("/cli/quiet/all-ok", test_quiet_all_ok);
  g_test_add_func ("/cli/progress/not-a-terminal", test_progress_not_a_terminal);
  g_test_add_func ("/cli/progress/terminal", test_progress_terminal);
  g_test_add_data_func ("/cli/interrupt/text", "text", test_interrupt);
  g_test_add_data_func ("/cli/interrupt/json", "json", test_interrupt);
  g_test_add_func ("/cli/jsonl/lines", test_jsonl);
  g_test_add_func ("/cli/jsonl/streams", test_jsonl_streams);
  g_test_add_func ("/cli/window", test_window);
  g_test_add_func ("/cli/app-schema", test_app_schema);
  for (guint i = 0; i < G_N_ELEMENTS (completion_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/cli/completion/bash/%u", i);
      g_test_add_data_func (path, &completion_cases[i], test_bash_completion);
    }
  g_test_add_func ("/cli/completion/every-option", test_completions_complete);

  status = g_test_run ();
  sc_test_server_free (server);
  return status;
}
