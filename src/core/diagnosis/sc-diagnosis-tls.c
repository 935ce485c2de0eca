/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <inttypes.h>
#include <string.h>

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

/* An expired certificate leads, whatever else is wrong with it: renewing
 * is the first fix, and a renewed certificate from a public authority,
 * installed with its chain, settles an unknown issuer too. */
void
sc_rule_certificate_expired (ScDiagnosis *d)
{
  ScTlsInfo *tls = sc_check_result_get_tls (d->result);
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *date = NULL;
  g_autofree char *message = NULL;
  gint64 days;
  const char * const advice[] = {
    _("Renew the certificate: run certbot renew (or your ACME client) and reload the web server, or use AutoSSL or the SSL/TLS page of your hosting panel."),
    _("Find out why automatic renewal stopped (a failing renewal job, a DNS change, a blocked /.well-known/acme-challenge/ path) so that it does not happen again."),
    _("Install the renewed certificate with its intermediate certificates (fullchain.pem with certbot), so that browsers trust it at once."),
    NULL
  };

  if (tls == NULL || !(sc_tls_info_get_errors (tls) & G_TLS_CERTIFICATE_EXPIRED) ||
      sc_tls_info_get_not_after (tls) == NULL)
    return;
  local = g_date_time_to_local (sc_tls_info_get_not_after (tls));
  date = g_date_time_format (local, "%Y-%m-%d");
  days = -sc_tls_info_get_days_left (tls);
  if (days <= 0)
    /* Translators: %s is a date such as 2026-12-04. */
    message = g_strdup_printf (_("The certificate expired on %s, less than a day ago."), date);
  else
    /* Translators: %s is a date such as 2026-12-04. */
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "The certificate expired on %s, %" PRId64 " day ago.",
                                            "The certificate expired on %s, %" PRId64 " days ago.",
                                            days),
                               date, days);
  sc_diagnosis_add (d, "certificate-expired", SC_SEVERITY_CRITICAL, message, advice);
}

/* Proxies that serve a certificate they made themselves for a name they
 * have no certificate for: no route for the host asks for TLS, or getting
 * the certificate (ACME) failed.  Then the proxy, not the site, is to be
 * fixed.  The subjects are from the proxies' source: Traefik's
 * pkg/tls/generate/generate.go ("TRAEFIK DEFAULT CERT") and ingress-nginx's
 * internal/net/ssl/ssl.go, GetFakeSSLCert ("O=Acme Co, CN=Kubernetes
 * Ingress Controller Fake Certificate"). */
static const struct {
  const char *marker;   /* in the certificate's subject */
  const char *software;
  const char *message;
  const char *advice[4];
} default_certificates[] = {
  { "CN=TRAEFIK DEFAULT CERT", "Traefik",
    N_("The certificate is Traefik’s own default certificate (“TRAEFIK DEFAULT CERT”): Traefik, the reverse proxy in front of the site, has no certificate for this host name, so browsers refuse the connection."),
    { N_("Check that a Traefik router matches this host name exactly (its Host rule) and has TLS turned on, with a certificate resolver (tls.certresolver) or a certificate for the name."),
      N_("Read Traefik’s log for the certificate request: a failed ACME challenge (port 80 or DNS not reaching Traefik) or a Let’s Encrypt rate limit leaves the default certificate in place."),
      N_("If the router uses another entry point than 443 (websecure), make sure the address checked goes to that entry point."),
      NULL } },
  { "CN=Kubernetes Ingress Controller Fake Certificate", "ingress-nginx",
    N_("The certificate is the Kubernetes NGINX Ingress Controller’s placeholder (“Kubernetes Ingress Controller Fake Certificate”): the ingress in front of the site has no certificate for this host name, so browsers refuse the connection."),
    { N_("Check that the Ingress for this host has a tls section that lists the host name exactly and names a Secret of type kubernetes.io/tls with tls.crt and tls.key."),
      N_("If cert-manager issues the certificate, look at the Certificate and its CertificateRequest (kubectl describe certificate): a failed challenge leaves the placeholder in place."),
      N_("Check that the Ingress has the right ingressClassName, so that this controller serves it."),
      NULL } },
};

void
sc_rule_proxy_default_certificate (ScDiagnosis *d)
{
  ScTlsInfo *tls = sc_check_result_get_tls (d->result);
  const char *subject = tls != NULL ? sc_tls_info_get_subject (tls) : NULL;

  if (subject == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (default_certificates); i++)
    {
      g_autoptr(ScAnsweredBy) who = NULL;
      g_autofree char *evidence = NULL;
      const char *advice[G_N_ELEMENTS (default_certificates[i].advice)] = { NULL };

      if (strstr (subject, default_certificates[i].marker) == NULL)
        continue;
      for (guint j = 0; default_certificates[i].advice[j] != NULL; j++)
        advice[j] = _(default_certificates[i].advice[j]);
      sc_diagnosis_add (d, "proxy-default-certificate", SC_SEVERITY_CRITICAL,
                        _(default_certificates[i].message), advice);
      who = sc_answered_by_new (SC_ROLE_PROXY, default_certificates[i].software);
      /* Translators: evidence of who answered; %s is a certificate's subject such as "CN=TRAEFIK DEFAULT CERT". */
      evidence = g_strdup_printf (_("Certificate subject: %s"), subject);
      sc_answered_by_add_evidence (who, evidence);
      sc_check_result_set_answered_by (d->result, who);
      return;
    }
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
  /* Traefik's default certificate is self-signed; that finding says why. */
  if (sc_diagnosis_has_finding (d, "proxy-default-certificate"))
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
