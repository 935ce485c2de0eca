/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SC_TYPE_PROGRESS (sc_progress_get_type ())
G_DECLARE_FINAL_TYPE (ScProgress, sc_progress, SC, PROGRESS, GtkWidget)

GtkWidget  *sc_progress_new          (void);
void        sc_progress_set          (ScProgress *self,
                                      guint       done,
                                      guint       total);
double      sc_progress_get_fraction (ScProgress *self);
const char *sc_progress_get_text     (ScProgress *self);

G_END_DECLS
