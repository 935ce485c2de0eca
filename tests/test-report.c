/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "sc-csv.h"
#include "sc-json-writer.h"
#include "sc-report-writer.h"
#include "sc-test-server.h"

static ScTestServer *server;

static ScCheckResult *
check_path (ScChecker  *checker,
            const char *path)
{
  g_autofree char *url = sc_test_server_url (server, path);
  return sc_test_check (checker, url);
}

static char *
render_one (ScReportFormat  format,
            ScChecker      *checker,
            ScCheckResult  *result)
{
  return sc_report_render (format, checker, &result, 1);
}

static void
test_markdown_chain (void)
{
  g_autoptr(ScChecker) checker = sc_checker_new (4, 4);
  g_autoptr(ScCheckResult) result = check_path (checker, "/chain/2");
  g_autofree char *md = render_one (SC_REPORT_FORMAT_MARKDOWN, checker, result);
  g_autofree char *curl = g_strdup_printf ("'%s/chain/2'", server->base);

  for (guint i = 0; i <= 2; i++)
    {
      g_autofree char *hop = g_strdup_printf ("`%s/chain/%u`", server->base, i);
      g_assert_nonnull (strstr (md, hop));
    }
  g_assert_nonnull (strstr (md, "| 1 | 303 "));
  g_assert_nonnull (strstr (md, "| 2 | 302 "));
  g_assert_nonnull (strstr (md, "| 3 | 200 "));
  g_assert_nonnull (strstr (md, "curl -sS"));
  g_assert_nonnull (strstr (md, "--max-redirs 10 -m 15"));
  g_assert_nonnull (strstr (md, curl));
  g_assert_nonnull (strstr (md, "200 OK, success"));
  g_assert_nonnull (strstr (md, "Checked:"));
  g_assert_nonnull (strstr (md, "Statuscope " PACKAGE_VERSION));
}

/* A report of several sites opens with a table of them all. */
static void
test_markdown_summary_table (void)
{
  g_autoptr(ScChecker) checker = sc_checker_new (4, 4);
  g_autoptr(ScCheckResult) ok = check_path (checker, "/status/200");
  g_autoptr(ScCheckResult) parked = check_path (checker, "/respond?status=200&body=This%20domain%20is%20parked%20free");
  ScCheckResult *results[] = { ok, parked };
  g_autofree char *md = sc_report_render (SC_REPORT_FORMAT_MARKDOWN, checker, results, 2);
  g_autofree char *one = render_one (SC_REPORT_FORMAT_MARKDOWN, checker, ok);
  g_autofree char *ok_row = g_strdup_printf ("| `%s/status/200` | 200 OK, success | OK | – |\n", server->base);
  const char *details = strstr (md, "\n---\n");

  g_assert_true (g_str_has_prefix (md, "## Summary\n\n| Site | Answer | Verdict | Cause |\n"));
  g_assert_nonnull (strstr (md, ok_row));
  g_assert_nonnull (strstr (md, " | 200 OK, success | Problem | "));
  g_assert_nonnull (details);
  g_assert_true (strstr (md, ok_row) < details);
  g_assert_null (strstr (one, "## Summary"));
}

static void
test_markdown_problem_has_advice (void)
{
  g_autoptr(ScChecker) checker = sc_checker_new (4, 4);
  g_autoptr(ScCheckResult) result = check_path (checker, "/status/404");
  g_autofree char *md = render_one (SC_REPORT_FORMAT_MARKDOWN, checker, result);
  ScCatalogEntry *entry = sc_check_result_get_entry (result);

  g_assert_nonnull (strstr (md, "### What to try"));
  g_assert_nonnull (strstr (md, "1. "));
  g_assert_nonnull (strstr (md, "2. "));
  g_assert_nonnull (strstr (md, "Not Found"));
  g_assert_cmpstr (sc_catalog_entry_get_id (entry), ==, "404");
}

/* A reason phrase full of Markdown cannot change the report's structure. */
static void
test_markdown_escapes_server_text (void)
{
  g_autoptr(ScRawServer) raw =
    sc_raw_server_new (SC_RAW_RESPONSE, "HTTP/1.1 200 A|B *bold* [x](y) <b>\r\nContent-Length: 0\r\n\r\n");
  g_autoptr(ScChecker) checker = sc_checker_new (4, 4);
  g_autofree char *url = g_strdup_printf ("http://127.0.0.1:%u/", sc_raw_server_port (raw));
  g_autoptr(ScCheckResult) result = sc_test_check (checker, url);
  g_autofree char *md = render_one (SC_REPORT_FORMAT_MARKDOWN, checker, result);

  g_assert_nonnull (strstr (md, "A\\|B \\*bold\\* \\[x\\](y) \\<b\\>"));
  g_assert_null (strstr (md, "<b>"));
}

