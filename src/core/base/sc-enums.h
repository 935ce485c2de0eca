/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The class of a final answer, as named in the check-result contract. */
typedef enum {
  SC_STATUS_CLASS_INFORMATIONAL,
  SC_STATUS_CLASS_SUCCESS,
  SC_STATUS_CLASS_REDIRECTION,
  SC_STATUS_CLASS_CLIENT_ERROR,
  SC_STATUS_CLASS_SERVER_ERROR,
  SC_STATUS_CLASS_FAILURE,
} ScStatusClass;

/* Why a check ended without a usable HTTP answer. */
typedef enum {
  SC_ERROR_KIND_NONE,
  SC_ERROR_KIND_INVALID_URL,
  SC_ERROR_KIND_UNSUPPORTED_SCHEME,
  SC_ERROR_KIND_DNS,
  SC_ERROR_KIND_CONNECTION_REFUSED,
  SC_ERROR_KIND_TIMEOUT,
  SC_ERROR_KIND_TLS,
  SC_ERROR_KIND_REDIRECT_LOOP,
  SC_ERROR_KIND_TOO_MANY_REDIRECTS,
  SC_ERROR_KIND_PROTOCOL,
  SC_ERROR_KIND_NETWORK,
} ScErrorKind;

typedef enum {
  SC_SEVERITY_INFO,
  SC_SEVERITY_WARNING,
  SC_SEVERITY_CRITICAL,
} ScSeverity;

/* Who produced an answer, as named in the contract's answered_by.role.
 * The order is that of the contract's table. */
typedef enum {
  SC_ROLE_ORIGIN,
  SC_ROLE_APPLICATION,
  SC_ROLE_PROXY,
  SC_ROLE_CDN,
  SC_ROLE_FIREWALL,
  SC_ROLE_HOSTING,
  SC_ROLE_LOCAL_PROXY,
  SC_ROLE_NETWORK,
  SC_ROLE_CLIENT,
} ScRole;

/* The overall reading for a site admin (the contract's verdict). */
typedef enum {
  SC_VERDICT_OK,
  SC_VERDICT_WARNING,
  SC_VERDICT_PROBLEM,
} ScVerdict;

const char    *sc_status_class_to_string   (ScStatusClass class_);
gboolean       sc_status_class_from_string (const char    *str,
                                            ScStatusClass *out_class);
ScStatusClass  sc_status_class_for_code    (guint          code);
const char    *sc_status_class_describe    (ScStatusClass  class_);

const char    *sc_error_kind_to_string     (ScErrorKind    kind);
gboolean       sc_error_kind_from_string   (const char    *str,
                                            ScErrorKind   *out_kind);

const char    *sc_severity_to_string       (ScSeverity     severity);
const char    *sc_severity_describe        (ScSeverity     severity);
gboolean       sc_severity_from_string     (const char    *str,
                                            ScSeverity    *out_severity);

const char    *sc_role_to_string           (ScRole         role);
gboolean       sc_role_from_string         (const char    *str,
                                            ScRole        *out_role);
const char    *sc_role_describe            (ScRole         role);

const char    *sc_verdict_to_string        (ScVerdict      verdict);
const char    *sc_verdict_describe         (ScVerdict      verdict);
gboolean       sc_verdict_from_string      (const char    *str,
                                            ScVerdict     *out_verdict);

G_END_DECLS
