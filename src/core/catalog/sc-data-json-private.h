/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

JsonNode   *sc_data_value_member      (JsonObject *object,
                                       const char *name);
const char *sc_data_string_member     (JsonObject *object,
                                       const char *name);
char       *sc_data_translated_string (JsonObject *object,
                                       const char *member);
GStrv       sc_data_string_array      (JsonObject *object,
                                       const char *member,
                                       gboolean    translate,
                                       gboolean   *ok);

G_END_DECLS
