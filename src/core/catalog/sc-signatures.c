/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "sc-core-resources.h"
#include "sc-data-json-private.h"
#include "sc-finding-titles.h"
#include "sc-signatures.h"

/* The signatures: who answered, recognised by the marks each product
 * leaves on its answers.  They are data (the JSON files in data/signatures,
 * format in SCHEMA.md beside them), loaded here in the order of the files' names and
 * checked entry by entry.  A broken entry refuses the whole set with an
 * error that names the file and the entry: a silently smaller set would
 * pass every check and recognise nothing. */

#define SIGNATURES_DIR RESOURCE_PREFIX "/signatures/"
#define MAX_BODY_LIMIT (32 * 1024)

struct _ScSignatures
{
  GObject     parent_instance;

  GPtrArray  *items;   /* of ScSignature, in matching order */
  GHashTable *by_id;
};

G_DEFINE_FINAL_TYPE (ScSignatures, sc_signatures, G_TYPE_OBJECT)

G_DEFINE_QUARK (sc-signatures-error-quark, sc_signatures_error)

static void
condition_free (gpointer data)
{
  ScCondition *condition = data;

  g_free (condition->header);
  g_free (condition->text);
  g_clear_pointer (&condition->regex, g_regex_unref);
  g_free (condition);
}

static void
signature_free (gpointer data)
{
  ScSignature *signature = data;

  g_free (signature->id);
  g_free (signature->file);
  g_free (signature->software);
  g_clear_pointer (&signature->statuses, g_array_unref);
  g_clear_pointer (&signature->all, g_ptr_array_unref);
  g_clear_pointer (&signature->any, g_ptr_array_unref);
  g_clear_pointer (&signature->none, g_ptr_array_unref);
  if (signature->finding != NULL)
    {
      g_free (signature->finding->id);
      g_free (signature->finding->message);
      g_strfreev (signature->finding->suggestions);
      g_free (signature->finding);
    }
  g_free (signature);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScSignature, signature_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScCondition, condition_free)

static void
sc_signatures_finalize (GObject *object)
{
  ScSignatures *self = (ScSignatures *) object;

  g_ptr_array_unref (self->items);
  g_hash_table_unref (self->by_id);

  G_OBJECT_CLASS (sc_signatures_parent_class)->finalize (object);
}

static void
sc_signatures_class_init (ScSignaturesClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sc_signatures_finalize;
}

static void
sc_signatures_init (ScSignatures *self)
{
  self->items = g_ptr_array_new_with_free_func (signature_free);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

ScSignatures *
sc_signatures_new (void)
{
  return g_object_new (SC_TYPE_SIGNATURES, NULL);
}

/* Where a problem is, for the error message. */
typedef struct {
  const char *file;
  guint       index;
  const char *id;
} Place;

G_GNUC_PRINTF (3, 4)
static gboolean
fail (GError      **error,
      const Place  *place,
      const char   *format,
      ...)
{
  g_autofree char *problem = NULL;
  va_list args;

  va_start (args, format);
  problem = g_strdup_vprintf (format, args);
  va_end (args);
  if (place->index == G_MAXUINT)
    g_set_error (error, SC_SIGNATURES_ERROR, SC_SIGNATURES_ERROR_INVALID,
                 "signatures/%s: %s", place->file, problem);
  else
    g_set_error (error, SC_SIGNATURES_ERROR, SC_SIGNATURES_ERROR_INVALID,
                 "signatures/%s, entry %u (%s): %s", place->file, place->index,
                 place->id != NULL ? place->id : "no id", problem);
  return FALSE;
}

/* Typos in a key would otherwise be ignored and the signature would match
 * more than its author meant. */
static gboolean
only_known_members (JsonObject         *object,
                    const char * const *known,
                    const char        **out_unknown)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    {
      if (!g_strv_contains (known, l->data))
        {
          *out_unknown = l->data;
          return FALSE;
        }
    }
  return TRUE;
}

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

