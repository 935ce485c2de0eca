/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "sc-enums.h"

G_BEGIN_DECLS

/* Inputs longer than this are refused: no real site address is this long,
 * and a line this long is almost always a pasted document by mistake. */
#define SC_URL_MAX_LENGTH 8192

/* A URL as shown is at most this long: SC_URL_MAX_LENGTH, with room for
 * "***" in place of short secret values. */
#define SC_URL_MAX_SHOWN_CHARS (2 * SC_URL_MAX_LENGTH)

/* A result keeps its input line whole; one read back from a saved file
 * keeps this much of it.  Longer is a pasted document, not an address. */
#define SC_URL_MAX_INPUT_CHARS (64 * 1024)

GUri     *sc_url_normalize         (const char  *input,
                                    ScErrorKind *out_kind,
                                    char       **out_message);
gboolean  sc_url_check_target      (GUri        *uri,
                                    ScErrorKind *out_kind,
                                    char       **out_message);
char     *sc_url_to_display        (GUri        *uri);
char     *sc_url_redact_string     (const char  *url);
char     *sc_url_redact_input      (const char  *line);
char     *sc_url_host_for_display  (GUri        *uri);
char     *sc_url_host_key          (GUri        *uri);
char     *sc_url_dedup_key         (const char  *input);

G_END_DECLS
