/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sc-report-private.h"

/* The terminal format: one line per site so that a long list scans
 * quickly, and for every problem a few indented lines saying what it means
 * and what to try first.  Colour (only when asked for) repeats what the
 * symbol and the code already say. */

#define RESET "\033[0m"
#define BOLD  "\033[1m"
#define DIM   "\033[2m"

static const char *
class_color (ScStatusClass class_)
{
  switch (class_)
    {
    case SC_STATUS_CLASS_INFORMATIONAL: return "\033[36m";
    case SC_STATUS_CLASS_SUCCESS: return "\033[32m";
    case SC_STATUS_CLASS_REDIRECTION: return "\033[33m";
    case SC_STATUS_CLASS_CLIENT_ERROR: return "\033[31m";
    case SC_STATUS_CLASS_SERVER_ERROR: return "\033[35m";
    case SC_STATUS_CLASS_FAILURE: default: return "\033[1;31m";
    }
}

static const char *
class_symbol (ScStatusClass class_)
{
  switch (class_)
    {
    case SC_STATUS_CLASS_SUCCESS: return "✔";
    case SC_STATUS_CLASS_INFORMATIONAL: return "•";
    case SC_STATUS_CLASS_REDIRECTION: return "↪";
    case SC_STATUS_CLASS_CLIENT_ERROR:
    case SC_STATUS_CLASS_SERVER_ERROR:
    case SC_STATUS_CLASS_FAILURE:
    default: return "✘";
    }
}

static void
append_styled (GString               *out,
               const ScReportContext *context,
               const char            *style,
               const char            *text)
{
  if (context->color)
    g_string_append_printf (out, "%s%s" RESET, style, text);
  else
    g_string_append (out, text);
}

/* printf's %-24s counts bytes; titles may be translated into any script. */
static void
append_padded (GString    *out,
               const char *text,
               glong       width)
{
  g_string_append (out, text);
  for (glong n = g_utf8_strlen (text, -1); n < width; n++)
    g_string_append_c (out, ' ');
  g_string_append_c (out, ' ');
}

static void
append_headline (GString               *out,
                 ScCheckResult         *result,
                 const ScReportContext *context)
{
  ScStatusClass class_ = sc_check_result_get_status_class (result);
  g_autofree char *code = NULL;
  g_autofree char *badge = NULL;
  const char *url = sc_check_result_get_url (result);

  code = sc_check_result_get_status (result) != 0 && sc_check_result_get_error_kind (result) == SC_ERROR_KIND_NONE
         ? g_strdup_printf ("%u", sc_check_result_get_status (result))
         : g_strdup ("ERR");
  /* A 2xx that is not the site (a parked domain, a captcha) must not pass
   * as fine when the eye runs down a long list: the verdict decides. */
  if (class_ == SC_STATUS_CLASS_SUCCESS && sc_check_result_get_verdict (result) == SC_VERDICT_PROBLEM)
    {
      badge = g_strdup_printf ("✘ %3s", code);
      append_styled (out, context, "\033[1;31m", badge);
    }
  else if (class_ == SC_STATUS_CLASS_SUCCESS && sc_check_result_get_verdict (result) == SC_VERDICT_WARNING)
    {
      badge = g_strdup_printf ("⚠ %3s", code);
      append_styled (out, context, "\033[1;33m", badge);
    }
  else
    {
      badge = g_strdup_printf ("%s %3s", class_symbol (class_), code);
      append_styled (out, context, class_color (class_), badge);
    }
  g_string_append_c (out, ' ');
  append_padded (out, sc_check_result_get_title (result), 24);
  g_string_append (out, url != NULL ? url : sc_check_result_get_input (result));
  g_string_append_c (out, '\n');
}

static void
append_indented (GString               *out,
                 const ScReportContext *context,
                 const char            *style,
                 const char            *prefix,
                 const char            *text)
{
  g_string_append (out, "      ");
  if (prefix != NULL)
    {
      append_styled (out, context, style, prefix);
      g_string_append_c (out, ' ');
    }
  g_string_append (out, text);
  g_string_append_c (out, '\n');
}