static JsonObject *
object_of (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonArray *
array_member (JsonObject *object,
              const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

/* The one key of a condition that says what it looks at. */
static const struct {
  const char      *key;
  ScConditionKind  kind;
  ScMatchMode      mode;
} condition_keys[] = {
  { "header", SC_CONDITION_HEADER, SC_MATCH_PRESENT },
  { "title", SC_CONDITION_TITLE, SC_MATCH_CONTAINS },
  { "title_prefix", SC_CONDITION_TITLE, SC_MATCH_PREFIX },
  { "title_is", SC_CONDITION_TITLE, SC_MATCH_EQUALS },
  { "body", SC_CONDITION_BODY, SC_MATCH_CONTAINS },
  { "body_regex", SC_CONDITION_BODY_REGEX, SC_MATCH_CONTAINS },
  { "location", SC_CONDITION_LOCATION, SC_MATCH_CONTAINS },
  { "empty_body", SC_CONDITION_EMPTY_BODY, SC_MATCH_PRESENT },
  { "waited_ms", SC_CONDITION_WAITED_MS, SC_MATCH_PRESENT },
};

static gboolean
read_header_mode (ScCondition *condition,
                  JsonObject  *object,
                  const Place *place,
                  GError     **error)
{
  static const struct { const char *key; ScMatchMode mode; } modes[] = {
    { "contains", SC_MATCH_CONTAINS }, { "prefix", SC_MATCH_PREFIX }, { "equals", SC_MATCH_EQUALS },
  };

  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    {
      const char *text = sc_data_string_member (object, modes[i].key);

      if (!json_object_has_member (object, modes[i].key))
        continue;
      if (condition->mode != SC_MATCH_PRESENT)
        return fail (error, place, "a header condition takes one of \"contains\", \"prefix\" or \"equals\"");
      if (text == NULL || text[0] == '\0')
        return fail (error, place, "\"%s\" of header %s must be a non-empty string", modes[i].key, condition->header);
      condition->mode = modes[i].mode;
      condition->text = g_ascii_strdown (text, -1);
    }
  return TRUE;
}

static gboolean
read_regex (ScCondition *condition,
            const char  *pattern,
            const Place *place,
            GError     **error)
{
  g_autoptr(GError) regex_error = NULL;

  /* Raw bytes: a page need not be valid UTF-8. */
  condition->regex = g_regex_new (pattern, G_REGEX_CASELESS | G_REGEX_RAW, 0, &regex_error);
  if (condition->regex == NULL)
    return fail (error, place, "\"body_regex\" does not compile: %s", regex_error->message);
  return TRUE;
}

static ScCondition *
read_condition (JsonNode     *node,
                const Place  *place,
                GError      **error)
{
  static const char * const known[] = {
    "header", "contains", "prefix", "equals", "title", "title_prefix", "title_is", "body",
    "body_regex", "location", "empty_body", "waited_ms", NULL
  };
  g_autoptr(ScCondition) condition = g_new0 (ScCondition, 1);
  JsonObject *object = object_of (node);
  const char *unknown = NULL;
  guint n_keys = 0;

  if (object == NULL)
    return fail (error, place, "a condition must be an object"), NULL;
  if (!only_known_members (object, known, &unknown))
    return fail (error, place, "unknown key \"%s\" in a condition", unknown), NULL;

  for (guint i = 0; i < G_N_ELEMENTS (condition_keys); i++)
    {
      JsonNode *value = json_object_get_member (object, condition_keys[i].key);
      const char *text;

      if (value == NULL)
        continue;
      /* A second key is an error below; reading it would replace the first. */
      if (++n_keys > 1)
        break;
      condition->kind = condition_keys[i].kind;
      condition->mode = condition_keys[i].mode;
      if (condition->kind == SC_CONDITION_EMPTY_BODY)
        {
          if (!JSON_NODE_HOLDS_VALUE (value) || json_node_get_value_type (value) != G_TYPE_BOOLEAN ||
              !json_node_get_boolean (value))
            return fail (error, place, "\"empty_body\" must be true"), NULL;
          continue;
        }
      if (condition->kind == SC_CONDITION_WAITED_MS)
        {
          if (!JSON_NODE_HOLDS_VALUE (value) || json_node_get_value_type (value) != G_TYPE_INT64 ||
              json_node_get_int (value) <= 0)
            return fail (error, place, "\"waited_ms\" must be a positive whole number of milliseconds"), NULL;
          condition->waited_ms = json_node_get_int (value);
          continue;
        }
      text = JSON_NODE_HOLDS_VALUE (value) ? json_node_get_string (value) : NULL;
      if (text == NULL || text[0] == '\0')
        return fail (error, place, "\"%s\" must be a non-empty string", condition_keys[i].key), NULL;
      if (condition->kind == SC_CONDITION_HEADER)
        condition->header = g_strdup (text);
      else if (condition->kind == SC_CONDITION_BODY_REGEX)
        {
          if (!read_regex (condition, text, place, error))
            return NULL;
        }
      else
        condition->text = g_ascii_strdown (text, -1);
    }
  if (n_keys != 1)
    return fail (error, place, "a condition needs exactly one of header, title, title_prefix, title_is, body, body_regex, location, empty_body or waited_ms"), NULL;
  if (condition->kind == SC_CONDITION_HEADER && !read_header_mode (condition, object, place, error))
    return NULL;
  if (condition->kind != SC_CONDITION_HEADER &&
      (json_object_has_member (object, "contains") || json_object_has_member (object, "prefix") ||
       json_object_has_member (object, "equals")))
    return fail (error, place, "\"contains\", \"prefix\" and \"equals\" go with \"header\" only"), NULL;
  return g_steal_pointer (&condition);
}

/* NULL with no error when the member is absent. */
static GPtrArray *
read_conditions (JsonObject   *object,
                 const char   *member,
                 const Place  *place,
                 GError      **error)
{
  g_autoptr(GPtrArray) conditions = NULL;
  JsonArray *array;

  if (!json_object_has_member (object, member))
    return NULL;
  array = array_member (object, member);
  if (array == NULL || json_array_get_length (array) == 0)
    return fail (error, place, "\"%s\" must be a non-empty array of conditions", member), NULL;
  conditions = g_ptr_array_new_with_free_func (condition_free);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      ScCondition *condition = read_condition (json_array_get_element (array, i), place, error);

      if (condition == NULL)
        return NULL;
      g_ptr_array_add (conditions, condition);
    }
  return g_steal_pointer (&conditions);
}

/* 502, or "5xx" (stored as 5). */
static gboolean
read_status (JsonNode *node,
             guint    *out_status)
{
  const char *text;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  if (json_node_get_value_type (node) == G_TYPE_INT64)
    {
      gint64 code = json_node_get_int (node);

      *out_status = (guint) code;
      return code >= 100 && code <= 999;
    }
  text = json_node_get_string (node);
  if (text == NULL || strlen (text) != 3 || text[0] < '1' || text[0] > '9' ||
      g_ascii_strcasecmp (text + 1, "xx") != 0)
    return FALSE;
  *out_status = (guint) (text[0] - '0');
  return TRUE;
}

static gboolean
read_statuses (ScSignature  *signature,
               JsonObject   *object,
               const Place  *place,
               GError      **error)
{
  JsonArray *array;

  if (!json_object_has_member (object, "status"))
    return TRUE;
  array = array_member (object, "status");
  if (array == NULL || json_array_get_length (array) == 0)
    return fail (error, place, "\"status\" must be a non-empty array of codes (502) or classes (\"5xx\")");
  signature->statuses = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      guint status;

      if (!read_status (json_array_get_element (array, i), &status))
        return fail (error, place, "\"status\" element %u is not a code from 100 to 999 or a class like \"5xx\"", i);
      g_array_append_val (signature->statuses, status);
    }
  return TRUE;
}

