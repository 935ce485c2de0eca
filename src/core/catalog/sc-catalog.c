/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <json-glib/json-glib.h>

#include "sc-catalog.h"
#include "sc-catalog-entry-private.h"
#include "sc-core-resources.h"

#define CATALOG_PATH RESOURCE_PREFIX "/catalog/catalog.json"

struct _ScCatalog
{
  GObject     parent_instance;

  GPtrArray  *entries;   /* ScCatalogEntry, in file order */
  GHashTable *by_id;     /* id → ScCatalogEntry (borrowed from entries) */
};

G_DEFINE_FINAL_TYPE (ScCatalog, sc_catalog, G_TYPE_OBJECT)

G_DEFINE_QUARK (sc-catalog-error-quark, sc_catalog_error)

static void
sc_catalog_finalize (GObject *object)
{
  ScCatalog *self = (ScCatalog *) object;

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->entries, g_ptr_array_unref);

  G_OBJECT_CLASS (sc_catalog_parent_class)->finalize (object);
}

static void
sc_catalog_class_init (ScCatalogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sc_catalog_finalize;
}

static void
sc_catalog_init (ScCatalog *self)
{
  self->entries = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

static gboolean
sc_catalog_add_entries (ScCatalog  *self,
                        JsonArray  *array,
                        GError    **error)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      ScCatalogEntry *entry;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          g_set_error (error, SC_CATALOG_ERROR, SC_CATALOG_ERROR_INVALID,
                       "catalog entry %u is not an object", i);
          return FALSE;
        }
      entry = sc_catalog_entry_new_from_json (json_node_get_object (node), i, error);
      if (entry == NULL)
        return FALSE;
      if (g_hash_table_contains (self->by_id, sc_catalog_entry_get_id (entry)))
        {
          g_set_error (error, SC_CATALOG_ERROR, SC_CATALOG_ERROR_INVALID,
                       "catalog entry %u (%s): the id is used twice", i,
                       sc_catalog_entry_get_id (entry));
          g_object_unref (entry);
          return FALSE;
        }
      g_ptr_array_add (self->entries, entry);
      g_hash_table_insert (self->by_id, (gpointer) sc_catalog_entry_get_id (entry), entry);
    }
  return TRUE;
}

/* Lookups never return NULL for a status, so the fall-backs must exist. */
static gboolean
sc_catalog_check_fallbacks (ScCatalog  *self,
                            GError    **error)
{
  static const char * const required[] = {
    "class-1xx", "class-2xx", "class-3xx", "class-4xx", "class-5xx", "non-standard",
    "invalid-url", "unsupported-scheme", "dns", "connection-refused", "timeout", "tls",
    "redirect-loop", "too-many-redirects", "protocol", "network",
  };

  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    {
      if (!g_hash_table_contains (self->by_id, required[i]))
        {
          g_set_error (error, SC_CATALOG_ERROR, SC_CATALOG_ERROR_INVALID,
                       "the catalog has no entry \"%s\"", required[i]);
          return FALSE;
        }
    }
  return TRUE;
}

/* Not json_object_get_array_member(): that is a critical, not a NULL, for
 * a missing member or one that is not an array. */
static JsonArray *
array_member (JsonObject *object,
              const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

/* The same for json_object_get_int_member_with_default(): a critical, not
 * the default, when "format" is an object or an array. */
static gint64
format_of (JsonObject *root)
{
  JsonNode *node = json_object_get_member (root, "format");

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) ? json_node_get_int (node) : 0;
}

ScCatalog *
sc_catalog_new_from_bytes (GBytes  *bytes,
                           GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(ScCatalog) self = NULL;
  JsonNode *root;
  JsonArray *entries;
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);

  /* GBytes gives NULL for an empty file, which json-glib refuses with a
   * critical; "" parses as the empty document refused below. */
  if (!json_parser_load_from_data (parser, data != NULL ? data : "", len, error))
    return NULL;

  /* An empty document parses as a NULL root: refuse it rather than
   * running with an empty catalog. */
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root) ||
      format_of (json_node_get_object (root)) != 1 ||
      (entries = array_member (json_node_get_object (root), "entries")) == NULL)
    {
      g_set_error (error, SC_CATALOG_ERROR, SC_CATALOG_ERROR_INVALID,
                   "the catalog is not a format 1 object with an \"entries\" array");
      return NULL;
    }

  self = g_object_new (SC_TYPE_CATALOG, NULL);
  if (!sc_catalog_add_entries (self, entries, error) ||
      !sc_catalog_check_fallbacks (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/* The bundled catalog, loaded once per process.  Looking the data up in
 * sc_core_get_resource() directly also keeps the linker from dropping the
 * resource out of the static library. */
ScCatalog *
sc_catalog_get_default (GError **error)
{
  static ScCatalog *default_catalog;
  static GError *load_error;
  static gsize loaded;

  /* The app restores saved results in a worker thread, so the first call
   * may come from any thread. */
  if (g_once_init_enter (&loaded))
    {
      g_autoptr(GBytes) bytes = g_resource_lookup_data (sc_core_get_resource (), CATALOG_PATH,
                                                        G_RESOURCE_LOOKUP_FLAGS_NONE, &load_error);

      if (bytes != NULL)
        default_catalog = sc_catalog_new_from_bytes (bytes, &load_error);
      g_once_init_leave (&loaded, 1);
    }
  if (default_catalog == NULL && error != NULL)
    *error = g_error_copy (load_error);
  return default_catalog;
}

guint
sc_catalog_get_n_entries (ScCatalog *self)
{
  g_return_val_if_fail (SC_IS_CATALOG (self), 0);
  return self->entries->len;
}

ScCatalogEntry *
sc_catalog_lookup (ScCatalog  *self,
                   const char *id)
{
  g_return_val_if_fail (SC_IS_CATALOG (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->by_id, id);
}

/* Known code, else its class, else "non-standard": never NULL. */
ScCatalogEntry *
sc_catalog_lookup_status (ScCatalog *self,
                          guint      code)
{
  char id[16];
  ScCatalogEntry *entry;

  g_return_val_if_fail (SC_IS_CATALOG (self), NULL);

  g_snprintf (id, sizeof id, "%u", code);
  if ((entry = sc_catalog_lookup (self, id)) != NULL)
    return entry;
  if (code >= 100 && code <= 599)
    {
      g_snprintf (id, sizeof id, "class-%uxx", code / 100);
      return sc_catalog_lookup (self, id);
    }
  return sc_catalog_lookup (self, "non-standard");
}

/* A failure's own entry: the detailed one (tls-expired) when there is one,
 * else the one of its kind. */
ScCatalogEntry *
sc_catalog_lookup_failure (ScCatalog   *self,
                           ScErrorKind  kind,
                           const char  *detail_id)
{
  ScCatalogEntry *entry = NULL;

  g_return_val_if_fail (SC_IS_CATALOG (self), NULL);
  g_return_val_if_fail (kind != SC_ERROR_KIND_NONE, NULL);

  if (detail_id != NULL)
    entry = sc_catalog_lookup (self, detail_id);
  if (entry == NULL)
    entry = sc_catalog_lookup (self, sc_error_kind_to_string (kind));
  return entry;
}

GPtrArray *
sc_catalog_list_entries (ScCatalog *self)
{
  g_return_val_if_fail (SC_IS_CATALOG (self), NULL);
  return g_ptr_array_ref (self->entries);
}
