/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <stddef.h>
#include <stdint.h>

#include <glib.h>

G_BEGIN_DECLS

/* libFuzzer's entry points.  The same target file is linked either with
 * libFuzzer (-Dfuzzing=true) or with replay-main.c, which feeds it the
 * committed corpus in every normal build. */
int      LLVMFuzzerInitialize   (int            *argc,
                                 char         ***argv);
int      LLVMFuzzerTestOneInput (const uint8_t  *data,
                                 size_t          size);

void     sc_fuzz_init           (int            *argc,
                                 char         ***argv);
char    *sc_fuzz_dup_string     (const uint8_t  *data,
                                 size_t          size);
gboolean sc_fuzz_text_is_safe   (const char     *text,
                                 const char     *allowed_controls);
gboolean sc_fuzz_json_is_one_value (const uint8_t *data,
                                    size_t         size);

G_END_DECLS
