/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "sc-json-writer.h"

/* A report of 20,000 results is written a few bytes at a time, and
 * g_string_append() costs more than the bytes themselves (GLib 2.74 has no
 * inline version), so the writer appends into the GString's buffer itself. */

static void
reserve (GString *out,
         gsize    n)
{
  gsize len = out->len;

  g_string_set_size (out, len + n);
  out->len = len;
}

static inline void
put (GString    *out,
     const char *bytes,
     gsize       n)
{
  if (G_UNLIKELY (out->len + n >= out->allocated_len))
    reserve (out, n);
  memcpy (out->str + out->len, bytes, n);
  out->len += n;
  out->str[out->len] = '\0';
}

static inline void
put_c (GString *out,
       char     c)
{
  if (G_UNLIKELY (out->len + 1 >= out->allocated_len))
    reserve (out, 1);
  out->str[out->len++] = c;
  out->str[out->len] = '\0';
}

#define PUT_LITERAL(out, literal) put ((out), (literal), sizeof (literal) - 1)

void
sc_json_writer_init (ScJsonWriter *w,
                     GString      *out,
                     int           depth,
                     gboolean      pretty)
{
  memset (w, 0, sizeof *w);
  w->out = out;
  w->depth = depth;
  w->pretty = pretty;
}

static void
newline (ScJsonWriter *w)
{
  static const char spaces[] = "\n                                                                ";
  gsize n = 1 + 2 * (gsize) w->depth;

  if (!w->pretty)
    return;
  if (n > sizeof spaces - 1)
    n = sizeof spaces - 1;
  put (w->out, spaces, n);
}

/* Before a value: the comma and line break of an array element, or nothing
 * after a member's name (the name took care of them). */
static void
before_value (ScJsonWriter *w)
{
  if (w->after_name)
    {
      w->after_name = FALSE;
      return;
    }
  if (w->depth > 0 && w->depth < SC_JSON_WRITER_MAX_DEPTH)
    {
      if (w->has_items[w->depth])
        put_c (w->out, ',');
      w->has_items[w->depth] = TRUE;
      newline (w);
    }
}

static void
begin (ScJsonWriter *w,
       char          bracket)
{
  before_value (w);
  put_c (w->out, bracket);
  w->depth++;
  g_return_if_fail (w->depth < SC_JSON_WRITER_MAX_DEPTH);
  w->has_items[w->depth] = FALSE;
}

static void
end (ScJsonWriter *w,
     char          bracket)
{
  gboolean had_items = w->has_items[w->depth];

  w->depth--;
  if (had_items)
    newline (w);
  put_c (w->out, bracket);
}

void
sc_json_begin_object (ScJsonWriter *w)
{
  begin (w, '{');
}

void
sc_json_end_object (ScJsonWriter *w)
{
  end (w, '}');
}

void
sc_json_begin_array (ScJsonWriter *w)
{
  begin (w, '[');
}

void
sc_json_end_array (ScJsonWriter *w)
{
  end (w, ']');
}

/* RFC 8259: quotes, backslashes and control characters escaped; anything
 * that is not valid UTF-8 is repaired first, so the output always parses. */
static void
append_quoted (GString    *out,
               const char *value)
{
  g_autofree char *valid = NULL;
  const char *p;

  if (!g_utf8_validate (value, -1, NULL))
    value = valid = g_utf8_make_valid (value, -1);

  put_c (out, '"');
  for (p = value; *p != '\0'; p++)
    {
      const char *run = p;
      guchar c;

      /* Most text needs no escape: copy it a run at a time. */
      while ((guchar) *p >= 0x20 && *p != '"' && *p != '\\' && *p != 0x7f)
        p++;
      put (out, run, p - run);
      if (*p == '\0')
        break;

      c = (guchar) *p;
      switch (c)
        {
        case '"': PUT_LITERAL (out, "\\\""); break;
        case '\\': PUT_LITERAL (out, "\\\\"); break;
        case '\n': PUT_LITERAL (out, "\\n"); break;
        case '\r': PUT_LITERAL (out, "\\r"); break;
        case '\t': PUT_LITERAL (out, "\\t"); break;
        default: g_string_append_printf (out, "\\u%04x", c);
        }
    }
  put_c (out, '"');
}

/* Member names are the program's own ASCII literals: no escaping needed. */
void
sc_json_name (ScJsonWriter *w,
              const char   *name)
{
  before_value (w);
  put_c (w->out, '"');
  put (w->out, name, strlen (name));
  if (w->pretty)
    PUT_LITERAL (w->out, "\" : ");
  else
    PUT_LITERAL (w->out, "\":");
  w->after_name = TRUE;
}

void
sc_json_string (ScJsonWriter *w,
                const char   *value)
{
  if (value == NULL)
    {
      sc_json_null (w);
      return;
    }
  before_value (w);
  append_quoted (w->out, value);
}

void
sc_json_int (ScJsonWriter *w,
             gint64        value)
{
  char digits[24];
  char *p = digits + sizeof digits;
  guint64 magnitude = value < 0 ? -(guint64) value : (guint64) value;

  /* Written by hand: printf is the slowest part of a timing object. */
  do
    *--p = (char) ('0' + magnitude % 10);
  while ((magnitude /= 10) != 0);
  if (value < 0)
    *--p = '-';
  before_value (w);
  put (w->out, p, digits + sizeof digits - p);
}

void
sc_json_bool (ScJsonWriter *w,
              gboolean      value)
{
  before_value (w);
  if (value)
    PUT_LITERAL (w->out, "true");
  else
    PUT_LITERAL (w->out, "false");
}

void
sc_json_null (ScJsonWriter *w)
{
  before_value (w);
  PUT_LITERAL (w->out, "null");
}

void
sc_json_member_string (ScJsonWriter *w,
                       const char   *name,
                       const char   *value)
{
  sc_json_name (w, name);
  if (value != NULL)
    sc_json_string (w, value);
  else
    sc_json_null (w);
}

void
sc_json_member_status (ScJsonWriter *w,
                       const char   *name,
                       guint         status)
{
  sc_json_name (w, name);
  if (status != 0)
    sc_json_int (w, status);
  else
    sc_json_null (w);
}
