/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "sc-paste.h"

/* What a user pastes is seldom a clean list: an e-mail with two links in
 * it, a bulleted list from a chat ("- https://…", "• shop.example"), a
 * Markdown or mail link ("<https://…>").  This finds the site addresses in
 * such text, so that the prose around them does not become a row of
 * "Invalid address" per line.  Lines without an address are handed back
 * for the window to ask about. */

/* A web address with its scheme, anywhere in a line. */
#define URL_PATTERN "https?://[^\\s<>\"'`\\]\\[{}|\\\\^]+"

/* A line that is nothing but a host name or address, as people write
 * sites in lists: "shop.example", "127.0.0.1:8080/health",
 * "www.example.org/". */
#define BARE_PATTERN "^(?:[\\w-]+\\.)+[\\w-]{2,}(?::\\d{1,5})?(?:/\\S*)?$|^localhost(?::\\d{1,5})?(?:/\\S*)?$"

/* Bullets and list numbers that come before an address in a list. */
#define BULLET_PATTERN "^(?:[-*+•·‣◦–—>]|\\d{1,3}[.)])\\s+"

/* Punctuation that ends a sentence after a link, not the link itself. */
static void
trim_trailing_punctuation (char *url)
{
  gsize len = strlen (url);

  while (len > 0 && strchr (".,;:!?)>'\"", url[len - 1]) != NULL)
    url[--len] = '\0';
}

static GRegex *
compile (const char *pattern)
{
  g_autoptr(GError) error = NULL;
  /* No G_REGEX_OPTIMIZE: pasted text is short, and PCRE's JIT code reads
   * past its buffers in ways valgrind reports. */
  GRegex *regex = g_regex_new (pattern, 0, 0, &error);

  g_assert_no_error (error);
  return regex;
}

/* Adds the addresses in @line to @found; returns how many. */
static guint
find_in_line (GRegex     *url,
              GRegex     *bare,
              GRegex     *bullet,
              const char *line,
              GPtrArray  *found)
{
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *unbulleted = g_regex_replace_literal (bullet, line, -1, 0, "", 0, NULL);
  guint n = 0;

  for (g_regex_match (url, line, 0, &match); g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      char *address = g_match_info_fetch (match, 0);

      trim_trailing_punctuation (address);
      g_ptr_array_add (found, address);
      n++;
    }
  if (n == 0 && unbulleted != NULL)
    {
      g_strstrip (unbulleted);
      /* "<shop.example>" as a mail program writes a link. */
      if (unbulleted[0] == '<' && g_str_has_suffix (unbulleted, ">"))
        {
          memmove (unbulleted, unbulleted + 1, strlen (unbulleted));
          unbulleted[strlen (unbulleted) - 1] = '\0';
        }
      if (g_regex_match (bare, unbulleted, 0, NULL))
        {
          g_ptr_array_add (found, g_strdup (unbulleted));
          n++;
        }
    }
  return n;
}

/* Returns the addresses found in @text, in order (duplicates are left to
 * the site list).  @out_other_lines, if not NULL, receives the non-empty
 * lines in which no address was found. */
GPtrArray *
sc_paste_find_addresses (const char  *text,
                         GPtrArray  **out_other_lines)
{
  g_autoptr(GRegex) url = compile (URL_PATTERN);
  g_autoptr(GRegex) bare = compile (BARE_PATTERN);
  g_autoptr(GRegex) bullet = compile (BULLET_PATTERN);
  g_auto(GStrv) lines = NULL;
  GPtrArray *found = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *others = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (text != NULL, found);

  lines = g_strsplit_set (text, "\r\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);

      if (line[0] == '\0' || !g_utf8_validate (line, -1, NULL))
        continue;
      if (find_in_line (url, bare, bullet, line, found) == 0)
        g_ptr_array_add (others, g_strdup (line));
    }
  if (out_other_lines != NULL)
    *out_other_lines = others;
  else
    g_ptr_array_unref (others);
  return found;
}
