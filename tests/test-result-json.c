/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "sc-catalog.h"
#include "sc-report-private.h"
#include "sc-result-json.h"
#include "sc-test-server.h"
#include "sc-text.h"
#include "sc-url.h"

/* A saved result must come back as the same result, and a damaged file
 * must come back as something sensible or as an error, never as a crash.
 * G_DEBUG=fatal-warnings turns any critical on the way into a failure. */

static ScTestServer *plain;
static ScTestServer *secure;
static ScRawServer *closing;

typedef enum {
  TARGET_PLAIN,      /* a path on the plain server */
  TARGET_SECURE,     /* a path on the self-signed https server */
  TARGET_CLOSING,    /* the peer that closes without a word */
  TARGET_INPUT,      /* the input as given */
} Target;

typedef struct {
  const char  *name;
  Target       target;
  const char  *where;
  const char  *method;
  gboolean     ignore_tls;
  guint        status;
  guint        n_redirects;
  ScErrorKind  error_kind;
  const char  *entry_id;
  const char  *error_detail;
  const char  *finding_id;
  const char  *producer;
  guint        head_status;
  gboolean     has_tls;
} RoundTrip;

static const RoundTrip round_trips[] = {
  { "ok", TARGET_PLAIN, "/status/200", "GET", FALSE, 200, 0, SC_ERROR_KIND_NONE, "200" },
  { "chain", TARGET_PLAIN, "/chain/3", "GET", FALSE, 200, 3, SC_ERROR_KIND_NONE, "200" },
  { "refused", TARGET_INPUT, "http://127.0.0.1:1/", "GET", FALSE, 0, 0, SC_ERROR_KIND_CONNECTION_REFUSED,
    "connection-refused" },
  { "invalid-input", TARGET_INPUT, "ftp://x", "GET", FALSE, 0, 0, SC_ERROR_KIND_UNSUPPORTED_SCHEME,
    "unsupported-scheme" },
  { "tls-accepted", TARGET_SECURE, "/status/200", "GET", TRUE, 200, 0, SC_ERROR_KIND_NONE, "200",
    .has_tls = TRUE },
  { "tls-refused", TARGET_SECURE, "/status/200", "GET", FALSE, 0, 0, SC_ERROR_KIND_TLS, "tls-unknown-issuer",
    .error_detail = "tls-unknown-issuer", .has_tls = TRUE },
  { "retry-after", TARGET_PLAIN, "/retry-after", "GET", FALSE, 503, 0, SC_ERROR_KIND_NONE, "503",
    .finding_id = "retry-after" },
  { "head-405", TARGET_PLAIN, "/head-405", "HEAD", FALSE, 200, 0, SC_ERROR_KIND_NONE, "200",
    .head_status = 405 },
  { "closed-without-answer", TARGET_CLOSING, NULL, "GET", FALSE, 0, 0, SC_ERROR_KIND_PROTOCOL, "protocol",
    .error_detail = "closed-without-answer", .finding_id = "closed-without-answer" },
  { "cdn-challenge", TARGET_PLAIN, "/respond?status=403&h1=Server:cloudflare&h2=cf-mitigated:challenge",
    "GET", FALSE, 403, 0, SC_ERROR_KIND_NONE, "403", .finding_id = "cdn-challenge", .producer = "cdn" },
};

static ScCheckResult *
run_check (const RoundTrip *c)
{
  g_autoptr(ScChecker) checker = sc_checker_new (4, 4);
  g_autofree char *input = NULL;

  sc_checker_set_method (checker, c->method);
  sc_checker_set_ignore_tls_errors (checker, c->ignore_tls);
  switch (c->target)
    {
    case TARGET_PLAIN: input = sc_test_server_url (plain, c->where); break;
    case TARGET_SECURE: input = sc_test_server_url (secure, c->where); break;
    case TARGET_CLOSING: input = g_strdup_printf ("http://127.0.0.1:%u/", sc_raw_server_port (closing)); break;
    case TARGET_INPUT: input = g_strdup (c->where); break;
    default: g_assert_not_reached ();
    }
  return sc_test_check (checker, input);
}

