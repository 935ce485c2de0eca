/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sc-check-queue.h"

G_BEGIN_DECLS

void sc_profiler_start        (void);
void sc_profiler_watch_window (GtkWindow    *window,
                               ScCheckQueue *queue);
gint64 sc_profiler_now        (void);
void sc_profiler_add          (const char   *name,
                               gint64        since);

G_END_DECLS
