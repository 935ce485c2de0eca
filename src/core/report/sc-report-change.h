/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sc-baseline.h"
#include "sc-change.h"
#include "sc-json-writer.h"
#include "sc-report-private.h"

G_BEGIN_DECLS

/* How each format shows a change; called by the writers only when the run
 * is compared with an earlier one. */
void  sc_report_change_json            (ScJsonWriter          *w,
                                        ScChange              *change);
void  sc_report_change_compared_with   (GString               *out,
                                        ScBaseline            *baseline);
void  sc_report_change_text            (GString               *out,
                                        ScChange              *change,
                                        const ScReportContext *context);
void  sc_report_change_markdown        (GString               *out,
                                        gsize                  result_start,
                                        ScChange              *change);
void  sc_report_change_csv_header      (GString               *out);
void  sc_report_change_csv             (GString               *out,
                                        ScChange              *change);

G_END_DECLS
