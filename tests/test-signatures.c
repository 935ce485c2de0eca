/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "sc-diagnosis-private.h"
#include "sc-report-private.h"
#include "sc-result-json.h"
#include "sc-signatures.h"
#include "sc-test-expect.h"
#include "sc-test-server.h"

/* The signatures as data: a broken file is refused with an error naming
 * the entry; the bundled set loads and covers the contract's finding ids;
 * the page's title is read as a person reads it; and the reading of an
 * answer from its headers (who made it, what relayed it) and the verdict,
 * against a local server. */

static ScTestServer *server;

typedef struct {
  const char *name;
  const char *json;
  const char *error;   /* part of the expected message */
} BadCase;

#define SIG(body) "{\"format\":1,\"signatures\":[" body "]}"
#define OK_MATCH "\"all\":[{\"header\":\"Server\"}]"

static const BadCase bad_cases[] = {
  { "not-json", "{", "signatures/bad.json:" },
  { "no-format", "{\"signatures\":[]}", "needs \"format\": 1" },
  { "no-array", "{\"format\":1}", "needs a \"signatures\" array" },
  { "bad-id", SIG ("{\"id\":\"Bad_Id\",\"kind\":\"answer\",\"role\":\"origin\"," OK_MATCH "}"), "entry 0 (Bad_Id): \"id\" must be" },
  { "unknown-key", SIG ("{\"id\":\"x\",\"kind\":\"answer\",\"role\":\"origin\",\"staus\":[500]," OK_MATCH "}"), "entry 0 (x): unknown key \"staus\"" },
  { "bad-kind", SIG ("{\"id\":\"x\",\"kind\":\"page\",\"role\":\"origin\"," OK_MATCH "}"), "\"kind\" must be" },
  { "bad-role", SIG ("{\"id\":\"x\",\"kind\":\"answer\",\"role\":\"webserver\"," OK_MATCH "}"), "\"role\" must be one of" },
  { "no-conditions", SIG ("{\"id\":\"x\",\"kind\":\"answer\",\"role\":\"origin\"}"), "needs \"all\" or \"any\"" },
  { "empty-all", SIG ("{\"id\":\"x\",\"kind\":\"answer\",\"role\":\"origin\",\"all\":[]}"), "\"all\" must be a non-empty array" },
  { "two-keys", SIG ("{\"id\":\"x\",\"kind\":\"answer\",\"role\":\"origin\",\"all\":[{\"title\":\"a\",\"body\":\"b\"}]}"), "exactly one of" },
  { "unknown-condition", SIG ("{\"id\":\"x\",\"kind\":\"answer\",\"role\":\"origin\",\"all\":[{\"cookie\":\"a\"}]}"), "unknown key \"cookie\" in a condition" },
  { "bad-regex", SIG ("{\"id\":\"x\",\"kind\":\"answer\",\"role\":\"origin\",\"all\":[{\"body_regex\":\"(\"}]}"), "does not compile" },
  { "waited-ms-text", SIG ("{\"id\":\"x\",\"kind\":\"answer\",\"role\":\"origin\",\"all\":[{\"waited_ms\":\"1s\"}]}"), "\"waited_ms\" must be a positive whole number" },
  { "waited-ms-zero", SIG ("{\"id\":\"x\",\"kind\":\"answer\",\"role\":\"origin\",\"all\":[{\"waited_ms\":0}]}"), "\"waited_ms\" must be a positive whole number" },
  { "contains-on-title", SIG ("{\"id\":\"x\",\"kind\":\"answer\",\"role\":\"origin\",\"all\":[{\"title\":\"a\",\"contains\":\"b\"}]}"), "go with \"header\" only" },
  { "bad-status", SIG ("{\"id\":\"x\",\"kind\":\"answer\",\"role\":\"origin\",\"status\":[\"5x\"]," OK_MATCH "}"), "\"status\" element 0" },
  { "bad-max-body", SIG ("{\"id\":\"x\",\"kind\":\"answer\",\"role\":\"origin\",\"max_body\":0," OK_MATCH "}"), "\"max_body\" must be" },
  { "one-suggestion", SIG ("{\"id\":\"x\",\"kind\":\"answer\",\"role\":\"origin\"," OK_MATCH ",\"finding\":{\"id\":\"y\",\"severity\":\"info\",\"message\":\"m\",\"suggestions\":[\"a\"]}}"), "at least two" },
  { "bad-severity", SIG ("{\"id\":\"x\",\"kind\":\"answer\",\"role\":\"origin\"," OK_MATCH ",\"finding\":{\"id\":\"y\",\"severity\":\"fatal\",\"message\":\"m\",\"suggestions\":[\"a\",\"b\"]}}"), "\"severity\" must be" },
  { "presence-finding", SIG ("{\"id\":\"x\",\"kind\":\"presence\",\"role\":\"origin\"," OK_MATCH ",\"finding\":{\"id\":\"y\",\"severity\":\"info\",\"message\":\"m\",\"suggestions\":[\"a\",\"b\"]}}"), "only an \"answer\" signature" },
  { "twice-in-file", SIG ("{\"id\":\"x\",\"kind\":\"answer\",\"role\":\"origin\"," OK_MATCH "},{\"id\":\"x\",\"kind\":\"answer\",\"role\":\"origin\"," OK_MATCH "}"), "entry 1 (x): the id is used twice" },
};

