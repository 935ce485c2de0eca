/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "fuzz-common.h"
#include "sc-site-list.h"
#include "sc-url.h"

/* List import: any file a person picks (plain lines, a CSV export with a
 * BOM and CRLF line ends, or something else entirely) gives back a list
 * of site lines, each of which then goes through the URL check. */

#define BOM "\xef\xbb\xbf"

/* The app checks every line; a few are enough to follow them into
 * sc_url_normalize() without making long inputs slow. */
#define MAX_LINES_NORMALIZED 16

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  sc_fuzz_init (argc, argv);
  return 0;
}

static guint
count_byte (const char *data,
            gsize       size,
            char        byte)
{
  guint n = 0;

  for (gsize i = 0; i < size; i++)
    n += data[i] == byte ? 1 : 0;
  return n;
}

/* What sc_site_list_parse() guarantees of each line, in either mode: not
 * empty, trimmed, not a comment, and a line break only from a quoted CSV
 * field. */
static void
check_line (const char *line,
            gboolean    has_quote)
{
  gsize len = strlen (line);

  g_assert (len > 0);
  g_assert (line[0] != '#');
  g_assert (!g_ascii_isspace (line[0]) && !g_ascii_isspace (line[len - 1]));
  g_assert (has_quote || strchr (line, '\n') == NULL);
}

static gboolean
same_lines (GPtrArray *a,
            GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (!g_str_equal (g_ptr_array_index (a, i), g_ptr_array_index (b, i)))
      return FALSE;
  return TRUE;
}

/* A BOM in front changes nothing (the data's own BOM, if any, is the one
 * that is skipped). */
static void
check_bom_ignored (const char *data,
                   gsize       size,
                   GPtrArray  *lines)
{
  g_autofree char *with_bom = NULL;
  g_autoptr(GPtrArray) again = NULL;

  if (size >= 3 && memcmp (data, BOM, 3) == 0)
    return;
  with_bom = g_malloc (size + 3);
  memcpy (with_bom, BOM, 3);
  memcpy (with_bom + 3, data, size);
  again = sc_site_list_parse (with_bom, size + 3);
  g_assert (same_lines (lines, again));
}

/* Nor do Windows line ends, unless a quoted field holds one. */
static void
check_crlf_ignored (const char *data,
                    gsize       size,
                    GPtrArray  *lines)
{
  g_autoptr(GString) crlf = g_string_sized_new (size * 2);
  g_autoptr(GPtrArray) again = NULL;

  for (gsize i = 0; i < size; i++)
    {
      if (data[i] == '\n')
        g_string_append_c (crlf, '\r');
      g_string_append_c (crlf, data[i]);
    }
  again = sc_site_list_parse (crlf->str, crlf->len);
  g_assert (same_lines (lines, again));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const char *text = (const char *) data;
  g_autoptr(GPtrArray) lines = sc_site_list_parse (text, size);
  gboolean has_quote = memchr (text, '"', size) != NULL;

  g_assert (lines != NULL);
  /* Every line of the file gives at most one site. */
  g_assert (lines->len <= count_byte (text, size, '\n') + 1);
  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);

      check_line (line, has_quote);
      if (i < MAX_LINES_NORMALIZED)
        {
          g_autofree char *message = NULL;
          g_autoptr(GUri) uri = sc_url_normalize (line, NULL, &message);
          g_autofree char *key = sc_url_dedup_key (line);

          g_assert ((uri == NULL) != (message == NULL));
          g_assert (key != NULL);
        }
    }

  check_bom_ignored (text, size, lines);
  if (!has_quote)
    check_crlf_ignored (text, size, lines);
  return 0;
}
