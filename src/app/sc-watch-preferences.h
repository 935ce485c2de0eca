/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void sc_watch_preferences_add (AdwPreferencesWindow *window,
                               GSettings            *settings);

G_END_DECLS
