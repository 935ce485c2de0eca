/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SC_TYPE_SPINNER (sc_spinner_get_type ())
G_DECLARE_FINAL_TYPE (ScSpinner, sc_spinner, SC, SPINNER, GtkWidget)

GtkWidget *sc_spinner_new          (void);
void       sc_spinner_set_spinning (ScSpinner *self,
                                    gboolean   spinning);
gboolean   sc_spinner_get_spinning (ScSpinner *self);

G_END_DECLS