static char *
to_text (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  json_generator_set_root (generator, node);
  return json_generator_to_data (generator, NULL);
}

static ScCheckResult *
restore (JsonNode *node)
{
  g_autoptr(GError) error = NULL;
  ScCheckResult *result = sc_check_result_new_from_json (json_node_get_object (node), &error);

  g_assert_no_error (error);
  g_assert_nonnull (result);
  return result;
}

/* The original really is the case it claims to be. */
static void
assert_case (const RoundTrip *c,
             ScCheckResult   *result)
{
  GPtrArray *hops = sc_check_result_get_hops (result);

  g_assert_cmpuint (sc_check_result_get_status (result), ==, c->status);
  g_assert_cmpuint (sc_check_result_get_n_redirects (result), ==, c->n_redirects);
  g_assert_cmpint (sc_check_result_get_error_kind (result), ==, c->error_kind);
  g_assert_cmpstr (sc_catalog_entry_get_id (sc_check_result_get_entry (result)), ==, c->entry_id);
  g_assert_cmpstr (sc_check_result_get_error_detail (result), ==, c->error_detail);
  if (c->finding_id != NULL)
    g_assert_nonnull (sc_check_result_find_finding (result, c->finding_id));
  if (c->producer != NULL)
    g_assert_cmpstr (sc_check_result_get_producer (result), ==, c->producer);
  if (c->head_status != 0)
    g_assert_cmpuint (sc_hop_get_head_status (g_ptr_array_index (hops, hops->len - 1)), ==, c->head_status);
  g_assert_true ((sc_check_result_get_tls (result) != NULL) == c->has_tls);
}

static void
assert_same_tls (ScTlsInfo *a,
                 ScTlsInfo *b)
{
  g_assert_true ((a == NULL) == (b == NULL));
  if (a == NULL)
    return;
  g_assert_cmpstr (sc_tls_info_get_subject (a), ==, sc_tls_info_get_subject (b));
  g_assert_cmpstr (sc_tls_info_get_issuer (a), ==, sc_tls_info_get_issuer (b));
  g_assert_cmpint (sc_tls_info_get_days_left (a), ==, sc_tls_info_get_days_left (b));
  g_assert_cmpint (sc_tls_info_get_days_left (b), >=, 18);
  g_assert_cmpint (sc_tls_info_get_errors (a), ==, sc_tls_info_get_errors (b));
  g_assert_true (g_date_time_equal (sc_tls_info_get_not_after (a), sc_tls_info_get_not_after (b)));
  g_assert_cmpstr (sc_tls_info_get_fingerprint (a), ==, sc_tls_info_get_fingerprint (b));
  g_assert_true (g_strv_equal (sc_tls_info_get_dns_names (a), sc_tls_info_get_dns_names (b)));
}

/* "total" is always written, so an unknown total (a failed hop) reads
 * back as 0; the other phases are left out when unknown. */
static void
assert_same_timing (const ScTiming *a,
                    const ScTiming *b)
{
  g_assert_cmpint (MAX (a->total_us, 0), ==, b->total_us);
  g_assert_cmpint (a->dns_us, ==, b->dns_us);
  g_assert_cmpint (a->connect_us, ==, b->connect_us);
  g_assert_cmpint (a->tls_us, ==, b->tls_us);
  g_assert_cmpint (a->first_byte_us, ==, b->first_byte_us);
  g_assert_true (a->reused_connection == b->reused_connection);
}

