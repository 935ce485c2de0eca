/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sc-checker-private.h"

/* A checker owns the one SoupSession every check shares, and the settings
 * checks are made with.  The chain of requests itself lives in
 * sc-checker-check.c. */

G_DEFINE_FINAL_TYPE (ScChecker, sc_checker, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MAX_CONNECTIONS,
  PROP_MAX_PER_HOST,
  PROP_TIMEOUT,
  PROP_MAX_REDIRECTS,
  PROP_METHOD,
  PROP_IGNORE_TLS_ERRORS,
  PROP_USER_AGENT,
  PROP_ACCEPT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* g_set_str() arrived in GLib 2.76; Debian 12 has 2.74. */
static gboolean
replace_string (char       **field,
                const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static void
sc_checker_constructed (GObject *object)
{
  ScChecker *self = (ScChecker *) object;

  G_OBJECT_CLASS (sc_checker_parent_class)->constructed (object);

  /* libsoup queues requests beyond its per-host limit (2 by default), which
   * would silently cap --per-host and eat into each check's deadline, so
   * both limits are raised to what the batch will actually run.  The
   * session uses the system proxy resolver by default. */
  self->session = g_object_new (SOUP_TYPE_SESSION,
                                "max-conns", MAX (self->max_connections, 1),
                                "max-conns-per-host", MAX (self->max_per_host, 1),
                                "timeout", self->timeout,
                                NULL);
}

static void
sc_checker_finalize (GObject *object)
{
  ScChecker *self = (ScChecker *) object;

  g_clear_object (&self->session);
  g_clear_object (&self->tls_database);
  g_clear_object (&self->proxy_resolver);
  g_free (self->method);
  g_free (self->user_agent);
  g_free (self->accept);
  g_hash_table_unref (self->proxy_peers);

  G_OBJECT_CLASS (sc_checker_parent_class)->finalize (object);
}

static void
sc_checker_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  ScChecker *self = SC_CHECKER (object);

  switch (prop_id)
    {
    case PROP_MAX_CONNECTIONS: g_value_set_uint (value, self->max_connections); break;
    case PROP_MAX_PER_HOST: g_value_set_uint (value, self->max_per_host); break;
    case PROP_TIMEOUT: g_value_set_uint (value, self->timeout); break;
    case PROP_MAX_REDIRECTS: g_value_set_uint (value, self->max_redirects); break;
    case PROP_METHOD: g_value_set_string (value, self->method); break;
    case PROP_IGNORE_TLS_ERRORS: g_value_set_boolean (value, self->ignore_tls_errors); break;
    case PROP_USER_AGENT: g_value_set_string (value, self->user_agent); break;
    case PROP_ACCEPT: g_value_set_string (value, self->accept); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_checker_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  ScChecker *self = SC_CHECKER (object);

  switch (prop_id)
    {
    case PROP_MAX_CONNECTIONS: self->max_connections = g_value_get_uint (value); break;
    case PROP_MAX_PER_HOST: self->max_per_host = g_value_get_uint (value); break;
    case PROP_TIMEOUT: sc_checker_set_timeout (self, g_value_get_uint (value)); break;
    case PROP_MAX_REDIRECTS: sc_checker_set_max_redirects (self, g_value_get_uint (value)); break;
    case PROP_METHOD: sc_checker_set_method (self, g_value_get_string (value)); break;
    case PROP_IGNORE_TLS_ERRORS: sc_checker_set_ignore_tls_errors (self, g_value_get_boolean (value)); break;
    case PROP_USER_AGENT: sc_checker_set_user_agent (self, g_value_get_string (value)); break;
    case PROP_ACCEPT: sc_checker_set_accept (self, g_value_get_string (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_checker_class_init (ScCheckerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = sc_checker_constructed;
  object_class->finalize = sc_checker_finalize;
  object_class->get_property = sc_checker_get_property;
  object_class->set_property = sc_checker_set_property;

  properties[PROP_MAX_CONNECTIONS] =
    g_param_spec_uint ("max-connections", NULL, NULL, 1, 10000, 16, construct);
  properties[PROP_MAX_PER_HOST] =
    g_param_spec_uint ("max-per-host", NULL, NULL, 1, 10000, 4, construct);
  properties[PROP_TIMEOUT] =
    g_param_spec_uint ("timeout", NULL, NULL, 1, 3600, SC_DEFAULT_TIMEOUT, rw | G_PARAM_CONSTRUCT);
  properties[PROP_MAX_REDIRECTS] =
    g_param_spec_uint ("max-redirects", NULL, NULL, 0, 100, SC_DEFAULT_MAX_REDIRECTS, rw | G_PARAM_CONSTRUCT);
  properties[PROP_METHOD] =
    g_param_spec_string ("method", NULL, NULL, "GET", rw | G_PARAM_CONSTRUCT);
  properties[PROP_IGNORE_TLS_ERRORS] =
    g_param_spec_boolean ("ignore-tls-errors", NULL, NULL, FALSE, rw);
  properties[PROP_USER_AGENT] =
    g_param_spec_string ("user-agent", NULL, NULL, "Statuscope/" PACKAGE_VERSION, rw | G_PARAM_CONSTRUCT);
  properties[PROP_ACCEPT] =
    g_param_spec_string ("accept", NULL, NULL, SC_DEFAULT_ACCEPT, rw | G_PARAM_CONSTRUCT);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sc_checker_init (ScChecker *self)
{
  self->proxy_peers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

ScChecker *
sc_checker_new (guint max_connections,
                guint max_per_host)
{
  return g_object_new (SC_TYPE_CHECKER,
                       "max-connections", max_connections,
                       "max-per-host", max_per_host,
                       NULL);
}

guint
sc_checker_get_timeout (ScChecker *self)
{
  g_return_val_if_fail (SC_IS_CHECKER (self), 0);
  return self->timeout;
}

void
sc_checker_set_timeout (ScChecker *self,
                        guint      seconds)
{
  g_return_if_fail (SC_IS_CHECKER (self));
  g_return_if_fail (seconds > 0);

  if (self->timeout == seconds)
    return;
  self->timeout = seconds;
  /* The session's own timeout only catches a silent socket; the deadline
   * in sc-checker-check.c covers a server that drips bytes. */
  if (self->session != NULL)
    g_object_set (self->session, "timeout", seconds, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMEOUT]);
}

guint
sc_checker_get_max_redirects (ScChecker *self)
{
  g_return_val_if_fail (SC_IS_CHECKER (self), 0);
  return self->max_redirects;
}

void
sc_checker_set_max_redirects (ScChecker *self,
                              guint      max_redirects)
{
  g_return_if_fail (SC_IS_CHECKER (self));

  if (self->max_redirects == max_redirects)
    return;
  self->max_redirects = max_redirects;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_REDIRECTS]);
}

const char *
sc_checker_get_method (ScChecker *self)
{
  g_return_val_if_fail (SC_IS_CHECKER (self), NULL);
  return self->method;
}

void
sc_checker_set_method (ScChecker  *self,
                       const char *method)
{
  g_return_if_fail (SC_IS_CHECKER (self));
  g_return_if_fail (g_strcmp0 (method, "GET") == 0 || g_strcmp0 (method, "HEAD") == 0);

  if (replace_string (&self->method, method))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_METHOD]);
}

gboolean
sc_checker_get_ignore_tls_errors (ScChecker *self)
{
  g_return_val_if_fail (SC_IS_CHECKER (self), FALSE);
  return self->ignore_tls_errors;
}

void
sc_checker_set_ignore_tls_errors (ScChecker *self,
                                  gboolean   ignore)
{
  g_return_if_fail (SC_IS_CHECKER (self));

  ignore = !!ignore;
  if (self->ignore_tls_errors == ignore)
    return;
  self->ignore_tls_errors = ignore;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IGNORE_TLS_ERRORS]);
}

const char *
sc_checker_get_user_agent (ScChecker *self)
{
  g_return_val_if_fail (SC_IS_CHECKER (self), NULL);
  return self->user_agent;
}

void
sc_checker_set_user_agent (ScChecker  *self,
                           const char *user_agent)
{
  g_return_if_fail (SC_IS_CHECKER (self));

  if (user_agent == NULL || user_agent[0] == '\0')
    user_agent = "Statuscope/" PACKAGE_VERSION;
  if (replace_string (&self->user_agent, user_agent))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_USER_AGENT]);
}

