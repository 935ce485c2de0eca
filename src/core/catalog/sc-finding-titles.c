/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <json-glib/json-glib.h>

#include "sc-core-resources.h"
#include "sc-data-json-private.h"
#include "sc-finding-titles.h"

/* Findings are stored and compared by id (the history keeps only ids), but
 * a person should read "WordPress cannot reach its database", not
 * "wordpress-database-error".  The titles are data like the catalog: one
 * file for every id the signatures and the diagnosis rules can give,
 * checked at load and translated through gettext (finding-strings.c
 * carries the text to xgettext). */

#define FINDINGS_PATH RESOURCE_PREFIX "/findings/findings.json"

struct _ScFindingTitles
{
  GObject     parent_instance;

  GHashTable *by_id;   /* id → translated title, both owned */
};

G_DEFINE_FINAL_TYPE (ScFindingTitles, sc_finding_titles, G_TYPE_OBJECT)

G_DEFINE_QUARK (sc-finding-titles-error-quark, sc_finding_titles_error)

static void
sc_finding_titles_finalize (GObject *object)
{
  ScFindingTitles *self = (ScFindingTitles *) object;

  g_clear_pointer (&self->by_id, g_hash_table_unref);

  G_OBJECT_CLASS (sc_finding_titles_parent_class)->finalize (object);
}

static void
sc_finding_titles_class_init (ScFindingTitlesClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sc_finding_titles_finalize;
}

static void
sc_finding_titles_init (ScFindingTitles *self)
{
  self->by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/* The same rule as the signatures' finding ids. */
static gboolean
is_identifier (const char *text)
{
  if (text == NULL || text[0] == '\0')
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return FALSE;
  return TRUE;
}

static gboolean
add_entry (ScFindingTitles  *self,
           JsonNode         *node,
           guint             index,
           GError          **error)
{
  JsonObject *object = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  const char *id = object != NULL ? sc_data_string_member (object, "id") : NULL;
  char *title;

  if (object == NULL || json_object_get_size (object) != 2 || !is_identifier (id))
    {
      g_set_error (error, SC_FINDING_TITLES_ERROR, SC_FINDING_TITLES_ERROR_INVALID,
                   "finding %u: not an object of exactly \"id\" (lower-case words joined by -) and \"title\"",
                   index);
      return FALSE;
    }
  if (g_hash_table_contains (self->by_id, id))
    {
      g_set_error (error, SC_FINDING_TITLES_ERROR, SC_FINDING_TITLES_ERROR_INVALID,
                   "finding %u (%s): the id is used twice", index, id);
      return FALSE;
    }
  if ((title = sc_data_translated_string (object, "title")) == NULL)
    {
      g_set_error (error, SC_FINDING_TITLES_ERROR, SC_FINDING_TITLES_ERROR_INVALID,
                   "finding %u (%s): the \"title\" must be a non-empty string", index, id);
      return FALSE;
    }
  g_hash_table_insert (self->by_id, g_strdup (id), title);
  return TRUE;
}

static JsonArray *
findings_of (JsonNode *root)
{
  JsonObject *object = root != NULL && JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  JsonNode *format = object != NULL ? sc_data_value_member (object, "format") : NULL;
  JsonNode *findings = object != NULL ? json_object_get_member (object, "findings") : NULL;

  /* Not json_object_get_*_member(): a critical, not a NULL, for a member
   * of the wrong type. */
  if (format == NULL || json_node_get_value_type (format) != G_TYPE_INT64 ||
      json_node_get_int (format) != 1 || findings == NULL || !JSON_NODE_HOLDS_ARRAY (findings))
    return NULL;
  return json_node_get_array (findings);
}

ScFindingTitles *
sc_finding_titles_new_from_bytes (GBytes  *bytes,
                                  GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(ScFindingTitles) self = NULL;
  JsonArray *findings;
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);

  /* GBytes gives NULL for an empty file, which json-glib refuses with a
   * critical; "" parses as the empty document refused below. */
  if (!json_parser_load_from_data (parser, data != NULL ? data : "", len, error))
    return NULL;
  if ((findings = findings_of (json_parser_get_root (parser))) == NULL)
    {
      g_set_error (error, SC_FINDING_TITLES_ERROR, SC_FINDING_TITLES_ERROR_INVALID,
                   "the findings' titles are not a format 1 object with a \"findings\" array");
      return NULL;
    }

  self = g_object_new (SC_TYPE_FINDING_TITLES, NULL);
  for (guint i = 0; i < json_array_get_length (findings); i++)
    if (!add_entry (self, json_array_get_element (findings, i), i, error))
      return NULL;
  return g_steal_pointer (&self);
}

/* The bundled titles, loaded once per process, from any thread (the app
 * reads history in a worker). */
ScFindingTitles *
sc_finding_titles_get_default (GError **error)
{
  static ScFindingTitles *default_titles;
  static GError *load_error;
  static gsize loaded;

  if (g_once_init_enter (&loaded))
    {
      g_autoptr(GBytes) bytes = g_resource_lookup_data (sc_core_get_resource (), FINDINGS_PATH,
                                                        G_RESOURCE_LOOKUP_FLAGS_NONE, &load_error);

      if (bytes != NULL)
        default_titles = sc_finding_titles_new_from_bytes (bytes, &load_error);
      g_once_init_leave (&loaded, 1);
    }
  if (default_titles == NULL && error != NULL)
    *error = g_error_copy (load_error);
  return default_titles;
}

guint
sc_finding_titles_get_n_items (ScFindingTitles *self)
{
  g_return_val_if_fail (SC_IS_FINDING_TITLES (self), 0);
  return g_hash_table_size (self->by_id);
}

/* The translated title, or NULL for an id with none. */
const char *
sc_finding_titles_lookup (ScFindingTitles *self,
                          const char      *id)
{
  g_return_val_if_fail (SC_IS_FINDING_TITLES (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->by_id, id);
}

/* What to show for a finding id: its title, or the id itself for one that
 * has none (a row of the history written by another version, a result
 * read back from a file). */
const char *
sc_finding_describe (const char *id)
{
  ScFindingTitles *titles = sc_finding_titles_get_default (NULL);
  const char *title;

  g_return_val_if_fail (id != NULL, NULL);
  title = titles != NULL ? sc_finding_titles_lookup (titles, id) : NULL;
  return title != NULL ? title : id;
}