static void
assert_same_hops (ScCheckResult *a,
                  ScCheckResult *b)
{
  GPtrArray *ha = sc_check_result_get_hops (a);
  GPtrArray *hb = sc_check_result_get_hops (b);

  g_assert_cmpuint (ha->len, ==, hb->len);
  for (guint i = 0; i < ha->len; i++)
    {
      ScHop *x = g_ptr_array_index (ha, i);
      ScHop *y = g_ptr_array_index (hb, i);

      g_assert_cmpuint (sc_hop_get_status (x), ==, sc_hop_get_status (y));
      g_assert_cmpuint (sc_hop_get_head_status (x), ==, sc_hop_get_head_status (y));
      g_assert_true (sc_hop_get_redirected (x) == sc_hop_get_redirected (y));
      g_assert_cmpstr (sc_hop_get_http_version (x), ==, sc_hop_get_http_version (y));
      g_assert_cmpstr (sc_hop_get_ip_family (x), ==, sc_hop_get_ip_family (y));
      g_assert_cmpuint (sc_hop_get_n_headers (x), ==, sc_hop_get_n_headers (y));
      assert_same_timing (sc_hop_get_timing (x), sc_hop_get_timing (y));
      assert_same_tls (sc_hop_get_tls (x), sc_hop_get_tls (y));
    }
}

static void
assert_same (ScCheckResult *a,
             ScCheckResult *b)
{
  g_assert_cmpstr (sc_check_result_get_input (a), ==, sc_check_result_get_input (b));
  g_assert_cmpstr (sc_check_result_get_url (a), ==, sc_check_result_get_url (b));
  g_assert_cmpuint (sc_check_result_get_status (a), ==, sc_check_result_get_status (b));
  g_assert_cmpint (sc_check_result_get_status_class (a), ==, sc_check_result_get_status_class (b));
  g_assert_true (sc_check_result_get_entry (a) == sc_check_result_get_entry (b));
  g_assert_cmpstr (sc_check_result_get_title (a), ==, sc_check_result_get_title (b));
  g_assert_cmpint (sc_check_result_get_error_kind (a), ==, sc_check_result_get_error_kind (b));
  g_assert_cmpstr (sc_check_result_get_error_message (a), ==, sc_check_result_get_error_message (b));
  g_assert_cmpstr (sc_check_result_get_error_detail (a), ==, sc_check_result_get_error_detail (b));
  g_assert_cmpstr (sc_check_result_get_producer (a), ==, sc_check_result_get_producer (b));
  g_assert_cmpuint (sc_check_result_get_n_redirects (a), ==, sc_check_result_get_n_redirects (b));
  g_assert_cmpuint (sc_check_result_get_findings (a)->len, ==, sc_check_result_get_findings (b)->len);
  g_assert_cmpstr (sc_check_result_get_method (a), ==, sc_check_result_get_method (b));
  g_assert_true (g_date_time_equal (sc_check_result_get_checked_at (a), sc_check_result_get_checked_at (b)));
  g_assert_cmpint (sc_check_result_get_total_us (a), ==, sc_check_result_get_total_us (b));
  assert_same_hops (a, b);
}

/* A real check → JSON → result → JSON: both texts are the same. */
static void
test_round_trip (gconstpointer data)
{
  const RoundTrip *c = data;
  g_autoptr(ScCheckResult) original = run_check (c);
  g_autoptr(JsonNode) first = sc_report_json_result (original);
  g_autoptr(ScCheckResult) restored = restore (first);
  g_autoptr(JsonNode) second = sc_report_json_result (restored);
  g_autofree char *first_text = to_text (first);
  g_autofree char *second_text = to_text (second);

  assert_case (c, original);
  g_assert_cmpstr (second_text, ==, first_text);
  assert_same (original, restored);
  g_assert_nonnull (strstr (first_text, "\"catalog_id\":"));
  if (c->error_detail != NULL)
    g_assert_nonnull (strstr (first_text, "\"error_detail\":"));
  if (c->n_redirects > 0)
    g_assert_nonnull (strstr (first_text, "\"redirected\":true"));

  /* Only the redacted input was saved; the app puts the real one back. */
  g_assert_cmpstr (sc_check_result_get_raw_input (restored), ==, sc_check_result_get_input (original));
  sc_check_result_set_raw_input (restored, sc_check_result_get_raw_input (original));
  g_assert_cmpstr (sc_check_result_get_raw_input (restored), ==, sc_check_result_get_raw_input (original));
}

/* The result's static strings come back interned or as the checker's own
 * literals, so they live as long as the process does; the detail still
 * finds its catalog entry. */
