/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "sc-json-writer.h"

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
  if (!w->pretty)
    return;
  g_string_append_c (w->out, '\n');
  for (int i = 0; i < w->depth; i++)
    g_string_append (w->out, "  ");
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
        g_string_append_c (w->out, ',');
      w->has_items[w->depth] = TRUE;
      newline (w);
    }
}

static void
begin (ScJsonWriter *w,
       char          bracket)
{
  before_value (w);
  g_string_append_c (w->out, bracket);
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
  g_string_append_c (w->out, bracket);
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

  g_string_append_c (out, '"');
  for (p = value; *p != '\0'; p++)
    {
      const char *run = p;
      guchar c;

      /* Most text needs no escape: copy it a run at a time. */
      while ((guchar) *p >= 0x20 && *p != '"' && *p != '\\' && *p != 0x7f)
        p++;
      g_string_append_len (out, run, p - run);
      if (*p == '\0')
        break;

      c = (guchar) *p;
      switch (c)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        default: g_string_append_printf (out, "\\u%04x", c);
        }
    }
  g_string_append_c (out, '"');
}

/* Member names are the program's own ASCII literals: no escaping needed. */
void
sc_json_name (ScJsonWriter *w,
              const char   *name)
{
  before_value (w);
  g_string_append_c (w->out, '"');
  g_string_append (w->out, name);
  g_string_append_c (w->out, '"');
  g_string_append (w->out, w->pretty ? " : " : ":");
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
  before_value (w);
  g_string_append_printf (w->out, "%" G_GINT64_FORMAT, value);
}

void
sc_json_bool (ScJsonWriter *w,
              gboolean      value)
{
  before_value (w);
  g_string_append (w->out, value ? "true" : "false");
}

void
sc_json_null (ScJsonWriter *w)
{
  before_value (w);
  g_string_append (w->out, "null");
}