static void
test_bad_file (gconstpointer data)
{
  const BadCase *c = data;
  g_autoptr(ScSignatures) signatures = sc_signatures_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static (c->json, strlen (c->json));
  g_autoptr(GError) error = NULL;

  g_assert_false (sc_signatures_add_file (signatures, "bad.json", bytes, &error));
  g_assert_error (error, SC_SIGNATURES_ERROR, SC_SIGNATURES_ERROR_INVALID);
  if (strstr (error->message, c->error) == NULL)
    g_error ("“%s” does not say “%s”", error->message, c->error);
  g_assert_cmpuint (sc_signatures_get_n_items (signatures), ==, 0);
}

/* Ids are unique over all the files, not only within one. */
static void
test_twice_across_files (void)
{
  static const char one[] = SIG ("{\"id\":\"x\",\"kind\":\"answer\",\"role\":\"origin\"," OK_MATCH "}");
  g_autoptr(ScSignatures) signatures = sc_signatures_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static (one, strlen (one));
  g_autoptr(GError) error = NULL;

  g_assert_true (sc_signatures_add_file (signatures, "a.json", bytes, &error));
  g_assert_no_error (error);
  g_assert_false (sc_signatures_add_file (signatures, "b.json", bytes, &error));
  g_assert_nonnull (strstr (error->message, "signatures/b.json, entry 0 (x): the id is used twice"));
  g_assert_cmpuint (sc_signatures_get_n_items (signatures), ==, 1);
}

static void
test_good_file (void)
{
  static const char json[] = SIG (
    "{\"id\":\"a\",\"kind\":\"answer\",\"role\":\"proxy\",\"software\":\"HAProxy\",\"status\":[503,\"4xx\"],"
    "\"any\":[{\"body\":\"No Server\"},{\"header\":\"X-A\",\"prefix\":\"B\"}],\"none\":[{\"empty_body\":true}],"
    "\"max_body\":5000,\"note\":\"source\","
    "\"finding\":{\"id\":\"upstream-unreachable\",\"severity\":\"critical\",\"message\":\"m\",\"suggestions\":[\"s1\",\"s2\"],\"quote\":true}}");
  g_autoptr(ScSignatures) signatures = sc_signatures_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, strlen (json));
  g_autoptr(GError) error = NULL;
  ScSignature *a;

  g_assert_true (sc_signatures_add_file (signatures, "good.json", bytes, &error));
  g_assert_no_error (error);
  a = sc_signatures_lookup (signatures, "a");
  g_assert_nonnull (a);
  g_assert_cmpint (a->role, ==, SC_ROLE_PROXY);
  g_assert_cmpstr (a->software, ==, "HAProxy");
  g_assert_true (sc_signature_status_matches (a, 503));
  g_assert_true (sc_signature_status_matches (a, 404));
  g_assert_false (sc_signature_status_matches (a, 502));
  /* Text is compared without regard to case: stored lower-cased. */
  g_assert_cmpstr (((ScCondition *) g_ptr_array_index (a->any, 0))->text, ==, "no server");
  g_assert_cmpint (((ScCondition *) g_ptr_array_index (a->any, 1))->mode, ==, SC_MATCH_PREFIX);
  g_assert_cmpuint (a->max_body, ==, 5000);
  g_assert_true (a->finding->quote);
  g_assert_cmpint (a->finding->severity, ==, SC_SEVERITY_CRITICAL);
}