static ScSignatureFinding *
read_finding (JsonObject   *object,
              const Place  *place,
              GError      **error)
{
  static const char * const known[] = { "id", "severity", "message", "suggestions", "quote", NULL };
  ScSignatureFinding *finding;
  const char *unknown = NULL;
  JsonNode *quote;
  gboolean ok;

  if (!only_known_members (object, known, &unknown))
    return fail (error, place, "unknown key \"%s\" in \"finding\"", unknown), NULL;
  if (!is_identifier (sc_data_string_member (object, "id")))
    return fail (error, place, "the finding's \"id\" must be lower-case words joined by -"), NULL;

  finding = g_new0 (ScSignatureFinding, 1);
  finding->id = g_strdup (sc_data_string_member (object, "id"));
  if (!sc_severity_from_string (sc_data_string_member (object, "severity"), &finding->severity))
    ok = fail (error, place, "the finding's \"severity\" must be info, warning or critical");
  else if ((finding->message = sc_data_translated_string (object, "message")) == NULL)
    ok = fail (error, place, "the finding needs a \"message\"");
  else
    {
      finding->suggestions = sc_data_string_array (object, "suggestions", TRUE, &ok);
      if (!ok || g_strv_length (finding->suggestions) < 2)
        ok = fail (error, place, "the finding needs at least two \"suggestions\", non-empty strings");
    }
  quote = json_object_get_member (object, "quote");
  if (ok && quote != NULL)
    {
      if (!JSON_NODE_HOLDS_VALUE (quote) || json_node_get_value_type (quote) != G_TYPE_BOOLEAN)
        ok = fail (error, place, "the finding's \"quote\" must be true or false");
      else
        finding->quote = json_node_get_boolean (quote);
    }
  if (!ok)
    {
      g_free (finding->id);
      g_free (finding->message);
      g_strfreev (finding->suggestions);
      g_clear_pointer (&finding, g_free);
    }
  return finding;
}

