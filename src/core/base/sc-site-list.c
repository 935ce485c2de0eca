/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "sc-csv.h"
#include "sc-site-list.h"
#include "sc-url.h"

/* A list of sites arrives as plain lines (one address each, blank lines and
 * "#" comments skipped) or as CSV with a header row, as site managers such
 * as MainWP export it.  Every other line is kept, even an unusable one: it
 * becomes a failed result, so nothing the user gave is silently dropped. */

/* Column names that hold the address, best first: a site manager export
 * often has both "Site" (the name) and "URL". */
static const char * const header_names[] = {
  "url", "site url", "site_url", "siteurl", "address", "site address", "website", "site", "domain", "link",
};

static int
find_named_column (GPtrArray *header)
{
  for (guint n = 0; n < G_N_ELEMENTS (header_names); n++)
    {
      for (guint i = 0; i < header->len; i++)
        {
          g_autofree char *lower = g_ascii_strdown (g_ptr_array_index (header, i), -1);

          if (g_str_equal (g_strstrip (lower), header_names[n]))
            return i;
        }
    }
  return -1;
}

static gboolean
looks_like_url (const char *field)
{
  g_autoptr(GUri) uri = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (field));

  if (strchr (trimmed, '.') == NULL && strstr (trimmed, "://") == NULL)
    return FALSE;
  uri = sc_url_normalize (trimmed, NULL, NULL);
  return uri != NULL;
}

static char
guess_delimiter (const char *first_line)
{
  if (strchr (first_line, '\t') != NULL)
    return '\t';
  if (strchr (first_line, ';') != NULL && strchr (first_line, ',') == NULL)
    return ';';
  return ',';
}

/* Decides which column holds the address; -1 when the text is not CSV. */
static int
choose_column (GPtrArray *header,
               GPtrArray *first_row)
{
  int named;

  if (header->len < 2)
    return -1;
  if ((named = find_named_column (header)) >= 0)
    return named;
  /* A header of other names: the first column holding a URL wins.  A first
   * row that is itself a list of URLs is not a header at all. */
  for (guint i = 0; i < header->len; i++)
    if (looks_like_url (g_ptr_array_index (header, i)))
      return -1;
  for (guint i = 0; first_row != NULL && i < first_row->len; i++)
    if (looks_like_url (g_ptr_array_index (first_row, i)))
      return i;
  return -1;
}

static void
add_line (GPtrArray  *sites,
          const char *start,
          gsize       len)
{
  g_autofree char *line = NULL;

  /* Lists joined with cat keep the byte order mark of every file. */
  if (len >= 3 && memcmp (start, "\xef\xbb\xbf", 3) == 0)
    {
      start += 3;
      len -= 3;
    }
  line = g_strndup (start, len);
  g_strstrip (line);
  if (line[0] == '\0' || line[0] == '#')
    return;
  g_ptr_array_add (sites, g_steal_pointer (&line));
}

static void
parse_plain (GPtrArray  *sites,
             const char *text,
             const char *end)
{
  while (text < end)
    {
      const char *nl = memchr (text, '\n', end - text);
      const char *stop = nl != NULL ? nl : end;

      add_line (sites, text, stop - text);
      text = stop + 1;
    }
}

static gboolean
is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

/* A row whose address cell is missing or empty is not dropped: the whole
 * row becomes the input, so it shows up as a refused line that the user
 * can recognise, instead of vanishing.  Rows with no content at all are
 * blank lines and are skipped. */
static void
add_row_text (GPtrArray *sites,
              GPtrArray *row,
              char       delimiter)
{
  g_autoptr(GString) text = g_string_new (NULL);
  gboolean any = FALSE;

  for (guint i = 0; i < row->len; i++)
    {
      const char *cell = g_ptr_array_index (row, i);

      if (i > 0)
        g_string_append_c (text, delimiter);
      g_string_append (text, cell);
      any |= !is_blank (cell);
    }
  if (any)
    add_line (sites, text->str, text->len);
}

static void
parse_csv (GPtrArray   *sites,
           ScCsvCursor *c,
           int          column,
           char         delimiter)
{
  GPtrArray *row;

  while ((row = sc_csv_read_record (c, delimiter)) != NULL)
    {
      const char *cell = (guint) column < row->len ? g_ptr_array_index (row, column) : NULL;

      if (!is_blank (cell))
        add_line (sites, cell, strlen (cell));
      else
        add_row_text (sites, row, delimiter);
      g_ptr_array_unref (row);
    }
}

/* Returns the site inputs in order, as newly allocated strings.  NUL bytes
 * become U+001A so that the line reaches the URL check, which refuses it
 * with a clear message instead of the line being cut short. */
