/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "sc-enums.h"

G_BEGIN_DECLS

#define SC_TYPE_FINDING (sc_finding_get_type ())
G_DECLARE_FINAL_TYPE (ScFinding, sc_finding, SC, FINDING, GObject)

ScFinding          *sc_finding_new             (const char         *id,
                                                ScSeverity          severity,
                                                const char         *message,
                                                const char * const *suggestions);
const char         *sc_finding_get_id          (ScFinding *self);
ScSeverity          sc_finding_get_severity    (ScFinding *self);
const char         *sc_finding_get_message     (ScFinding *self);
const char * const *sc_finding_get_suggestions (ScFinding *self);

G_END_DECLS
