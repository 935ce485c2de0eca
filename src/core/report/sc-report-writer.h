/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "sc-baseline.h"
#include "sc-check-result.h"
#include "sc-checker.h"

G_BEGIN_DECLS

typedef enum {
  SC_REPORT_FORMAT_TEXT,
  SC_REPORT_FORMAT_MARKDOWN,
  SC_REPORT_FORMAT_JSON,
  SC_REPORT_FORMAT_CSV,
  SC_REPORT_FORMAT_JSONL,
} ScReportFormat;

#define SC_TYPE_REPORT_WRITER (sc_report_writer_get_type ())
G_DECLARE_FINAL_TYPE (ScReportWriter, sc_report_writer, SC, REPORT_WRITER, GObject)

gboolean        sc_report_format_from_string (const char      *name,
                                              ScReportFormat  *out_format);
ScReportWriter *sc_report_writer_new         (ScReportFormat   format);
void            sc_report_writer_set_color   (ScReportWriter  *self,
                                              gboolean         color);
void            sc_report_writer_set_checker (ScReportWriter  *self,
                                              ScChecker       *checker);
char           *sc_report_writer_begin       (ScReportWriter  *self);
char           *sc_report_writer_add         (ScReportWriter  *self,
                                              ScCheckResult   *result);
void            sc_report_writer_set_baseline (ScReportWriter *self,
                                               ScBaseline     *baseline);
char           *sc_report_writer_add_change  (ScReportWriter  *self,
                                              ScCheckResult   *result,
                                              ScChange        *change);
char           *sc_report_writer_end         (ScReportWriter  *self);
char           *sc_report_change_summary     (const guint     *counts,
                                              gint64           since);
char           *sc_report_render             (ScReportFormat   format,
                                              ScChecker       *checker,
                                              ScCheckResult  **results,
                                              guint            n_results);

G_END_DECLS
