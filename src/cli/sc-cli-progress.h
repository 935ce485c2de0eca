/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _ScCliProgress ScCliProgress;

gboolean       sc_cli_progress_wanted   (void);
ScCliProgress *sc_cli_progress_new      (guint          total);
void           sc_cli_progress_set_done (ScCliProgress *self,
                                         guint          n_done);
void           sc_cli_progress_clear    (ScCliProgress *self);
void           sc_cli_progress_free     (ScCliProgress *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScCliProgress, sc_cli_progress_free)

G_END_DECLS