GPtrArray *
sc_site_list_parse (const char *text,
                    gsize       length)
{
  g_autoptr(GPtrArray) sites = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *copy = NULL;
  const char *start;
  const char *end;
  const char *first_nl;
  g_autofree char *first_line = NULL;
  ScCsvCursor c;

  copy = g_malloc (length + 1);
  for (gsize i = 0; i < length; i++)
    copy[i] = text[i] == '\0' ? '\x1a' : text[i];
  copy[length] = '\0';

  start = copy;
  end = copy + length;
  if (length >= 3 && memcmp (start, "\xef\xbb\xbf", 3) == 0)
    start += 3;

  /* Skip leading blank and comment lines to find the header candidate. */
  c.p = start;
  c.end = end;
  while (c.p < end)
    {
      first_nl = memchr (c.p, '\n', end - c.p);
      first_line = g_strstrip (g_strndup (c.p, (first_nl != NULL ? first_nl : end) - c.p));
      if (first_line[0] != '\0' && first_line[0] != '#')
        break;
      g_clear_pointer (&first_line, g_free);
      c.p = first_nl != NULL ? first_nl + 1 : end;
    }

  if (first_line != NULL)
    {
      char delimiter = guess_delimiter (first_line);
      ScCsvCursor probe = c;
      g_autoptr(GPtrArray) header = sc_csv_read_record (&probe, delimiter);
      ScCsvCursor after_header = probe;
      g_autoptr(GPtrArray) first_row = sc_csv_read_record (&probe, delimiter);
      int column = choose_column (header, first_row);

      if (column >= 0)
        {
          parse_csv (sites, &after_header, column, delimiter);
          return g_steal_pointer (&sites);
        }
    }

  parse_plain (sites, start, end);
  return g_steal_pointer (&sites);
}

/* Column names for a site's name and its groups, as site managers such as
 * MainWP export them. */
static const char * const name_names[] = { "name", "site name", "site_name", "sitename", "title", NULL };
static const char * const group_names[] = { "groups", "group", "tags", "tag", "category", NULL };

static int
find_column (GPtrArray          *header,
             const char * const *names,
             int                 except)
{
  for (guint n = 0; names[n] != NULL; n++)
    for (guint i = 0; i < header->len; i++)
      {
        g_autofree char *lower = g_ascii_strdown (g_ptr_array_index (header, i), -1);

        if ((int) i != except && g_str_equal (g_strstrip (lower), names[n]))
          return i;
      }
  return -1;
}

void
sc_site_label_free (ScSiteLabel *label)
{
  g_free (label->name);
  g_strfreev (label->groups);
  g_free (label);
}

/* "Clients, Shop; WooCommerce" → { "Clients", "Shop", "WooCommerce" }. */
static char **
split_groups (const char *cell)
{
  g_auto(GStrv) parts = g_strsplit_set (cell != NULL ? cell : "", ",;|", -1);
  g_autoptr(GStrvBuilder) groups = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    if (g_strstrip (parts[i])[0] != '\0')
      g_strv_builder_add (groups, parts[i]);
  return g_strv_builder_end (groups);
}

/* For a CSV list with a name or a groups column (a MainWP export has
 * both): the site's address as sc_site_list_parse() returns it → its
 * ScSiteLabel.  NULL when the text has neither column. */
GHashTable *
sc_site_list_parse_labels (const char *text,
                           gsize       length)
{
  g_autofree char *copy = g_strndup (text, length);
  ScCsvCursor c = { copy, copy + strlen (copy) };
  g_autoptr(GPtrArray) header = NULL;
  GHashTable *labels;
  GPtrArray *row;
  char delimiter;
  int url, name, groups;

  if (length >= 3 && memcmp (copy, "\xef\xbb\xbf", 3) == 0)
    c.p += 3;
  delimiter = guess_delimiter (c.p);
  header = sc_csv_read_record (&c, delimiter);
  if (header == NULL || (url = find_named_column (header)) < 0)
    return NULL;
  name = find_column (header, name_names, url);
  groups = find_column (header, group_names, url);
  if (name < 0 && groups < 0)
    return NULL;

  labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) sc_site_label_free);
  while ((row = sc_csv_read_record (&c, delimiter)) != NULL)
    {
      const char *address = (guint) url < row->len ? g_ptr_array_index (row, url) : NULL;

      if (!is_blank (address))
        {
          ScSiteLabel *label = g_new0 (ScSiteLabel, 1);

          if (name >= 0 && (guint) name < row->len && !is_blank (g_ptr_array_index (row, name)))
            label->name = g_strstrip (g_strdup (g_ptr_array_index (row, name)));
          label->groups = split_groups (groups >= 0 && (guint) groups < row->len ? g_ptr_array_index (row, groups) : NULL);
          g_hash_table_replace (labels, g_strstrip (g_strdup (address)), label);
        }
      g_ptr_array_unref (row);
    }
  return labels;
}
