/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  const char *p;
  const char *end;
} ScCsvCursor;

GPtrArray *sc_csv_read_record   (ScCsvCursor *cursor,
                                 char         delimiter);
void       sc_csv_append_field  (GString     *out,
                                 const char  *value,
                                 gboolean     last);

G_END_DECLS
