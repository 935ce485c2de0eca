/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "sc-catalog.h"
#include "sc-report-private.h"
#include "sc-result-json.h"
#include "sc-result-private.h"
#include "sc-text.h"
#include "sc-url.h"

/* Reads back what sc_report_json_result() wrote, so that the app can show
 * each site's last result at start.  The file may be damaged or edited by
 * hand: every member's type is checked before it is read (json-glib's plain
 * getters warn on a mismatch), text is sanitized again, and a number out of
 * its range counts as missing.  Only "input" and "class" are required.
 * The error messages describe a damaged file for a log, so they are not
 * translated. */

/* Longest text kept per field, in characters.  Each is at least what the
 * checker keeps, so a genuine result reads back unchanged. */
#define MAX_SHORT_CHARS   64      /* ids, methods, addresses, a fingerprint */
#define MAX_HEADER_CHARS  128     /* header names */
#define MAX_HOST_CHARS    255     /* host names, certificate DNS names */
#define MAX_REASON_CHARS  256
#define MAX_NAME_CHARS    512     /* certificate subject and issuer */
#define MAX_MESSAGE_CHARS 4096    /* a message may quote a whole URL */

/* How many items of a list are read; a genuine result has far fewer. */
#define MAX_HOPS     256
#define MAX_HEADERS  200
#define MAX_FINDINGS 64
#define MAX_STRINGS  1024

/* A duration beyond a day is not a measurement, and a bound on days_left
 * (about 2,700 years) keeps arithmetic on it from overflowing. */
#define MAX_DURATION_US G_TIME_SPAN_DAY
#define MAX_DAYS_LEFT   1000000

static const char * const http_versions[] = { "HTTP/1.0", "HTTP/1.1", "HTTP/2", NULL };
static const char * const ip_families[] = { "ipv4", "ipv6", NULL };

G_DEFINE_QUARK (sc-result-json-error-quark, sc_result_json_error)

static JsonNode *
member (JsonObject *object,
        const char *name)
{
  return object != NULL ? json_object_get_member (object, name) : NULL;
}

static gboolean
holds (JsonNode *node,
       GType     type)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

static const char *
node_string (JsonNode *node)
{
  return holds (node, G_TYPE_STRING) ? json_node_get_string (node) : NULL;
}

static const char *
get_string (JsonObject *object,
            const char *name)
{
  return node_string (member (object, name));
}

static char *
dup_text (JsonObject *object,
          const char *name,
          gsize       max_chars)
{
  return sc_text_sanitize (get_string (object, name), -1, max_chars);
}

/* An integer in [@min, @max], else @fallback: a double or a string is as
 * good as missing. */
static gint64
get_int (JsonObject *object,
         const char *name,
         gint64      min,
         gint64      max,
         gint64      fallback)
{
  JsonNode *node = member (object, name);
  gint64 value;

  if (!holds (node, G_TYPE_INT64))
    return fallback;
  value = json_node_get_int (node);
  return value >= min && value <= max ? value : fallback;
}

static gboolean
get_boolean (JsonObject *object,
             const char *name,
             gboolean    fallback)
{
  JsonNode *node = member (object, name);

  return holds (node, G_TYPE_BOOLEAN) ? json_node_get_boolean (node) : fallback;
}

static JsonObject *
get_object (JsonObject *object,
            const char *name)
{
  JsonNode *node = member (object, name);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonArray *
get_array (JsonObject *object,
           const char *name)
{
  JsonNode *node = member (object, name);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

/* The strings of @array; other elements are skipped. */
static GStrv
dup_text_array (JsonArray *array,
                gsize      max_chars)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n = array != NULL ? MIN (json_array_get_length (array), MAX_STRINGS) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = sc_text_sanitize (node_string (json_array_get_element (array, i)),
                                                -1, max_chars);

      if (text != NULL)
        g_strv_builder_add (builder, text);
    }
  return g_strv_builder_end (builder);
}

/* Three digits on the wire; anything else reads as no answer at all. */
static guint
get_status (JsonObject *object,
            const char *name)
{
  return (guint) get_int (object, name, 1, 999, 0);
}

