/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sc-json-writer.h"
#include "sc-report-change.h"
#include "sc-report-private.h"

/* The contract's result object (shared/spec/check-result.md), plus extra
 * fields: host, catalog_id, producers, error_detail, method, checked_at,
 * timing_us, answered_by.through and hops.  sc-result-json.c reads it back. */

static void
add_string_array (ScJsonWriter       *w,
                  const char         *name,
                  const char * const *values)
{
  sc_json_name (w, name);
  sc_json_begin_array (w);
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    sc_json_string (w, values[i]);
  sc_json_end_array (w);
}

static void
add_phase (ScJsonWriter *w,
           const char  *name,
           gint64       us,
           gboolean     in_ms)
{
  if (us < 0)
    return;
  sc_json_name (w, name);
  sc_json_int (w, in_ms ? sc_report_round_ms (us) : us);
}

/* Milliseconds as integers: json-glib writes doubles with 17 digits, and
 * a sub-millisecond loopback answer reads better in timing_us anyway. */
static void
add_timing (ScJsonWriter   *w,
            const char     *name,
            const ScTiming *t,
            gboolean        in_ms)
{
  sc_json_name (w, name);
  sc_json_begin_object (w);
  add_phase (w, "total", MAX (t->total_us, 0), in_ms);
  add_phase (w, "dns", t->dns_us, in_ms);
  add_phase (w, "connect", t->connect_us, in_ms);
  add_phase (w, "tls", t->tls_us, in_ms);
  add_phase (w, "first_byte", t->first_byte_us, in_ms);
  if (t->reused_connection)
    {
      sc_json_name (w, "reused_connection");
      sc_json_bool (w, TRUE);
    }
  sc_json_end_object (w);
}

static void
add_tls (ScJsonWriter *w,
         ScTlsInfo   *tls)
{
  g_auto(GStrv) errors = NULL;
  g_autofree char *not_before = NULL;
  g_autofree char *not_after = NULL;

  sc_json_name (w, "tls");
  if (tls == NULL)
    {
      sc_json_null (w);
      return;
    }
  errors = sc_tls_info_dup_error_names (tls);
  if (sc_tls_info_get_not_before (tls) != NULL)
    not_before = g_date_time_format_iso8601 (sc_tls_info_get_not_before (tls));
  if (sc_tls_info_get_not_after (tls) != NULL)
    not_after = g_date_time_format_iso8601 (sc_tls_info_get_not_after (tls));

  sc_json_begin_object (w);
  sc_json_member_string (w, "subject", sc_tls_info_get_subject (tls));
  sc_json_member_string (w, "issuer", sc_tls_info_get_issuer (tls));
  sc_json_member_string (w, "not_before", not_before);
  sc_json_member_string (w, "not_after", not_after);
  sc_json_name (w, "days_left");
  sc_json_int (w, sc_tls_info_get_days_left (tls));
  add_string_array (w, "dns_names", sc_tls_info_get_dns_names (tls));
  add_string_array (w, "errors", (const char * const *) errors);
  sc_json_member_string (w, "sha256", sc_tls_info_get_fingerprint (tls));
  sc_json_end_object (w);
}

static void
add_status (ScJsonWriter *w,
            guint        status)
{
  sc_json_member_status (w, "status", status);
}

static void
add_redirects (ScJsonWriter *w,
               GPtrArray   *hops)
{
  sc_json_name (w, "redirects");
  sc_json_begin_array (w);
  for (guint i = 0; i < hops->len; i++)
    {
      ScHop *hop = g_ptr_array_index (hops, i);

      if (!sc_hop_get_redirected (hop))
        continue;
      sc_json_begin_object (w);
      sc_json_member_string (w, "url", sc_hop_get_url (hop));
      add_status (w, sc_hop_get_status (hop));
      sc_json_member_string (w, "location", sc_hop_get_location (hop));
      sc_json_end_object (w);
    }
  sc_json_end_array (w);
}

