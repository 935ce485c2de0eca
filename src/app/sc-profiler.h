/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sc-check-queue.h"

G_BEGIN_DECLS

void sc_profiler_start        (void);
void sc_profiler_watch_window (GtkWindow    *window,
                               ScCheckQueue *queue);

G_END_DECLS
