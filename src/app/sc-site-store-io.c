/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "sc-json-writer.h"
#include "sc-result-json.h"
#include "sc-site-store-private.h"

/* The site list on disk:
 *
 *   { "format": 1, "sites": [ { "input": "...", "result": { ...the JSON report... } } ] }
 *
 * These functions run in a worker thread: results are not changed once a
 * check has finished, so reading them there is safe.  Writing goes through
 * g_file_set_contents_full(), which writes a temporary file and renames it
 * over the old one, so a crash leaves either the old or the new list. */

void
sc_saved_site_free (ScSavedSite *saved)
{
  g_free (saved->input);
  g_free (saved->name);
  g_strfreev (saved->groups);
  g_clear_object (&saved->result);
  g_free (saved);
}

/* Written site by site into one string rather than as one JSON tree: the
 * tree of 10,000 results would need several times the memory of its text. */
GBytes *
sc_site_store_serialize (GPtrArray *saved_sites)
{
  /* Written as text straight away: a json-glib tree per site made closing
   * the window with 10,000 checked sites take half a second. */
  GString *out = g_string_sized_new (256 + saved_sites->len * 2048);

  g_string_append (out, "{\"format\":1,\"sites\":[");
  for (guint i = 0; i < saved_sites->len; i++)
    {
      ScSavedSite *saved = g_ptr_array_index (saved_sites, i);
      ScJsonWriter writer;

      if (i > 0)
        g_string_append_c (out, ',');
      g_string_append (out, "{\"input\":");
      sc_json_writer_init (&writer, out, 0, FALSE);
      sc_json_string (&writer, saved->input);
      if (saved->name != NULL)
        {
          g_string_append (out, ",\"name\":");
          sc_json_string (&writer, saved->name);
        }
      for (guint g = 0; saved->groups != NULL && saved->groups[g] != NULL; g++)
        {
          g_string_append (out, g == 0 ? ",\"groups\":[" : ",");
          sc_json_string (&writer, saved->groups[g]);
          if (saved->groups[g + 1] == NULL)
            g_string_append_c (out, ']');
        }
      if (saved->result != NULL)
        {
          g_string_append (out, ",\"result\":");
          sc_check_result_append_json (saved->result, out);
        }
      g_string_append_c (out, '}');
    }
  g_string_append (out, "]}");
  return g_string_free_to_bytes (out);
}

/* "groups": an array of strings; anything else in it is skipped. */
static char **
read_groups (JsonObject *object)
{
  JsonNode *node = json_object_get_member (object, "groups");
  g_autoptr(GStrvBuilder) groups = g_strv_builder_new ();
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *item = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_VALUE (item) && json_node_get_value_type (item) == G_TYPE_STRING)
        g_strv_builder_add (groups, json_node_get_string (item));
    }
  return g_strv_builder_end (groups);
}

static ScSavedSite *
parse_site (JsonNode *node,
            gboolean *damaged)
{
  JsonObject *object;
  JsonNode *input;
  JsonNode *result;
  ScSavedSite *saved;

  object = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  input = object != NULL ? json_object_get_member (object, "input") : NULL;
  if (input == NULL || !JSON_NODE_HOLDS_VALUE (input) || json_node_get_value_type (input) != G_TYPE_STRING)
    {
      *damaged = TRUE;
      return NULL;
    }

  saved = g_new0 (ScSavedSite, 1);
  saved->input = g_strdup (json_node_get_string (input));
  saved->name = g_strdup (json_object_get_string_member_with_default (object, "name", NULL));
  saved->groups = read_groups (object);
  result = json_object_get_member (object, "result");
  if (result != NULL && JSON_NODE_HOLDS_OBJECT (result))
    {
      saved->result = sc_check_result_new_from_json (json_node_get_object (result), NULL);
      if (saved->result == NULL)
        *damaged = TRUE;
      else
        sc_check_result_set_raw_input (saved->result, saved->input);
    }
  else if (result != NULL && !JSON_NODE_HOLDS_NULL (result))
    *damaged = TRUE;
  return saved;
}