static gboolean
read_who (ScSignature  *signature,
          JsonObject   *object,
          const Place  *place,
          GError      **error)
{
  const char *kind = sc_data_string_member (object, "kind");
  const char *software = sc_data_string_member (object, "software");

  if (g_strcmp0 (kind, "answer") != 0 && g_strcmp0 (kind, "presence") != 0)
    return fail (error, place, "\"kind\" must be \"answer\" or \"presence\"");
  signature->presence = g_str_equal (kind, "presence");
  if (!sc_role_from_string (sc_data_string_member (object, "role"), &signature->role))
    return fail (error, place, "\"role\" must be one of origin, application, proxy, cdn, firewall, hosting, local-proxy, network, client");
  if (json_object_has_member (object, "software") && (software == NULL || software[0] == '\0'))
    return fail (error, place, "\"software\" must be a non-empty string");
  signature->software = g_strdup (software);
  return TRUE;
}

static gboolean
read_limits (ScSignature  *signature,
             JsonObject   *object,
             const Place  *place,
             GError      **error)
{
  JsonNode *max_body = json_object_get_member (object, "max_body");
  JsonNode *note = json_object_get_member (object, "note");

  if (max_body != NULL)
    {
      if (!JSON_NODE_HOLDS_VALUE (max_body) || json_node_get_value_type (max_body) != G_TYPE_INT64 ||
          json_node_get_int (max_body) <= 0 || json_node_get_int (max_body) > MAX_BODY_LIMIT)
        return fail (error, place, "\"max_body\" must be a number of bytes from 1 to %d", MAX_BODY_LIMIT);
      signature->max_body = (gsize) json_node_get_int (max_body);
    }
  if (note != NULL && (!JSON_NODE_HOLDS_VALUE (note) || json_node_get_value_type (note) != G_TYPE_STRING))
    return fail (error, place, "\"note\" must be a string");
  return TRUE;
}

