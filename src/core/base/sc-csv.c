/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "sc-csv.h"

/* RFC 4180 in both directions: the list import reads it, the CSV report
 * writes it. */

/* Reads one RFC 4180 record; quoted fields may hold commas, doubled quotes
 * and line breaks.  Returns NULL at the end of the text. */
GPtrArray *
sc_csv_read_record (ScCsvCursor *c,
                 char    delimiter)
{
  GPtrArray *fields;
  GString *field = g_string_new (NULL);

  if (c->p >= c->end)
    {
      g_string_free (field, TRUE);
      return NULL;
    }

  fields = g_ptr_array_new_with_free_func (g_free);
  while (c->p < c->end)
    {
      char ch = *c->p;

      if (ch == '"' && field->len == 0)
        {
          for (c->p++; c->p < c->end; c->p++)
            {
              if (*c->p == '"' && c->p + 1 < c->end && c->p[1] == '"')
                g_string_append_c (field, '"'), c->p++;
              else if (*c->p == '"')
                {
                  c->p++;
                  break;
                }
              else
                g_string_append_c (field, *c->p);
            }
          continue;
        }
      c->p++;
      if (ch == delimiter)
        {
          g_ptr_array_add (fields, g_string_free (g_steal_pointer (&field), FALSE));
          field = g_string_new (NULL);
        }
      else if (ch == '\n')
        break;
      else if (ch != '\r')
        g_string_append_c (field, ch);
    }
  g_ptr_array_add (fields, g_string_free (field, FALSE));
  return fields;
}

/* Quotes a field when it holds a comma, a quote or a line break; quotes are
 * doubled, and records end in CRLF. */
void
sc_csv_append_field (GString    *out,
                     const char *value,
                     gboolean    last)
{
  if (value == NULL)
    value = "";

  if (strpbrk (value, ",\"\r\n") != NULL)
    {
      g_string_append_c (out, '"');
      for (const char *p = value; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  else
    g_string_append (out, value);

  g_string_append (out, last ? "\r\n" : ",");
}
