/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sc-text.h"
#include "sc-tls-info.h"

/* What a certificate said, copied out of the GTlsCertificate so that a
 * result keeps a few strings instead of the whole certificate. */
struct _ScTlsInfo
{
  GObject               parent_instance;

  char                 *subject;
  char                 *issuer;
  GDateTime            *not_before;
  GDateTime            *not_after;
  gint64                days_left;
  GStrv                 dns_names;
  GTlsCertificateFlags  errors;
  char                 *fingerprint;
};

G_DEFINE_FINAL_TYPE (ScTlsInfo, sc_tls_info, G_TYPE_OBJECT)

/* In order of how much they matter to a site admin. */
static const struct {
  GTlsCertificateFlags flag;
  const char *name;
  const char *detail_id;
  const char *message;
} tls_errors[] = {
  { G_TLS_CERTIFICATE_EXPIRED, "expired", "tls-expired", N_("the certificate has expired") },
  { G_TLS_CERTIFICATE_NOT_ACTIVATED, "not-activated", "tls-not-yet-valid", N_("the certificate is not valid yet") },
  { G_TLS_CERTIFICATE_BAD_IDENTITY, "bad-identity", "tls-bad-identity", N_("the certificate does not cover this host name") },
  { G_TLS_CERTIFICATE_UNKNOWN_CA, "unknown-ca", "tls-unknown-issuer", N_("the certificate is self-signed, or its issuer is unknown or missing from the chain") },
  { G_TLS_CERTIFICATE_REVOKED, "revoked", "tls-revoked", N_("the certificate has been revoked") },
  { G_TLS_CERTIFICATE_INSECURE, "insecure", "tls-insecure", N_("the certificate uses an insecure algorithm") },
  { G_TLS_CERTIFICATE_GENERIC_ERROR, "generic-error", "tls", N_("the certificate could not be verified") },
};

static void
sc_tls_info_finalize (GObject *object)
{
  ScTlsInfo *self = (ScTlsInfo *) object;

  g_free (self->subject);
  g_free (self->issuer);
  g_clear_pointer (&self->not_before, g_date_time_unref);
  g_clear_pointer (&self->not_after, g_date_time_unref);
  g_strfreev (self->dns_names);
  g_free (self->fingerprint);

  G_OBJECT_CLASS (sc_tls_info_parent_class)->finalize (object);
}

static void
sc_tls_info_class_init (ScTlsInfoClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sc_tls_info_finalize;
}

static void
sc_tls_info_init (ScTlsInfo *self)
{
}

static GStrv
copy_dns_names (GTlsCertificate *certificate)
{
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_object_get (certificate, "dns-names", &names, NULL);
  for (guint i = 0; names != NULL && i < names->len; i++)
    {
      GBytes *bytes = g_ptr_array_index (names, i);
      gsize len;
      const char *data = g_bytes_get_data (bytes, &len);
      g_autofree char *safe = sc_text_sanitize (data, len, 255);

      g_strv_builder_add (builder, safe);
    }
  return g_strv_builder_end (builder);
}

static char *
fingerprint_of (GTlsCertificate *certificate)
{
  g_autoptr(GByteArray) der = NULL;

  g_object_get (certificate, "certificate", &der, NULL);
  if (der == NULL)
    return NULL;
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, der->data, der->len);
}

ScTlsInfo *
sc_tls_info_new_from_certificate (GTlsCertificate      *certificate,
                                  GTlsCertificateFlags  errors,
                                  GDateTime            *now)
{
  ScTlsInfo *self;
  g_autofree char *subject = NULL;
  g_autofree char *issuer = NULL;

  g_return_val_if_fail (G_IS_TLS_CERTIFICATE (certificate), NULL);

  self = g_object_new (SC_TYPE_TLS_INFO, NULL);
  g_object_get (certificate,
                "subject-name", &subject,
                "issuer-name", &issuer,
                "not-valid-before", &self->not_before,
                "not-valid-after", &self->not_after,
                NULL);
  self->subject = sc_text_sanitize (subject, -1, 512);
  self->issuer = sc_text_sanitize (issuer, -1, 512);
  self->dns_names = copy_dns_names (certificate);
  self->errors = errors;
  self->fingerprint = fingerprint_of (certificate);
  if (self->not_after != NULL && now != NULL)
    self->days_left = g_date_time_difference (self->not_after, now) / G_TIME_SPAN_DAY;
  return self;
}

