/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "sc-catalog.h"
#include "sc-finding-titles.h"
#include "sc-signatures.h"

static void
test_default_loads (void)
{
  g_autoptr(GError) error = NULL;
  ScCatalog *catalog = sc_catalog_get_default (&error);

  g_assert_no_error (error);
  g_assert_nonnull (catalog);
  g_assert_cmpuint (sc_catalog_get_n_entries (catalog), >, 100);
}

typedef struct {
  guint       code;
  const char *id;
  const char *title;
  ScStatusClass class_;
} StatusCase;

static const StatusCase status_cases[] = {
  { 200, "200", "OK", SC_STATUS_CLASS_SUCCESS },
  { 404, "404", "Not Found", SC_STATUS_CLASS_CLIENT_ERROR },
  { 503, "503", "Service Unavailable", SC_STATUS_CLASS_SERVER_ERROR },
  { 103, "103", "Early Hints", SC_STATUS_CLASS_INFORMATIONAL },
  { 308, "308", "Permanent Redirect", SC_STATUS_CLASS_REDIRECTION },
  { 444, "444", NULL, SC_STATUS_CLASS_CLIENT_ERROR },
  { 522, "522", NULL, SC_STATUS_CLASS_SERVER_ERROR },
  { 999, "999", NULL, SC_STATUS_CLASS_CLIENT_ERROR },
  { 299, "class-2xx", NULL, SC_STATUS_CLASS_SUCCESS },
  { 599, "599", NULL, SC_STATUS_CLASS_SERVER_ERROR },
  { 487, "class-4xx", NULL, SC_STATUS_CLASS_CLIENT_ERROR },
  { 799, "non-standard", NULL, SC_STATUS_CLASS_SERVER_ERROR },
  { 42, "non-standard", NULL, SC_STATUS_CLASS_SERVER_ERROR },
};

static void
test_lookup_status (gconstpointer data)
{
  const StatusCase *c = data;
  ScCatalogEntry *entry = sc_catalog_lookup_status (sc_catalog_get_default (NULL), c->code);

  g_assert_nonnull (entry);
  g_assert_cmpstr (sc_catalog_entry_get_id (entry), ==, c->id);
  if (c->title != NULL)
    g_assert_cmpstr (sc_catalog_entry_get_title (entry), ==, c->title);
  g_assert_cmpint (sc_catalog_entry_get_class (entry), ==, c->class_);
  g_assert_cmpstr (sc_catalog_entry_get_explanation (entry), !=, "");
}

static void
test_lookup_failure (void)
{
  ScCatalog *catalog = sc_catalog_get_default (NULL);

  g_assert_cmpstr (sc_catalog_entry_get_id (sc_catalog_lookup_failure (catalog, SC_ERROR_KIND_TLS, "tls-expired")),
                   ==, "tls-expired");
  g_assert_cmpstr (sc_catalog_entry_get_id (sc_catalog_lookup_failure (catalog, SC_ERROR_KIND_TLS, "no-such-detail")),
                   ==, "tls");
  g_assert_cmpstr (sc_catalog_entry_get_id (sc_catalog_lookup_failure (catalog, SC_ERROR_KIND_DNS, NULL)),
                   ==, "dns");
}

typedef struct {
  const char *name;
  const char *json;
  const char *message_part;
} BrokenCase;

#define ENTRY(id, extra) "{\"id\":\"" id "\",\"title\":\"T\",\"class\":\"client-error\",\"producers\":[\"origin\"]," \
                         "\"explanation\":\"E.\",\"suggestions\":[\"a\",\"b\"]" extra "}"

