/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "sc-csv.h"
#include "sc-report-writer.h"
#include "sc-test-cli.h"
#include "sc-test-server.h"
#include "sc-text.h"

/* Servers that misbehave on purpose.  Each must end in a clear result with
 * the right error kind, within the deadline, with bounded memory, and with
 * every report format still valid and free of control characters. */

#define N_CSV_COLUMNS 23

static ScTestServer *server;

static ScChecker *
new_checker (guint timeout)
{
  ScChecker *checker = sc_checker_new (4, 4);

  sc_checker_set_timeout (checker, timeout);
  return checker;
}

static ScCheckResult *
check_server (ScRawServer *raw,
              guint        timeout)
{
  g_autoptr(ScChecker) checker = new_checker (timeout);
  g_autofree char *url = g_strdup_printf ("http://127.0.0.1:%u/", sc_raw_server_port (raw));

  return sc_test_check (checker, url);
}

static ScCheckResult *
check_response (const char *response,
                guint       timeout)
{
  g_autoptr(ScRawServer) raw = sc_raw_server_new (SC_RAW_RESPONSE, response);

  return check_server (raw, timeout);
}

static JsonArray *
parse_json_results (JsonParser *parser,
                    const char *json)
{
  g_autoptr(GError) error = NULL;
  JsonNode *root;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  root = json_parser_get_root (parser);
  g_assert_nonnull (root);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  return json_object_get_array_member (json_node_get_object (root), "results");
}

/* Reads the CSV report back: a header and one record per result, each with
 * every column.  Returns the records, header first. */
static GPtrArray *
read_csv (const char *csv)
{
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  ScCsvCursor cursor = { csv, csv + strlen (csv) };
  GPtrArray *record;

  while ((record = sc_csv_read_record (&cursor, ',')) != NULL)
    {
      g_assert_cmpuint (record->len, ==, N_CSV_COLUMNS);
      g_ptr_array_add (records, record);
    }
  return records;
}

/* Every report format holds @result intact: valid UTF-8, no control
 * character, the JSON parses and the CSV reads back with every column. */
static void
assert_reports_sound (ScCheckResult *result)
{
  ScCheckResult *results[] = { result };
  g_autofree char *text = sc_report_render (SC_REPORT_FORMAT_TEXT, NULL, results, 1);
  g_autofree char *markdown = sc_report_render (SC_REPORT_FORMAT_MARKDOWN, NULL, results, 1);
  g_autofree char *json = sc_report_render (SC_REPORT_FORMAT_JSON, NULL, results, 1);
  g_autofree char *csv = sc_report_render (SC_REPORT_FORMAT_CSV, NULL, results, 1);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) records = NULL;
  GPtrArray *row;
  JsonArray *array;
  JsonObject *object;

  sc_test_assert_clean_text (text, FALSE);
  sc_test_assert_clean_text (markdown, FALSE);
  sc_test_assert_clean_text (json, FALSE);
  sc_test_assert_clean_text (csv, TRUE);

  array = parse_json_results (parser, json);
  g_assert_cmpuint (json_array_get_length (array), ==, 1);
  object = json_array_get_object_element (array, 0);
  g_assert_cmpstr (json_object_get_string_member (object, "input"), ==, sc_check_result_get_input (result));
  g_assert_cmpstr (json_object_get_string_member (object, "reason"), ==, sc_check_result_get_reason (result));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "hops")), ==,
                    sc_check_result_get_hops (result)->len);

  records = read_csv (csv);
  g_assert_cmpuint (records->len, ==, 2);
  row = g_ptr_array_index (records, 1);
  g_assert_cmpstr (g_ptr_array_index (row, 0), ==, sc_check_result_get_input (result));
}

static void
assert_failure (ScCheckResult *result,
                ScErrorKind    kind)
{
  g_assert_cmpstr (sc_error_kind_to_string (sc_check_result_get_error_kind (result)), ==,
                   sc_error_kind_to_string (kind));
  g_assert_cmpint (sc_check_result_get_status_class (result), ==, SC_STATUS_CLASS_FAILURE);
  g_assert_false (sc_check_result_is_ok (result));
  g_assert_nonnull (sc_check_result_get_error_message (result));
  g_assert_cmpstr (sc_check_result_get_title (result), !=, "");
}

/* 1. Control characters and invalid UTF-8. */

static const char hostile_text_response[] =
  "HTTP/1.1 200 O\033[31mK\xff\x01\x7f\xc2\x9b\xe2\x80\xae" "end\r\n"
  "X-Evil: a\033]0;title\007b\x01\xfe\xc2\x9b|\xe2\x80\xae" "rtl\r\n"
  "Server: nginx\033[2J\r\n"
  "X-Many-Controls: \x02\x03\x04\x05\x06\x0b\x0c\x0e\x0f\x10\x1f\r\n"
  "Content-Length: 0\r\n"
  "\r\n";