/* A certificate seen in an earlier session, read back from disk: only what
 * was shown of it was kept, so it is rebuilt from those parts.  The strings
 * are copied as given; the caller has sanitized them. */
ScTlsInfo *
sc_tls_info_new_restored (const char           *subject,
                          const char           *issuer,
                          GDateTime            *not_before,
                          GDateTime            *not_after,
                          gint64                days_left,
                          const char * const   *dns_names,
                          GTlsCertificateFlags  errors,
                          const char           *fingerprint)
{
  ScTlsInfo *self = g_object_new (SC_TYPE_TLS_INFO, NULL);
  const char * const none[] = { NULL };

  self->subject = g_strdup (subject);
  self->issuer = g_strdup (issuer);
  self->not_before = not_before != NULL ? g_date_time_ref (not_before) : NULL;
  self->not_after = not_after != NULL ? g_date_time_ref (not_after) : NULL;
  self->days_left = days_left;
  self->dns_names = g_strdupv ((char **) (dns_names != NULL ? dns_names : none));
  self->errors = errors;
  self->fingerprint = g_strdup (fingerprint);
  return self;
}

const char *
sc_tls_info_get_subject (ScTlsInfo *self)
{
  g_return_val_if_fail (SC_IS_TLS_INFO (self), NULL);
  return self->subject;
}

const char *
sc_tls_info_get_issuer (ScTlsInfo *self)
{
  g_return_val_if_fail (SC_IS_TLS_INFO (self), NULL);
  return self->issuer;
}

GDateTime *
sc_tls_info_get_not_before (ScTlsInfo *self)
{
  g_return_val_if_fail (SC_IS_TLS_INFO (self), NULL);
  return self->not_before;
}

GDateTime *
sc_tls_info_get_not_after (ScTlsInfo *self)
{
  g_return_val_if_fail (SC_IS_TLS_INFO (self), NULL);
  return self->not_after;
}

gint64
sc_tls_info_get_days_left (ScTlsInfo *self)
{
  g_return_val_if_fail (SC_IS_TLS_INFO (self), 0);
  return self->days_left;
}

const char * const *
sc_tls_info_get_dns_names (ScTlsInfo *self)
{
  g_return_val_if_fail (SC_IS_TLS_INFO (self), NULL);
  return (const char * const *) self->dns_names;
}

GTlsCertificateFlags
sc_tls_info_get_errors (ScTlsInfo *self)
{
  g_return_val_if_fail (SC_IS_TLS_INFO (self), 0);
  return self->errors;
}

const char *
sc_tls_info_get_fingerprint (ScTlsInfo *self)
{
  g_return_val_if_fail (SC_IS_TLS_INFO (self), NULL);
  return self->fingerprint;
}

/* Stable names for the JSON "errors" array. */
char **
sc_tls_info_dup_error_names (ScTlsInfo *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (SC_IS_TLS_INFO (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (tls_errors); i++)
    if (self->errors & tls_errors[i].flag)
      g_strv_builder_add (builder, tls_errors[i].name);
  return g_strv_builder_end (builder);
}

/* The inverse of sc_tls_info_dup_error_names(); names it does not know
 * (from a newer or hand-edited file) are ignored. */
GTlsCertificateFlags
sc_tls_error_flags_from_names (const char * const *names)
{
  GTlsCertificateFlags flags = 0;

  for (guint i = 0; names != NULL && i < G_N_ELEMENTS (tls_errors); i++)
    if (g_strv_contains (names, tls_errors[i].name))
      flags |= tls_errors[i].flag;
  return flags;
}

/* "the certificate has expired; the certificate does not cover …" */
char *
sc_tls_info_describe_errors (ScTlsInfo *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (SC_IS_TLS_INFO (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (tls_errors); i++)
    {
      if (!(self->errors & tls_errors[i].flag))
        continue;
      if (out->len > 0)
        g_string_append (out, "; ");
      g_string_append (out, _(tls_errors[i].message));
    }
  return g_string_free (out, out->len == 0);
}

/* The catalog entry for the most important problem in @errors. */
const char *
sc_tls_error_detail_id (GTlsCertificateFlags errors)
{
  for (guint i = 0; i < G_N_ELEMENTS (tls_errors); i++)
    if (errors & tls_errors[i].flag)
      return tls_errors[i].detail_id;
  return "tls";
}