static void
assert_nullable (JsonObject *o,
                 const char *member,
                 GType       type)
{
  JsonNode *node = json_object_get_member (o, member);

  g_assert_nonnull (node);
  if (!JSON_NODE_HOLDS_NULL (node))
    g_assert_cmpuint (json_node_get_value_type (node), ==, type);
}

static void
assert_contract_fields (JsonObject *o)
{
  static const char * const classes[] = {
    "informational", "success", "redirection", "client-error", "server-error", "failure", NULL
  };
  JsonArray *redirects = json_object_get_array_member (o, "redirects");
  JsonNode *error = json_object_get_member (o, "error");
  JsonNode *tls = json_object_get_member (o, "tls");

  g_assert_nonnull (json_object_get_string_member (o, "input"));
  assert_nullable (o, "url", G_TYPE_STRING);
  assert_nullable (o, "final_url", G_TYPE_STRING);
  assert_nullable (o, "status", G_TYPE_INT64);
  assert_nullable (o, "reason", G_TYPE_STRING);
  g_assert_true (g_strv_contains (classes, json_object_get_string_member (o, "class")));
  g_assert_cmpstr (json_object_get_string_member (o, "title"), !=, "");
  g_assert_cmpstr (json_object_get_string_member (o, "explanation"), !=, "");
  g_assert_nonnull (json_object_get_array_member (o, "suggestions"));
  g_assert_nonnull (redirects);
  for (guint i = 0; i < json_array_get_length (redirects); i++)
    {
      JsonObject *r = json_array_get_object_element (redirects, i);
      g_assert_nonnull (json_object_get_string_member (r, "url"));
      g_assert_cmpint (json_object_get_int_member (r, "status"), >=, 300);
      g_assert_true (json_object_has_member (r, "location"));
    }
  g_assert_nonnull (error);
  if (!JSON_NODE_HOLDS_NULL (error))
    {
      g_assert_nonnull (json_object_get_string_member (json_node_get_object (error), "kind"));
      g_assert_nonnull (json_object_get_string_member (json_node_get_object (error), "message"));
    }
  g_assert_true (json_object_has_member (json_object_get_object_member (o, "timing_ms"), "total"));
  g_assert_nonnull (tls);
  if (!JSON_NODE_HOLDS_NULL (tls))
    {
      JsonObject *t = json_node_get_object (tls);
      g_assert_nonnull (json_object_get_string_member (t, "subject"));
      g_assert_nonnull (json_object_get_string_member (t, "issuer"));
      g_assert_nonnull (json_object_get_string_member (t, "not_after"));
      g_assert_true (json_object_has_member (t, "days_left"));
      g_assert_nonnull (json_object_get_array_member (t, "errors"));
    }
  g_assert_nonnull (json_object_get_array_member (o, "findings"));
}

static void
test_json_contract (void)
{
  g_autoptr(GTlsCertificate) cert = sc_test_make_certificate (20);
  g_autoptr(ScTestServer) tls_server = sc_test_server_new (cert);
  g_autofree char *tls_url = sc_test_server_url (tls_server, "/status/200");
  g_autoptr(ScChecker) checker = sc_checker_new (4, 4);
  ScCheckResult *results[5];
  g_autofree char *json = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  JsonArray *array;

  sc_checker_set_ignore_tls_errors (checker, TRUE);
  results[0] = check_path (checker, "/status/200");
  results[1] = check_path (checker, "/chain/3");
  results[2] = sc_test_check (checker, "ftp://example.com/");
  results[3] = sc_test_check (checker, "http://127.0.0.1:1/");
  results[4] = sc_test_check (checker, tls_url);
  json = sc_report_render (SC_REPORT_FORMAT_JSON, checker, results, G_N_ELEMENTS (results));

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_nonnull (strstr (json_object_get_string_member (root, "generator"), "Statuscope"));
  array = json_object_get_array_member (root, "results");
  g_assert_cmpuint (json_array_get_length (array), ==, G_N_ELEMENTS (results));
  for (guint i = 0; i < G_N_ELEMENTS (results); i++)
    assert_contract_fields (json_array_get_object_element (array, i));

  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_array_get_object_element (array, 1), "redirects")), ==, 3);
  g_assert_true (json_object_get_null_member (json_array_get_object_element (array, 2), "url"));
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (json_array_get_object_element (array, 3), "error"), "kind"),
                   ==, "connection-refused");
  g_assert_false (json_object_get_null_member (json_array_get_object_element (array, 4), "tls"));

  for (guint i = 0; i < G_N_ELEMENTS (results); i++)
    g_object_unref (results[i]);
}