static void
test_control_characters (void)
{
  g_autoptr(ScCheckResult) result = check_response (hostile_text_response, 5);
  ScHop *hop;

  g_assert_cmpuint (sc_check_result_get_status (result), ==, 200);
  g_assert_cmpint (sc_check_result_get_error_kind (result), ==, SC_ERROR_KIND_NONE);
  /* Each bad character became one U+FFFD; the text around it is kept. */
  g_assert_true (g_str_has_prefix (sc_check_result_get_reason (result), "O\xef\xbf\xbd[31mK"));
  g_assert_true (g_str_has_suffix (sc_check_result_get_reason (result), "\xef\xbf\xbd" "end"));
  sc_test_assert_clean_text (sc_check_result_get_reason (result), FALSE);

  hop = sc_test_hop_at (result, 0);
  g_assert_true (g_str_has_prefix (sc_hop_lookup_header (hop, "X-Evil"), "a\xef\xbf\xbd]0;title"));
  g_assert_cmpstr (sc_hop_get_server (hop), ==, "nginx\xef\xbf\xbd[2J");
  for (guint i = 0; i < sc_hop_get_n_headers (hop); i++)
    {
      sc_test_assert_clean_text (sc_hop_get_header_name (hop, i), FALSE);
      sc_test_assert_clean_text (sc_hop_get_header_value (hop, i), FALSE);
    }
  assert_reports_sound (result);
}

/* The same text on a redirect: reason, Location and the loop message. */
static void
test_control_characters_in_redirect (void)
{
  g_autoptr(ScCheckResult) result =
    check_response ("HTTP/1.1 302 Fo\033und\xff\r\n"
                    "Location: /next\033[0m\xfe\xe2\x80\xae\r\n"
                    "Content-Length: 0\r\n\r\n", 5);
  ScHop *first;

  /* The raw server answers every request alike, so the second hop is
   * redirected to the same place again: a loop. */
  assert_failure (result, SC_ERROR_KIND_REDIRECT_LOOP);
  g_assert_cmpuint (sc_check_result_get_n_redirects (result), ==, 1);
  first = sc_test_hop_at (result, 0);
  g_assert_cmpuint (sc_hop_get_status (first), ==, 302);
  sc_test_assert_clean_text (sc_hop_get_reason (first), FALSE);
  sc_test_assert_clean_text (sc_hop_get_location (first), FALSE);
  sc_test_assert_clean_text (sc_check_result_get_error_message (result), FALSE);
  sc_test_assert_clean_text (sc_check_result_get_final_url (result), FALSE);
  assert_reports_sound (result);
}

static void
test_nul_in_header (void)
{
  g_autoptr(ScCheckResult) result =
    check_response ("HTTP/1.1 200 OK\r\nX-Nul: a\0b\r\nContent-Length: 0\r\n\r\n", 5);

  /* libsoup refuses a header with a NUL byte: an invalid answer. */
  assert_failure (result, SC_ERROR_KIND_PROTOCOL);
  g_assert_cmpuint (sc_check_result_get_status (result), ==, 0);
  assert_reports_sound (result);
}

/* 2. No reason phrase at all. */

typedef struct {
  const char *name;
  const char *status_line;
  guint       status;
  const char *title;
} NoReasonCase;

static const NoReasonCase no_reason_cases[] = {
  { "200", "HTTP/1.1 200\r\n", 200, "OK" },
  { "200-space", "HTTP/1.1 200 \r\n", 200, "OK" },
  { "404", "HTTP/1.1 404\r\n", 404, "Not Found" },
  { "503", "HTTP/1.1 503\r\n", 503, "Service Unavailable" },
};

static void
test_no_reason (gconstpointer data)
{
  const NoReasonCase *c = data;
  g_autofree char *response = g_strconcat (c->status_line, "Content-Length: 0\r\n\r\n", NULL);
  g_autoptr(ScCheckResult) result = check_response (response, 5);
  ScCheckResult *results[] = { result };
  g_autofree char *markdown = NULL;

  g_assert_cmpuint (sc_check_result_get_status (result), ==, c->status);
  g_assert_cmpint (sc_check_result_get_error_kind (result), ==, SC_ERROR_KIND_NONE);
  g_assert_cmpint (sc_check_result_get_status_class (result), ==, sc_status_class_for_code (c->status));
  g_assert_cmpstr (sc_check_result_get_title (result), ==, c->title);
  /* Nothing was sent, and nothing is made up. */
  g_assert_cmpstr (sc_check_result_get_reason (result), ==, "");
  markdown = sc_report_render (SC_REPORT_FORMAT_MARKDOWN, NULL, results, 1);
  g_assert_null (strstr (markdown, "Reason phrase sent"));
  assert_reports_sound (result);
}

/* 3. Headers: too big for libsoup, and many or long within its limit. */

static char *
make_huge_header_line (gsize size)
{
  GString *response = g_string_new ("HTTP/1.1 200 OK\r\nX-Big: ");

  for (gsize i = 0; i < size; i++)
    g_string_append_c (response, 'a' + i % 26);
  g_string_append (response, "\r\nContent-Length: 0\r\n\r\n");
  return g_string_free (response, FALSE);
}

