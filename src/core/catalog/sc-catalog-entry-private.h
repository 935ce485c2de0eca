/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "sc-catalog-entry.h"

G_BEGIN_DECLS

ScCatalogEntry *sc_catalog_entry_new_from_json (JsonObject  *object,
                                                guint        index,
                                                GError     **error);

G_END_DECLS
