/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "sc-report-writer.h"

G_BEGIN_DECLS

/* What every format needs to know about how the checks were made. */
typedef struct {
  gboolean    color;
  guint       timeout;
  guint       max_redirects;
  const char *method;
  const char *user_agent;
  gboolean    ignore_tls_errors;
} ScReportContext;

JsonNode *sc_report_json_result      (ScCheckResult         *result);
void      sc_report_json_write       (GString               *out,
                                      ScCheckResult         *result,
                                      int                    depth,
                                      gboolean               pretty);
void      sc_report_json_write_full  (GString               *out,
                                      ScCheckResult         *result,
                                      ScChange              *change,
                                      int                    depth,
                                      gboolean               pretty);
void      sc_report_text_result      (GString               *out,
                                      ScCheckResult         *result,
                                      const ScReportContext *context);
void      sc_report_markdown_result  (GString               *out,
                                      ScCheckResult         *result,
                                      const ScReportContext *context);
void      sc_report_markdown_summary_head (GString       *out);
void      sc_report_markdown_summary_row  (GString       *out,
                                           ScCheckResult *result);
void      sc_report_csv_header       (GString               *out);
void      sc_report_csv_result       (GString               *out,
                                      ScCheckResult         *result);
char     *sc_report_curl_command     (ScCheckResult         *result,
                                      const ScReportContext *context);
gint64    sc_report_round_ms         (gint64                 us);

G_END_DECLS
