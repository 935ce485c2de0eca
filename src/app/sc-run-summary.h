/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sc-check-queue.h"
#include "sc-history-recorder.h"

G_BEGIN_DECLS

#define SC_TYPE_RUN_SUMMARY (sc_run_summary_get_type ())
G_DECLARE_FINAL_TYPE (ScRunSummary, sc_run_summary, SC, RUN_SUMMARY, GObject)

ScRunSummary *sc_run_summary_new (ScCheckQueue      *queue,
                                  ScHistoryRecorder *recorder);

G_END_DECLS