static ScSignature *
read_signature (JsonNode     *node,
                Place        *place,
                GError      **error)
{
  static const char * const known[] = {
    "id", "kind", "role", "software", "status", "all", "any", "none", "max_body", "finding", "note", NULL
  };
  g_autoptr(ScSignature) signature = g_new0 (ScSignature, 1);
  JsonObject *object = object_of (node);
  const char *unknown = NULL;
  JsonObject *finding;

  if (object == NULL)
    return fail (error, place, "a signature must be an object"), NULL;
  place->id = sc_data_string_member (object, "id");
  if (!is_identifier (place->id))
    return fail (error, place, "\"id\" must be lower-case words joined by -"), NULL;
  signature->id = g_strdup (place->id);
  signature->file = g_strdup (place->file);
  if (!only_known_members (object, known, &unknown))
    return fail (error, place, "unknown key \"%s\"", unknown), NULL;
  if (!read_who (signature, object, place, error) ||
      !read_statuses (signature, object, place, error) ||
      !read_limits (signature, object, place, error))
    return NULL;

  signature->all = read_conditions (object, "all", place, error);
  if (signature->all == NULL && json_object_has_member (object, "all"))
    return NULL;
  signature->any = read_conditions (object, "any", place, error);
  if (signature->any == NULL && json_object_has_member (object, "any"))
    return NULL;
  signature->none = read_conditions (object, "none", place, error);
  if (signature->none == NULL && json_object_has_member (object, "none"))
    return NULL;
  if (signature->all == NULL && signature->any == NULL)
    return fail (error, place, "a signature needs \"all\" or \"any\""), NULL;

  if (json_object_has_member (object, "finding"))
    {
      if (signature->presence)
        return fail (error, place, "only an \"answer\" signature has a \"finding\""), NULL;
      if ((finding = object_of (json_object_get_member (object, "finding"))) == NULL)
        return fail (error, place, "\"finding\" must be an object"), NULL;
      if ((signature->finding = read_finding (finding, place, error)) == NULL)
        return NULL;
    }
  return g_steal_pointer (&signature);
}

/* Whether an earlier signature of @added than the last has @id. */
static gboolean
added_before (GPtrArray  *added,
              const char *id)
{
  for (guint i = 0; i + 1 < added->len; i++)
    if (g_str_equal (((ScSignature *) g_ptr_array_index (added, i))->id, id))
      return TRUE;
  return FALSE;
}

/* Adds the signatures of one file, in its order, after those already
 * there.  On error nothing of the file is kept. */
gboolean
sc_signatures_add_file (ScSignatures  *self,
                        const char    *name,
                        GBytes        *bytes,
                        GError       **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func (signature_free);
  Place place = { name, G_MAXUINT, NULL };
  g_autoptr(GError) parse_error = NULL;
  gsize len = 0;
  const char *data = g_bytes_get_data (bytes, &len);
  JsonObject *root;
  JsonNode *format;
  JsonArray *items;

  g_return_val_if_fail (SC_IS_SIGNATURES (self), FALSE);

  if (!json_parser_load_from_data (parser, data != NULL ? data : "", len, &parse_error))
    return fail (error, &place, "%s", parse_error->message);
  root = object_of (json_parser_get_root (parser));
  format = root != NULL ? sc_data_value_member (root, "format") : NULL;
  if (format == NULL || json_node_get_value_type (format) != G_TYPE_INT64 || json_node_get_int (format) != 1)
    return fail (error, &place, "needs \"format\": 1");
  if ((items = array_member (root, "signatures")) == NULL)
    return fail (error, &place, "needs a \"signatures\" array");

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      ScSignature *signature;

      place.index = i;
      place.id = NULL;
      if ((signature = read_signature (json_array_get_element (items, i), &place, error)) == NULL)
        return FALSE;
      g_ptr_array_add (added, signature);
      if (g_hash_table_contains (self->by_id, signature->id) ||
          added_before (added, signature->id))
        return fail (error, &place, "the id is used twice");
    }
  for (guint i = 0; i < added->len; i++)
    {
      ScSignature *signature = g_ptr_array_index (added, i);

      g_hash_table_insert (self->by_id, signature->id, signature);
    }
  g_ptr_array_extend_and_steal (self->items, g_steal_pointer (&added));
  return TRUE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* A finding the signatures can give must have a title to be named by
 * (data/findings/findings.json): checked on the bundled set, where both
 * files ship together. */
