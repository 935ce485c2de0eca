/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Longest piece of server text (reason phrase, header value, Location) kept
 * for display; anything longer is cut with an ellipsis. */
#define SC_TEXT_MAX_CHARS 1024

char *sc_text_sanitize (const char *raw,
                        gssize      len,
                        gsize       max_chars);

G_END_DECLS
