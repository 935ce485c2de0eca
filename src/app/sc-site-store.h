/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sc-site.h"

G_BEGIN_DECLS

#define SC_SITE_STORE_ERROR (sc_site_store_error_quark ())

typedef enum {
  SC_SITE_STORE_ERROR_DAMAGED,
} ScSiteStoreError;

#define SC_TYPE_SITE_STORE (sc_site_store_get_type ())
G_DECLARE_FINAL_TYPE (ScSiteStore, sc_site_store, SC, SITE_STORE, GObject)

GQuark       sc_site_store_error_quark  (void);
ScSiteStore *sc_site_store_new          (GFile               *file);
GListModel  *sc_site_store_get_model    (ScSiteStore         *self);
guint        sc_site_store_get_n_sites  (ScSiteStore         *self);
GPtrArray   *sc_site_store_add_inputs   (ScSiteStore         *self,
                                         const char * const  *inputs,
                                         guint               *n_duplicates);
guint        sc_site_store_remove       (ScSiteStore         *self,
                                         ScSite              *site);
ScSite      *sc_site_store_replace      (ScSiteStore         *self,
                                         ScSite              *site,
                                         const char          *input);
gboolean     sc_site_store_insert       (ScSiteStore         *self,
                                         ScSite              *site,
                                         guint                position);
ScSite      *sc_site_store_lookup       (ScSiteStore         *self,
                                         const char          *input);
void         sc_site_store_load_async   (ScSiteStore         *self,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);
gboolean     sc_site_store_load_finish  (ScSiteStore         *self,
                                         GAsyncResult        *result,
                                         char               **out_warning,
                                         GError             **error);
void         sc_site_store_schedule_save (ScSiteStore        *self);
gboolean     sc_site_store_save_now     (ScSiteStore         *self,
                                         GError             **error);
gboolean     sc_site_store_get_saving   (ScSiteStore         *self);

G_END_DECLS
