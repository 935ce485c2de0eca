/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "sc-catalog.h"

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
  for (guint i = 0; i < G_N_ELEMENTS (broken_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/catalog/broken/%s", broken_cases[i].name);
      g_test_add_data_func (path, &broken_cases[i], test_broken);
    }

  return g_test_run ();
}
