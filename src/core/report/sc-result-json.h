/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "sc-check-result.h"

G_BEGIN_DECLS

#define SC_RESULT_JSON_ERROR (sc_result_json_error_quark ())

typedef enum {
  SC_RESULT_JSON_ERROR_INVALID,
} ScResultJsonError;

GQuark         sc_result_json_error_quark     (void);
ScCheckResult *sc_check_result_new_from_json  (JsonObject     *object,
                                               GError        **error);
void           sc_check_result_append_json    (ScCheckResult  *result,
                                               GString        *out);

G_END_DECLS