static void
test_static_strings (void)
{
  const char *json = "{\"input\": \"x\", \"class\": \"failure\","
                     " \"error\": {\"kind\": \"tls\", \"message\": \"m\", \"error_detail\": \"tls-expired\"},"
                     " \"hops\": [{\"url\": \"https://x/\", \"http_version\": \"HTTP/1.1\", \"ip_family\": \"ipv6\"}]}";
  g_autoptr(JsonNode) node = json_from_string (json, NULL);
  g_autoptr(ScCheckResult) result = restore (node);
  ScHop *hop = g_ptr_array_index (sc_check_result_get_hops (result), 0);

  g_assert_true (sc_check_result_get_error_detail (result) == g_intern_static_string ("tls-expired"));
  g_assert_cmpstr (sc_catalog_entry_get_id (sc_check_result_get_entry (result)), ==, "tls-expired");
  g_assert_cmpstr (sc_hop_get_http_version (hop), ==, "HTTP/1.1");
  g_assert_cmpstr (sc_hop_get_ip_family (hop), ==, "ipv6");
}

static void
test_tls_error_names (void)
{
  GTlsCertificateFlags all = G_TLS_CERTIFICATE_UNKNOWN_CA | G_TLS_CERTIFICATE_BAD_IDENTITY |
                             G_TLS_CERTIFICATE_NOT_ACTIVATED | G_TLS_CERTIFICATE_EXPIRED |
                             G_TLS_CERTIFICATE_REVOKED | G_TLS_CERTIFICATE_INSECURE |
                             G_TLS_CERTIFICATE_GENERIC_ERROR;
  g_autoptr(ScTlsInfo) info = sc_tls_info_new_restored (NULL, NULL, NULL, NULL, 0, NULL, all, NULL);
  g_auto(GStrv) names = sc_tls_info_dup_error_names (info);
  const char * const odd[] = { "expired", "no-such-error", "", NULL };

  g_assert_cmpuint (g_strv_length (names), ==, 7);
  g_assert_cmpint (sc_tls_error_flags_from_names ((const char * const *) names), ==, all);
  g_assert_cmpint (sc_tls_error_flags_from_names (odd), ==, G_TLS_CERTIFICATE_EXPIRED);
  g_assert_cmpint (sc_tls_error_flags_from_names (NULL), ==, 0);
  g_assert_nonnull (sc_tls_info_get_dns_names (info));
  g_assert_null (sc_tls_info_get_dns_names (info)[0]);
}

/* Damaged files.  "{BIG}" stands for a string of a million characters. */
typedef struct {
  const char *name;
  const char *json;
  gboolean    valid;
  void      (*check) (ScCheckResult *result);
} Damaged;

static ScHop *
only_hop (ScCheckResult *result)
{
  g_assert_cmpuint (sc_check_result_get_hops (result)->len, ==, 1);
  return g_ptr_array_index (sc_check_result_get_hops (result), 0);
}

static void
check_minimal (ScCheckResult *result)
{
  g_assert_cmpstr (sc_check_result_get_input (result), ==, "example.com");
  g_assert_cmpint (sc_check_result_get_status_class (result), ==, SC_STATUS_CLASS_FAILURE);
  g_assert_cmpuint (sc_check_result_get_status (result), ==, 0);
  g_assert_nonnull (sc_check_result_get_entry (result));
  g_assert_cmpuint (sc_check_result_get_hops (result)->len, ==, 0);
  g_assert_cmpuint (sc_check_result_get_findings (result)->len, ==, 0);
  g_assert_cmpstr (sc_check_result_get_method (result), ==, "GET");
  g_assert_null (sc_check_result_get_checked_at (result));
}

static void
check_no_hops (ScCheckResult *result)
{
  g_assert_cmpuint (sc_check_result_get_hops (result)->len, ==, 0);
}

static void
check_string_hop_skipped (ScCheckResult *result)
{
  ScHop *hop = only_hop (result);

  g_assert_cmpstr (sc_hop_get_url (hop), ==, "http://b/");
  g_assert_cmpuint (sc_hop_get_status (hop), ==, 200);
  g_assert_false (sc_hop_get_redirected (hop));
}