static const BrokenCase broken_cases[] = {
  { "empty", "", "format 1" },
  { "not-json", "{\"format\": 1, \"entries\": [", "" },
  { "wrong-format", "{\"format\": 2, \"entries\": []}", "format 1" },
  { "no-explanation", "{\"format\":1,\"entries\":[{\"id\":\"404\",\"title\":\"Not Found\",\"class\":\"client-error\",\"producers\":[\"origin\"],\"suggestions\":[\"a\",\"b\"]}]}",
    "entry 0 (404)" },
  { "one-suggestion", "{\"format\":1,\"entries\":[" ENTRY ("410", "") "," "{\"id\":\"418\",\"title\":\"T\",\"class\":\"client-error\",\"producers\":[\"origin\"],\"explanation\":\"E.\",\"suggestions\":[\"only one\"]}]}",
    "entry 1 (418): needs at least two suggestions" },
  { "unknown-producer", "{\"format\":1,\"entries\":[{\"id\":\"410\",\"title\":\"T\",\"class\":\"client-error\",\"producers\":[\"aliens\"],\"explanation\":\"E.\",\"suggestions\":[\"a\",\"b\"]}]}",
    "entry 0 (410)" },
  { "bad-class", "{\"format\":1,\"entries\":[{\"id\":\"410\",\"title\":\"T\",\"class\":\"bad\",\"producers\":[\"origin\"],\"explanation\":\"E.\",\"suggestions\":[\"a\",\"b\"]}]}",
    "entry 0 (410)" },
  { "duplicate-id", "{\"format\":1,\"entries\":[" ENTRY ("410", "") "," ENTRY ("410", "") "]}", "used twice" },
  { "missing-fallbacks", "{\"format\":1,\"entries\":[" ENTRY ("410", "") "]}", "class-1xx" },
};

static void
test_broken (gconstpointer data)
{
  const BrokenCase *c = data;
  g_autoptr(GBytes) bytes = g_bytes_new_static (c->json, strlen (c->json));
  g_autoptr(GError) error = NULL;
  g_autoptr(ScCatalog) catalog = sc_catalog_new_from_bytes (bytes, &error);

  g_assert_null (catalog);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, c->message_part));
}

/* Every code of the IANA HTTP Status Code Registry. */
static const guint iana_codes[] = {
  100, 101, 102, 103,
  200, 201, 202, 203, 204, 205, 206, 207, 208, 226,
  300, 301, 302, 303, 304, 305, 306, 307, 308,
  400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418,
  421, 422, 423, 424, 425, 426, 428, 429, 431, 451,
  500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511,
};

/* Vendor codes from the seed documents and the wild. */
static const char * const vendor_ids[] = {
  "444", "494", "495", "496", "497", "499",                        /* nginx */
  "520", "521", "522", "523", "524", "525", "526", "527", "530",   /* Cloudflare */
  "440", "449", "401.1", "401.2", "401.3", "401.4", "401.5",       /* IIS */
  "509",                                                           /* Apache */
  "419", "420", "429", "460", "463", "598", "599", "999",          /* in the wild */
};

/* Every error kind of the contract, with the TLS sub-cases. */
static const char * const failure_ids[] = {
  "invalid-url", "unsupported-scheme", "dns", "connection-refused", "timeout", "tls",
  "tls-expired", "tls-not-yet-valid", "tls-unknown-issuer", "tls-bad-identity", "tls-revoked",
  "tls-insecure", "redirect-loop", "too-many-redirects", "protocol", "network",
};

static void
assert_complete_entry (ScCatalogEntry *entry,
                       const char     *id)
{
  ScStatusClass class_;
  guint n_suggestions;

  if (entry == NULL)
    g_error ("the catalog has no entry for %s", id);
  class_ = sc_catalog_entry_get_class (entry);
  n_suggestions = g_strv_length ((char **) sc_catalog_entry_get_suggestions (entry));
  g_assert_cmpstr (sc_catalog_entry_get_id (entry), ==, id);
  g_assert_cmpuint (strlen (sc_catalog_entry_get_title (entry)), >, 1);
  g_assert_cmpuint (strlen (sc_catalog_entry_get_explanation (entry)), >, 40);
  g_assert_nonnull (sc_catalog_entry_get_producers (entry)[0]);
  if (class_ != SC_STATUS_CLASS_INFORMATIONAL && class_ != SC_STATUS_CLASS_SUCCESS && n_suggestions < 2)
    g_error ("catalog entry %s has %u suggestion(s); it needs at least two", id, n_suggestions);
  g_assert_cmpuint (n_suggestions, >=, 1);
}

