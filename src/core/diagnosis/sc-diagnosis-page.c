/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "sc-diagnosis-private.h"
#include "sc-text.h"

/* The page's <title>, as a person reads it: entities decoded and white
 * space folded.  Error pages say who made them in their title more often
 * than anywhere else ("502 Bad Gateway", "WordPress › Error"). */

#define MAX_TITLE_BYTES 1024

static const struct {
  const char *name;
  const char *text;
} named_entities[] = {
  { "amp", "&" }, { "lt", "<" }, { "gt", ">" }, { "quot", "\"" }, { "apos", "'" },
  { "nbsp", " " }, { "rsaquo", "›" }, { "lsaquo", "‹" }, { "raquo", "»" }, { "laquo", "«" },
  { "ndash", "–" }, { "mdash", "—" }, { "hellip", "…" }, { "rsquo", "’" }, { "lsquo", "‘" },
  { "rdquo", "”" }, { "ldquo", "“" }, { "middot", "·" }, { "bull", "•" }, { "copy", "©" },
};

/* Decodes the entity at @p (just after '&'), appending it to @out; returns
 * how many bytes it took, or 0 when it is not one. */
static gsize
decode_entity (const char *p,
               GString    *out)
{
  const char *end = strchr (p, ';');
  gsize len = end != NULL ? (gsize) (end - p) : 0;

  if (len == 0 || len > 10)
    return 0;
  if (p[0] == '#')
    {
      gboolean hex = p[1] == 'x' || p[1] == 'X';
      guint64 code = g_ascii_strtoull (p + (hex ? 2 : 1), NULL, hex ? 16 : 10);

      if (code == 0 || code > 0x10FFFF || !g_unichar_validate ((gunichar) code))
        return 0;
      g_string_append_unichar (out, (gunichar) code);
      return len + 1;
    }
  for (guint i = 0; i < G_N_ELEMENTS (named_entities); i++)
    {
      if (strlen (named_entities[i].name) == len && strncmp (p, named_entities[i].name, len) == 0)
        {
          g_string_append (out, named_entities[i].text);
          return len + 1;
        }
    }
  return 0;
}

/* Entities decoded, runs of white space made one space, ends trimmed. */
static char *
tidy_title (const char *raw,
            gsize       len)
{
  GString *out = g_string_sized_new (len);

  for (gsize i = 0; i < len; i++)
    {
      gsize used;

      if (g_ascii_isspace (raw[i]))
        {
          if (out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
          continue;
        }
      if (raw[i] == '&' && (used = decode_entity (raw + i + 1, out)) > 0)
        {
          i += used;
          continue;
        }
      g_string_append_c (out, raw[i]);
    }
  if (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

/* The title of the page in @d, cleaned for display, or NULL. */
char *
sc_diagnosis_find_title (ScDiagnosis *d)
{
  const char *open = strstr (d->body, "<title");
  const char *start, *end;
  g_autofree char *tidy = NULL;

  if (open == NULL || (start = strchr (open, '>')) == NULL)
    return NULL;
  start++;
  end = strstr (start, "</title");
  if (end == NULL || end - start > MAX_TITLE_BYTES)
    return NULL;
  /* The same offsets in the page as it came, with its own letter case. */
  tidy = tidy_title (d->page + (start - d->body), (gsize) (end - start));
  return tidy[0] != '\0' ? sc_text_sanitize (tidy, -1, 300) : NULL;
}
