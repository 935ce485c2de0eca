/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <inttypes.h>

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sc-report-private.h"

/* The diagnostic report a site admin pastes into a support ticket: what was
 * checked and when, the answer and its meaning, every hop, the certificate,
 * the findings, what to try, and a curl command that reproduces the check.
 * Server text is escaped so it cannot break the Markdown around it. */

static void
append_escaped (GString    *out,
                const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p++)
    {
      if (strchr ("\\`*_[]<>|#!~", *p) != NULL)
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
}

/* URLs go in code spans; a backtick inside one would end it early.  In a
 * table cell a "|" still splits the cell, even inside a code span, unless
 * it is written "\|" (GitHub-flavoured Markdown takes the backslash away
 * before it reads the span); outside a table that backslash would show. */
static void
append_code_full (GString    *out,
                  const char *text,
                  gboolean    in_table)
{
  g_string_append_c (out, '`');
  for (const char *p = text; p != NULL && *p != '\0'; p++)
    {
      if (*p == '`')
        g_string_append (out, "%60");
      else if (*p == '|' && in_table)
        g_string_append (out, "\\|");
      else
        g_string_append_c (out, *p);
    }
  g_string_append_c (out, '`');
}

static void
append_code (GString    *out,
             const char *text)
{
  append_code_full (out, text, FALSE);
}

static void
append_cell_code (GString    *out,
                  const char *text)
{
  append_code_full (out, text, TRUE);
}

static char *
format_ms (gint64 us)
{
  if (us < 0)
    return g_strdup ("–");
  return g_strdup_printf ("%" G_GINT64_FORMAT " ms", sc_report_round_ms (us));
}

static const char *
verdict_phrase (ScCheckResult *result)
{
  switch (sc_check_result_get_verdict (result))
    {
    case SC_VERDICT_OK: return _("OK: this is the answer you want");
    case SC_VERDICT_WARNING: return _("Warning: the site answers, but something needs a look");
    case SC_VERDICT_PROBLEM: return _("Problem: visitors do not get the site");
    default: g_return_val_if_reached (NULL);
    }
}

/* Who answered, then the evidence that says so, then what relayed it. */
static void
append_answered_by (GString       *out,
                    ScCheckResult *result)
{
  ScAnsweredBy *who = sc_check_result_get_answered_by (result);
  const char * const *evidence = sc_answered_by_get_evidence (who);
  const char * const *through = sc_answered_by_get_through (who);
  g_autofree char *described = sc_answered_by_describe (who);

  g_string_append_printf (out, "- **%s** ", _("Answered by:"));
  append_escaped (out, described);
  g_string_append_c (out, '\n');
  for (guint i = 0; through[i] != NULL; i++)
    {
      g_string_append_printf (out, "  - %s ", _("through"));
      append_escaped (out, through[i]);
      g_string_append_c (out, '\n');
    }
  for (guint i = 0; evidence[i] != NULL; i++)
    {
      g_string_append_printf (out, "  - %s ", _("evidence:"));
      append_code (out, evidence[i]);
      g_string_append_c (out, '\n');
    }
}

static void
append_summary (GString       *out,
                ScCheckResult *result)
{
  g_autofree char *status = sc_check_result_describe_status (result);
  g_autofree char *when = NULL;
  ScCatalogEntry *entry = sc_check_result_get_entry (result);

  if (sc_check_result_get_checked_at (result) != NULL)
    when = g_date_time_format (sc_check_result_get_checked_at (result), "%Y-%m-%d %H:%M:%S UTC");

  g_string_append (out, "## ");
  append_escaped (out, sc_check_result_get_url (result) != NULL ? sc_check_result_get_url (result)
                                                                : sc_check_result_get_input (result));
  g_string_append (out, "\n\n");
  g_string_append_printf (out, "- **%s** ", _("Result:"));
  append_escaped (out, status);
  g_string_append_c (out, '\n');
  if (sc_check_result_get_reason (result) != NULL && sc_check_result_get_reason (result)[0] != '\0')
    {
      g_string_append_printf (out, "- **%s** ", _("Reason phrase sent:"));
      append_escaped (out, sc_check_result_get_reason (result));
      g_string_append_c (out, '\n');
    }
  if (sc_check_result_get_final_url (result) != NULL)
    {
      g_string_append_printf (out, "- **%s** ", _("Final URL:"));
      append_code (out, sc_check_result_get_final_url (result));
      g_string_append_c (out, '\n');
    }
  if (when != NULL)
    g_string_append_printf (out, "- **%s** %s\n", _("Checked:"), when);
  g_string_append_printf (out, "- **%s** %s\n", _("Verdict:"), verdict_phrase (result));
  append_answered_by (out, result);
  g_string_append_c (out, '\n');

  /* A finding that names the cause comes first (append_findings_and_advice);
   * the code's general meaning is then background. */
  if (sc_check_result_get_error_message (result) != NULL)
    {
      append_escaped (out, sc_check_result_get_error_message (result));
      g_string_append (out, "\n\n");
    }
  if (entry != NULL && !sc_check_result_names_cause (result))
    {
      append_escaped (out, sc_catalog_entry_get_explanation (entry));
      g_string_append (out, "\n\n");
    }
}

