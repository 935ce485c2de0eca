/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sc-check-queue.h"
#include "sc-history-recorder.h"

G_BEGIN_DECLS

/* Before a site counts as broken it is checked once more after this long,
 * or after the server's Retry-After, capped at SC_WATCHER_MAX_PAUSE_S. */
#define SC_WATCHER_PAUSE_S      30
#define SC_WATCHER_MAX_PAUSE_S  600

#define SC_TYPE_WATCHER (sc_watcher_get_type ())
G_DECLARE_FINAL_TYPE (ScWatcher, sc_watcher, SC, WATCHER, GObject)

ScWatcher *sc_watcher_new              (GSettings         *settings,
                                        ScCheckQueue      *queue,
                                        GListModel        *sites,
                                        ScHistoryRecorder *recorder);
guint      sc_watcher_get_interval     (ScWatcher         *self);
guint      sc_watcher_pause_for        (ScCheckResult     *result);
guint      sc_watcher_get_n_notified   (ScWatcher         *self);
void       sc_watcher_set_time_scale   (ScWatcher         *self,
                                        guint              ms_per_second);

G_END_DECLS