static GDateTime *
get_date (JsonObject *object,
          const char *name)
{
  const char *text = get_string (object, name);

  /* An ISO 8601 date is short; a long string here is not one. */
  if (text == NULL || strlen (text) > MAX_SHORT_CHARS)
    return NULL;
  return g_date_time_new_from_iso8601 (text, NULL);
}

/* The same static string the checker uses, or NULL for one it never sets. */
static const char *
known_name (const char         *name,
            const char * const *known)
{
  for (guint i = 0; name != NULL && known[i] != NULL; i++)
    if (g_str_equal (name, known[i]))
      return known[i];
  return NULL;
}

/* Phases that were not written were unknown: -1, as in a fresh ScTiming. */
static void
read_timing (JsonObject *object,
             ScTiming   *timing)
{
  timing->total_us = get_int (object, "total", 0, MAX_DURATION_US, -1);
  timing->dns_us = get_int (object, "dns", 0, MAX_DURATION_US, -1);
  timing->connect_us = get_int (object, "connect", 0, MAX_DURATION_US, -1);
  timing->tls_us = get_int (object, "tls", 0, MAX_DURATION_US, -1);
  timing->first_byte_us = get_int (object, "first_byte", 0, MAX_DURATION_US, -1);
  timing->reused_connection = get_boolean (object, "reused_connection", FALSE);
}

static ScTlsInfo *
read_tls (JsonObject *object)
{
  g_autofree char *subject = NULL;
  g_autofree char *issuer = NULL;
  g_autofree char *fingerprint = NULL;
  g_autoptr(GDateTime) not_before = NULL;
  g_autoptr(GDateTime) not_after = NULL;
  g_auto(GStrv) dns_names = NULL;
  g_auto(GStrv) errors = NULL;

  if (object == NULL)
    return NULL;

  subject = dup_text (object, "subject", MAX_NAME_CHARS);
  issuer = dup_text (object, "issuer", MAX_NAME_CHARS);
  fingerprint = dup_text (object, "sha256", MAX_SHORT_CHARS);
  not_before = get_date (object, "not_before");
  not_after = get_date (object, "not_after");
  dns_names = dup_text_array (get_array (object, "dns_names"), MAX_HOST_CHARS);
  errors = dup_text_array (get_array (object, "errors"), MAX_SHORT_CHARS);
  return sc_tls_info_new_restored (subject, issuer, not_before, not_after,
                                   get_int (object, "days_left", -MAX_DAYS_LEFT, MAX_DAYS_LEFT, 0),
                                   (const char * const *) dns_names,
                                   sc_tls_error_flags_from_names ((const char * const *) errors),
                                   fingerprint);
}

/* Each header is a [name, value] pair; anything else is skipped. */
static void
read_headers (ScHop     *hop,
              JsonArray *array)
{
  guint n = array != NULL ? json_array_get_length (array) : 0;

  for (guint i = 0; i < n && sc_hop_get_n_headers (hop) < MAX_HEADERS; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonArray *pair = JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
      g_autofree char *name = NULL;
      g_autofree char *value = NULL;

      if (pair == NULL || json_array_get_length (pair) != 2)
        continue;
      name = sc_text_sanitize (node_string (json_array_get_element (pair, 0)), -1, MAX_HEADER_CHARS);
      value = sc_text_sanitize (node_string (json_array_get_element (pair, 1)), -1, SC_TEXT_MAX_CHARS);
      if (name != NULL && value != NULL)
        sc_hop_add_header (hop, name, value);
    }
}

static ScHop *
read_hop (JsonObject *object,
          gboolean    followed)
{
  g_autofree char *url = dup_text (object, "url", SC_URL_MAX_SHOWN_CHARS);
  g_autofree char *method = dup_text (object, "method", MAX_SHORT_CHARS);
  ScHop *hop = sc_hop_new (url != NULL ? url : "", method != NULL ? method : "GET");

  hop->status = get_status (object, "status");
  hop->reason = dup_text (object, "reason", MAX_REASON_CHARS);
  hop->location = dup_text (object, "location", SC_TEXT_MAX_CHARS);
  hop->redirected = get_boolean (object, "redirected", followed);
  hop->http_version = known_name (get_string (object, "http_version"), http_versions);
  hop->remote_address = dup_text (object, "remote_address", MAX_SHORT_CHARS);
  hop->proxy = dup_text (object, "proxy", MAX_SHORT_CHARS);
  hop->ip_family = known_name (get_string (object, "ip_family"), ip_families);
  hop->head_status = get_status (object, "head_status");
  read_timing (get_object (object, "timing_us"), &hop->timing);
  hop->tls = read_tls (get_object (object, "tls"));
  read_headers (hop, get_array (object, "headers"));
  return hop;
}