static gboolean
check_titles (ScSignatures  *self,
              GError       **error)
{
  ScFindingTitles *titles = sc_finding_titles_get_default (error);

  if (titles == NULL)
    return FALSE;
  for (guint i = 0; i < self->items->len; i++)
    {
      ScSignature *signature = g_ptr_array_index (self->items, i);

      if (signature->finding != NULL && sc_finding_titles_lookup (titles, signature->finding->id) == NULL)
        {
          g_set_error (error, SC_SIGNATURES_ERROR, SC_SIGNATURES_ERROR_INVALID,
                       "signatures/%s (%s): the finding \"%s\" has no title in findings/findings.json",
                       signature->file, signature->id, signature->finding->id);
          return FALSE;
        }
    }
  return TRUE;
}

static ScSignatures *
load_bundled (GError **error)
{
  g_autoptr(ScSignatures) self = sc_signatures_new ();
  g_auto(GStrv) names = NULL;

  /* Looking the data up in sc_core_get_resource() directly keeps the
   * linker from dropping the resource out of the static library. */
  names = g_resource_enumerate_children (sc_core_get_resource (), SIGNATURES_DIR,
                                         G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (names == NULL)
    return NULL;
  qsort (names, g_strv_length (names), sizeof (char *), compare_names);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat (SIGNATURES_DIR, names[i], NULL);
      g_autoptr(GBytes) bytes = NULL;

      if (!g_str_has_suffix (names[i], ".json"))
        continue;
      bytes = g_resource_lookup_data (sc_core_get_resource (), path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
      if (bytes == NULL || !sc_signatures_add_file (self, names[i], bytes, error))
        return NULL;
    }
  if (!check_titles (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

/* The bundled signatures, loaded once per process, from any thread. */
ScSignatures *
sc_signatures_get_default (GError **error)
{
  static ScSignatures *default_signatures;
  static GError *load_error;
  static gsize loaded;

  if (g_once_init_enter (&loaded))
    {
      default_signatures = load_bundled (&load_error);
      g_once_init_leave (&loaded, 1);
    }
  if (default_signatures == NULL && error != NULL)
    *error = g_error_copy (load_error);
  return default_signatures;
}

guint
sc_signatures_get_n_items (ScSignatures *self)
{
  g_return_val_if_fail (SC_IS_SIGNATURES (self), 0);
  return self->items->len;
}

ScSignature *
sc_signatures_get_item (ScSignatures *self,
                        guint         index)
{
  g_return_val_if_fail (SC_IS_SIGNATURES (self), NULL);
  g_return_val_if_fail (index < self->items->len, NULL);
  return g_ptr_array_index (self->items, index);
}

ScSignature *
sc_signatures_lookup (ScSignatures *self,
                      const char   *id)
{
  g_return_val_if_fail (SC_IS_SIGNATURES (self), NULL);
  return id != NULL ? g_hash_table_lookup (self->by_id, id) : NULL;
}

gboolean
sc_signature_status_matches (ScSignature *signature,
                             guint        status)
{
  if (signature->statuses == NULL)
    return TRUE;
  for (guint i = 0; i < signature->statuses->len; i++)
    {
      guint wanted = g_array_index (signature->statuses, guint, i);

      if (wanted == status || (wanted < 10 && status / 100 == wanted))
        return TRUE;
    }
  return FALSE;
}
