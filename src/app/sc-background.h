/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* What the desktop said about running without a window. */
typedef enum {
  SC_BACKGROUND_ASKING,     /* the portal has not answered yet */
  SC_BACKGROUND_ALLOWED,    /* the portal allowed it */
  SC_BACKGROUND_NO_PORTAL,  /* no portal to ask: running on, as the user chose watching */
  SC_BACKGROUND_DENIED,     /* the user or the portal said no: stopped */
} ScBackgroundAnswer;

#define SC_TYPE_BACKGROUND (sc_background_get_type ())
G_DECLARE_FINAL_TYPE (ScBackground, sc_background, SC, BACKGROUND, GObject)

ScBackground       *sc_background_new        (GApplication *application);
void                sc_background_start      (ScBackground *self,
                                              const char   *reason);
void                sc_background_stop       (ScBackground *self);
gboolean            sc_background_get_active (ScBackground *self);
ScBackgroundAnswer  sc_background_get_answer (ScBackground *self);

G_END_DECLS