/* The checker follows a hop exactly when another comes after it, which is
 * the best guess for a hop whose "redirected" is missing. */
static void
read_hops (ScCheckResult *result,
           JsonArray     *array)
{
  guint n = array != NULL ? json_array_get_length (array) : 0;

  for (guint i = 0; i < n && result->hops->len < MAX_HOPS; i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_OBJECT (node))
        g_ptr_array_add (result->hops, read_hop (json_node_get_object (node), i + 1 < n));
    }
}

static ScSeverity
severity_from_string (const char *name)
{
  ScSeverity severity = SC_SEVERITY_INFO;

  sc_severity_from_string (name, &severity);
  return severity;
}

/* A finding needs an id and a message; an unknown severity reads as info. */
static ScFinding *
read_finding (JsonObject *object)
{
  g_autofree char *id = dup_text (object, "id", MAX_SHORT_CHARS);
  g_autofree char *message = dup_text (object, "message", MAX_MESSAGE_CHARS);
  g_auto(GStrv) suggestions = NULL;

  if (id == NULL || id[0] == '\0' || message == NULL)
    return NULL;
  suggestions = dup_text_array (get_array (object, "suggestions"), MAX_MESSAGE_CHARS);
  return sc_finding_new (id, severity_from_string (get_string (object, "severity")), message,
                         (const char * const *) suggestions);
}

static void
read_findings (ScCheckResult *result,
               JsonArray     *array)
{
  guint n = array != NULL ? json_array_get_length (array) : 0;

  for (guint i = 0; i < n && result->findings->len < MAX_FINDINGS; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      ScFinding *finding = JSON_NODE_HOLDS_OBJECT (node) ? read_finding (json_node_get_object (node)) : NULL;

      if (finding != NULL)
        g_ptr_array_add (result->findings, finding);
    }
}

/* An error of a kind this version does not know is still a failure, and
 * "network" is the kind for anything else. */
static void
read_error (ScCheckResult *result,
            JsonObject    *object)
{
  g_autofree char *detail = NULL;

  if (object == NULL)
    return;
  if (!sc_error_kind_from_string (get_string (object, "kind"), &result->error_kind))
    result->error_kind = SC_ERROR_KIND_NETWORK;
  result->error_message = dup_text (object, "message", MAX_MESSAGE_CHARS);
  detail = dup_text (object, "error_detail", MAX_SHORT_CHARS);
  if (detail != NULL && detail[0] != '\0')
    result->error_detail = g_intern_string (detail);
}

/* The entry by its id; when the catalog no longer has it, the one the
 * checker would choose now. */
static void
find_entry (ScCheckResult *result,
            const char    *id)
{
  ScCatalog *catalog = sc_catalog_get_default (NULL);
  ScCatalogEntry *entry = NULL;

  if (catalog == NULL)
    return;
  if (id != NULL)
    entry = sc_catalog_lookup (catalog, id);
  if (entry == NULL && result->error_kind != SC_ERROR_KIND_NONE)
    entry = sc_catalog_lookup_failure (catalog, result->error_kind, result->error_detail);
  if (entry == NULL)
    entry = sc_catalog_lookup_status (catalog, result->status);
  g_set_object (&result->entry, entry);
}

/* Who answered: "answered_by" where the file has it; an older file only
 * has "producer", which held the catalog's guess when the diagnosis had
 * none, so only a different one is kept. */
