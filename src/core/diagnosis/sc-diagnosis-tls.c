/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <inttypes.h>

#include <glib/gi18n-lib.h>

#include "sc-diagnosis-private.h"

/* Certificates: about to expire, different on a redirecting hop, or not
 * trusted because of how they were issued. */

/* When a renewal is due: with a third of the certificate's lifetime left,
 * as ACME clients renew (certbot at 30 days of 90), but never earlier than
 * 30 days before expiry, as for the year-long certificates renewed by hand.
 * Critical with a sixth left, at most a week.  So a fresh 6-day or 45-day
 * certificate is healthy, and a 90-day one with 20 days left is late. */
static void
renewal_thresholds (ScTlsInfo *tls,
                    gint64    *out_warning,
                    gint64    *out_critical)
{
  GDateTime *not_before = sc_tls_info_get_not_before (tls);
  gint64 lifetime;

  *out_warning = 30;
  *out_critical = 7;
  if (not_before == NULL)
    return;
  lifetime = g_date_time_difference (sc_tls_info_get_not_after (tls), not_before) / G_TIME_SPAN_DAY;
  if (lifetime <= 0)
    return;
  *out_warning = MIN (lifetime / 3, 30);
  *out_critical = MIN (lifetime / 6, 7);
}

void
sc_rule_certificate_expiry (ScDiagnosis *d)
{
  ScTlsInfo *tls = sc_check_result_get_tls (d->result);
  gint64 days, warning, critical;
  g_autofree char *message = NULL;
  const char * const advice[] = {
    _("Renew the certificate now: run certbot renew (or your ACME client), or use the SSL/TLS page of your hosting panel."),
    _("Check that automatic renewal works: a renewal job that fails silently is the usual cause."),
    NULL
  };

  if (tls == NULL || sc_tls_info_get_not_after (tls) == NULL ||
      (sc_tls_info_get_errors (tls) & G_TLS_CERTIFICATE_EXPIRED))
    return;
  days = sc_tls_info_get_days_left (tls);
  renewal_thresholds (tls, &warning, &critical);
  if (days > warning)
    return;
  if (days == 0)
    message = g_strdup (_("The certificate expires within a day, past the point where it is normally renewed."));
  else
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "The certificate expires in %" PRId64 " day, past the point where it is normally renewed.",
                                            "The certificate expires in %" PRId64 " days, past the point where it is normally renewed.",
                                            days),
                               days);
  sc_diagnosis_add (d, "certificate-expiring", days <= critical ? SC_SEVERITY_CRITICAL : SC_SEVERITY_WARNING,
                    message, advice);
}

/* The names people type (http://, www.) often sit on a forgotten, older
 * certificate that only shows when the redirect is followed. */
void
sc_rule_certificate_changes (ScDiagnosis *d)
{
  GPtrArray *hops = d->result->hops;
  ScTlsInfo *final = sc_check_result_get_tls (d->result);
  const char * const advice[] = {
    _("Make sure one certificate covers every name the site redirects from (example.com and www.example.com), and renew them together."),
    _("Check the redirecting address in a browser or with an SSL checker to see its certificate."),
    NULL
  };

  if (final == NULL)
    return;
  for (guint i = 0; i + 1 < hops->len; i++)
    {
      ScHop *hop = g_ptr_array_index (hops, i);
      ScTlsInfo *tls = sc_hop_get_tls (hop);
      g_autofree char *message = NULL;

      if (tls == NULL || g_strcmp0 (sc_tls_info_get_fingerprint (tls), sc_tls_info_get_fingerprint (final)) == 0)
        continue;
      message = g_strdup_printf (_("%s presents a different certificate from the final address (issued by %s, %" PRId64 " days left)."),
                                 sc_hop_get_url (hop), sc_tls_info_get_issuer (tls), sc_tls_info_get_days_left (tls));
      sc_diagnosis_add (d, "certificate-differs",
                        sc_tls_info_get_errors (tls) != 0 || sc_tls_info_get_days_left (tls) <= 30
                          ? SC_SEVERITY_WARNING : SC_SEVERITY_INFO,
                        message, advice);
      return;
    }
}

void
sc_rule_untrusted_issuer (ScDiagnosis *d)
{
  ScTlsInfo *tls = sc_check_result_get_tls (d->result);
  const char * const self_signed_advice[] = {
    _("Replace the self-signed certificate with one from a public authority; Let’s Encrypt issues them for free, and most hosting panels can install one in a click."),
    _("If the site sits behind Cloudflare, an origin certificate is fine for Cloudflare but not for visitors who reach the server directly."),
    NULL
  };
  const char * const chain_advice[] = {
    _("Install the full chain: the site certificate followed by the intermediate certificates (with certbot, use fullchain.pem, not cert.pem)."),
    _("In a hosting panel, paste the CA bundle (the intermediates) into the field next to the certificate."),
    NULL
  };

  if (tls == NULL || !(sc_tls_info_get_errors (tls) & G_TLS_CERTIFICATE_UNKNOWN_CA))
    return;
  if (g_strcmp0 (sc_tls_info_get_subject (tls), sc_tls_info_get_issuer (tls)) == 0)
    sc_diagnosis_add (d, "self-signed", SC_SEVERITY_CRITICAL,
                      _("The certificate is self-signed: it vouches for itself, so no browser trusts it."),
                      self_signed_advice);
  /* Expired as well: that is the cause to fix, and the renewed certificate
   * comes with a fresh chain, so "missing intermediate" would mislead. */
  else if (!(sc_tls_info_get_errors (tls) & G_TLS_CERTIFICATE_EXPIRED))
    sc_diagnosis_add (d, "missing-intermediate", SC_SEVERITY_CRITICAL,
                      _("The certificate’s issuer is not trusted. When a browser still accepts the site, the server most likely leaves out the intermediate certificate."),
                      chain_advice);
}
