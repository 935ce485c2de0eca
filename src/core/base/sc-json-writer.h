/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SC_JSON_WRITER_MAX_DEPTH 32

/* A streaming JSON writer: values go straight into a GString, with no tree
 * in between (json-glib's builder and generator cost several times more
 * for a report of 20,000 results). */
typedef struct {
  GString  *out;
  gboolean  pretty;
  int       depth;
  gboolean  has_items[SC_JSON_WRITER_MAX_DEPTH];
  gboolean  after_name;
} ScJsonWriter;

void sc_json_writer_init   (ScJsonWriter *w,
                            GString      *out,
                            int           depth,
                            gboolean      pretty);
void sc_json_begin_object  (ScJsonWriter *w);
void sc_json_end_object    (ScJsonWriter *w);
void sc_json_begin_array   (ScJsonWriter *w);
void sc_json_end_array     (ScJsonWriter *w);
void sc_json_name          (ScJsonWriter *w,
                            const char   *name);   /* a plain ASCII literal */
void sc_json_string        (ScJsonWriter *w,
                            const char   *value);
void sc_json_int           (ScJsonWriter *w,
                            gint64        value);
void sc_json_bool          (ScJsonWriter *w,
                            gboolean      value);
void sc_json_null          (ScJsonWriter *w);

/* A member whose value may be missing: a string, null when NULL; an HTTP
 * status, null when 0 (no answer). */
void sc_json_member_string (ScJsonWriter *w,
                            const char   *name,
                            const char   *value);
void sc_json_member_status (ScJsonWriter *w,
                            const char   *name,
                            guint         status);

G_END_DECLS
