/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "sc-text.h"

/* Text from a server is untrusted: it may hold invalid UTF-8, terminal escape
 * sequences or bidirectional overrides.  This returns valid UTF-8 where every
 * control or format character is replaced by U+FFFD, so that no byte the
 * server chose reaches a terminal, a report or a label raw. */
static gboolean
is_unsafe (gunichar c)
{
  if (c < 0x20 || (c >= 0x7f && c < 0xa0))
    return TRUE;
  /* Bidi overrides and isolates can make a URL read backwards. */
  if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))
    return TRUE;
  return c == 0x2028 || c == 0x2029 || c == 0xfeff;
}

/* The common case: printable ASCII needs no change but a length cut. */
static gboolean
is_plain_ascii (const char *raw,
                gsize       len)
{
  for (gsize i = 0; i < len; i++)
    if ((guchar) raw[i] < 0x20 || (guchar) raw[i] >= 0x7f)
      return FALSE;
  return TRUE;
}

char *
sc_text_sanitize (const char *raw,
                  gssize      len,
                  gsize       max_chars)
{
  g_autofree char *valid = NULL;
  GString *out;
  gsize n_chars = 0;

  if (raw == NULL)
    return NULL;
  if (len < 0)
    len = strlen (raw);
  if (is_plain_ascii (raw, len) && (max_chars == 0 || (gsize) len <= max_chars))
    return g_strndup (raw, len);

  valid = g_utf8_make_valid (raw, len);
  out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (max_chars > 0 && n_chars == max_chars)
        {
          g_string_append (out, "…");
          break;
        }

      if (c == '\t')
        g_string_append_c (out, ' ');
      else if (is_unsafe (c))
        g_string_append_unichar (out, 0xfffd);
      else
        g_string_append_unichar (out, c);
      n_chars++;
    }

  return g_string_free (out, FALSE);
}
