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
  switch (severity)
    {
    case SC_SEVERITY_INFO: return "info";
    case SC_SEVERITY_WARNING: return "warning";
    case SC_SEVERITY_CRITICAL: return "critical";
    default: g_return_val_if_reached (NULL);
    }
}