static char *
make_many_headers (guint n)
{
  GString *response = g_string_new ("HTTP/1.1 200 OK\r\n");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (response, "X-H%u: v%u\r\n", i, i);
  g_string_append (response, "Content-Length: 0\r\n\r\n");
  return g_string_free (response, FALSE);
}

typedef char *(*MakeResponse) (void);

static char *
one_megabyte_line (void)
{
  return make_huge_header_line (1024 * 1024);
}

static char *
ten_thousand_headers (void)
{
  return make_many_headers (10000);
}

/* libsoup stops reading at 64 kB of headers: a clear protocol failure,
 * right away, with a message that says why (not "closed the connection"). */
static void
test_headers_too_big (gconstpointer data)
{
  MakeResponse make = data;
  g_autofree char *response = make ();
  gint64 start = g_get_monotonic_time ();
  g_autoptr(ScCheckResult) result = check_response (response, 10);
  ScCheckResult *results[] = { result };
  g_autofree char *json = NULL;

  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
  assert_failure (result, SC_ERROR_KIND_PROTOCOL);
  g_assert_cmpuint (sc_check_result_get_status (result), ==, 0);
  g_assert_nonnull (strstr (sc_check_result_get_error_message (result), "64 kB of headers"));
  g_assert_null (strstr (sc_check_result_get_error_message (result), "closed the connection"));
  assert_reports_sound (result);
  /* None of the megabyte reaches the result. */
  json = sc_report_render (SC_REPORT_FORMAT_JSON, NULL, results, 1);
  g_assert_cmpuint (strlen (json), <, 16 * 1024);
}

/* 1,000 headers fit in 64 kB: the checker keeps 200 of them, in the order
 * libsoup gives (headers it knows, such as Content-Length, come first). */
static void
test_many_headers_kept (void)
{
  g_autofree char *response = make_many_headers (1000);
  g_autoptr(ScCheckResult) result = check_response (response, 5);
  guint next = 0;
  ScHop *hop;

  g_assert_cmpuint (sc_check_result_get_status (result), ==, 200);
  hop = sc_test_hop_at (result, 0);
  g_assert_cmpuint (sc_hop_get_n_headers (hop), ==, 200);
  g_assert_cmpstr (sc_hop_lookup_header (hop, "Content-Length"), ==, "0");
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *name = g_strdup_printf ("X-H%u", next);
      g_autofree char *value = g_strdup_printf ("v%u", next);

      if (g_str_equal (sc_hop_get_header_name (hop, i), "Content-Length"))
        continue;
      g_assert_cmpstr (sc_hop_get_header_name (hop, i), ==, name);
      g_assert_cmpstr (sc_hop_get_header_value (hop, i), ==, value);
      next++;
    }
  g_assert_cmpuint (next, ==, 199);
  assert_reports_sound (result);
}

/* A name and a value of 20,000 characters each are cut to 128 and 1,024,
 * plus an ellipsis. */
static void
test_long_header_kept_short (void)
{
  GString *response = g_string_new ("HTTP/1.1 200 OK\r\nX-");
  g_autoptr(ScCheckResult) result = NULL;
  const char *name;
  const char *value;
  ScHop *hop;

  for (guint i = 0; i < 20000; i++)
    g_string_append_c (response, 'n');
  g_string_append (response, ": ");
  for (guint i = 0; i < 20000; i++)
    g_string_append (response, i % 2 == 0 ? "\xc3\xa9" : "\033");
  g_string_append (response, "\r\nContent-Length: 0\r\n\r\n");
  result = check_response (response->str, 5);
  g_string_free (response, TRUE);

  g_assert_cmpuint (sc_check_result_get_status (result), ==, 200);
  hop = sc_test_hop_at (result, 0);
  g_assert_cmpuint (sc_hop_get_n_headers (hop), ==, 2);
  /* Content-Length, a header libsoup knows, comes first. */
  name = sc_hop_get_header_name (hop, 1);
  value = sc_hop_get_header_value (hop, 1);
  g_assert_true (g_str_has_prefix (name, "X-nnn"));
  g_assert_cmpint (g_utf8_strlen (name, -1), ==, 128 + 1);
  g_assert_true (g_str_has_suffix (name, "…"));
  g_assert_cmpint (g_utf8_strlen (value, -1), ==, SC_TEXT_MAX_CHARS + 1);
  g_assert_true (g_str_has_prefix (value, "é\xef\xbf\xbd" "é"));
  g_assert_true (g_str_has_suffix (value, "…"));
  assert_reports_sound (result);
}

/* 4. Headers dripped one byte a second: the deadline still holds. */

static const char dripped_response[] = "HTTP/1.1 200 OK\r\nX-Slow: 1\r\nContent-Length: 0\r\n\r\n";

static void
test_drip_deadline (void)
{
  g_autoptr(ScRawServer) raw = sc_raw_server_new_drip (dripped_response, 1000);
  gint64 start = g_get_monotonic_time ();
  g_autoptr(ScCheckResult) result = check_server (raw, 2);
  gint64 elapsed = g_get_monotonic_time () - start;

  assert_failure (result, SC_ERROR_KIND_TIMEOUT);
  g_assert_cmpint (elapsed, >=, 2 * G_USEC_PER_SEC);
  g_assert_cmpint (elapsed, <, 5 * G_USEC_PER_SEC / 2);
  assert_reports_sound (result);
}

