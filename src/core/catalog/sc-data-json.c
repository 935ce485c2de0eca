/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sc-data-json-private.h"

/* Readers for the bundled data files (the catalog, the signatures), which
 * check every member's type themselves: a damaged file must be an error
 * that names the entry, never a critical from json-glib. */

/* Not json_object_get_*_member_with_default(): in json-glib 1.6 they are a
 * critical, not the default, for a member that is an object or an array. */
JsonNode *
sc_data_value_member (JsonObject *object,
              const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) ? node : NULL;
}

/* NULL for a missing member, and for one that is not a string. */
const char *
sc_data_string_member (JsonObject *object,
               const char *name)
{
  JsonNode *node = sc_data_value_member (object, name);

  return node != NULL ? json_node_get_string (node) : NULL;
}

/* Catalog text is written in English in the JSON and translated through
 * gettext as it is loaded; po/catalog-strings.c carries it to xgettext. */
char *
sc_data_translated_string (JsonObject *object,
                   const char *member)
{
  const char *value = sc_data_string_member (object, member);

  if (value == NULL || value[0] == '\0')
    return NULL;
  return g_strdup (g_dgettext (GETTEXT_PACKAGE, value));
}

GStrv
sc_data_string_array (JsonObject *object,
              const char *member,
              gboolean    translate,
              gboolean   *ok)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonNode *value = json_object_get_member (object, member);
  JsonArray *array;

  *ok = TRUE;
  if (value == NULL)
    return g_strv_builder_end (builder);
  /* Not json_object_get_array_member(): it is a critical, not a NULL,
   * when the member is a string or an object. */
  array = JSON_NODE_HOLDS_ARRAY (value) ? json_node_get_array (value) : NULL;
  if (array == NULL)
    {
      *ok = FALSE;
      return NULL;
    }
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      const char *s = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_string (node) : NULL;

      if (s == NULL || s[0] == '\0')
        {
          *ok = FALSE;
          return NULL;
        }
      g_strv_builder_add (builder, translate ? g_dgettext (GETTEXT_PACKAGE, s) : s);
    }
  return g_strv_builder_end (builder);
}