static void
append_hops (GString       *out,
             ScCheckResult *result)
{
  GPtrArray *hops = sc_check_result_get_hops (result);

  if (hops->len == 0)
    return;

  g_string_append_printf (out, "### %s\n\n", _("Requests"));
  g_string_append_printf (out, "| # | %s | %s | URL | Location | %s | %s |\n|---|---|---|---|---|---|---|\n",
                          _("Status"), _("Method"), _("Time"), _("Server"));
  for (guint i = 0; i < hops->len; i++)
    {
      ScHop *hop = g_ptr_array_index (hops, i);
      g_autofree char *ms = format_ms (sc_hop_get_timing (hop)->total_us);

      /* Every cell that holds text from elsewhere is escaped, "|" first
       * of all: one too many ends the row's cells early.  The method may
       * come from a saved file. */
      g_string_append_printf (out, "| %u | ", i + 1);
      if (sc_hop_get_status (hop) != 0)
        g_string_append_printf (out, "%u ", sc_hop_get_status (hop));
      append_escaped (out, sc_hop_get_reason (hop));
      g_string_append (out, " | ");
      append_escaped (out, sc_hop_get_method (hop));
      g_string_append (out, " | ");
      append_cell_code (out, sc_hop_get_url (hop));
      g_string_append (out, " | ");
      if (sc_hop_get_location (hop) != NULL)
        append_cell_code (out, sc_hop_get_location (hop));
      g_string_append_printf (out, " | %s | ", ms);
      append_escaped (out, sc_hop_get_server (hop));
      g_string_append (out, " |\n");
    }
  g_string_append_c (out, '\n');
}

static void
append_timing (GString       *out,
               ScCheckResult *result)
{
  ScTiming t = sc_check_result_get_timing_sum (result);
  g_autofree char *dns = format_ms (t.dns_us);
  g_autofree char *connect = format_ms (t.connect_us);
  g_autofree char *tls = format_ms (t.tls_us);
  g_autofree char *first = format_ms (t.first_byte_us);
  g_autofree char *total = format_ms (t.total_us);

  g_string_append_printf (out, "**%s** DNS %s · %s %s · TLS %s · %s %s · %s %s\n\n",
                          _("Timing:"), dns, _("connect"), connect, tls,
                          _("first byte"), first, _("total"), total);
}

static void
append_certificate (GString       *out,
                    ScCheckResult *result)
{
  ScTlsInfo *tls = sc_check_result_get_tls (result);
  g_autofree char *expiry = NULL;
  g_autofree char *errors = NULL;

  if (tls == NULL)
    return;
  if (sc_tls_info_get_not_after (tls) != NULL)
    expiry = g_date_time_format (sc_tls_info_get_not_after (tls), "%Y-%m-%d");
  errors = sc_tls_info_describe_errors (tls);

  g_string_append_printf (out, "### %s\n\n- %s ", _("Certificate"), _("Subject:"));
  append_escaped (out, sc_tls_info_get_subject (tls));
  g_string_append_printf (out, "\n- %s ", _("Issuer:"));
  append_escaped (out, sc_tls_info_get_issuer (tls));
  g_string_append_printf (out, "\n- %s %s (", _("Expires:"), expiry != NULL ? expiry : "?");
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%" PRId64 " day left",
                                            "%" PRId64 " days left",
                                            sc_tls_info_get_days_left (tls)),
                          sc_tls_info_get_days_left (tls));
  g_string_append_printf (out, ")\n- %s %s\n\n", _("Problems:"), errors != NULL ? errors : _("none"));
}

static void
append_list (GString            *out,
             const char * const *items,
             const char         *indent)
{
  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      g_string_append_printf (out, "%s%u. ", indent, i + 1);
      append_escaped (out, items[i]);
      g_string_append_c (out, '\n');
    }
}

