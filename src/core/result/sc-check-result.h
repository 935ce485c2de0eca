/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "sc-answered-by.h"
#include "sc-catalog-entry.h"
#include "sc-enums.h"
#include "sc-finding.h"
#include "sc-hop.h"
#include "sc-tls-info.h"

G_BEGIN_DECLS

#define SC_TYPE_CHECK_RESULT (sc_check_result_get_type ())
G_DECLARE_FINAL_TYPE (ScCheckResult, sc_check_result, SC, CHECK_RESULT, GObject)

const char     *sc_check_result_get_input          (ScCheckResult *self);
const char     *sc_check_result_get_raw_input      (ScCheckResult *self);
void            sc_check_result_set_raw_input      (ScCheckResult *self,
                                                    const char    *raw_input);
const char     *sc_check_result_get_url            (ScCheckResult *self);
const char     *sc_check_result_get_host           (ScCheckResult *self);
const char     *sc_check_result_get_final_url      (ScCheckResult *self);
guint           sc_check_result_get_status         (ScCheckResult *self);
const char     *sc_check_result_get_reason         (ScCheckResult *self);
ScStatusClass   sc_check_result_get_status_class   (ScCheckResult *self);
ScCatalogEntry *sc_check_result_get_entry          (ScCheckResult *self);
const char     *sc_check_result_get_title          (ScCheckResult *self);
const char     *sc_check_result_get_producer       (ScCheckResult *self);
ScAnsweredBy   *sc_check_result_get_answered_by    (ScCheckResult *self);
ScVerdict       sc_check_result_get_verdict        (ScCheckResult *self);
ScFinding      *sc_check_result_get_lead_finding   (ScCheckResult *self);
gboolean        sc_check_result_names_cause        (ScCheckResult *self);
ScErrorKind     sc_check_result_get_error_kind     (ScCheckResult *self);
const char     *sc_check_result_get_error_message  (ScCheckResult *self);
const char     *sc_check_result_get_error_detail   (ScCheckResult *self);
GPtrArray      *sc_check_result_get_hops           (ScCheckResult *self);
guint           sc_check_result_get_n_redirects    (ScCheckResult *self);
GPtrArray      *sc_check_result_get_findings       (ScCheckResult *self);
ScFinding      *sc_check_result_find_finding       (ScCheckResult *self,
                                                    const char    *id);
ScTlsInfo      *sc_check_result_get_tls            (ScCheckResult *self);
const char     *sc_check_result_get_method         (ScCheckResult *self);
GDateTime      *sc_check_result_get_checked_at     (ScCheckResult *self);
gint64          sc_check_result_get_total_us       (ScCheckResult *self);
ScTiming        sc_check_result_get_timing_sum     (ScCheckResult *self);
gboolean        sc_check_result_is_ok              (ScCheckResult *self);
char           *sc_check_result_describe_status    (ScCheckResult *self);

G_END_DECLS
