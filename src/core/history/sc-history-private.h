/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "sc-history.h"

G_BEGIN_DECLS

/* The SQLite side of ScHistory, run only on its worker thread (and once
 * on the opening thread before the worker exists). */
typedef struct _ScHistoryDb ScHistoryDb;

ScHistoryDb *sc_history_db_open    (const char   *path,
                                    guint         retention_days,
                                    char        **set_aside,
                                    GError      **error);
void         sc_history_db_close   (ScHistoryDb  *db);
guint        sc_history_db_prune   (ScHistoryDb  *db,
                                    gint64        now);
gboolean     sc_history_db_begin   (ScHistoryDb  *db,
                                    GError      **error);
gboolean     sc_history_db_insert  (ScHistoryDb  *db,
                                    ScSnapshot   *snapshot,
                                    GError      **error);
gboolean     sc_history_db_commit  (ScHistoryDb  *db,
                                    GError      **error);
GPtrArray   *sc_history_db_list    (ScHistoryDb  *db,
                                    const char   *key,
                                    guint         limit,
                                    GError      **error);

G_END_DECLS
