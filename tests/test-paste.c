/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sc-paste.h"

/* Finding site addresses in pasted text: no display needed. */

typedef struct {
  const char *name;
  const char *text;
  const char *addresses;   /* joined by spaces */
  guint       n_others;
} PasteCase;

static const PasteCase cases[] = {
  { "email", "Hi Anna,\n\nthe shop is down again, see https://shop.example/cart.\n"
             "Could you look?\n\nThanks,\nBob", "https://shop.example/cart", 4 },
  { "email-without-links", "Hello,\nplease check our sites.\nRegards", "", 3 },
  { "dash-bullets", "- https://a.example/\n- https://b.example/x", "https://a.example/ https://b.example/x", 0 },
  { "dot-bullets", "• a.example\n• b.example:8443", "a.example b.example:8443", 0 },
  { "angle-brackets", "<https://a.example/>\n<b.example>", "https://a.example/ b.example", 0 },
  { "numbered", "1. a.example\n2) http://127.0.0.1:8080/health", "a.example http://127.0.0.1:8080/health", 0 },
  { "plain-list", "a.example\r\nb.example\r\n\r\n", "a.example b.example", 0 },
  { "e-mail-address-is-not-a-site", "bob@example.com", "", 1 },
  { "two-links-in-one-line", "see https://a.example and http://b.example!", "https://a.example http://b.example", 0 },
  { "sentence-is-not-a-host", "the site is down.", "", 1 },
};

static void
test_case (gconstpointer data)
{
  const PasteCase *c = data;
  g_autoptr(GPtrArray) others = NULL;
  g_autoptr(GPtrArray) found = sc_paste_find_addresses (c->text, &others);
  g_autofree char *joined = NULL;

  g_ptr_array_add (found, NULL);
  joined = g_strjoinv (" ", (char **) found->pdata);
  g_assert_cmpstr (joined, ==, c->addresses);
  g_assert_cmpuint (others->len, ==, c->n_others);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/paste/%s", cases[i].name);
      g_test_add_data_func (path, &cases[i], test_case);
    }
  return g_test_run ();
}