static void
check_timing_unknown (ScCheckResult *result)
{
  const ScTiming *t = sc_hop_get_timing (only_hop (result));

  g_assert_cmpint (t->total_us, ==, -1);
  g_assert_cmpint (t->dns_us, ==, -1);
  g_assert_cmpint (t->connect_us, ==, -1);
  g_assert_cmpint (t->tls_us, ==, -1);
  g_assert_cmpint (t->first_byte_us, ==, 12);
  g_assert_false (t->reused_connection);
  g_assert_cmpint (sc_check_result_get_total_us (result), ==, 0);
}

static void
check_no_status (ScCheckResult *result)
{
  g_assert_cmpuint (sc_check_result_get_status (result), ==, 0);
  g_assert_cmpuint (sc_hop_get_status (only_hop (result)), ==, 0);
  g_assert_cmpuint (sc_hop_get_head_status (only_hop (result)), ==, 0);
}

static void
check_huge_cut (ScCheckResult *result)
{
  ScHop *hop = only_hop (result);

  /* The input is kept far longer than other text (issue 14): a line too
   * long to check still reads back as the check wrote it. */
  g_assert_cmpuint (g_utf8_strlen (sc_check_result_get_input (result), -1), <=, SC_URL_MAX_INPUT_CHARS + 1);
  g_assert_cmpuint (g_utf8_strlen (sc_check_result_get_reason (result), -1), <=, 257);
  g_assert_cmpuint (g_utf8_strlen (sc_hop_get_header_value (hop, 0), -1), <=, SC_TEXT_MAX_CHARS + 1);
  g_assert_true (g_str_has_suffix (sc_check_result_get_reason (result), "…"));
  g_assert_cmpuint (strlen (sc_check_result_get_producer (result)), <=, 64 + strlen ("…"));
}

static void
check_wrong_types (ScCheckResult *result)
{
  ScHop *hop = only_hop (result);

  g_assert_null (sc_check_result_get_url (result));
  g_assert_null (sc_check_result_get_host (result));
  g_assert_null (sc_check_result_get_reason (result));
  g_assert_cmpint (sc_check_result_get_error_kind (result), ==, SC_ERROR_KIND_NONE);
  g_assert_cmpuint (sc_check_result_get_findings (result)->len, ==, 0);
  g_assert_null (sc_check_result_get_checked_at (result));
  g_assert_cmpstr (sc_hop_get_url (hop), ==, "");
  g_assert_cmpstr (sc_hop_get_method (hop), ==, "GET");
  g_assert_null (sc_hop_get_tls (hop));
  g_assert_null (sc_hop_get_http_version (hop));
  g_assert_null (sc_hop_get_ip_family (hop));
  g_assert_cmpuint (sc_hop_get_n_headers (hop), ==, 1);
  g_assert_cmpstr (sc_hop_get_header_name (hop, 0), ==, "Server");
}

static void
check_unknown_kind (ScCheckResult *result)
{
  g_assert_cmpint (sc_check_result_get_error_kind (result), ==, SC_ERROR_KIND_NETWORK);
  g_assert_cmpstr (sc_check_result_get_error_message (result), ==, "it broke");
  g_assert_cmpstr (sc_catalog_entry_get_id (sc_check_result_get_entry (result)), ==, "network");
}

static void
check_unknown_kind_empty (ScCheckResult *result)
{
  g_assert_cmpint (sc_check_result_get_error_kind (result), ==, SC_ERROR_KIND_NETWORK);
  g_assert_null (sc_check_result_get_error_message (result));
  g_assert_null (sc_check_result_get_error_detail (result));
}

static void
check_unknown_catalog_id (ScCheckResult *result)
{
  g_assert_cmpstr (sc_catalog_entry_get_id (sc_check_result_get_entry (result)), ==, "404");
  g_assert_cmpstr (sc_check_result_get_title (result), ==, "Not Found");
}

/* The saved id wins over what the status and error would choose now. */
static void
check_catalog_id_used (ScCheckResult *result)
{
  g_assert_cmpstr (sc_catalog_entry_get_id (sc_check_result_get_entry (result)), ==, "tls-expired");
}

