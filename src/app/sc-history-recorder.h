/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sc-change.h"
#include "sc-history.h"
#include "sc-site.h"

G_BEGIN_DECLS

#define SC_TYPE_HISTORY_RECORDER (sc_history_recorder_get_type ())
G_DECLARE_FINAL_TYPE (ScHistoryRecorder, sc_history_recorder, SC, HISTORY_RECORDER, GObject)

ScHistoryRecorder *sc_history_recorder_new          (GListModel        *sites);
ScHistory         *sc_history_recorder_get_history  (ScHistoryRecorder *self);
char              *sc_history_recorder_default_path (void);
const char        *sc_history_recorder_key_for_site (ScSite            *site);

G_END_DECLS