/* Returns the sites, keeping every one whose input survived even when its
 * result did not; @n_damaged counts the entries that lost something. */
GPtrArray *
sc_site_store_parse (GBytes  *bytes,
                     guint   *n_damaged,
                     GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) sites = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_saved_site_free);
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  JsonNode *root;
  JsonArray *array;

  *n_damaged = 0;
  if (!json_parser_load_from_data (parser, data, length, error))
    return NULL;
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root) ||
      json_object_get_int_member_with_default (json_node_get_object (root), "format", 0) != 1 ||
      !json_object_has_member (json_node_get_object (root), "sites") ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (json_node_get_object (root), "sites")))
    {
      g_set_error_literal (error, SC_SITE_STORE_ERROR, SC_SITE_STORE_ERROR_DAMAGED,
                           "not a Statuscope site list (format 1)");
      return NULL;
    }

  array = json_object_get_array_member (json_node_get_object (root), "sites");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gboolean damaged = FALSE;
      ScSavedSite *saved = parse_site (json_array_get_element (array, i), &damaged);

      if (saved != NULL)
        g_ptr_array_add (sites, saved);
      *n_damaged += damaged ? 1 : 0;
    }
  return g_steal_pointer (&sites);
}

gboolean
sc_site_store_write_file (GFile   *file,
                          GBytes  *bytes,
                          GError **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *dir = g_path_get_dirname (path);
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not create the folder %s: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }
  return g_file_set_contents_full (path, data, length,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   0600, error);
}

/* Keeps a damaged file next to the list, under a name that says so. */
static char *
set_aside (const char *path,
           gboolean    copy,
           GError    **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *aside = g_strdup_printf ("%s.damaged-%s", path, stamp);
  g_autoptr(GFile) from = g_file_new_for_path (path);
  g_autoptr(GFile) to = g_file_new_for_path (aside);

  if (copy ? !g_file_copy (from, to, G_FILE_COPY_NONE, NULL, NULL, NULL, error)
           : !g_file_move (from, to, G_FILE_COPY_NONE, NULL, NULL, NULL, error))
    return NULL;
  return g_steal_pointer (&aside);
}

/* A missing file is an empty list.  A file that cannot be read as a list
 * is moved aside and reported; one that lost some entries is copied aside
 * and the rest loaded, with @out_warning saying so. */
GPtrArray *
sc_site_store_read_file (GFile   *file,
                         char   **out_warning,
                         GError **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) sites = NULL;
  g_autofree char *aside = NULL;
  guint n_damaged = 0;

  bytes = g_file_load_bytes (file, NULL, NULL, &local_error);
  if (bytes == NULL && g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return g_ptr_array_new_with_free_func ((GDestroyNotify) sc_saved_site_free);
  if (bytes == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  sites = sc_site_store_parse (bytes, &n_damaged, &local_error);
  if (sites == NULL)
    {
      aside = set_aside (path, FALSE, NULL);
      g_set_error (error, SC_SITE_STORE_ERROR, SC_SITE_STORE_ERROR_DAMAGED,
                   _("The saved site list could not be read (%s). It was kept as %s, and the list starts empty."),
                   local_error->message, aside != NULL ? aside : path);
      return NULL;
    }
  if (n_damaged > 0)
    {
      aside = set_aside (path, TRUE, NULL);
      *out_warning = g_strdup_printf (g_dngettext (NULL,
                                                   "%u saved entry was damaged and could not be fully restored. The original file was kept as %s.",
                                                   "%u saved entries were damaged and could not be fully restored. The original file was kept as %s.",
                                                   n_damaged),
                                      n_damaged, aside != NULL ? aside : path);
    }
  return g_steal_pointer (&sites);
}