static void
check_sanitized (ScCheckResult *result)
{
  g_assert_cmpstr (sc_check_result_get_reason (result), ==, "A\xef\xbf\xbd[31mB C");
  g_assert_cmpstr (sc_check_result_get_error_message (result), ==, "\xef\xbf\xbd" "evil");
}

static void
check_findings (ScCheckResult *result)
{
  GPtrArray *findings = sc_check_result_get_findings (result);
  ScFinding *finding;

  g_assert_cmpuint (findings->len, ==, 1);
  finding = g_ptr_array_index (findings, 0);
  g_assert_cmpstr (sc_finding_get_id (finding), ==, "a");
  g_assert_cmpint (sc_finding_get_severity (finding), ==, SC_SEVERITY_INFO);
  g_assert_cmpuint (g_strv_length ((char **) sc_finding_get_suggestions (finding)), ==, 1);
}

static void
check_damaged_tls (ScCheckResult *result)
{
  ScTlsInfo *tls = sc_check_result_get_tls (result);

  g_assert_nonnull (tls);
  g_assert_null (sc_tls_info_get_not_after (tls));
  g_assert_null (sc_tls_info_get_not_before (tls));
  g_assert_cmpint (sc_tls_info_get_days_left (tls), ==, 0);
  g_assert_cmpint (sc_tls_info_get_errors (tls), ==, G_TLS_CERTIFICATE_EXPIRED);
  g_assert_cmpuint (g_strv_length ((char **) sc_tls_info_get_dns_names (tls)), ==, 0);
}

static void
check_absurd_numbers (ScCheckResult *result)
{
  ScHop *hop = only_hop (result);

  g_assert_cmpint (sc_hop_get_timing (hop)->total_us, ==, -1);
  g_assert_cmpint (sc_hop_get_timing (hop)->dns_us, ==, -1);
  g_assert_cmpint (sc_check_result_get_total_us (result), ==, 0);
  g_assert_cmpint (sc_tls_info_get_days_left (sc_hop_get_tls (hop)), ==, 0);
}