static void
read_answered_by (ScCheckResult *result,
                  JsonObject    *object)
{
  JsonObject *who = get_object (object, "answered_by");
  g_autofree char *software = NULL;
  g_auto(GStrv) evidence = NULL;
  g_auto(GStrv) through = NULL;
  g_autoptr(ScAnsweredBy) answered_by = NULL;
  ScRole role;

  if (who == NULL)
    {
      const char *producer = get_string (object, "producer");
      const char * const *guessed = result->entry != NULL ? sc_catalog_entry_get_producers (result->entry) : NULL;

      if (!sc_role_from_string (producer, &role) ||
          (guessed != NULL && g_strcmp0 (guessed[0], producer) == 0))
        return;
      answered_by = sc_answered_by_new (role, NULL);
      sc_check_result_set_answered_by (result, answered_by);
      return;
    }
  if (!sc_role_from_string (get_string (who, "role"), &role))
    return;
  software = dup_text (who, "software", MAX_SHORT_CHARS);
  answered_by = sc_answered_by_new (role, software);
  evidence = dup_text_array (get_array (who, "evidence"), MAX_MESSAGE_CHARS);
  for (guint i = 0; evidence[i] != NULL; i++)
    sc_answered_by_add_evidence (answered_by, evidence[i]);
  through = dup_text_array (get_array (who, "through"), MAX_SHORT_CHARS);
  for (guint i = 0; through[i] != NULL; i++)
    sc_answered_by_add_through (answered_by, through[i]);
  sc_check_result_set_answered_by (result, answered_by);
}

static gboolean
read_required (ScCheckResult  *result,
               JsonObject     *object,
               GError        **error)
{
  const char *input = get_string (object, "input");

  if (input == NULL)
    {
      g_set_error_literal (error, SC_RESULT_JSON_ERROR, SC_RESULT_JSON_ERROR_INVALID,
                           "the saved result has no \"input\" string");
      return FALSE;
    }
  if (!sc_status_class_from_string (get_string (object, "class"), &result->status_class))
    {
      g_set_error_literal (error, SC_RESULT_JSON_ERROR, SC_RESULT_JSON_ERROR_INVALID,
                           "the saved result has no known \"class\"");
      return FALSE;
    }
  /* Already redacted when it was saved; the real input is the caller's to
   * put back with sc_check_result_set_raw_input().  A line too long to be
   * an address is still kept far past SC_URL_MAX_LENGTH, so that an export
   * made after a restart has the same "input" as the check made. */
  result->input = sc_text_sanitize (input, -1, SC_URL_MAX_INPUT_CHARS);
  result->raw_input = g_strdup (result->input);
  return TRUE;
}

static void
read_request (ScCheckResult *result,
              JsonObject    *object)
{
  g_autofree char *method = dup_text (object, "method", MAX_SHORT_CHARS);

  result->url = dup_text (object, "url", SC_URL_MAX_SHOWN_CHARS);
  result->host = dup_text (object, "host", MAX_HOST_CHARS);
  result->final_url = dup_text (object, "final_url", SC_URL_MAX_SHOWN_CHARS);
  result->method = g_strdup (method != NULL ? method : "GET");
  result->checked_at = get_date (object, "checked_at");
  result->total_us = get_int (get_object (object, "timing_us"), "total", 0, MAX_DURATION_US, 0);
}

/* Rebuilds a result from the object sc_report_json_result() made of it.
 * Returns NULL with SC_RESULT_JSON_ERROR_INVALID when "input" or "class"
 * is missing; any other member that is missing or of the wrong kind is
 * left at its default. */
ScCheckResult *
sc_check_result_new_from_json (JsonObject  *object,
                               GError     **error)
{
  g_autoptr(ScCheckResult) result = NULL;

  g_return_val_if_fail (object != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  result = g_object_new (SC_TYPE_CHECK_RESULT, NULL);
  if (!read_required (result, object, error))
    return NULL;
  read_request (result, object);
  result->status = get_status (object, "status");
  result->reason = dup_text (object, "reason", MAX_REASON_CHARS);
  read_error (result, get_object (object, "error"));
  find_entry (result, get_string (object, "catalog_id"));
  read_answered_by (result, object);
  read_hops (result, get_array (object, "hops"));
  read_findings (result, get_array (object, "findings"));
  return g_steal_pointer (&result);
}

/* The JSON object of the report (sc-report-json.c), which this file reads
 * back: one format for reports and for the app's saved list.  Appended to
 * @out as compact text, without a json-glib tree in between: saving 10,000
 * results with a tree each took half a second. */
void
sc_check_result_append_json (ScCheckResult *result,
                             GString       *out)
{
  g_return_if_fail (SC_IS_CHECK_RESULT (result));
  g_return_if_fail (out != NULL);
  sc_report_json_write (out, result, 0, FALSE);
}