/* The same through statuscope-cli --timeout 2, while this process's main
 * loop keeps the dripping server going. */
static void
test_drip_deadline_cli (void)
{
  g_autoptr(ScRawServer) raw = sc_raw_server_new_drip (dripped_response, 1000);
  g_autofree char *url = g_strdup_printf ("http://127.0.0.1:%u/", sc_raw_server_port (raw));
  const char *args[] = { "--timeout", "2", "-f", "json", url, NULL };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(ScCliRun) run = sc_test_run_cli (NULL, args);
  JsonArray *results;
  JsonObject *error_object;

  g_assert_cmpint (run->elapsed_us, <, 5 * G_USEC_PER_SEC / 2);
  results = parse_json_results (parser, run->out);
  g_assert_cmpuint (json_array_get_length (results), ==, 1);
  error_object = json_object_get_object_member (json_array_get_object_element (results, 0), "error");
  g_assert_cmpstr (json_object_get_string_member (error_object, "kind"), ==, "timeout");
}

/* 5. Interim (1xx) answers before the final one. */

static char *
make_interim (guint       n_continue,
              const char *final)
{
  GString *response = g_string_new (NULL);

  for (guint i = 0; i < n_continue; i++)
    g_string_append (response, "HTTP/1.1 100 Continue\r\n\r\n");
  g_string_append (response, "HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload\r\n\r\n");
  g_string_append (response, final);
  return g_string_free (response, FALSE);
}

static void
test_interim_answers (void)
{
  g_autofree char *response =
    make_interim (50, "HTTP/1.1 200 OK\r\nX-Final: yes\r\nContent-Length: 2\r\n\r\nok");
  g_autoptr(ScCheckResult) result = check_response (response, 5);

  g_assert_cmpint (sc_check_result_get_error_kind (result), ==, SC_ERROR_KIND_NONE);
  g_assert_cmpuint (sc_check_result_get_status (result), ==, 200);
  g_assert_cmpstr (sc_check_result_get_reason (result), ==, "OK");
  g_assert_cmpuint (sc_check_result_get_hops (result)->len, ==, 1);
  g_assert_cmpstr (sc_hop_lookup_header (sc_test_hop_at (result, 0), "X-Final"), ==, "yes");
  assert_reports_sound (result);
}

static void
test_interim_then_close (void)
{
  g_autofree char *response = make_interim (50, "");
  g_autoptr(ScCheckResult) result = check_response (response, 5);

  assert_failure (result, SC_ERROR_KIND_PROTOCOL);
  g_assert_cmpuint (sc_check_result_get_status (result), ==, 0);
  assert_reports_sound (result);
}

/* A flood can starve the main loop, and with it any timeout a test could
 * set there; this one runs in a thread of its own. */
typedef struct {
  GMutex   lock;
  GCond    cond;
  gboolean stopped;
  GThread *thread;
} Watchdog;

static gpointer
watch (gpointer data)
{
  Watchdog *dog = data;
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  g_mutex_lock (&dog->lock);
  while (!dog->stopped)
    {
      if (!g_cond_wait_until (&dog->cond, &dog->lock, end))
        g_error ("the check did not end within 10 s: the main loop is starved");
    }
  g_mutex_unlock (&dog->lock);
  return NULL;
}

static Watchdog *
watchdog_start (void)
{
  Watchdog *dog = g_new0 (Watchdog, 1);

  g_mutex_init (&dog->lock);
  g_cond_init (&dog->cond);
  dog->thread = g_thread_new ("watchdog", watch, dog);
  return dog;
}

static void
watchdog_stop (Watchdog *dog)
{
  g_mutex_lock (&dog->lock);
  dog->stopped = TRUE;
  g_cond_signal (&dog->cond);
  g_mutex_unlock (&dog->lock);
  g_thread_join (dog->thread);
  g_mutex_clear (&dog->lock);
  g_cond_clear (&dog->cond);
  g_free (dog);
}

static ScCheckResult *
check_flood (const char *head,
             const char *repeat)
{
  g_autoptr(ScRawServer) raw = sc_raw_server_new_flood (head, repeat);
  Watchdog *dog = watchdog_start ();
  ScCheckResult *result = check_server (raw, 2);

  watchdog_stop (dog);
  return result;
}

/* 1xx answers without end, from a thread so that they never stop coming:
 * libsoup reads them without returning to the main loop, so only the
 * checker's own limit ends this (the deadline could not fire). */
static void
test_interim_flood (void)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(ScCheckResult) result = check_flood ("", "HTTP/1.1 100 Continue\r\n\r\n");

  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
  assert_failure (result, SC_ERROR_KIND_PROTOCOL);
  g_assert_nonnull (strstr (sc_check_result_get_error_message (result), "interim"));
  assert_reports_sound (result);
}

