/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sc-report-writer.h"

G_BEGIN_DECLS

/* --compare FILE: each result's change against an earlier run, and in the
 * text format the changed sites first, then a one-line summary. */
typedef struct _ScCliCompare ScCliCompare;

ScCliCompare *sc_cli_compare_new      (ScBaseline     *baseline,
                                       ScReportFormat  format);
ScChange     *sc_cli_compare_result   (ScCliCompare   *self,
                                       ScCheckResult  *result);
char         *sc_cli_compare_hold     (ScCliCompare   *self,
                                       ScChange       *change,
                                       char           *text);
char         *sc_cli_compare_release  (ScCliCompare   *self);
char         *sc_cli_compare_summary  (ScCliCompare   *self);
void          sc_cli_compare_free     (ScCliCompare   *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScCliCompare, sc_cli_compare_free)

G_END_DECLS