static void
append_chain (GString               *out,
              ScCheckResult         *result,
              const ScReportContext *context)
{
  GPtrArray *hops = sc_check_result_get_hops (result);

  for (guint i = 0; i < hops->len; i++)
    {
      ScHop *hop = g_ptr_array_index (hops, i);
      g_autofree char *line = NULL;

      if (!sc_hop_get_redirected (hop))
        continue;
      /* A result restored from a damaged file may lack either; never pass
       * NULL to %s. */
      line = g_strdup_printf ("%u %s → %s", sc_hop_get_status (hop),
                              sc_hop_get_url (hop) != NULL ? sc_hop_get_url (hop) : "?",
                              sc_hop_get_location (hop) != NULL ? sc_hop_get_location (hop) : "?");
      append_indented (out, context, DIM, "↪", line);
    }
  if (sc_check_result_get_n_redirects (result) > 0 && sc_check_result_get_error_kind (result) == SC_ERROR_KIND_NONE &&
      sc_check_result_get_final_url (result) != NULL)
    {
      g_autofree char *line = g_strdup_printf (_("ended at %s"), sc_check_result_get_final_url (result));
      append_indented (out, context, DIM, "↪", line);
    }
}

/* Findings first, each with its own best suggestion (the one that names
 * the cause with its two best): they are more specific than the catalog's
 * advice for the code. */
static void
append_findings (GString               *out,
                 ScCheckResult         *result,
                 const ScReportContext *context)
{
  GPtrArray *findings = sc_check_result_get_findings (result);
  ScFinding *lead = sc_check_result_get_lead_finding (result);

  for (guint i = 0; i < findings->len; i++)
    {
      ScFinding *finding = g_ptr_array_index (findings, i);
      const char * const *suggestions = sc_finding_get_suggestions (finding);
      guint n = sc_finding_get_severity (finding) < SC_SEVERITY_WARNING ? 0 : finding == lead ? 2 : 1;

      append_indented (out, context, "\033[33m", "!", sc_finding_get_message (finding));
      for (guint j = 0; j < n && suggestions[j] != NULL; j++)
        append_indented (out, context, "\033[36m", "→", suggestions[j]);
    }
}

/* "answered by HAProxy, a proxy or cache in front of the site (through
 * Cloudflare)": who to turn to, before what to do. */
static void
append_answered_by (GString               *out,
                    ScCheckResult         *result,
                    const ScReportContext *context)
{
  ScAnsweredBy *who = sc_check_result_get_answered_by (result);
  const char * const *through = sc_answered_by_get_through (who);
  g_autofree char *described = sc_answered_by_describe (who);
  g_autofree char *line = NULL;

  if (through[0] != NULL)
    {
      g_autofree char *relays = g_strjoinv (", ", (char **) through);

      /* Translators: "nginx, the site’s web server", then relays such as "Varnish, Cloudflare". */
      line = g_strdup_printf (_("answered by %s (through %s)"), described, relays);
    }
  else
    /* Translators: %s is "nginx, the site’s web server" or a role alone. */
    line = g_strdup_printf (_("answered by %s"), described);
  append_indented (out, context, DIM, "◆", line);
}

/* When a finding names the cause, it leads with its fixes and the code's
 * general meaning follows; otherwise the meaning and the catalog's advice. */
static void
append_advice (GString               *out,
               ScCheckResult         *result,
               const ScReportContext *context)
{
  ScCatalogEntry *entry = sc_check_result_get_entry (result);
  const char * const *suggestions = entry != NULL ? sc_catalog_entry_get_suggestions (entry) : NULL;
  const char *meaning = sc_check_result_get_error_message (result);
  gboolean cause = sc_check_result_names_cause (result);

  if (meaning == NULL && entry != NULL && sc_check_result_get_status_class (result) != SC_STATUS_CLASS_SUCCESS)
    meaning = sc_catalog_entry_get_explanation (entry);

  append_answered_by (out, result, context);
  if (cause)
    append_findings (out, result, context);
  if (meaning != NULL)
    append_indented (out, context, cause ? DIM : BOLD, NULL, meaning);
  if (cause)
    return;
  append_findings (out, result, context);
  for (guint i = 0; suggestions != NULL && suggestions[i] != NULL && i < 2; i++)
    append_indented (out, context, "\033[36m", "→", suggestions[i]);
}

void
sc_report_text_result (GString               *out,
                       ScCheckResult         *result,
                       const ScReportContext *context)
{
  append_headline (out, result, context);
  append_chain (out, result, context);

  if (sc_check_result_get_verdict (result) == SC_VERDICT_OK)
    append_findings (out, result, context);
  else
    append_advice (out, result, context);
}