static void
test_coverage_iana (void)
{
  ScCatalog *catalog = sc_catalog_get_default (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (iana_codes); i++)
    {
      char id[8];
      ScCatalogEntry *entry;

      g_snprintf (id, sizeof id, "%u", iana_codes[i]);
      entry = sc_catalog_lookup (catalog, id);
      assert_complete_entry (entry, id);
      g_assert_true (sc_catalog_entry_get_registered (entry));
      g_assert_cmpuint (sc_catalog_entry_get_code (entry), ==, iana_codes[i]);
      g_assert_cmpint (sc_catalog_entry_get_class (entry), ==, sc_status_class_for_code (iana_codes[i]));
    }
}

static void
test_coverage_vendor (void)
{
  ScCatalog *catalog = sc_catalog_get_default (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (vendor_ids); i++)
    assert_complete_entry (sc_catalog_lookup (catalog, vendor_ids[i]), vendor_ids[i]);
}

static void
test_coverage_failures (void)
{
  ScCatalog *catalog = sc_catalog_get_default (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (failure_ids); i++)
    {
      ScCatalogEntry *entry = sc_catalog_lookup (catalog, failure_ids[i]);

      assert_complete_entry (entry, failure_ids[i]);
      g_assert_cmpint (sc_catalog_entry_get_class (entry), ==, SC_STATUS_CLASS_FAILURE);
    }
}

/* The seeds' practical advice made it into the entries where it belongs. */
typedef struct {
  const char *id;
  const char *advice;
} AdviceCase;

static const AdviceCase advice_cases[] = {
  { "403", "IP" },
  { "415", "ModSecurity" },
  { "415", "Imunify360" },
  { "429", "IP" },
  { "500", "debug.log" },
  { "504", "PHP" },
  { "301", "Settings → General" },
  { "202", "SiteGround" },
  { "tls-unknown-issuer", "intermediate" },
};

static void
test_coverage_advice (void)
{
  ScCatalog *catalog = sc_catalog_get_default (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (advice_cases); i++)
    {
      ScCatalogEntry *entry = sc_catalog_lookup (catalog, advice_cases[i].id);
      g_autofree char *joined = g_strjoinv ("\n", (char **) sc_catalog_entry_get_suggestions (entry));
      g_autofree char *all = g_strconcat (sc_catalog_entry_get_explanation (entry), "\n", joined, NULL);

      if (strstr (all, advice_cases[i].advice) == NULL)
        g_error ("catalog entry %s does not mention “%s”", advice_cases[i].id, advice_cases[i].advice);
    }
}

/* Every finding the signatures give has a title; the contract's ids too.
 * (build-aux/check-finding-titles.py does the same for the C rules.) */
static void
test_finding_titles (void)
{
  static const char * const contract_ids[] = {
    "wordpress-database-error", "wordpress-critical-error", "wordpress-maintenance",
    "php-error-shown", "upstream-unreachable", "upstream-timeout", "default-server-page",
    "directory-listing", "server-misconfiguration", "local-proxy-answered",
  };
  g_autoptr(GError) error = NULL;
  ScFindingTitles *titles = sc_finding_titles_get_default (&error);
  ScSignatures *signatures = sc_signatures_get_default (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (contract_ids); i++)
    g_assert_nonnull (sc_finding_titles_lookup (titles, contract_ids[i]));
  for (guint i = 0; i < sc_signatures_get_n_items (signatures); i++)
    {
      ScSignature *signature = sc_signatures_get_item (signatures, i);

      if (signature->finding != NULL && sc_finding_titles_lookup (titles, signature->finding->id) == NULL)
        g_error ("signature %s: finding %s has no title", signature->id, signature->finding->id);
    }
  g_assert_cmpstr (sc_finding_describe ("php-error-shown"), ==, "PHP errors shown on the page");
  g_assert_cmpstr (sc_finding_describe ("certificate-expired"), ==, "Certificate expired");
  /* An id from another version has no title: it is shown as it is. */
  g_assert_null (sc_finding_titles_lookup (titles, "retired-finding"));
  g_assert_cmpstr (sc_finding_describe ("retired-finding"), ==, "retired-finding");
}