static const Damaged damaged[] = {
  { "missing-input", "{\"class\": \"success\", \"status\": 200}", FALSE },
  { "input-wrong-type", "{\"input\": 5, \"class\": \"success\"}", FALSE },
  { "input-null", "{\"input\": null, \"class\": \"success\"}", FALSE },
  { "missing-class", "{\"input\": \"example.com\"}", FALSE },
  { "class-wrong-type", "{\"input\": \"example.com\", \"class\": 3}", FALSE },
  { "class-object", "{\"input\": \"example.com\", \"class\": {\"a\": 1}}", FALSE },
  { "class-unknown", "{\"input\": \"example.com\", \"class\": \"great\"}", FALSE },
  { "minimal", "{\"input\": \"example.com\", \"class\": \"failure\"}", TRUE, check_minimal },
  { "hops-not-array", "{\"input\": \"x\", \"class\": \"failure\", \"hops\": {\"url\": \"http://a/\"}}", TRUE,
    check_no_hops },
  { "hops-string", "{\"input\": \"x\", \"class\": \"failure\", \"hops\": \"http://a/\"}", TRUE, check_no_hops },
  { "hop-is-string", "{\"input\": \"x\", \"class\": \"success\", \"status\": 200,"
    " \"hops\": [\"http://a/\", null, 7, {\"url\": \"http://b/\", \"status\": 200}]}", TRUE,
    check_string_hop_skipped },
  { "timing-strings", "{\"input\": \"x\", \"class\": \"success\", \"timing_us\": {\"total\": \"5\"},"
    " \"hops\": [{\"url\": \"http://b/\", \"timing_us\": {\"total\": \"12\", \"dns\": \"x\", \"connect\": 1.5,"
    " \"tls\": null, \"first_byte\": 12, \"reused_connection\": \"yes\"}}]}", TRUE, check_timing_unknown },
  { "timing-not-object", "{\"input\": \"x\", \"class\": \"success\", \"timing_us\": [1, 2],"
    " \"hops\": [{\"url\": \"http://b/\", \"timing_us\": 12}]}", TRUE },
  { "status-negative", "{\"input\": \"x\", \"class\": \"success\", \"status\": -5,"
    " \"hops\": [{\"url\": \"http://b/\", \"status\": -5, \"head_status\": -405}]}", TRUE, check_no_status },
  { "status-huge", "{\"input\": \"x\", \"class\": \"success\", \"status\": 99999,"
    " \"hops\": [{\"url\": \"http://b/\", \"status\": 9223372036854775807, \"head_status\": 1000}]}", TRUE,
    check_no_status },
  { "status-not-integer", "{\"input\": \"x\", \"class\": \"success\", \"status\": 200.5,"
    " \"hops\": [{\"url\": \"http://b/\", \"status\": \"200\", \"head_status\": true}]}", TRUE, check_no_status },
  { "huge-strings", "{\"input\": \"{BIG}\", \"class\": \"success\", \"reason\": \"{BIG}\", \"producer\": \"{BIG}\","
    " \"error\": {\"kind\": \"{BIG}\", \"message\": \"{BIG}\", \"error_detail\": \"{BIG}\"}, \"catalog_id\": \"{BIG}\","
    " \"checked_at\": \"{BIG}\", \"hops\": [{\"url\": \"{BIG}\", \"http_version\": \"{BIG}\","
    " \"headers\": [[\"{BIG}\", \"{BIG}\"]], \"tls\": {\"subject\": \"{BIG}\", \"not_after\": \"{BIG}\","
    " \"dns_names\": [\"{BIG}\"], \"errors\": [\"{BIG}\"], \"sha256\": \"{BIG}\"}}]}", TRUE, check_huge_cut },
  { "wrong-types", "{\"input\": \"x\", \"class\": \"success\", \"url\": 5, \"host\": [], \"final_url\": {},"
    " \"reason\": true, \"error\": \"boom\", \"findings\": \"x\", \"checked_at\": \"yesterday\", \"method\": null,"
    " \"catalog_id\": 200, \"producer\": 1, \"hops\": [{\"url\": 1, \"method\": [], \"tls\": [],"
    " \"http_version\": \"HTTP/9\", \"ip_family\": 4, \"redirected\": \"no\","
    " \"headers\": [[1, 2], [\"a\"], \"x\", [\"Server\", \"nginx\"], [\"a\", \"b\", \"c\"], null]}]}", TRUE,
    check_wrong_types },
  { "error-unknown-kind", "{\"input\": \"x\", \"class\": \"failure\","
    " \"error\": {\"kind\": \"meteor\", \"message\": \"it broke\"}}", TRUE, check_unknown_kind },
  { "error-empty", "{\"input\": \"x\", \"class\": \"failure\", \"error\": {}}", TRUE, check_unknown_kind_empty },
  { "unknown-catalog-id", "{\"input\": \"x\", \"class\": \"client-error\", \"status\": 404,"
    " \"catalog_id\": \"no-such-entry\"}", TRUE, check_unknown_catalog_id },
  { "catalog-id-used", "{\"input\": \"x\", \"class\": \"failure\", \"catalog_id\": \"tls-expired\","
    " \"error\": {\"kind\": \"tls\", \"message\": \"m\"}}", TRUE, check_catalog_id_used },
  { "control-characters", "{\"input\": \"x\", \"class\": \"failure\", \"reason\": \"A\\u001b[31mB\\tC\","
    " \"error\": {\"kind\": \"dns\", \"message\": \"\\u202eevil\"}}", TRUE, check_sanitized },
  { "findings-damaged", "{\"input\": \"x\", \"class\": \"success\", \"findings\": [{\"id\": \"x\"},"
    " {\"message\": \"m\"}, 5, null, {\"id\": \"\", \"message\": \"m\"},"
    " {\"id\": \"a\", \"severity\": \"bogus\", \"message\": \"m\", \"suggestions\": [1, \"s\", null]}]}", TRUE,
    check_findings },
  { "tls-damaged", "{\"input\": \"x\", \"class\": \"success\", \"hops\": [{\"url\": \"https://b/\","
    " \"tls\": {\"not_after\": \"garbage\", \"not_before\": 5, \"days_left\": \"x\","
    " \"errors\": [\"expired\", 3, \"nonsense\"], \"dns_names\": \"a\", \"subject\": []}}]}", TRUE,
    check_damaged_tls },
  { "absurd-numbers", "{\"input\": \"x\", \"class\": \"success\", \"timing_us\": {\"total\": -9223372036854775807},"
    " \"hops\": [{\"url\": \"https://b/\", \"timing_us\": {\"total\": 9223372036854775807, \"dns\": -3},"
    " \"tls\": {\"days_left\": -9223372036854775807}}]}", TRUE, check_absurd_numbers },
  { "empty-strings", "{\"input\": \"\", \"class\": \"failure\", \"error\": {\"kind\": \"\", \"message\": \"\","
    " \"error_detail\": \"\"}, \"producer\": \"\", \"hops\": [{}]}", TRUE },
};

