/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sc-checker.h"

G_BEGIN_DECLS

#define SC_TYPE_BATCH (sc_batch_get_type ())
G_DECLARE_FINAL_TYPE (ScBatch, sc_batch, SC, BATCH, GObject)

/* sc_batch_set_threads(): one thread per core where it pays, see there. */
#define SC_BATCH_THREADS_AUTO G_MAXUINT

ScBatch   *sc_batch_new          (ScChecker           *checker,
                                  guint                jobs,
                                  guint                per_host);
guint      sc_batch_add          (ScBatch             *self,
                                  const char          *input);
void       sc_batch_set_threads  (ScBatch             *self,
                                  guint                n_threads);
void       sc_batch_set_yield    (ScBatch             *self,
                                  gboolean             yield);
guint      sc_batch_get_n_total  (ScBatch             *self);
guint      sc_batch_get_n_done   (ScBatch             *self);
void       sc_batch_run_async    (ScBatch             *self,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data);
gboolean   sc_batch_run_finish   (ScBatch             *self,
                                  GAsyncResult        *result,
                                  GError             **error);

G_END_DECLS