/* The writer's own edge cases: every integer width and sign, escapes,
 * invalid UTF-8, and text long enough to grow the buffer many times. */
static void
test_json_writer_values (void)
{
  static const gint64 numbers[] = { 0, 7, -1, 10, -10, 1234567890123, G_MAXINT64, G_MININT64 };
  g_autoptr(GString) out = g_string_sized_new (1);
  g_autoptr(GString) long_text = g_string_new (NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  ScJsonWriter w;
  JsonArray *array;

  for (guint i = 0; i < 5000; i++)
    g_string_append (long_text, i % 7 == 0 ? "\"\\\n\t\x01" : "abc");

  sc_json_writer_init (&w, out, 0, TRUE);
  sc_json_begin_array (&w);
  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    sc_json_int (&w, numbers[i]);
  sc_json_string (&w, long_text->str);
  sc_json_string (&w, "bad \xff utf-8");
  sc_json_bool (&w, FALSE);
  sc_json_null (&w);
  sc_json_begin_object (&w);
  sc_json_name (&w, "nested");
  sc_json_begin_array (&w);
  sc_json_end_array (&w);
  sc_json_end_object (&w);
  sc_json_end_array (&w);

  g_assert_cmpuint (strlen (out->str), ==, out->len);
  json_parser_load_from_data (parser, out->str, out->len, &error);
  g_assert_no_error (error);
  array = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (array), ==, G_N_ELEMENTS (numbers) + 5);
  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    g_assert_cmpint (json_array_get_int_element (array, i), ==, numbers[i]);
  g_assert_cmpstr (json_array_get_string_element (array, G_N_ELEMENTS (numbers)), ==, long_text->str);
  g_assert_true (g_utf8_validate (json_array_get_string_element (array, G_N_ELEMENTS (numbers) + 1), -1, NULL));
  g_assert_false (json_array_get_boolean_element (array, G_N_ELEMENTS (numbers) + 2));
  g_assert_true (json_array_get_null_element (array, G_N_ELEMENTS (numbers) + 3));
  g_assert_nonnull (strstr (out->str, "\n    \"nested\" : []"));
}

static void
test_json_empty (void)
{
  g_autofree char *json = sc_report_render (SC_REPORT_FORMAT_JSON, NULL, NULL, 0);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "results")), ==, 0);
}

/* Read the CSV back with the RFC 4180 reader and compare the fields. */
static void
test_csv_round_trip (void)
{
  g_autoptr(ScChecker) checker = sc_checker_new (4, 4);
  ScCheckResult *results[2];
  g_autofree char *csv = NULL;
  ScCsvCursor cursor;
  g_autoptr(GPtrArray) header = NULL;
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) second = NULL;

  results[0] = sc_test_check (checker, "bad\"input, with comma");
  results[1] = check_path (checker, "/status/503");
  csv = sc_report_render (SC_REPORT_FORMAT_CSV, checker, results, 2);

  cursor = (ScCsvCursor) { csv, csv + strlen (csv) };
  header = sc_csv_read_record (&cursor, ',');
  first = sc_csv_read_record (&cursor, ',');
  second = sc_csv_read_record (&cursor, ',');
  g_assert_nonnull (second);
  g_assert_null (sc_csv_read_record (&cursor, ','));

  g_assert_cmpuint (first->len, ==, header->len);
  g_assert_cmpuint (second->len, ==, header->len);
  g_assert_cmpstr (g_ptr_array_index (header, 0), ==, "input");
  g_assert_cmpstr (g_ptr_array_index (first, 0), ==, "bad\"input, with comma");
  g_assert_cmpstr (g_ptr_array_index (first, 5), ==, "failure");
  g_assert_cmpstr (g_ptr_array_index (second, 3), ==, "503");
  g_assert_cmpstr (g_ptr_array_index (second, 13), ==,
                   sc_catalog_entry_get_explanation (sc_check_result_get_entry (results[1])));
  /* The last column is the cause: for an unusable input, why. */
  g_assert_cmpstr (g_ptr_array_index (header, header->len - 1), ==, "cause");
  g_assert_cmpstr (g_ptr_array_index (first, first->len - 1), ==,
                   sc_check_result_get_error_message (results[0]));

  g_object_unref (results[0]);
  g_object_unref (results[1]);
}