static void
append_findings_and_advice (GString       *out,
                            ScCheckResult *result)
{
  GPtrArray *findings = sc_check_result_get_findings (result);
  ScCatalogEntry *entry = sc_check_result_get_entry (result);

  if (findings->len > 0)
    {
      g_string_append_printf (out, "### %s\n\n", _("Findings"));
      for (guint i = 0; i < findings->len; i++)
        {
          ScFinding *finding = g_ptr_array_index (findings, i);

          /* TRANSLATORS: a finding in a Markdown report, its severity ("Critical")
           * before its message; keep the marks "- **" and "** " */
          g_string_append_printf (out, _("- **%s:** "), sc_severity_describe (sc_finding_get_severity (finding)));
          append_escaped (out, sc_finding_get_message (finding));
          g_string_append_c (out, '\n');
          append_list (out, sc_finding_get_suggestions (finding), "   ");
        }
      g_string_append_c (out, '\n');
    }
  if (entry != NULL && sc_check_result_names_cause (result) && sc_check_result_get_status_class (result) != SC_STATUS_CLASS_SUCCESS)
    {
      g_autofree char *heading = g_strdup_printf (_("What %s means in general"), sc_check_result_get_title (result));

      g_string_append (out, "### ");
      append_escaped (out, heading);
      g_string_append (out, "\n\n");
      append_escaped (out, sc_catalog_entry_get_explanation (entry));
      g_string_append (out, "\n\n");
    }
  if (entry != NULL && sc_catalog_entry_get_suggestions (entry)[0] != NULL &&
      sc_check_result_get_verdict (result) != SC_VERDICT_OK && !sc_check_result_names_cause (result))
    {
      g_string_append_printf (out, "### %s\n\n", _("What to try"));
      append_list (out, sc_catalog_entry_get_suggestions (entry), "");
      g_string_append_c (out, '\n');
    }
}

void
sc_report_markdown_result (GString               *out,
                           ScCheckResult         *result,
                           const ScReportContext *context)
{
  g_autofree char *curl = sc_report_curl_command (result, context);

  append_summary (out, result);
  append_hops (out, result);
  if (sc_check_result_get_hops (result)->len > 0)
    append_timing (out, result);
  append_certificate (out, result);
  append_findings_and_advice (out, result);

  if (curl != NULL)
    g_string_append_printf (out, "%s\n\n```\n%s\n```\n\n", _("To reproduce:"), curl);
  g_string_append_c (out, '_');
  g_string_append_printf (out, _("Report made by Statuscope %s."), PACKAGE_VERSION);
  g_string_append (out, "_\n");
}

static const char *
verdict_word (ScCheckResult *result)
{
  return sc_verdict_describe (sc_check_result_get_verdict (result));
}

/* A table cell: escaped, on one line. */
static void
append_cell (GString    *out,
             const char *text)
{
  g_autofree char *flat = g_strdup (text != NULL ? text : "");

  g_strdelimit (flat, "\r\n", ' ');
  append_escaped (out, flat);
}

/* The cause in a few words: the finding that leads, else why no answer
 * came, else nothing to say. */
static const char *
cause_of (ScCheckResult *result)
{
  ScFinding *lead = sc_check_result_get_lead_finding (result);

  if (sc_check_result_names_cause (result))
    return sc_finding_get_message (lead);
  if (sc_check_result_get_error_message (result) != NULL)
    return sc_check_result_get_error_message (result);
  return "–";
}

/* Before the details of several sites, one table to read them at a
 * glance: site, answer, verdict, cause.  Its heading and one row at a
 * time, so that a writer can gather it as results come in. */
void
sc_report_markdown_summary_head (GString *out)
{
  g_string_append_printf (out, "## %s\n\n| %s | %s | %s | %s |\n|---|---|---|---|\n",
                          _("Summary"), _("Site"), _("Answer"), _("Verdict"), _("Cause"));
}

void
sc_report_markdown_summary_row (GString       *out,
                                ScCheckResult *result)
{
  g_autofree char *status = sc_check_result_describe_status (result);

  g_string_append (out, "| ");
  append_cell_code (out, sc_check_result_get_input (result));
  g_string_append (out, " | ");
  append_cell (out, status);
  g_string_append_printf (out, " | %s | ", verdict_word (result));
  append_cell (out, cause_of (result));
  g_string_append (out, " |\n");
}
