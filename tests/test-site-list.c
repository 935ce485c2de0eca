/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "sc-site-list.h"
#include "sc-url.h"

typedef struct {
  const char *name;
  const char *text;
  gsize       length;          /* 0: strlen */
  const char *expected[8];
} ListCase;

static const ListCase cases[] = {
  { "plain", "example.com\nhttps://a.example/x\n", 0,
    { "example.com", "https://a.example/x", NULL } },
  { "blank-and-comments", "\n# my sites\n  example.com  \n\n#x.example\nb.example", 0,
    { "example.com", "b.example", NULL } },
  { "crlf", "a.example\r\nb.example\r\n", 0,
    { "a.example", "b.example", NULL } },
  { "bom", "\xef\xbb\xbf" "a.example\nb.example\n", 0,
    { "a.example", "b.example", NULL } },
  { "unusable-lines-kept", "a.example\nftp://x.example\nnot a url\n", 0,
    { "a.example", "ftp://x.example", "not a url", NULL } },
  { "comma-in-query-is-plain", "https://a.example/?x=1,2\nhttps://b.example/\n", 0,
    { "https://a.example/?x=1,2", "https://b.example/", NULL } },
  { "csv-url-column", "name,url,notes\nShop,https://shop.example/,\"fast, cheap\"\nBlog,blog.example,\n", 0,
    { "https://shop.example/", "blog.example", NULL } },
  { "csv-site-column-any-case", "Name;Site\nShop;shop.example\n", 0,
    { "shop.example", NULL } },
  { "csv-mainwp-style", "Site,Site URL,Client,Status\n\"My shop, Inc\",https://shop.example,ACME,connected\n", 0,
    { "https://shop.example", NULL } },
  { "csv-quoted-newline", "site,comment\n\"a.example\",\"line one\nline two\"\nb.example,x\n", 0,
    { "a.example", "b.example", NULL } },
  { "csv-doubled-quotes", "address,note\n\"c.example\",\"say \"\"hi\"\"\"\n", 0,
    { "c.example", NULL } },
  { "csv-first-url-column", "label,where,extra\nmine,https://mine.example/,1\nyours,yours.example,2\n", 0,
    { "https://mine.example/", "yours.example", NULL } },
  { "csv-tab", "name\turl\nx\thttps://x.example/\n", 0,
    { "https://x.example/", NULL } },
  { "nul-byte", "a.example\nb.ex\0ample\nc.example\n", 30,
    { "a.example", "b.ex\x1a" "ample", "c.example", NULL } },
  { "csv-row-without-address-kept", "name,url\nShop,https://shop.example/\nBlog,\nNotes only\n,\n", 0,
    { "https://shop.example/", "Blog,", "Notes only", NULL } },
  { "empty", "", 0, { NULL } },
  { "only-comments", "# nothing\n\n", 0, { NULL } },
};

static void
test_parse (gconstpointer data)
{
  const ListCase *c = data;
  gsize length = c->length != 0 ? c->length : strlen (c->text);
  g_autoptr(GPtrArray) sites = sc_site_list_parse (c->text, length);
  guint n = 0;

  while (c->expected[n] != NULL)
    n++;
  g_assert_cmpuint (sites->len, ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (g_ptr_array_index (sites, i), ==, c->expected[i]);
}

/* The NUL byte must not cut the line short, and the line must then be
 * refused with a message that names the problem. */
static void
test_nul_line_refused (void)
{
  g_autoptr(GPtrArray) sites = sc_site_list_parse ("b.ex\0ample\n", 11);
  ScErrorKind kind = SC_ERROR_KIND_NONE;
  g_autofree char *message = NULL;
  g_autoptr(GUri) uri = sc_url_normalize (g_ptr_array_index (sites, 0), &kind, &message);

  g_assert_null (uri);
  g_assert_cmpint (kind, ==, SC_ERROR_KIND_INVALID_URL);
  g_assert_nonnull (strstr (message, "NUL"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/site-list/%s", cases[i].name);
      g_test_add_data_func (path, &cases[i], test_parse);
    }
  g_test_add_func ("/site-list/nul-line-refused", test_nul_line_refused);

  return g_test_run ();
}
