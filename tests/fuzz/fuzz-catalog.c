/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "fuzz-common.h"
#include "sc-catalog.h"
#include "sc-finding-titles.h"

/* Catalog loading: the catalog is bundled, but it is edited by hand and
 * translated, so a damaged one must be refused with an error, never crash
 * or warn.  One that loads must keep its promises: every entry complete,
 * and a status or failure lookup never without an answer.  The same input
 * is read as the findings' titles too, a file of the same making. */

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  sc_fuzz_init (argc, argv);
  return 0;
}

static void
check_entry (ScCatalog      *catalog,
             ScCatalogEntry *entry)
{
  const char *id = sc_catalog_entry_get_id (entry);
  const char * const *producers = sc_catalog_entry_get_producers (entry);
  const char * const *suggestions = sc_catalog_entry_get_suggestions (entry);
  ScStatusClass class_ = sc_catalog_entry_get_class (entry);

  g_assert (id != NULL && id[0] != '\0');
  g_assert (sc_catalog_lookup (catalog, id) == entry);
  g_assert (sc_catalog_entry_get_code (entry) <= 999);
  g_assert (sc_status_class_to_string (class_) != NULL);
  g_assert (sc_catalog_entry_get_title (entry) != NULL);
  g_assert (sc_catalog_entry_get_explanation (entry) != NULL);
  g_assert (suggestions != NULL);
  if (class_ != SC_STATUS_CLASS_INFORMATIONAL && class_ != SC_STATUS_CLASS_SUCCESS)
    g_assert (g_strv_length ((char **) suggestions) >= 2);
  g_assert (producers != NULL && producers[0] != NULL);
  for (guint i = 0; producers[i] != NULL; i++)
    g_assert (sc_producer_describe (producers[i]) != NULL);
  (void) sc_catalog_entry_get_vendor (entry);
  (void) sc_catalog_entry_get_registered (entry);
}

static void
check_lookups (ScCatalog *catalog)
{
  static const guint codes[] = { 0, 1, 99, 100, 200, 204, 301, 404, 418, 451, 500, 503, 599, 600, 999, 1000, G_MAXUINT };
  static const char * const details[] = { "tls-expired", "closed-without-answer", "404", "", "no-such-entry" };

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    g_assert (sc_catalog_lookup_status (catalog, codes[i]) != NULL);
  for (ScErrorKind kind = SC_ERROR_KIND_INVALID_URL; kind <= SC_ERROR_KIND_NETWORK; kind++)
    {
      g_assert (sc_catalog_lookup_failure (catalog, kind, NULL) != NULL);
      for (guint i = 0; i < G_N_ELEMENTS (details); i++)
        g_assert (sc_catalog_lookup_failure (catalog, kind, details[i]) != NULL);
    }
}

/* The findings' titles come from a JSON file edited by hand too: refused
 * with an error, or every title there to be found. */
static void
check_finding_titles (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScFindingTitles) titles = sc_finding_titles_new_from_bytes (bytes, &error);

  if (titles == NULL)
    {
      g_assert (error != NULL);
      return;
    }
  g_assert (error == NULL);
  g_assert (sc_finding_titles_lookup (titles, "") == NULL);
  (void) sc_finding_titles_lookup (titles, "php-error-shown");
  (void) sc_finding_titles_get_n_items (titles);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ScCatalog) catalog = NULL;
  g_autoptr(GPtrArray) entries = NULL;

  if (!sc_fuzz_json_is_one_value (data, size))
    return 0;
  bytes = g_bytes_new (data, size);
  check_finding_titles (bytes);
  catalog = sc_catalog_new_from_bytes (bytes, &error);
  if (catalog == NULL)
    {
      g_assert (error != NULL);
      return 0;
    }
  g_assert (error == NULL);

  entries = sc_catalog_list_entries (catalog);
  g_assert (entries->len == sc_catalog_get_n_entries (catalog) && entries->len > 0);
  for (guint i = 0; i < entries->len; i++)
    check_entry (catalog, g_ptr_array_index (entries, i));
  check_lookups (catalog);
  return 0;
}