/* Headers without end from a thread: libsoup's 64 kB limit ends it. */
static void
test_header_flood (void)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(ScCheckResult) result = check_flood ("HTTP/1.1 200 OK\r\n", "X-Again: and again\r\n");

  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
  assert_failure (result, SC_ERROR_KIND_PROTOCOL);
  g_assert_nonnull (strstr (sc_check_result_get_error_message (result), "64 kB of headers"));
}

/* A body without end from a thread: only the first 32 kB are read. */
static void
test_body_flood (void)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(ScCheckResult) result = check_flood ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n",
                                                 "<p>more</p>");

  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
  g_assert_cmpint (sc_check_result_get_error_kind (result), ==, SC_ERROR_KIND_NONE);
  g_assert_cmpuint (sc_check_result_get_status (result), ==, 200);
}

/* 6. HTTP/1.0 without Content-Length: the body runs until the close. */

static const char http10_head[] = "HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n";
static const char http10_body[] = "<html><body>This domain is parked. Buy this domain!</body></html>";

static void
test_http10_until_close (void)
{
  const ScRawStep steps[] = {
    { 0, http10_head, -1 },
    { 200, http10_body, -1 },
  };
  g_autoptr(ScRawServer) raw = sc_raw_server_new_script (NULL, steps, G_N_ELEMENTS (steps));
  g_autoptr(ScCheckResult) result = check_server (raw, 5);
  GPtrArray *findings;
  gboolean parked = FALSE;

  g_assert_cmpint (sc_check_result_get_error_kind (result), ==, SC_ERROR_KIND_NONE);
  g_assert_cmpuint (sc_check_result_get_status (result), ==, 200);
  g_assert_cmpstr (sc_hop_get_http_version (sc_test_hop_at (result, 0)), ==, "HTTP/1.0");
  /* The body that came after the headers was read: the diagnosis saw it. */
  findings = sc_check_result_get_findings (result);
  for (guint i = 0; i < findings->len; i++)
    parked |= g_str_equal (sc_finding_get_id (g_ptr_array_index (findings, i)), "parked-domain");
  g_assert_true (parked);
  assert_reports_sound (result);
}

/* The body never ends because the server never closes: the deadline ends
 * the read, and the answer that did come is still the result. */
static void
test_http10_never_closes (void)
{
  const ScRawStep steps[] = {
    { 0, http10_head, -1 },
    { 0, http10_body, -1 },
    { 60 * 1000, "", 0 },
  };
  g_autoptr(ScRawServer) raw = sc_raw_server_new_script (NULL, steps, G_N_ELEMENTS (steps));
  gint64 start = g_get_monotonic_time ();
  g_autoptr(ScCheckResult) result = check_server (raw, 2);
  gint64 elapsed = g_get_monotonic_time () - start;

  g_assert_cmpint (elapsed, <, 5 * G_USEC_PER_SEC / 2);
  g_assert_cmpint (sc_check_result_get_error_kind (result), ==, SC_ERROR_KIND_NONE);
  g_assert_cmpuint (sc_check_result_get_status (result), ==, 200);
  assert_reports_sound (result);
}

/* 7. Broken chunked encoding after a 200 header. */

