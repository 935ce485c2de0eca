/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sc-system-trust.h"

/* The system's trusted certificate authorities, the TLS backend's own
 * database, behind a database of our own type that becomes the default of
 * the process.
 *
 * Why: glib-networking up to 2.74 (Debian 12) sets up GnuTLS credentials
 * for every new TLS connection from the default database, and when that is
 * its own type it loads the whole system trust store into them again:
 * about 65 million instructions, 15–20 ms of CPU, per connection, so a list
 * of a thousand https sites spent most of its time there.  For a database
 * of any other type it makes empty credentials, and verification still goes
 * through the database, which here is the backend's own, loaded once.
 * Later glib-networking keeps the credentials; this costs them nothing.
 *
 * The backend's database is only asked for when a certificate is first
 * verified, so checking http sites never loads the trust store at all. */

struct _ScSystemTrust
{
  GTlsDatabase  parent_instance;

  GMutex        lock;       /* verification runs in the TLS handshake thread */
  GTlsDatabase *system;
};

G_DEFINE_FINAL_TYPE (ScSystemTrust, sc_system_trust, G_TYPE_TLS_DATABASE)

static GTlsDatabase *
get_system (ScSystemTrust  *self,
            GError        **error)
{
  GTlsDatabase *system;

  g_mutex_lock (&self->lock);
  /* Straight from the backend: g_tls_backend_get_default_database()
   * would return this object. */
  if (self->system == NULL)
    {
      GTlsBackend *backend = g_tls_backend_get_default ();
      GTlsBackendInterface *iface = G_TLS_BACKEND_GET_INTERFACE (backend);

      if (iface->get_default_database != NULL)
        self->system = iface->get_default_database (backend);
    }
  system = self->system != NULL ? g_object_ref (self->system) : NULL;
  g_mutex_unlock (&self->lock);

  if (system == NULL)
    g_set_error_literal (error, G_TLS_ERROR, G_TLS_ERROR_UNAVAILABLE,
                         _("The system’s trusted certificate authorities could not be loaded."));
  return system;
}

static GTlsCertificateFlags
sc_system_trust_verify_chain (GTlsDatabase             *database,
                              GTlsCertificate          *chain,
                              const char               *purpose,
                              GSocketConnectable       *identity,
                              GTlsInteraction          *interaction,
                              GTlsDatabaseVerifyFlags   flags,
                              GCancellable             *cancellable,
                              GError                  **error)
{
  g_autoptr(GTlsDatabase) system = get_system (SC_SYSTEM_TRUST (database), error);

  if (system == NULL)
    return G_TLS_CERTIFICATE_GENERIC_ERROR;
  return g_tls_database_verify_chain (system, chain, purpose, identity, interaction, flags, cancellable, error);
}

static char *
sc_system_trust_create_certificate_handle (GTlsDatabase    *database,
                                           GTlsCertificate *certificate)
{
  g_autoptr(GTlsDatabase) system = get_system (SC_SYSTEM_TRUST (database), NULL);

  return system != NULL ? g_tls_database_create_certificate_handle (system, certificate) : NULL;
}

static GTlsCertificate *
sc_system_trust_lookup_certificate_for_handle (GTlsDatabase             *database,
                                               const char               *handle,
                                               GTlsInteraction          *interaction,
                                               GTlsDatabaseLookupFlags   flags,
                                               GCancellable             *cancellable,
                                               GError                  **error)
{
  g_autoptr(GTlsDatabase) system = get_system (SC_SYSTEM_TRUST (database), error);

  if (system == NULL)
    return NULL;
  return g_tls_database_lookup_certificate_for_handle (system, handle, interaction, flags, cancellable, error);
}

static GTlsCertificate *
sc_system_trust_lookup_certificate_issuer (GTlsDatabase             *database,
                                           GTlsCertificate          *certificate,
                                           GTlsInteraction          *interaction,
                                           GTlsDatabaseLookupFlags   flags,
                                           GCancellable             *cancellable,
                                           GError                  **error)
{
  g_autoptr(GTlsDatabase) system = get_system (SC_SYSTEM_TRUST (database), error);

  if (system == NULL)
    return NULL;
  return g_tls_database_lookup_certificate_issuer (system, certificate, interaction, flags, cancellable, error);
}

static GList *
sc_system_trust_lookup_certificates_issued_by (GTlsDatabase             *database,
                                               GByteArray               *issuer_raw_dn,
                                               GTlsInteraction          *interaction,
                                               GTlsDatabaseLookupFlags   flags,
                                               GCancellable             *cancellable,
                                               GError                  **error)
{
  g_autoptr(GTlsDatabase) system = get_system (SC_SYSTEM_TRUST (database), error);

  if (system == NULL)
    return NULL;
  return g_tls_database_lookup_certificates_issued_by (system, issuer_raw_dn, interaction, flags, cancellable, error);
}

static void
sc_system_trust_finalize (GObject *object)
{
  ScSystemTrust *self = (ScSystemTrust *) object;

  g_clear_object (&self->system);
  g_mutex_clear (&self->lock);

  G_OBJECT_CLASS (sc_system_trust_parent_class)->finalize (object);
}

static void
sc_system_trust_class_init (ScSystemTrustClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GTlsDatabaseClass *database_class = G_TLS_DATABASE_CLASS (klass);

  object_class->finalize = sc_system_trust_finalize;
  database_class->verify_chain = sc_system_trust_verify_chain;
  database_class->create_certificate_handle = sc_system_trust_create_certificate_handle;
  database_class->lookup_certificate_for_handle = sc_system_trust_lookup_certificate_for_handle;
  database_class->lookup_certificate_issuer = sc_system_trust_lookup_certificate_issuer;
  database_class->lookup_certificates_issued_by = sc_system_trust_lookup_certificates_issued_by;
}

static void
sc_system_trust_init (ScSystemTrust *self)
{
  g_mutex_init (&self->lock);
}

/* Once per process, before the first https request: the TLS connections
 * made from then on use the system's authorities through this type. */
void
sc_system_trust_install (void)
{
  static gsize installed = 0;

  if (g_once_init_enter (&installed))
    {
      GTlsBackend *backend = g_tls_backend_get_default ();
      g_autoptr(GTlsDatabase) trust = NULL;

      if (g_tls_backend_supports_tls (backend))
        {
          trust = g_object_new (SC_TYPE_SYSTEM_TRUST, NULL);
          g_tls_backend_set_default_database (backend, trust);
        }
      g_once_init_leave (&installed, 1);
    }
}
