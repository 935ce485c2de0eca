/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sc-catalog-entry.h"

G_BEGIN_DECLS

#define SC_CATALOG_ERROR (sc_catalog_error_quark ())

typedef enum {
  SC_CATALOG_ERROR_INVALID,
} ScCatalogError;

#define SC_TYPE_CATALOG (sc_catalog_get_type ())
G_DECLARE_FINAL_TYPE (ScCatalog, sc_catalog, SC, CATALOG, GObject)

GQuark          sc_catalog_error_quark     (void);
ScCatalog      *sc_catalog_get_default     (GError     **error);
ScCatalog      *sc_catalog_new_from_bytes  (GBytes      *bytes,
                                            GError     **error);
guint           sc_catalog_get_n_entries   (ScCatalog   *self);
ScCatalogEntry *sc_catalog_lookup          (ScCatalog   *self,
                                            const char  *id);
ScCatalogEntry *sc_catalog_lookup_status   (ScCatalog   *self,
                                            guint        code);
ScCatalogEntry *sc_catalog_lookup_failure  (ScCatalog   *self,
                                            ScErrorKind  kind,
                                            const char  *detail_id);
GPtrArray      *sc_catalog_list_entries    (ScCatalog   *self);

G_END_DECLS
