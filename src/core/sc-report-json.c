/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sc-report-private.h"

/* The contract's result object (shared/spec/check-result.md), plus extra
 * fields: host, catalog_id, producers, error_detail, method, checked_at,
 * timing_us and hops.  sc-result-json.c reads it back. */

static void
add_nullable_string (JsonBuilder *b,
                     const char  *name,
                     const char  *value)
{
  json_builder_set_member_name (b, name);
  if (value != NULL)
    json_builder_add_string_value (b, value);
  else
    json_builder_add_null_value (b);
}

static void
add_string_array (JsonBuilder        *b,
                  const char         *name,
                  const char * const *values)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_array (b);
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    json_builder_add_string_value (b, values[i]);
  json_builder_end_array (b);
}

static void
add_phase (JsonBuilder *b,
           const char  *name,
           gint64       us,
           gboolean     in_ms)
{
  if (us < 0)
    return;
  json_builder_set_member_name (b, name);
  json_builder_add_int_value (b, in_ms ? sc_report_round_ms (us) : us);
}

/* Milliseconds as integers: json-glib writes doubles with 17 digits, and
 * a sub-millisecond loopback answer reads better in timing_us anyway. */
static void
add_timing (JsonBuilder    *b,
            const char     *name,
            const ScTiming *t,
            gboolean        in_ms)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_object (b);
  add_phase (b, "total", MAX (t->total_us, 0), in_ms);
  add_phase (b, "dns", t->dns_us, in_ms);
  add_phase (b, "connect", t->connect_us, in_ms);
  add_phase (b, "tls", t->tls_us, in_ms);
  add_phase (b, "first_byte", t->first_byte_us, in_ms);
  if (t->reused_connection)
    {
      json_builder_set_member_name (b, "reused_connection");
      json_builder_add_boolean_value (b, TRUE);
    }
  json_builder_end_object (b);
}

static void
add_tls (JsonBuilder *b,
         ScTlsInfo   *tls)
{
  g_auto(GStrv) errors = NULL;
  g_autofree char *not_before = NULL;
  g_autofree char *not_after = NULL;

  json_builder_set_member_name (b, "tls");
  if (tls == NULL)
    {
      json_builder_add_null_value (b);
      return;
    }
  errors = sc_tls_info_dup_error_names (tls);
  if (sc_tls_info_get_not_before (tls) != NULL)
    not_before = g_date_time_format_iso8601 (sc_tls_info_get_not_before (tls));
  if (sc_tls_info_get_not_after (tls) != NULL)
    not_after = g_date_time_format_iso8601 (sc_tls_info_get_not_after (tls));

  json_builder_begin_object (b);
  add_nullable_string (b, "subject", sc_tls_info_get_subject (tls));
  add_nullable_string (b, "issuer", sc_tls_info_get_issuer (tls));
  add_nullable_string (b, "not_before", not_before);
  add_nullable_string (b, "not_after", not_after);
  json_builder_set_member_name (b, "days_left");
  json_builder_add_int_value (b, sc_tls_info_get_days_left (tls));
  add_string_array (b, "dns_names", sc_tls_info_get_dns_names (tls));
  add_string_array (b, "errors", (const char * const *) errors);
  add_nullable_string (b, "sha256", sc_tls_info_get_fingerprint (tls));
  json_builder_end_object (b);
}

static void
add_status (JsonBuilder *b,
            guint        status)
{
  json_builder_set_member_name (b, "status");
  if (status != 0)
    json_builder_add_int_value (b, status);
  else
    json_builder_add_null_value (b);
}

