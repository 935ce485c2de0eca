/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sc-enums.h"

static const char * const class_names[] = {
  [SC_STATUS_CLASS_INFORMATIONAL] = "informational",
  [SC_STATUS_CLASS_SUCCESS] = "success",
  [SC_STATUS_CLASS_REDIRECTION] = "redirection",
  [SC_STATUS_CLASS_CLIENT_ERROR] = "client-error",
  [SC_STATUS_CLASS_SERVER_ERROR] = "server-error",
  [SC_STATUS_CLASS_FAILURE] = "failure",
};

static const char * const kind_names[] = {
  [SC_ERROR_KIND_NONE] = NULL,
  [SC_ERROR_KIND_INVALID_URL] = "invalid-url",
  [SC_ERROR_KIND_UNSUPPORTED_SCHEME] = "unsupported-scheme",
  [SC_ERROR_KIND_DNS] = "dns",
  [SC_ERROR_KIND_CONNECTION_REFUSED] = "connection-refused",
  [SC_ERROR_KIND_TIMEOUT] = "timeout",
  [SC_ERROR_KIND_TLS] = "tls",
  [SC_ERROR_KIND_REDIRECT_LOOP] = "redirect-loop",
  [SC_ERROR_KIND_TOO_MANY_REDIRECTS] = "too-many-redirects",
  [SC_ERROR_KIND_PROTOCOL] = "protocol",
  [SC_ERROR_KIND_NETWORK] = "network",
};

static const char * const severity_names[] = {
  [SC_SEVERITY_INFO] = "info",
  [SC_SEVERITY_WARNING] = "warning",
  [SC_SEVERITY_CRITICAL] = "critical",
};

static const char * const role_names[] = {
  [SC_ROLE_ORIGIN] = "origin",
  [SC_ROLE_APPLICATION] = "application",
  [SC_ROLE_PROXY] = "proxy",
  [SC_ROLE_CDN] = "cdn",
  [SC_ROLE_FIREWALL] = "firewall",
  [SC_ROLE_HOSTING] = "hosting",
  [SC_ROLE_LOCAL_PROXY] = "local-proxy",
  [SC_ROLE_NETWORK] = "network",
  [SC_ROLE_CLIENT] = "client",
};

static const char * const verdict_names[] = {
  [SC_VERDICT_OK] = "ok",
  [SC_VERDICT_WARNING] = "warning",
  [SC_VERDICT_PROBLEM] = "problem",
};

/* The index of @str in @names, or -1. */
static int
name_index (const char * const *names,
            guint               n_names,
            const char         *str)
{
  for (guint i = 0; str != NULL && i < n_names; i++)
    if (names[i] != NULL && g_str_equal (str, names[i]))
      return (int) i;
  return -1;
}

const char *
sc_status_class_to_string (ScStatusClass class_)
{
  g_return_val_if_fail (class_ <= SC_STATUS_CLASS_FAILURE, NULL);
  return class_names[class_];
}

gboolean
sc_status_class_from_string (const char    *str,
                             ScStatusClass *out_class)
{
  for (guint i = 0; str != NULL && i < G_N_ELEMENTS (class_names); i++)
    {
      if (g_str_equal (str, class_names[i]))
        {
          *out_class = (ScStatusClass) i;
          return TRUE;
        }
    }
  return FALSE;
}

/* Codes outside 100–599 are not HTTP classes at all; they are still an
 * answer from a server that misbehaves, so they count as server errors
 * unless the catalog knows better (999 is a refusal of the client). */
ScStatusClass
sc_status_class_for_code (guint code)
{
  switch (code / 100)
    {
    case 1: return SC_STATUS_CLASS_INFORMATIONAL;
    case 2: return SC_STATUS_CLASS_SUCCESS;
    case 3: return SC_STATUS_CLASS_REDIRECTION;
    case 4: return SC_STATUS_CLASS_CLIENT_ERROR;
    default: return SC_STATUS_CLASS_SERVER_ERROR;
    }
}