static void
test_bad_chunk (gconstpointer data)
{
  gboolean keep_open = GPOINTER_TO_INT (data);
  const ScRawStep steps[] = {
    { 0, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n", -1 },
    { 60 * 1000, "", 0 },
  };
  g_autoptr(ScRawServer) raw = sc_raw_server_new_script (NULL, steps, keep_open ? 2 : 1);
  gint64 start = g_get_monotonic_time ();
  g_autoptr(ScCheckResult) result = check_server (raw, 5);

  /* The status line and headers were complete: the answer is the 200.
   * The broken body ends the read at once, open connection or not. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
  g_assert_cmpint (sc_check_result_get_error_kind (result), ==, SC_ERROR_KIND_NONE);
  g_assert_cmpuint (sc_check_result_get_status (result), ==, 200);
  assert_reports_sound (result);
}

/* 8. Redirect targets longer than SC_URL_MAX_LENGTH. */

static char *
make_long_location (const char *prefix,
                    gsize       padding)
{
  GString *response = g_string_new ("HTTP/1.1 302 Found\r\nLocation: ");

  g_string_append (response, prefix);
  for (gsize i = 0; i < padding; i++)
    g_string_append_c (response, 'p');
  g_string_append (response, "\r\nContent-Length: 0\r\n\r\n");
  return g_string_free (response, FALSE);
}

/* 40 kB fits in libsoup's header limit, so the checker itself must refuse
 * it: kind invalid-url, nothing sent to the target. */
static void
test_long_location (gconstpointer data)
{
  gboolean relative = GPOINTER_TO_INT (data);
  g_autoptr(ScRawServer) target = sc_raw_server_new (SC_RAW_RESPONSE, "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
  g_autoptr(ScRawServer) redirecting = NULL;
  g_autofree char *prefix = relative ? g_strdup ("/")
                                     : g_strdup_printf ("http://127.0.0.1:%u/", sc_raw_server_port (target));
  g_autofree char *response = make_long_location (prefix, 40 * 1024);
  g_autoptr(ScCheckResult) result = NULL;
  const char *location;

  redirecting = sc_raw_server_new (SC_RAW_RESPONSE, response);
  result = check_server (redirecting, 5);

  assert_failure (result, SC_ERROR_KIND_INVALID_URL);
  g_assert_nonnull (strstr (sc_check_result_get_error_message (result), "redirect target is too long"));
  g_assert_cmpuint (g_utf8_strlen (sc_check_result_get_error_message (result), -1), <, 400);
  g_assert_cmpuint (sc_check_result_get_status (result), ==, 302);
  g_assert_cmpuint (sc_check_result_get_n_redirects (result), ==, 0);
  g_assert_cmpuint (sc_check_result_get_hops (result)->len, ==, 1);
  g_assert_cmpuint (sc_raw_server_get_n_connections (target), ==, 0);
  g_assert_cmpuint (sc_raw_server_get_n_connections (redirecting), ==, 1);
  /* What is shown of it is cut short. */
  location = sc_hop_get_location (sc_test_hop_at (result, 0));
  g_assert_cmpint (g_utf8_strlen (location, -1), ==, SC_TEXT_MAX_CHARS + 1);
  g_assert_true (g_str_has_suffix (location, "…"));
  g_assert_cmpint (g_utf8_strlen (sc_hop_lookup_header (sc_test_hop_at (result, 0), "Location"), -1), <=,
                   SC_TEXT_MAX_CHARS + 1);
  assert_reports_sound (result);
}

/* 100 kB is past libsoup's own limit: a protocol failure, still nothing
 * sent to the target. */
static void
test_huge_location (void)
{
  g_autoptr(ScRawServer) target = sc_raw_server_new (SC_RAW_RESPONSE, "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
  g_autofree char *prefix = g_strdup_printf ("http://127.0.0.1:%u/", sc_raw_server_port (target));
  g_autofree char *response = make_long_location (prefix, 100 * 1024);
  g_autoptr(ScCheckResult) result = check_response (response, 5);

  assert_failure (result, SC_ERROR_KIND_PROTOCOL);
  g_assert_nonnull (strstr (sc_check_result_get_error_message (result), "64 kB of headers"));
  g_assert_cmpuint (sc_raw_server_get_n_connections (target), ==, 0);
  assert_reports_sound (result);
}

/* 9. Redirects to URLs with credentials: redacted everywhere. */

#define SECRET_USER "sc-user-7f3e"
#define SECRET_PASSWORD "pw-9d41c"

typedef struct {
  const char  *name;
  const char  *location;     /* PORT: the test server's port */
  ScErrorKind  kind;
} CredentialCase;

static const CredentialCase credential_cases[] = {
  { "followed", "http://" SECRET_USER ":" SECRET_PASSWORD "@127.0.0.1:PORT/status/200", SC_ERROR_KIND_NONE },
  { "user-only", "http://" SECRET_USER "@127.0.0.1:PORT/status/200", SC_ERROR_KIND_NONE },
  { "refused", "http://" SECRET_USER ":" SECRET_PASSWORD "@127.0.0.1:1/?p=PORT", SC_ERROR_KIND_CONNECTION_REFUSED },
  { "loop", "http://" SECRET_USER ":" SECRET_PASSWORD "@127.0.0.1:PORT/loop", SC_ERROR_KIND_REDIRECT_LOOP },
  { "ftp", "ftp://" SECRET_USER ":" SECRET_PASSWORD "@127.0.0.1:PORT/", SC_ERROR_KIND_UNSUPPORTED_SCHEME },
  { "unparsable", "http://" SECRET_USER ":" SECRET_PASSWORD "@[::1:PORT", SC_ERROR_KIND_INVALID_URL },
  { "bad-host", "http://" SECRET_USER ":" SECRET_PASSWORD "@bad host:PORT/", SC_ERROR_KIND_INVALID_URL },
};

static void
assert_no_secret (const char *text)
{
  if (text == NULL)
    return;
  if (strstr (text, SECRET_USER) != NULL || strstr (text, SECRET_PASSWORD) != NULL)
    g_error ("credentials leaked into: %.300s", text);
}

static void
test_redirect_credentials (gconstpointer data)
{
  const CredentialCase *c = data;
  g_autoptr(ScChecker) checker = new_checker (5);
  g_autofree char *port = g_strdup_printf ("%u", server->port);
  g_auto(GStrv) parts = g_strsplit (c->location, "PORT", -1);
  g_autofree char *location = g_strjoinv (port, parts);
  g_autofree char *response = g_strdup_printf ("HTTP/1.1 302 Found\r\nLocation: %s\r\nContent-Length: 0\r\n\r\n",
                                               location);
  g_autoptr(ScRawServer) raw = sc_raw_server_new (SC_RAW_RESPONSE, response);
  g_autofree char *url = g_strdup_printf ("http://127.0.0.1:%u/", sc_raw_server_port (raw));
  g_autoptr(ScCheckResult) result = sc_test_check (checker, url);
  ScCheckResult *results[] = { result };
  GPtrArray *hops = sc_check_result_get_hops (result);

  g_assert_cmpstr (sc_error_kind_to_string (sc_check_result_get_error_kind (result)), ==,
                   sc_error_kind_to_string (c->kind));
  if (c->kind == SC_ERROR_KIND_NONE)
    g_assert_cmpuint (sc_check_result_get_status (result), ==, 200);
  /* The Location was seen, and shown redacted. */
  g_assert_nonnull (strstr (sc_hop_get_location (sc_test_hop_at (result, 0)), "***"));

  assert_no_secret (sc_check_result_get_url (result));
  assert_no_secret (sc_check_result_get_final_url (result));
  assert_no_secret (sc_check_result_get_error_message (result));
  for (guint i = 0; i < hops->len; i++)
    {
      ScHop *hop = g_ptr_array_index (hops, i);

      assert_no_secret (sc_hop_get_url (hop));
      assert_no_secret (sc_hop_get_location (hop));
      for (guint h = 0; h < sc_hop_get_n_headers (hop); h++)
        assert_no_secret (sc_hop_get_header_value (hop, h));
    }
  for (ScReportFormat format = SC_REPORT_FORMAT_TEXT; format <= SC_REPORT_FORMAT_CSV; format++)
    {
      g_autofree char *report = sc_report_render (format, checker, results, 1);
      assert_no_secret (report);
    }
  assert_reports_sound (result);
}

/* 10. Redirects to another port and to another loopback address. */

typedef struct {
  const char *name;
  const char *address;
} ElsewhereCase;

static const ElsewhereCase elsewhere_cases[] = {
  { "other-port", "127.0.0.1" },
  { "other-address", "127.0.0.2" },
};

static void
test_redirect_elsewhere (gconstpointer data)
{
  const ElsewhereCase *c = data;
  g_autoptr(ScTestServer) other = sc_test_server_new_at (c->address, NULL);
  g_autoptr(ScChecker) checker = new_checker (5);
  g_autofree char *target = sc_test_server_url (other, "/status/200");
  g_autofree char *escaped = g_uri_escape_string (target, NULL, FALSE);
  g_autofree char *path = g_strdup_printf ("/redirect/301?to=%s", escaped);
  g_autofree char *url = sc_test_server_url (server, path);
  g_autoptr(ScCheckResult) result = sc_test_check (checker, url);
  ScCheckResult *results[] = { result };
  g_autofree char *json = sc_report_render (SC_REPORT_FORMAT_JSON, checker, results, 1);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *object;
  JsonArray *redirects;
  JsonArray *hops;

  /* Another address may get the same port number from the system: only on
   * the same address must it differ. */
  if (g_str_equal (c->address, "127.0.0.1"))
    g_assert_cmpuint (other->port, !=, server->port);
  g_assert_cmpint (sc_check_result_get_error_kind (result), ==, SC_ERROR_KIND_NONE);
  g_assert_cmpuint (sc_check_result_get_status (result), ==, 200);
  g_assert_cmpuint (sc_check_result_get_n_redirects (result), ==, 1);
  g_assert_cmpuint (other->n_requests, ==, 1);
  g_assert_cmpstr (sc_check_result_get_final_url (result), ==, target);
  g_assert_cmpstr (sc_hop_get_remote_address (sc_test_hop_at (result, 0)), ==, "127.0.0.1");
  g_assert_cmpstr (sc_hop_get_remote_address (sc_test_hop_at (result, 1)), ==, c->address);
  g_assert_cmpstr (sc_hop_get_url (sc_test_hop_at (result, 1)), ==, target);

  object = json_array_get_object_element (parse_json_results (parser, json), 0);
  redirects = json_object_get_array_member (object, "redirects");
  g_assert_cmpuint (json_array_get_length (redirects), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (redirects, 0), "location"),
                   ==, target);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (redirects, 0), "status"), ==, 301);
  hops = json_object_get_array_member (object, "hops");
  g_assert_cmpuint (json_array_get_length (hops), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (hops, 0), "remote_address"),
                   ==, "127.0.0.1");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (hops, 1), "remote_address"),
                   ==, c->address);
  assert_reports_sound (result);
}

