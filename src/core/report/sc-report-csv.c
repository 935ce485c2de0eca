/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "sc-csv.h"
#include "sc-report-private.h"

/* The CSV report, quoted as RFC 4180 says (sc-csv.c).  A cell that starts
 * like a spreadsheet formula gets a leading apostrophe, because reason
 * phrases and messages come from servers we do not trust. */

static void
append_field (GString    *out,
              const char *value,
              gboolean    last)
{
  if (value != NULL && value[0] != '\0' && strchr ("=+@", value[0]) != NULL)
    {
      g_autofree char *guarded = g_strconcat ("'", value, NULL);
      sc_csv_append_field (out, guarded, last);
    }
  else
    sc_csv_append_field (out, value, last);
}

static void
append_number (GString *out,
               gint64   value,
               gboolean known)
{
  if (known)
    g_string_append_printf (out, "%" G_GINT64_FORMAT, value);
  g_string_append_c (out, ',');
}

void
sc_report_csv_header (GString *out)
{
  g_string_append (out, "input,url,final_url,status,reason,class,title,error_kind,error_message,"
                        "redirects,total_ms,tls_days_left,findings,explanation,first_suggestion,"
                        "verdict,answered_by,software,through,finding_ids,checked_at,chain,cause\r\n");
}

static char *
join_findings (GPtrArray *findings)
{
  GString *joined = g_string_new (NULL);

  for (guint i = 0; i < findings->len; i++)
    {
      if (i > 0)
        g_string_append (joined, " | ");
      g_string_append (joined, sc_finding_get_message (g_ptr_array_index (findings, i)));
    }
  return g_string_free (joined, FALSE);
}

static char *
join_finding_ids (GPtrArray *findings)
{
  GString *joined = g_string_new (NULL);

  for (guint i = 0; i < findings->len; i++)
    g_string_append_printf (joined, "%s%s", i > 0 ? " " : "", sc_finding_get_id (g_ptr_array_index (findings, i)));
  return g_string_free (joined, FALSE);
}

/* "301 → 302 → 200": the statuses of every hop, for a spreadsheet. */
static char *
describe_chain (GPtrArray *hops)
{
  GString *chain = g_string_new (NULL);

  for (guint i = 0; i < hops->len; i++)
    {
      guint status = sc_hop_get_status (g_ptr_array_index (hops, i));

      if (i > 0)
        g_string_append (chain, " → ");
      if (status != 0)
        g_string_append_printf (chain, "%u", status);
      else
        g_string_append (chain, "ERR");
    }
  return g_string_free (chain, FALSE);
}

/* The cause in a sentence: the finding that names it, else why no answer
 * came; empty when there is nothing to explain. */
static const char *
cause_of (ScCheckResult *result)
{
  if (sc_check_result_names_cause (result))
    return sc_finding_get_message (sc_check_result_get_lead_finding (result));
  return sc_check_result_get_error_message (result);
}

void
sc_report_csv_result (GString       *out,
                      ScCheckResult *result)
{
  ScCatalogEntry *entry = sc_check_result_get_entry (result);
  ScTlsInfo *tls = sc_check_result_get_tls (result);
  g_autofree char *findings = join_findings (sc_check_result_get_findings (result));
  const char * const *suggestions = entry != NULL ? sc_catalog_entry_get_suggestions (entry) : NULL;
  ScAnsweredBy *who = sc_check_result_get_answered_by (result);
  g_autofree char *through = g_strjoinv (" ", (char **) sc_answered_by_get_through (who));
  g_autofree char *ids = join_finding_ids (sc_check_result_get_findings (result));
  g_autofree char *chain = describe_chain (sc_check_result_get_hops (result));
  g_autofree char *checked_at = NULL;

  if (sc_check_result_get_checked_at (result) != NULL)
    checked_at = g_date_time_format (sc_check_result_get_checked_at (result), "%Y-%m-%dT%H:%M:%SZ");

  append_field (out, sc_check_result_get_input (result), FALSE);
  append_field (out, sc_check_result_get_url (result), FALSE);
  append_field (out, sc_check_result_get_final_url (result), FALSE);
  append_number (out, sc_check_result_get_status (result), sc_check_result_get_status (result) != 0);
  append_field (out, sc_check_result_get_reason (result), FALSE);
  append_field (out, sc_status_class_to_string (sc_check_result_get_status_class (result)), FALSE);
  append_field (out, sc_check_result_get_title (result), FALSE);
  append_field (out, sc_error_kind_to_string (sc_check_result_get_error_kind (result)), FALSE);
  append_field (out, sc_check_result_get_error_message (result), FALSE);
  append_number (out, sc_check_result_get_n_redirects (result), TRUE);
  append_number (out, sc_report_round_ms (sc_check_result_get_total_us (result)),
                 sc_check_result_get_total_us (result) >= 0);
  append_number (out, tls != NULL ? sc_tls_info_get_days_left (tls) : 0, tls != NULL);
  append_field (out, findings, FALSE);
  append_field (out, entry != NULL ? sc_catalog_entry_get_explanation (entry) : NULL, FALSE);
  append_field (out, suggestions != NULL ? suggestions[0] : NULL, FALSE);
  append_field (out, sc_verdict_to_string (sc_check_result_get_verdict (result)), FALSE);
  append_field (out, sc_role_to_string (sc_answered_by_get_role (who)), FALSE);
  append_field (out, sc_answered_by_get_software (who), FALSE);
  append_field (out, through, FALSE);
  append_field (out, ids, FALSE);
  append_field (out, checked_at, FALSE);
  append_field (out, chain, FALSE);
  append_field (out, cause_of (result), TRUE);
}
