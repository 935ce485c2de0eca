/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "sc-enums.h"

G_BEGIN_DECLS

#define SC_TYPE_ANSWERED_BY (sc_answered_by_get_type ())
G_DECLARE_FINAL_TYPE (ScAnsweredBy, sc_answered_by, SC, ANSWERED_BY, GObject)

ScAnsweredBy       *sc_answered_by_new           (ScRole        role,
                                                  const char   *software);
ScRole              sc_answered_by_get_role      (ScAnsweredBy *self);
const char         *sc_answered_by_get_software  (ScAnsweredBy *self);
const char * const *sc_answered_by_get_evidence  (ScAnsweredBy *self);
const char * const *sc_answered_by_get_through   (ScAnsweredBy *self);
void                sc_answered_by_add_evidence  (ScAnsweredBy *self,
                                                  const char   *observation);
void                sc_answered_by_add_through   (ScAnsweredBy *self,
                                                  const char   *software);
char               *sc_answered_by_describe      (ScAnsweredBy *self);

G_END_DECLS
