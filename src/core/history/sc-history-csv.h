/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *sc_history_rows_to_csv (GPtrArray *rows);

G_END_DECLS
