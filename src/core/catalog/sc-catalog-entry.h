/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "sc-enums.h"

G_BEGIN_DECLS

#define SC_TYPE_CATALOG_ENTRY (sc_catalog_entry_get_type ())
G_DECLARE_FINAL_TYPE (ScCatalogEntry, sc_catalog_entry, SC, CATALOG_ENTRY, GObject)

const char         *sc_catalog_entry_get_id          (ScCatalogEntry *self);
guint               sc_catalog_entry_get_code        (ScCatalogEntry *self);
const char         *sc_catalog_entry_get_title       (ScCatalogEntry *self);
ScStatusClass       sc_catalog_entry_get_class       (ScCatalogEntry *self);
const char         *sc_catalog_entry_get_explanation (ScCatalogEntry *self);
const char * const *sc_catalog_entry_get_suggestions (ScCatalogEntry *self);
const char * const *sc_catalog_entry_get_producers   (ScCatalogEntry *self);
const char         *sc_catalog_entry_get_vendor      (ScCatalogEntry *self);
gboolean            sc_catalog_entry_get_registered  (ScCatalogEntry *self);
const char         *sc_producer_describe             (const char     *producer);

G_END_DECLS
