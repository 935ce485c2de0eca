/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

GPtrArray *sc_paste_find_addresses (const char  *text,
                                    GPtrArray  **out_other_lines);

G_END_DECLS