const char *
sc_checker_get_accept (ScChecker *self)
{
  g_return_val_if_fail (SC_IS_CHECKER (self), NULL);
  return self->accept;
}

void
sc_checker_set_accept (ScChecker  *self,
                       const char *accept)
{
  g_return_if_fail (SC_IS_CHECKER (self));

  if (accept == NULL || accept[0] == '\0')
    accept = SC_DEFAULT_ACCEPT;
  if (replace_string (&self->accept, accept))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACCEPT]);
}

/* Replaces the system's proxy resolver (the default); %NULL means no
 * proxy at all. */
void
sc_checker_set_proxy_resolver (ScChecker      *self,
                               GProxyResolver *resolver)
{
  g_return_if_fail (SC_IS_CHECKER (self));
  g_return_if_fail (resolver == NULL || G_IS_PROXY_RESOLVER (resolver));

  g_object_set (self->session, "proxy-resolver", resolver, NULL);
  g_set_object (&self->proxy_resolver, resolver);
  self->no_proxy = resolver == NULL;
}

void
sc_checker_set_body_stall_ms (ScChecker *self,
                              guint      ms)
{
  g_return_if_fail (SC_IS_CHECKER (self));
  self->body_stall_ms = ms;
}

/* For tests that trust their own certificate authority. */
void
sc_checker_set_tls_database (ScChecker    *self,
                             GTlsDatabase *database)
{
  g_return_if_fail (SC_IS_CHECKER (self));
  g_set_object (&self->tls_database, database);
  soup_session_set_tls_database (self->session, database);
}
