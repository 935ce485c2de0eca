/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

GPtrArray *sc_site_list_parse (const char *text,
                               gsize       length);

G_END_DECLS