/* 11. Status codes outside 100–599, and no number at all.  libsoup refuses
 * what is not three digits from 100 up: a protocol failure.  It passes 600
 * to 999 on; the catalog explains those that it knows (999) and calls the
 * rest non-standard, a server-side error. */

typedef struct {
  const char    *name;
  const char    *status_line;
  ScErrorKind    kind;
  guint          status;
  ScStatusClass  class_;
  const char    *catalog_id;
} OddStatusCase;

static const OddStatusCase odd_status_cases[] = {
  { "042", "HTTP/1.1 042 Odd", SC_ERROR_KIND_PROTOCOL, 0, SC_STATUS_CLASS_FAILURE, "protocol" },
  { "099", "HTTP/1.1 099 Odd", SC_ERROR_KIND_PROTOCOL, 0, SC_STATUS_CLASS_FAILURE, "protocol" },
  { "000", "HTTP/1.1 000 Zero", SC_ERROR_KIND_PROTOCOL, 0, SC_STATUS_CLASS_FAILURE, "protocol" },
  { "1000", "HTTP/1.1 1000 X", SC_ERROR_KIND_PROTOCOL, 0, SC_STATUS_CLASS_FAILURE, "protocol" },
  { "abc", "HTTP/1.1 abc OK", SC_ERROR_KIND_PROTOCOL, 0, SC_STATUS_CLASS_FAILURE, "protocol" },
  { "empty", "HTTP/1.1 ", SC_ERROR_KIND_PROTOCOL, 0, SC_STATUS_CLASS_FAILURE, "protocol" },
  { "600", "HTTP/1.1 600 Six", SC_ERROR_KIND_NONE, 600, SC_STATUS_CLASS_SERVER_ERROR, "non-standard" },
  { "999", "HTTP/1.1 999 Request denied", SC_ERROR_KIND_NONE, 999, SC_STATUS_CLASS_CLIENT_ERROR, "999" },
};

