/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <signal.h>

#include <glib/gstdio.h>

#include "sc-site-store-private.h"

/* The saved site list survives a crash: save-loop writes two lists in turn
 * through the app's own store, it is killed with SIGKILL at random moments,
 * and each time the file must hold one complete list, never a mix, a
 * truncated file or nothing. */

#define N_KILLS 25

static void
check_file (const char *path,
            guint      *n_a,
            guint      *n_b)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *warning = NULL;
  g_autoptr(GPtrArray) sites = sc_site_store_read_file (file, &warning, &error);
  const char *first;

  g_assert_no_error (error);
  g_assert_null (warning);
  g_assert_nonnull (sites);
  g_assert_cmpuint (sites->len, >, 0);

  first = ((ScSavedSite *) g_ptr_array_index (sites, 0))->input;
  if (g_str_has_prefix (first, "https://a-"))
    {
      g_assert_cmpuint (sites->len, ==, 3000);
      (*n_a)++;
    }
  else
    {
      g_assert_true (g_str_has_prefix (first, "https://b-"));
      g_assert_cmpuint (sites->len, ==, 4500);
      (*n_b)++;
    }
  for (guint i = 0; i < sites->len; i++)
    {
      const char *input = ((ScSavedSite *) g_ptr_array_index (sites, i))->input;
      g_autofree char *expected = g_strdup_printf ("https://%c-%u.example/some/page?id=%u", first[8], i, i);

      g_assert_cmpstr (input, ==, expected);
    }
}

static void
test_kill_during_saves (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("statuscope-kill-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "sites.json", NULL);
  g_autoptr(GRand) rand = g_rand_new ();
  guint n_a = 0, n_b = 0;
  gint64 round_us = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < N_KILLS; i++)
    {
      const char *argv[] = { g_getenv ("STATUSCOPE_SAVE_LOOP"), path, NULL };
      g_autoptr(GSubprocess) loop = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_NONE, &error);

      g_assert_no_error (error);
      /* The first run measures how long one round of saving takes, so that
       * kills land anywhere in the first few rounds however fast the build
       * is (a sanitizer build is several times slower). */
      if (i == 0)
        {
          gint64 start = g_get_monotonic_time ();

          while (!g_file_test (path, G_FILE_TEST_EXISTS))
            g_usleep (1000);
          round_us = MAX (g_get_monotonic_time () - start, 1000);
        }
      g_usleep (g_rand_int_range (rand, 0, (gint32) MIN (round_us * 3, G_MAXINT32)));
      g_subprocess_send_signal (loop, SIGKILL);
      g_subprocess_wait (loop, NULL, NULL);
      g_assert_true (g_subprocess_get_if_signaled (loop));

      check_file (path, &n_a, &n_b);
    }
  g_test_message ("killed %u times: list A found %u times, list B %u times", N_KILLS, n_a, n_b);
  /* Both lists were seen, so kills landed in different rounds. */
  g_assert_cmpuint (n_a, >, 0);
  g_assert_cmpuint (n_b, >, 0);

  {
    g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (handle)) != NULL)
      {
        g_autofree char *leftover = g_build_filename (dir, name, NULL);
        g_unlink (leftover);
      }
    g_rmdir (dir);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/save/kill-during-saves", test_kill_during_saves);
  return g_test_run ();
}
