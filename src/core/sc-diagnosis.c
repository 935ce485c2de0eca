/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sc-diagnosis.h"
#include "sc-result-private.h"

/* Rules that read a whole result (every hop, its headers, timing and
 * certificate) and add findings beyond what the status code says.  Each rule
 * is a small function; they run in order and each may add one finding. */

typedef void (*ScRule) (ScCheckResult *result);

static void
add_finding (ScCheckResult      *result,
             const char         *id,
             ScSeverity          severity,
             const char         *message,
             const char * const *suggestions)
{
  g_ptr_array_add (result->findings, sc_finding_new (id, severity, message, suggestions));
}

static void
rule_certificate_expiry (ScCheckResult *result)
{
  ScTlsInfo *tls = sc_check_result_get_tls (result);
  gint64 days;
  g_autofree char *message = NULL;
  const char * const suggestions[] = {
    _("Renew the certificate now: run certbot renew (or your ACME client), or use the SSL/TLS page of your hosting panel."),
    _("Check that automatic renewal works: a renewal job that fails silently is the usual cause."),
    NULL
  };

  if (tls == NULL || sc_tls_info_get_not_after (tls) == NULL ||
      (sc_tls_info_get_errors (tls) & G_TLS_CERTIFICATE_EXPIRED))
    return;
  days = sc_tls_info_get_days_left (tls);
  if (days > 30)
    return;
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "The certificate expires in %" G_GINT64_FORMAT " day.",
                                          "The certificate expires in %" G_GINT64_FORMAT " days.",
                                          days),
                             days);
  add_finding (result, "certificate-expiring", days <= 7 ? SC_SEVERITY_CRITICAL : SC_SEVERITY_WARNING,
               message, suggestions);
}

static void
rule_https_downgrade (ScCheckResult *result)
{
  const char * const suggestions[] = {
    _("Make the redirect point to the https address, in the server configuration or the site’s own settings."),
    _("In WordPress, check that Settings → General uses https for both the WordPress and the site address."),
    NULL
  };

  for (guint i = 0; i + 1 < result->hops->len; i++)
    {
      ScHop *from = g_ptr_array_index (result->hops, i);
      ScHop *to = g_ptr_array_index (result->hops, i + 1);

      if (g_str_has_prefix (from->url, "https:") && g_str_has_prefix (to->url, "http:"))
        {
          add_finding (result, "https-downgrade", SC_SEVERITY_CRITICAL,
                       _("A redirect leads from a secure https address to an insecure http one."),
                       suggestions);
          return;
        }
    }
}

static const ScRule rules[] = {
  rule_certificate_expiry,
  rule_https_downgrade,
};

void
sc_diagnosis_run (ScCheckResult *result)
{
  g_return_if_fail (SC_IS_CHECK_RESULT (result));

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    rules[i] (result);
}
