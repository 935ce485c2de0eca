/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SC_TYPE_TAB_STOP (sc_tab_stop_get_type ())
G_DECLARE_FINAL_TYPE (ScTabStop, sc_tab_stop, SC, TAB_STOP, GtkWidget)

GtkWidget *sc_tab_stop_new       (void);
void       sc_tab_stop_set_child (ScTabStop *self,
                                  GtkWidget *child);
GtkWidget *sc_tab_stop_get_child (ScTabStop *self);

G_END_DECLS
