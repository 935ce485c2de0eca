/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define SC_TYPE_TLS_INFO (sc_tls_info_get_type ())
G_DECLARE_FINAL_TYPE (ScTlsInfo, sc_tls_info, SC, TLS_INFO, GObject)

ScTlsInfo           *sc_tls_info_new_from_certificate (GTlsCertificate      *certificate,
                                                       GTlsCertificateFlags  errors,
                                                       GDateTime            *now);
ScTlsInfo           *sc_tls_info_new_restored         (const char           *subject,
                                                       const char           *issuer,
                                                       GDateTime            *not_before,
                                                       GDateTime            *not_after,
                                                       gint64                days_left,
                                                       const char * const   *dns_names,
                                                       GTlsCertificateFlags  errors,
                                                       const char           *fingerprint);
const char          *sc_tls_info_get_subject      (ScTlsInfo *self);
const char          *sc_tls_info_get_issuer       (ScTlsInfo *self);
GDateTime           *sc_tls_info_get_not_before   (ScTlsInfo *self);
GDateTime           *sc_tls_info_get_not_after    (ScTlsInfo *self);
gint64               sc_tls_info_get_days_left    (ScTlsInfo *self);
const char * const  *sc_tls_info_get_dns_names    (ScTlsInfo *self);
GTlsCertificateFlags sc_tls_info_get_errors       (ScTlsInfo *self);
char               **sc_tls_info_dup_error_names  (ScTlsInfo *self);
char                *sc_tls_info_describe_errors  (ScTlsInfo *self);
const char          *sc_tls_info_get_fingerprint  (ScTlsInfo *self);
const char          *sc_tls_error_detail_id       (GTlsCertificateFlags errors);
GTlsCertificateFlags sc_tls_error_flags_from_names (const char * const *names);

G_END_DECLS
