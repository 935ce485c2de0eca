/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sc-hop.h"

G_BEGIN_DECLS

#define SC_TYPE_TIMING_BAR (sc_timing_bar_get_type ())
G_DECLARE_FINAL_TYPE (ScTimingBar, sc_timing_bar, SC, TIMING_BAR, GtkWidget)

GtkWidget *sc_timing_bar_new        (void);
void       sc_timing_bar_set_timing (ScTimingBar    *self,
                                     const ScTiming *timing);

G_END_DECLS
