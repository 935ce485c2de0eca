/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sc-snapshot.h"

G_BEGIN_DECLS

#define SC_HISTORY_DEFAULT_RETENTION_DAYS 90
#define SC_HISTORY_SCHEMA_VERSION         2

#define SC_HISTORY_ERROR (sc_history_error_quark ())

typedef enum {
  SC_HISTORY_ERROR_NEWER,     /* made by a newer Statuscope: left alone */
  SC_HISTORY_ERROR_SQLITE,
} ScHistoryError;

#define SC_TYPE_HISTORY (sc_history_get_type ())
G_DECLARE_FINAL_TYPE (ScHistory, sc_history, SC, HISTORY, GObject)

GQuark      sc_history_error_quark    (void);
ScHistory  *sc_history_open           (const char           *path,
                                       guint                 retention_days,
                                       GError              **error);
void        sc_history_open_async     (const char           *path,
                                       guint                 retention_days,
                                       GCancellable         *cancellable,
                                       GAsyncReadyCallback   callback,
                                       gpointer              user_data);
ScHistory  *sc_history_open_finish    (GAsyncResult         *result,
                                       GError              **error);
const char *sc_history_get_path       (ScHistory            *self);
const char *sc_history_get_set_aside  (ScHistory            *self);
guint       sc_history_get_n_pruned   (ScHistory            *self);
void        sc_history_record         (ScHistory            *self,
                                       ScSnapshot           *snapshot);
void        sc_history_flush_async    (ScHistory            *self,
                                       GCancellable         *cancellable,
                                       GAsyncReadyCallback   callback,
                                       gpointer              user_data);
gboolean    sc_history_flush_finish   (ScHistory            *self,
                                       GAsyncResult         *result,
                                       GError              **error);
void        sc_history_list_async     (ScHistory            *self,
                                       const char           *key,
                                       guint                 limit,
                                       GCancellable         *cancellable,
                                       GAsyncReadyCallback   callback,
                                       gpointer              user_data);
GPtrArray  *sc_history_list_finish    (ScHistory            *self,
                                       GAsyncResult         *result,
                                       GError              **error);
void        sc_history_close          (ScHistory            *self);

G_END_DECLS
