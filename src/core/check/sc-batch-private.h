/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sc-batch.h"

G_BEGIN_DECLS

/* Checking threads (sc-batch-workers.c), for the batch only. */
typedef struct _ScBatchWorkers ScBatchWorkers;

ScBatchWorkers *sc_batch_workers_new    (ScBatch        *batch,
                                         ScChecker      *template,
                                         guint           n_threads,
                                         guint           jobs,
                                         guint           per_host,
                                         gboolean        yield,
                                         GCancellable   *cancellable);
void            sc_batch_workers_add    (ScBatchWorkers *self,
                                         guint           index,
                                         const char     *input,
                                         const char     *host_key);
gboolean        sc_batch_workers_idle   (ScBatchWorkers *self);
void            sc_batch_workers_free   (ScBatchWorkers *self);

/* sc-batch.c, called by the workers on the caller's main context. */
void            sc_batch_deliver        (ScBatch        *self,
                                         guint           index,
                                         ScCheckResult  *result);
void            sc_batch_workers_changed (ScBatch       *self);

G_END_DECLS