static JsonNode *
parse_damaged (const Damaged *c)
{
  g_autoptr(GString) json = g_string_new (c->json);
  g_autoptr(GError) error = NULL;
  g_autofree char *big = g_strnfill (1000 * 1000, 'a');
  JsonNode *node;

  g_string_replace (json, "{BIG}", big, 0);
  node = json_from_string (json->str, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  return node;
}

/* Whatever came back can be shown in every format, and is stable: saved
 * and read again, it stays the same. */
static void
assert_usable (ScCheckResult *result)
{
  g_autoptr(ScChecker) checker = sc_checker_new (1, 1);
  g_autoptr(JsonNode) first = sc_report_json_result (result);
  g_autoptr(ScCheckResult) again = restore (first);
  g_autoptr(JsonNode) second = sc_report_json_result (again);
  g_autofree char *first_text = to_text (first);
  g_autofree char *second_text = to_text (second);
  g_autofree char *described = sc_check_result_describe_status (result);

  g_assert_cmpstr (second_text, ==, first_text);
  g_assert_nonnull (described);
  for (ScReportFormat format = SC_REPORT_FORMAT_TEXT; format <= SC_REPORT_FORMAT_CSV; format++)
    {
      g_autofree char *report = sc_report_render (format, checker, &result, 1);
      g_assert_true (g_utf8_validate (report, -1, NULL));
    }
}

static void
test_damaged (gconstpointer data)
{
  const Damaged *c = data;
  g_autoptr(JsonNode) node = parse_damaged (c);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScCheckResult) result = sc_check_result_new_from_json (json_node_get_object (node), &error);

  if (!c->valid)
    {
      g_assert_error (error, SC_RESULT_JSON_ERROR, SC_RESULT_JSON_ERROR_INVALID);
      g_assert_null (result);
      return;
    }
  g_assert_no_error (error);
  g_assert_nonnull (result);
  if (c->check != NULL)
    c->check (result);
  assert_usable (result);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GTlsCertificate) cert = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  cert = sc_test_make_certificate (20);
  plain = sc_test_server_new (NULL);
  secure = sc_test_server_new (cert);
  closing = sc_raw_server_new (SC_RAW_CLOSE_AFTER_READ, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (round_trips); i++)
    {
      g_autofree char *path = g_strdup_printf ("/result-json/round-trip/%s", round_trips[i].name);
      g_test_add_data_func (path, &round_trips[i], test_round_trip);
    }
  for (guint i = 0; i < G_N_ELEMENTS (damaged); i++)
    {
      g_autofree char *path = g_strdup_printf ("/result-json/damaged/%s", damaged[i].name);
      g_test_add_data_func (path, &damaged[i], test_damaged);
    }
  g_test_add_func ("/result-json/static-strings", test_static_strings);
  g_test_add_func ("/result-json/tls-error-names", test_tls_error_names);

  status = g_test_run ();
  sc_raw_server_free (closing);
  sc_test_server_free (secure);
  sc_test_server_free (plain);
  return status;
}
