/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SC_TYPE_LIVE_LABEL (sc_live_label_get_type ())
G_DECLARE_FINAL_TYPE (ScLiveLabel, sc_live_label, SC, LIVE_LABEL, GtkWidget)

GtkWidget  *sc_live_label_new                 (void);
void        sc_live_label_set_text            (ScLiveLabel *self,
                                               const char  *text);
const char *sc_live_label_get_text            (ScLiveLabel *self);
void        sc_live_label_set_max_width_chars (ScLiveLabel *self,
                                               int          n_chars);

G_END_DECLS