static void
add_redirects (JsonBuilder *b,
               GPtrArray   *hops)
{
  json_builder_set_member_name (b, "redirects");
  json_builder_begin_array (b);
  for (guint i = 0; i < hops->len; i++)
    {
      ScHop *hop = g_ptr_array_index (hops, i);

      if (!sc_hop_get_redirected (hop))
        continue;
      json_builder_begin_object (b);
      add_nullable_string (b, "url", sc_hop_get_url (hop));
      add_status (b, sc_hop_get_status (hop));
      add_nullable_string (b, "location", sc_hop_get_location (hop));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_headers (JsonBuilder *b,
             ScHop       *hop)
{
  json_builder_set_member_name (b, "headers");
  json_builder_begin_array (b);
  for (guint i = 0; i < sc_hop_get_n_headers (hop); i++)
    {
      json_builder_begin_array (b);
      json_builder_add_string_value (b, sc_hop_get_header_name (hop, i));
      json_builder_add_string_value (b, sc_hop_get_header_value (hop, i));
      json_builder_end_array (b);
    }
  json_builder_end_array (b);
}

static void
add_hop (JsonBuilder *b,
         ScHop       *hop)
{
  json_builder_begin_object (b);
  add_nullable_string (b, "url", sc_hop_get_url (hop));
  add_nullable_string (b, "method", sc_hop_get_method (hop));
  add_status (b, sc_hop_get_status (hop));
  add_nullable_string (b, "reason", sc_hop_get_reason (hop));
  add_nullable_string (b, "location", sc_hop_get_location (hop));
  json_builder_set_member_name (b, "redirected");
  json_builder_add_boolean_value (b, sc_hop_get_redirected (hop));
  if (sc_hop_get_head_status (hop) != 0)
    {
      json_builder_set_member_name (b, "head_status");
      json_builder_add_int_value (b, sc_hop_get_head_status (hop));
    }
  add_nullable_string (b, "http_version", sc_hop_get_http_version (hop));
  add_nullable_string (b, "remote_address", sc_hop_get_remote_address (hop));
  add_nullable_string (b, "ip_family", sc_hop_get_ip_family (hop));
  add_nullable_string (b, "server", sc_hop_get_server (hop));
  add_timing (b, "timing_us", sc_hop_get_timing (hop), FALSE);
  add_tls (b, sc_hop_get_tls (hop));
  add_headers (b, hop);
  json_builder_end_object (b);
}

static void
add_error (JsonBuilder   *b,
           ScCheckResult *result)
{
  json_builder_set_member_name (b, "error");
  if (sc_check_result_get_error_kind (result) == SC_ERROR_KIND_NONE)
    {
      json_builder_add_null_value (b);
      return;
    }
  json_builder_begin_object (b);
  add_nullable_string (b, "kind", sc_error_kind_to_string (sc_check_result_get_error_kind (result)));
  add_nullable_string (b, "message", sc_check_result_get_error_message (result));
  if (sc_check_result_get_error_detail (result) != NULL)
    add_nullable_string (b, "error_detail", sc_check_result_get_error_detail (result));
  json_builder_end_object (b);
}

static void
add_findings (JsonBuilder *b,
              GPtrArray   *findings)
{
  json_builder_set_member_name (b, "findings");
  json_builder_begin_array (b);
  for (guint i = 0; i < findings->len; i++)
    {
      ScFinding *finding = g_ptr_array_index (findings, i);

      json_builder_begin_object (b);
      add_nullable_string (b, "id", sc_finding_get_id (finding));
      add_nullable_string (b, "severity", sc_severity_to_string (sc_finding_get_severity (finding)));
      add_nullable_string (b, "message", sc_finding_get_message (finding));
      add_string_array (b, "suggestions", sc_finding_get_suggestions (finding));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_catalog_fields (JsonBuilder    *b,
                    ScCatalogEntry *entry)
{
  add_nullable_string (b, "title", entry != NULL ? sc_catalog_entry_get_title (entry) : "");
  /* The id lets a saved result find its entry again (sc-result-json.c). */
  add_nullable_string (b, "catalog_id", entry != NULL ? sc_catalog_entry_get_id (entry) : NULL);
  add_nullable_string (b, "explanation", entry != NULL ? sc_catalog_entry_get_explanation (entry) : "");
  add_string_array (b, "suggestions", entry != NULL ? sc_catalog_entry_get_suggestions (entry) : NULL);
  add_string_array (b, "producers", entry != NULL ? sc_catalog_entry_get_producers (entry) : NULL);
}

JsonNode *
sc_report_json_result (ScCheckResult *result)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autofree char *checked_at = NULL;
  ScTiming timing = sc_check_result_get_timing_sum (result);
  GPtrArray *hops = sc_check_result_get_hops (result);

  if (sc_check_result_get_checked_at (result) != NULL)
    checked_at = g_date_time_format_iso8601 (sc_check_result_get_checked_at (result));

  json_builder_begin_object (b);
  add_nullable_string (b, "input", sc_check_result_get_input (result));
  add_nullable_string (b, "url", sc_check_result_get_url (result));
  add_nullable_string (b, "host", sc_check_result_get_host (result));
  add_nullable_string (b, "final_url", sc_check_result_get_final_url (result));
  add_status (b, sc_check_result_get_status (result));
  add_nullable_string (b, "reason", sc_check_result_get_reason (result));
  add_nullable_string (b, "class", sc_status_class_to_string (sc_check_result_get_status_class (result)));
  add_catalog_fields (b, sc_check_result_get_entry (result));
  add_nullable_string (b, "producer", sc_check_result_get_producer (result));
  add_redirects (b, hops);
  add_error (b, result);
  add_timing (b, "timing_ms", &timing, TRUE);
  add_timing (b, "timing_us", &timing, FALSE);
  add_tls (b, sc_check_result_get_tls (result));
  add_findings (b, sc_check_result_get_findings (result));
  add_nullable_string (b, "method", sc_check_result_get_method (result));
  add_nullable_string (b, "checked_at", checked_at);
  json_builder_set_member_name (b, "hops");
  json_builder_begin_array (b);
  for (guint i = 0; i < hops->len; i++)
    add_hop (b, g_ptr_array_index (hops, i));
  json_builder_end_array (b);
  json_builder_end_object (b);

  return json_builder_get_root (b);
}