/* A short, translatable phrase for accessible labels and reports. */
const char *
sc_status_class_describe (ScStatusClass class_)
{
  switch (class_)
    {
    case SC_STATUS_CLASS_INFORMATIONAL: return _("informational");
    case SC_STATUS_CLASS_SUCCESS: return _("success");
    case SC_STATUS_CLASS_REDIRECTION: return _("redirection");
    case SC_STATUS_CLASS_CLIENT_ERROR: return _("client error");
    case SC_STATUS_CLASS_SERVER_ERROR: return _("server error");
    case SC_STATUS_CLASS_FAILURE: return _("no HTTP answer");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
sc_error_kind_to_string (ScErrorKind kind)
{
  g_return_val_if_fail (kind <= SC_ERROR_KIND_NETWORK, NULL);
  return kind_names[kind];
}

gboolean
sc_error_kind_from_string (const char  *str,
                           ScErrorKind *out_kind)
{
  for (guint i = 1; str != NULL && i < G_N_ELEMENTS (kind_names); i++)
    {
      if (g_str_equal (str, kind_names[i]))
        {
          *out_kind = (ScErrorKind) i;
          return TRUE;
        }
    }
  return FALSE;
}

const char *
sc_severity_to_string (ScSeverity severity)
{
  g_return_val_if_fail (severity <= SC_SEVERITY_CRITICAL, NULL);
  return severity_names[severity];
}

/* The severity in the user's language, for text meant to be read (the id
 * stays for JSON, CSV and style classes). */
const char *
sc_severity_describe (ScSeverity severity)
{
  switch (severity)
    {
    /* TRANSLATORS: a finding's severity, as a label before its message */
    case SC_SEVERITY_INFO: return C_("severity", "Note");
    case SC_SEVERITY_WARNING: return C_("severity", "Warning");
    case SC_SEVERITY_CRITICAL: return C_("severity", "Critical");
    default: g_return_val_if_reached (NULL);
    }
}

gboolean
sc_severity_from_string (const char *str,
                         ScSeverity *out_severity)
{
  int i = name_index (severity_names, G_N_ELEMENTS (severity_names), str);

  if (i < 0)
    return FALSE;
  *out_severity = (ScSeverity) i;
  return TRUE;
}

const char *
sc_role_to_string (ScRole role)
{
  g_return_val_if_fail (role <= SC_ROLE_CLIENT, NULL);
  return role_names[role];
}

gboolean
sc_role_from_string (const char *str,
                     ScRole     *out_role)
{
  int i = name_index (role_names, G_N_ELEMENTS (role_names), str);

  if (i < 0)
    return FALSE;
  *out_role = (ScRole) i;
  return TRUE;
}

/* A phrase for "Answered by …" when the software is not known. */
const char *
sc_role_describe (ScRole role)
{
  switch (role)
    {
    case SC_ROLE_ORIGIN: return _("the site’s web server");
    case SC_ROLE_APPLICATION: return _("the site’s application");
    case SC_ROLE_PROXY: return _("a proxy or cache in front of the site");
    case SC_ROLE_CDN: return _("a CDN in front of the site");
    case SC_ROLE_FIREWALL: return _("a firewall in front of the site");
    case SC_ROLE_HOSTING: return _("the host or registrar, not the site");
    case SC_ROLE_LOCAL_PROXY: return _("a proxy on your side, not the site");
    case SC_ROLE_NETWORK: return _("the network, before any server answered");
    /* Plain words: nothing answered, the check itself stopped here (an
     * address that cannot be used, a certificate this computer refused). */
    case SC_ROLE_CLIENT: return _("no server: the check stopped on this computer");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
sc_verdict_to_string (ScVerdict verdict)
{
  g_return_val_if_fail (verdict <= SC_VERDICT_PROBLEM, NULL);
  return verdict_names[verdict];
}

/* The verdict's label in the user's language, as the window and the
 * reports show it; sc_verdict_to_string() gives the contract's id. */
const char *
sc_verdict_describe (ScVerdict verdict)
{
  switch (verdict)
    {
    case SC_VERDICT_OK: return _("OK");
    case SC_VERDICT_WARNING: return _("Warning");
    case SC_VERDICT_PROBLEM: return _("Problem");
    default: g_return_val_if_reached (NULL);
    }
}

gboolean
sc_verdict_from_string (const char *str,
                        ScVerdict  *out_verdict)
{
  int i = name_index (verdict_names, G_N_ELEMENTS (verdict_names), str);

  if (i < 0)
    return FALSE;
  *out_verdict = (ScVerdict) i;
  return TRUE;
}