static void
test_bundled (void)
{
  g_autoptr(GError) error = NULL;
  ScSignatures *signatures = sc_signatures_get_default (&error);

  g_assert_no_error (error);
  g_assert_nonnull (signatures);
  g_assert_cmpuint (sc_signatures_get_n_items (signatures), >, 20);
  g_assert_nonnull (sc_signatures_lookup (signatures, "nginx-present"));
  g_assert_nonnull (sc_signatures_lookup (signatures, "varnish-present"));
}

static void
test_title (void)
{
  static const struct { const char *page; const char *title; } cases[] = {
    { "<html><head><TITLE>WordPress &rsaquo; Error</TITLE>", "WordPress › Error" },
    { "<title>\n  502   Bad\tGateway\n</title>", "502 Bad Gateway" },
    { "<title lang=\"en\">A &amp; B &#8211; C &#x2014; D &bogus; &</title>", "A & B – C — D &bogus; &" },
    { "<title>HTTP Status 404 &ndash; Not Found</title>", "HTTP Status 404 – Not Found" },
    { "<title>\033[31mred</title>", "\xef\xbf\xbd[31mred" },
    { "<title></title>", NULL },
    { "<title>never closed", NULL },
    { "no title at all", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *page = g_strdup (cases[i].page);
      g_autofree char *lower = g_ascii_strdown (page, -1);
      ScDiagnosis d = { NULL, page, lower, strlen (page), TRUE, NULL, NULL };
      g_autofree char *title = sc_diagnosis_find_title (&d);

      g_assert_cmpstr (title, ==, cases[i].title);
    }
}

static ScCheckResult *
check (const char *path_and_query)
{
  g_autoptr(ScChecker) checker = sc_checker_new (4, 4);
  g_autofree char *url = g_strconcat (server->base, path_and_query, NULL);

  return sc_test_check (checker, url);
}

static gboolean
has_evidence (ScCheckResult *result,
              const char    *text)
{
  return g_strv_contains (sc_answered_by_get_evidence (sc_check_result_get_answered_by (result)), text);
}

/* With no page signature, the headers name the web server, the
 * application and the relays; the answer is the site's own. */
static void
test_presence (void)
{
  g_autoptr(ScCheckResult) nginx = check ("/respond?status=200&h1=Server:nginx/1.22.1&body=hello");
  g_autoptr(ScCheckResult) php = check ("/respond?status=200&h1=Server:Apache/2.4.62%20(Debian)&h2=X-Powered-By:PHP/8.2.36&body=hello");
  g_autoptr(ScCheckResult) varnish = check ("/respond?status=200&h1=Server:nginx&h2=Via:1.1%20cache1%20(Varnish/7.1)&body=hello");
  g_autoptr(ScCheckResult) nothing = check ("/respond?status=200&body=hello");

  sc_test_expect_who (nginx, "origin", "nginx");
  g_assert_true (has_evidence (nginx, "Server: nginx/1.22.1"));
  sc_test_expect_verdict (nginx, "ok");

  sc_test_expect_who (php, "application", "PHP");
  g_assert_true (has_evidence (php, "X-Powered-By: PHP/8.2.36"));

  sc_test_expect_who (varnish, "origin", "nginx");
  sc_test_expect_through (varnish, "Varnish");
  sc_test_expect_verdict (varnish, "ok");

  sc_test_expect_who (nothing, "origin", NULL);
  g_assert_null (sc_answered_by_get_software (sc_check_result_get_answered_by (nothing)));
}

/* No answer at all: who failed follows from the error. */
static void
test_failure (void)
{
  g_autoptr(ScChecker) checker = sc_checker_new (4, 4);
  g_autoptr(ScCheckResult) refused = sc_test_check (checker, "http://127.0.0.1:1/");
  g_autoptr(ScCheckResult) invalid = sc_test_check (checker, "http://exa mple.com/");

  sc_test_expect_who (refused, "origin", NULL);
  g_assert_true (has_evidence (refused, "No HTTP answer: Connection refused"));
  sc_test_expect_verdict (refused, "problem");
  sc_test_expect_who (invalid, "client", NULL);
}

static void
test_verdict (void)
{
  g_autoptr(ScCheckResult) fine = check ("/status/200");
  g_autoptr(ScCheckResult) not_found = check ("/status/404");
  g_autoptr(ScCheckResult) parked = check ("/respond?status=200&body=This%20domain%20is%20parked%20free");
  g_autoptr(ScCheckResult) chain = check ("/chain/3");
  g_autoptr(ScCheckResult) moved = check ("/redirect/301?to=/status/200");

  sc_test_expect_verdict (fine, "ok");
  sc_test_expect_verdict (not_found, "problem");
  sc_test_expect_verdict (parked, "problem");
  sc_test_expect_verdict (chain, "warning");
  /* An info finding alone does not make a warning. */
  sc_test_expect_verdict (moved, "ok");
}

/* A saved result keeps who answered and its verdict. */
static void
test_round_trip (void)
{
  g_autoptr(ScCheckResult) varnish = check ("/respond?status=503&h1=Server:nginx&h2=Via:1.1%20cache1%20(Varnish/7.1)&body=down");
  g_autoptr(JsonNode) node = sc_report_json_result (varnish);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScCheckResult) restored = sc_check_result_new_from_json (json_node_get_object (node), &error);
  ScAnsweredBy *a, *b;

  g_assert_no_error (error);
  a = sc_check_result_get_answered_by (varnish);
  b = sc_check_result_get_answered_by (restored);
  g_assert_cmpint (sc_answered_by_get_role (a), ==, sc_answered_by_get_role (b));
  g_assert_cmpstr (sc_answered_by_get_software (a), ==, sc_answered_by_get_software (b));
  g_assert_cmpstrv (sc_answered_by_get_evidence (a), sc_answered_by_get_evidence (b));
  g_assert_cmpstrv (sc_answered_by_get_through (a), sc_answered_by_get_through (b));
  g_assert_cmpint (sc_check_result_get_verdict (restored), ==, SC_VERDICT_PROBLEM);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (node), "verdict"), ==, "problem");
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (node), "producer"), ==,
                   sc_role_to_string (sc_answered_by_get_role (a)));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  server = sc_test_server_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/signatures/refused/%s", bad_cases[i].name);
      g_test_add_data_func (path, &bad_cases[i], test_bad_file);
    }
  g_test_add_func ("/signatures/refused/twice-across-files", test_twice_across_files);
  g_test_add_func ("/signatures/good-file", test_good_file);
  g_test_add_func ("/signatures/bundled", test_bundled);
  g_test_add_func ("/signatures/title", test_title);
  g_test_add_func ("/signatures/presence", test_presence);
  g_test_add_func ("/signatures/failure", test_failure);
  g_test_add_func ("/signatures/verdict", test_verdict);
  g_test_add_func ("/signatures/round-trip", test_round_trip);

  status = g_test_run ();
  sc_test_server_free (server);
  return status;
}