typedef struct {
  const char *name;
  const char *json;
  const char *message;   /* a part of the error */
} BrokenTitlesCase;

static const BrokenTitlesCase broken_titles_cases[] = {
  { "empty", "", "format 1" },
  { "format", "{\"format\": 2, \"findings\": []}", "format 1" },
  { "format-string", "{\"format\": \"1\", \"findings\": []}", "format 1" },
  { "findings-object", "{\"format\": 1, \"findings\": {}}", "format 1" },
  { "entry-string", "{\"format\": 1, \"findings\": [\"a\"]}", "finding 0:" },
  { "no-title", "{\"format\": 1, \"findings\": [{\"id\": \"a-b\"}]}", "finding 0:" },
  { "empty-title", "{\"format\": 1, \"findings\": [{\"id\": \"a-b\", \"title\": \"\"}]}", "finding 0 (a-b): the \"title\"" },
  { "title-array", "{\"format\": 1, \"findings\": [{\"id\": \"a-b\", \"title\": [\"x\"]}]}", "finding 0 (a-b): the \"title\"" },
  { "bad-id", "{\"format\": 1, \"findings\": [{\"id\": \"A b\", \"title\": \"x\"}]}", "lower-case" },
  { "unknown-key", "{\"format\": 1, \"findings\": [{\"id\": \"a\", \"title\": \"x\", \"message\": \"y\"}]}", "exactly" },
  { "twice", "{\"format\": 1, \"findings\": [{\"id\": \"a\", \"title\": \"x\"}, {\"id\": \"a\", \"title\": \"y\"}]}",
    "finding 1 (a): the id is used twice" },
};

static void
test_finding_titles_broken (gconstpointer data)
{
  const BrokenTitlesCase *c = data;
  g_autoptr(GBytes) bytes = g_bytes_new_static (c->json, strlen (c->json));
  g_autoptr(GError) error = NULL;
  g_autoptr(ScFindingTitles) titles = sc_finding_titles_new_from_bytes (bytes, &error);

  g_assert_null (titles);
  g_assert_nonnull (error);
  if (strstr (error->message, c->message) == NULL)
    g_error ("%s: “%s” does not say “%s”", c->name, error->message, c->message);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/catalog/default-loads", test_default_loads);
  for (guint i = 0; i < G_N_ELEMENTS (status_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/catalog/status/%u", status_cases[i].code);
      g_test_add_data_func (path, &status_cases[i], test_lookup_status);
    }
  g_test_add_func ("/catalog/failure", test_lookup_failure);
  g_test_add_func ("/catalog/coverage/iana", test_coverage_iana);
  g_test_add_func ("/catalog/coverage/vendor", test_coverage_vendor);
  g_test_add_func ("/catalog/coverage/failures", test_coverage_failures);
  g_test_add_func ("/catalog/coverage/advice", test_coverage_advice);
  g_test_add_func ("/catalog/finding-titles", test_finding_titles);
  for (guint i = 0; i < G_N_ELEMENTS (broken_titles_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/catalog/finding-titles/broken/%s", broken_titles_cases[i].name);
      g_test_add_data_func (path, &broken_titles_cases[i], test_finding_titles_broken);
    }
  for (guint i = 0; i < G_N_ELEMENTS (broken_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/catalog/broken/%s", broken_cases[i].name);
      g_test_add_data_func (path, &broken_cases[i], test_broken);
    }

  return g_test_run ();
}