static void
add_headers (ScJsonWriter *w,
             ScHop       *hop)
{
  sc_json_name (w, "headers");
  sc_json_begin_array (w);
  for (guint i = 0; i < sc_hop_get_n_headers (hop); i++)
    {
      sc_json_begin_array (w);
      sc_json_string (w, sc_hop_get_header_name (hop, i));
      sc_json_string (w, sc_hop_get_header_value (hop, i));
      sc_json_end_array (w);
    }
  sc_json_end_array (w);
}

static void
add_hop (ScJsonWriter *w,
         ScHop       *hop)
{
  sc_json_begin_object (w);
  sc_json_member_string (w, "url", sc_hop_get_url (hop));
  sc_json_member_string (w, "method", sc_hop_get_method (hop));
  add_status (w, sc_hop_get_status (hop));
  sc_json_member_string (w, "reason", sc_hop_get_reason (hop));
  sc_json_member_string (w, "location", sc_hop_get_location (hop));
  sc_json_name (w, "redirected");
  sc_json_bool (w, sc_hop_get_redirected (hop));
  if (sc_hop_get_head_status (hop) != 0)
    {
      sc_json_name (w, "head_status");
      sc_json_int (w, sc_hop_get_head_status (hop));
    }
  sc_json_member_string (w, "http_version", sc_hop_get_http_version (hop));
  sc_json_member_string (w, "remote_address", sc_hop_get_remote_address (hop));
  sc_json_member_string (w, "ip_family", sc_hop_get_ip_family (hop));
  sc_json_member_string (w, "server", sc_hop_get_server (hop));
  if (sc_hop_get_proxy (hop) != NULL)
    sc_json_member_string (w, "proxy", sc_hop_get_proxy (hop));
  add_timing (w, "timing_us", sc_hop_get_timing (hop), FALSE);
  add_tls (w, sc_hop_get_tls (hop));
  add_headers (w, hop);
  sc_json_end_object (w);
}

static void
add_error (ScJsonWriter  *w,
           ScCheckResult *result)
{
  sc_json_name (w, "error");
  if (sc_check_result_get_error_kind (result) == SC_ERROR_KIND_NONE)
    {
      sc_json_null (w);
      return;
    }
  sc_json_begin_object (w);
  sc_json_member_string (w, "kind", sc_error_kind_to_string (sc_check_result_get_error_kind (result)));
  sc_json_member_string (w, "message", sc_check_result_get_error_message (result));
  if (sc_check_result_get_error_detail (result) != NULL)
    sc_json_member_string (w, "error_detail", sc_check_result_get_error_detail (result));
  sc_json_end_object (w);
}

static void
add_findings (ScJsonWriter *w,
              GPtrArray   *findings)
{
  sc_json_name (w, "findings");
  sc_json_begin_array (w);
  for (guint i = 0; i < findings->len; i++)
    {
      ScFinding *finding = g_ptr_array_index (findings, i);

      sc_json_begin_object (w);
      sc_json_member_string (w, "id", sc_finding_get_id (finding));
      sc_json_member_string (w, "severity", sc_severity_to_string (sc_finding_get_severity (finding)));
      sc_json_member_string (w, "message", sc_finding_get_message (finding));
      add_string_array (w, "suggestions", sc_finding_get_suggestions (finding));
      sc_json_end_object (w);
    }
  sc_json_end_array (w);
}

static void
add_answered_by (ScJsonWriter *w,
                 ScAnsweredBy *who)
{
  sc_json_name (w, "answered_by");
  sc_json_begin_object (w);
  sc_json_member_string (w, "role", sc_role_to_string (sc_answered_by_get_role (who)));
  sc_json_member_string (w, "software", sc_answered_by_get_software (who));
  add_string_array (w, "evidence", sc_answered_by_get_evidence (who));
  add_string_array (w, "through", sc_answered_by_get_through (who));
  sc_json_end_object (w);
}