static void
test_csv_field_quoting (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  ScCsvCursor cursor;
  g_autoptr(GPtrArray) fields = NULL;

  sc_csv_append_field (out, "line one\r\nline two", FALSE);
  sc_csv_append_field (out, "say \"hi\", then go", FALSE);
  sc_csv_append_field (out, "plain", TRUE);
  g_assert_cmpstr (out->str, ==, "\"line one\r\nline two\",\"say \"\"hi\"\", then go\",plain\r\n");

  cursor = (ScCsvCursor) { out->str, out->str + out->len };
  fields = sc_csv_read_record (&cursor, ',');
  g_assert_cmpuint (fields->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (fields, 0), ==, "line one\r\nline two");
  g_assert_cmpstr (g_ptr_array_index (fields, 1), ==, "say \"hi\", then go");
}

static void
test_text_color (void)
{
  g_autoptr(ScChecker) checker = sc_checker_new (4, 4);
  g_autoptr(ScCheckResult) result = check_path (checker, "/status/404");
  g_autoptr(ScReportWriter) plain = sc_report_writer_new (SC_REPORT_FORMAT_TEXT);
  g_autoptr(ScReportWriter) colored = sc_report_writer_new (SC_REPORT_FORMAT_TEXT);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  sc_report_writer_set_color (colored, TRUE);
  a = sc_report_writer_add (plain, result);
  b = sc_report_writer_add (colored, result);
  g_assert_null (strchr (a, '\033'));
  g_assert_nonnull (strstr (b, "\033[31m"));
  g_assert_nonnull (strstr (a, "404 Not Found"));
  g_assert_nonnull (strstr (a, "→ "));
}

/* A 2xx that is not the site is a problem, one with a warning stands out,
 * and the finding that names the cause brings its own advice. */
static void
test_text_warning_on_success (void)
{
  g_autoptr(ScChecker) checker = sc_checker_new (4, 4);
  g_autoptr(ScCheckResult) parked = check_path (checker, "/respond?status=200&body=This%20domain%20is%20parked%20free");
  g_autoptr(ScCheckResult) long_chain = check_path (checker, "/chain/3");
  g_autoptr(ScCheckResult) fine = check_path (checker, "/status/200");
  g_autoptr(ScReportWriter) writer = sc_report_writer_new (SC_REPORT_FORMAT_TEXT);
  g_autofree char *a = sc_report_writer_add (writer, parked);
  g_autofree char *b = sc_report_writer_add (writer, fine);
  g_autofree char *c = sc_report_writer_add (writer, long_chain);

  g_assert_true (g_str_has_prefix (a, "✘ 200 OK"));
  g_assert_nonnull (strstr (a, "! The page is a domain parking page"));
  g_assert_nonnull (strstr (a, "→ Check at the registrar"));
  g_assert_nonnull (strstr (a, "◆ answered by"));
  g_assert_true (g_str_has_prefix (b, "✔ 200 OK"));
  g_assert_null (strchr (b, '!'));
  g_assert_null (strstr (b, "answered by"));
  g_assert_true (g_str_has_prefix (c, "⚠ 200 OK"));
  g_assert_nonnull (strstr (c, "! The site needs 3 redirects"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  server = sc_test_server_new (NULL);

  g_test_add_func ("/report/markdown/chain", test_markdown_chain);
  g_test_add_func ("/report/markdown/summary-table", test_markdown_summary_table);
  g_test_add_func ("/report/markdown/problem-has-advice", test_markdown_problem_has_advice);
  g_test_add_func ("/report/markdown/escapes-server-text", test_markdown_escapes_server_text);
  g_test_add_func ("/report/json/contract", test_json_contract);
  g_test_add_func ("/report/json/empty", test_json_empty);
  g_test_add_func ("/report/json/writer-values", test_json_writer_values);
  g_test_add_func ("/report/csv/round-trip", test_csv_round_trip);
  g_test_add_func ("/report/csv/field-quoting", test_csv_field_quoting);
  g_test_add_func ("/report/text/color", test_text_color);
  g_test_add_func ("/report/text/warning-on-success", test_text_warning_on_success);

  status = g_test_run ();
  sc_test_server_free (server);
  return status;
}
