/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sc-background.h"

G_BEGIN_DECLS

#define SC_TYPE_APPLICATION (sc_application_get_type ())
G_DECLARE_FINAL_TYPE (ScApplication, sc_application, SC, APPLICATION, AdwApplication)

ScApplication *sc_application_new            (void);
ScBackground  *sc_application_get_background (ScApplication *self);
gboolean       sc_application_get_quitting   (ScApplication *self);

G_END_DECLS