static void
add_catalog_fields (ScJsonWriter   *w,
                    ScCatalogEntry *entry)
{
  sc_json_member_string (w, "title", entry != NULL ? sc_catalog_entry_get_title (entry) : "");
  /* The id lets a saved result find its entry again (sc-result-json.c). */
  sc_json_member_string (w, "catalog_id", entry != NULL ? sc_catalog_entry_get_id (entry) : NULL);
  sc_json_member_string (w, "explanation", entry != NULL ? sc_catalog_entry_get_explanation (entry) : "");
  add_string_array (w, "suggestions", entry != NULL ? sc_catalog_entry_get_suggestions (entry) : NULL);
  add_string_array (w, "producers", entry != NULL ? sc_catalog_entry_get_producers (entry) : NULL);
}

/* The contract's form, "2026-12-05T07:24:41Z": UTC, whole seconds.  A
 * result read back from a file may carry another offset or a fraction,
 * or a time that has no UTC form in GDateTime's range (then null). */
static char *
format_checked_at (GDateTime *when)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (when);

  /* Four digits for the year, as ISO 8601 wants and as it is read back:
   * %Y writes the year 1 as "1". */
  if (utc == NULL)
    return NULL;
  return g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02dZ", g_date_time_get_year (utc),
                          g_date_time_get_month (utc), g_date_time_get_day_of_month (utc),
                          g_date_time_get_hour (utc), g_date_time_get_minute (utc),
                          g_date_time_get_second (utc));
}

/* Writes the result object at @depth (for indentation) into @out. */
void
sc_report_json_write (GString       *out,
                      ScCheckResult *result,
                      int            depth,
                      gboolean       pretty)
{
  sc_report_json_write_full (out, result, NULL, depth, pretty);
}

/* The same, with the contract's "change" member when @change is given. */
void
sc_report_json_write_full (GString       *out,
                           ScCheckResult *result,
                           ScChange      *change,
                           int            depth,
                           gboolean       pretty)
{
  ScJsonWriter writer;
  ScJsonWriter *w = &writer;
  g_autofree char *checked_at = NULL;
  ScTiming timing = sc_check_result_get_timing_sum (result);
  GPtrArray *hops = sc_check_result_get_hops (result);

  if (sc_check_result_get_checked_at (result) != NULL)
    checked_at = format_checked_at (sc_check_result_get_checked_at (result));

  sc_json_writer_init (w, out, depth, pretty);
  sc_json_begin_object (w);
  sc_json_member_string (w, "input", sc_check_result_get_input (result));
  sc_json_member_string (w, "url", sc_check_result_get_url (result));
  sc_json_member_string (w, "host", sc_check_result_get_host (result));
  sc_json_member_string (w, "final_url", sc_check_result_get_final_url (result));
  add_status (w, sc_check_result_get_status (result));
  sc_json_member_string (w, "reason", sc_check_result_get_reason (result));
  sc_json_member_string (w, "class", sc_status_class_to_string (sc_check_result_get_status_class (result)));
  add_catalog_fields (w, sc_check_result_get_entry (result));
  sc_json_member_string (w, "verdict", sc_verdict_to_string (sc_check_result_get_verdict (result)));
  sc_json_member_string (w, "producer", sc_check_result_get_producer (result));
  add_answered_by (w, sc_check_result_get_answered_by (result));
  add_redirects (w, hops);
  add_error (w, result);
  add_timing (w, "timing_ms", &timing, TRUE);
  add_timing (w, "timing_us", &timing, FALSE);
  add_tls (w, sc_check_result_get_tls (result));
  add_findings (w, sc_check_result_get_findings (result));
  sc_json_member_string (w, "method", sc_check_result_get_method (result));
  sc_json_member_string (w, "checked_at", checked_at);
  sc_json_name (w, "hops");
  sc_json_begin_array (w);
  for (guint i = 0; i < hops->len; i++)
    add_hop (w, g_ptr_array_index (hops, i));
  sc_json_end_array (w);
  if (change != NULL)
    sc_report_change_json (w, change);
  sc_json_end_object (w);
}

/* The same object as a json-glib tree, for code that wants to walk it. */
JsonNode *
sc_report_json_result (ScCheckResult *result)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  JsonNode *node;

  sc_report_json_write (out, result, 0, FALSE);
  node = json_from_string (out->str, &error);
  g_assert_no_error (error);
  return node;
}
