/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sc-site-store.h"

/* Saves the site list at argv[1] over and over, alternating between two
 * lists, until it is killed.  test-save-kill kills it at random moments and
 * checks that the file is always one whole list or the other. */

#define N_A 3000
#define N_B 4500

static void
fill (ScSiteStore *store,
      const char  *prefix,
      guint        n)
{
  g_autoptr(GPtrArray) inputs = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) added = NULL;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (inputs, g_strdup_printf ("https://%s-%u.example/some/page?id=%u", prefix, i, i));
  g_ptr_array_add (inputs, NULL);
  added = sc_site_store_add_inputs (store, (const char * const *) inputs->pdata, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) file = NULL;

  if (argc != 2)
    return 2;
  file = g_file_new_for_path (argv[1]);

  for (guint round = 0;; round++)
    {
      g_autoptr(ScSiteStore) store = sc_site_store_new (file);
      g_autoptr(GError) error = NULL;

      if (round % 2 == 0)
        fill (store, "a", N_A);
      else
        fill (store, "b", N_B);
      if (!sc_site_store_save_now (store, &error))
        g_error ("save failed: %s", error->message);
    }
  return 0;
}
