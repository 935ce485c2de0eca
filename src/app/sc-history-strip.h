/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sc-history-recorder.h"

G_BEGIN_DECLS

#define SC_HISTORY_STRIP_MAX_CHECKS 30

#define SC_TYPE_HISTORY_STRIP (sc_history_strip_get_type ())
G_DECLARE_FINAL_TYPE (ScHistoryStrip, sc_history_strip, SC, HISTORY_STRIP, GtkWidget)

GtkWidget  *sc_history_strip_new          (void);
void        sc_history_strip_set_recorder (ScHistoryStrip    *self,
                                           ScHistoryRecorder *recorder);
void        sc_history_strip_set_key      (ScHistoryStrip    *self,
                                           const char        *key);
const char *sc_history_strip_get_summary  (ScHistoryStrip    *self);
const char *sc_history_strip_get_details  (ScHistoryStrip    *self);
void        sc_history_strip_copy_csv     (ScHistoryStrip    *self);
const char *sc_history_strip_get_copied   (ScHistoryStrip    *self);
guint       sc_history_strip_get_n_checks (ScHistoryStrip    *self);

G_END_DECLS
