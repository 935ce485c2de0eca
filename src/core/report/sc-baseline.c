/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sc-baseline.h"
#include "sc-result-json.h"

/* An earlier run, read from its -f json output, to compare this run with
 * (contract: "Comparing with an earlier run").  Results are matched by url,
 * or by input where url is null.  Each one is read with the same reader as
 * the app's saved list, which sanitises the file's text and recomputes the
 * verdict from class and findings: that is how a file written before
 * "verdict" existed is read.  Where the file names a verdict, it wins. */

struct _ScBaseline
{
  GObject     parent_instance;

  char       *file;
  GHashTable *snapshots;   /* key → ScSnapshot */
  gint64      checked_at;  /* the earliest; 0 when no result has one */
};

G_DEFINE_FINAL_TYPE (ScBaseline, sc_baseline, G_TYPE_OBJECT)

static void
sc_baseline_finalize (GObject *object)
{
  ScBaseline *self = (ScBaseline *) object;

  g_free (self->file);
  g_hash_table_unref (self->snapshots);
  G_OBJECT_CLASS (sc_baseline_parent_class)->finalize (object);
}

static void
sc_baseline_class_init (ScBaselineClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sc_baseline_finalize;
}

static void
sc_baseline_init (ScBaseline *self)
{
  self->snapshots = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                           (GDestroyNotify) sc_snapshot_unref);
}

/* A result the reader refuses (no input or class) is skipped: one bad
 * entry should not hide the changes of all the others. */
static void
add_result (ScBaseline *self,
            JsonNode   *node)
{
  g_autoptr(ScCheckResult) result = NULL;
  g_autoptr(GError) error = NULL;
  ScSnapshot *snapshot;
  ScVerdict verdict;
  JsonObject *object;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return;
  object = json_node_get_object (node);
  result = sc_check_result_new_from_json (object, &error);
  if (result == NULL)
    return;
  snapshot = sc_snapshot_new_from_result (result);
  if (sc_verdict_from_string (json_object_get_string_member_with_default (object, "verdict", NULL), &verdict))
    snapshot->verdict = verdict;
  if (snapshot->checked_at != 0 && (self->checked_at == 0 || snapshot->checked_at < self->checked_at))
    self->checked_at = snapshot->checked_at;
  /* The first of two results for one site wins, as it came first. */
  if (g_hash_table_contains (self->snapshots, snapshot->key))
    sc_snapshot_unref (snapshot);
  else
    g_hash_table_insert (self->snapshots, snapshot->key, snapshot);
}

static gboolean
add_document (ScBaseline  *self,
              JsonNode    *root,
              GError     **error)
{
  JsonArray *results = NULL;

  if (root != NULL && JSON_NODE_HOLDS_OBJECT (root))
    {
      JsonNode *member = json_object_get_member (json_node_get_object (root), "results");

      if (member != NULL && JSON_NODE_HOLDS_ARRAY (member))
        results = json_node_get_array (member);
      else if (json_object_has_member (json_node_get_object (root), "input"))
        {
          add_result (self, root);
          return TRUE;
        }
    }
  else if (root != NULL && JSON_NODE_HOLDS_ARRAY (root))
    results = json_node_get_array (root);

  if (results == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("%s is not the JSON output of statuscope-cli (no \"results\")"), self->file);
      return FALSE;
    }
  for (guint i = 0; i < json_array_get_length (results); i++)
    add_result (self, json_array_get_element (results, i));
  return TRUE;
}

/* JSON Lines (-f jsonl): one result object a line. */
static gboolean
add_lines (ScBaseline  *self,
           const char  *data,
           GError     **error)
{
  g_auto(GStrv) lines = g_strsplit (data, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();

      if (g_strstrip (lines[i])[0] == '\0')
        continue;
      if (!json_parser_load_from_data (parser, lines[i], -1, error))
        return FALSE;
      if (!add_document (self, json_parser_get_root (parser), error))
        return FALSE;
    }
  return TRUE;
}

ScBaseline *
sc_baseline_new_from_data (const char  *name,
                           const char  *data,
                           gssize       length,
                           GError     **error)
{
  g_autoptr(ScBaseline) self = g_object_new (SC_TYPE_BASELINE, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) whole_error = NULL;
  g_autofree char *text = g_strndup (data, length < 0 ? strlen (data) : (gsize) length);

  self->file = g_strdup (name);
  if (json_parser_load_from_data (parser, text, -1, &whole_error))
    {
      if (!add_document (self, json_parser_get_root (parser), error))
        return NULL;
    }
  else if (!add_lines (self, text, NULL))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s: %s", name, whole_error->message);
      return NULL;
    }
  return g_steal_pointer (&self);
}

ScBaseline *
sc_baseline_new_from_file (const char  *path,
                           GError     **error)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;
  return sc_baseline_new_from_data (path, contents, length, error);
}

const char *
sc_baseline_get_file (ScBaseline *self)
{
  g_return_val_if_fail (SC_IS_BASELINE (self), NULL);
  return self->file;
}

/* The earliest checked_at of the file's results (Unix seconds), 0 when
 * none has one. */
gint64
sc_baseline_get_checked_at (ScBaseline *self)
{
  g_return_val_if_fail (SC_IS_BASELINE (self), 0);
  return self->checked_at;
}

guint
sc_baseline_get_n_results (ScBaseline *self)
{
  g_return_val_if_fail (SC_IS_BASELINE (self), 0);
  return g_hash_table_size (self->snapshots);
}

ScSnapshot *
sc_baseline_lookup (ScBaseline *self,
                    const char *key)
{
  g_return_val_if_fail (SC_IS_BASELINE (self), NULL);
  return key != NULL ? g_hash_table_lookup (self->snapshots, key) : NULL;
}

ScChange *
sc_baseline_compare (ScBaseline    *self,
                     ScCheckResult *result)
{
  g_autoptr(ScSnapshot) now = NULL;

  g_return_val_if_fail (SC_IS_BASELINE (self), NULL);
  g_return_val_if_fail (SC_IS_CHECK_RESULT (result), NULL);

  now = sc_snapshot_new_from_result (result);
  return sc_change_compare (sc_baseline_lookup (self, now->key), now);
}