static void
test_odd_status (gconstpointer data)
{
  const OddStatusCase *c = data;
  g_autofree char *response = g_strconcat (c->status_line, "\r\nContent-Length: 0\r\n\r\n", NULL);
  g_autoptr(ScCheckResult) result = check_response (response, 5);

  g_assert_cmpstr (sc_error_kind_to_string (sc_check_result_get_error_kind (result)), ==,
                   sc_error_kind_to_string (c->kind));
  g_assert_cmpuint (sc_check_result_get_status (result), ==, c->status);
  g_assert_cmpint (sc_check_result_get_status_class (result), ==, c->class_);
  g_assert_cmpstr (sc_catalog_entry_get_id (sc_check_result_get_entry (result)), ==, c->catalog_id);
  g_assert_false (sc_check_result_is_ok (result));
  if (c->kind == SC_ERROR_KIND_PROTOCOL)
    g_assert_nonnull (strstr (sc_check_result_get_error_message (result), "not valid HTTP"));
  assert_reports_sound (result);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  server = sc_test_server_new (NULL);

  g_test_add_func ("/hostile-servers/control-characters", test_control_characters);
  g_test_add_func ("/hostile-servers/control-characters-in-redirect", test_control_characters_in_redirect);
  g_test_add_func ("/hostile-servers/nul-in-header", test_nul_in_header);
  for (guint i = 0; i < G_N_ELEMENTS (no_reason_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/hostile-servers/no-reason/%s", no_reason_cases[i].name);
      g_test_add_data_func (path, &no_reason_cases[i], test_no_reason);
    }
  g_test_add_data_func ("/hostile-servers/headers/one-megabyte-line", one_megabyte_line, test_headers_too_big);
  g_test_add_data_func ("/hostile-servers/headers/ten-thousand", ten_thousand_headers, test_headers_too_big);
  g_test_add_func ("/hostile-servers/headers/many-kept", test_many_headers_kept);
  g_test_add_func ("/hostile-servers/headers/long-kept-short", test_long_header_kept_short);
  g_test_add_func ("/hostile-servers/headers/flood", test_header_flood);
  g_test_add_func ("/hostile-servers/drip/checker", test_drip_deadline);
  g_test_add_func ("/hostile-servers/drip/cli", test_drip_deadline_cli);
  g_test_add_func ("/hostile-servers/interim/fifty", test_interim_answers);
  g_test_add_func ("/hostile-servers/interim/then-close", test_interim_then_close);
  g_test_add_func ("/hostile-servers/interim/flood", test_interim_flood);
  g_test_add_func ("/hostile-servers/body/flood", test_body_flood);
  g_test_add_func ("/hostile-servers/http10/until-close", test_http10_until_close);
  g_test_add_func ("/hostile-servers/http10/never-closes", test_http10_never_closes);
  g_test_add_data_func ("/hostile-servers/bad-chunk/closed", GINT_TO_POINTER (FALSE), test_bad_chunk);
  g_test_add_data_func ("/hostile-servers/bad-chunk/kept-open", GINT_TO_POINTER (TRUE), test_bad_chunk);
  g_test_add_data_func ("/hostile-servers/location/long-absolute", GINT_TO_POINTER (FALSE), test_long_location);
  g_test_add_data_func ("/hostile-servers/location/long-relative", GINT_TO_POINTER (TRUE), test_long_location);
  g_test_add_func ("/hostile-servers/location/huge", test_huge_location);
  for (guint i = 0; i < G_N_ELEMENTS (credential_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/hostile-servers/credentials/%s", credential_cases[i].name);
      g_test_add_data_func (path, &credential_cases[i], test_redirect_credentials);
    }
  for (guint i = 0; i < G_N_ELEMENTS (elsewhere_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/hostile-servers/redirect/%s", elsewhere_cases[i].name);
      g_test_add_data_func (path, &elsewhere_cases[i], test_redirect_elsewhere);
    }
  for (guint i = 0; i < G_N_ELEMENTS (odd_status_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/hostile-servers/status/%s", odd_status_cases[i].name);
      g_test_add_data_func (path, &odd_status_cases[i], test_odd_status);
    }

  status = g_test_run ();
  sc_test_server_free (server);
  return status;
}
