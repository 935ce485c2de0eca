/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "fuzz-common.h"

/* Stands in for libFuzzer in a normal build: runs the target once on each
 * file given, or on each file of each directory given, so that the
 * committed corpus (and every crash once fixed) is replayed by
 * "meson test".  A crash or a failed check aborts, as under libFuzzer. */

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static void
replay_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree uint8_t *exact = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, &error))
    {
      g_printerr ("replay: %s\n", error->message);
      exit (EXIT_FAILURE);
    }
  /* A copy of exactly the input's size: g_file_get_contents() adds a NUL
   * that would hide a read past the end from a sanitizer.  Never NULL, as
   * under libFuzzer, even for an empty file. */
  exact = g_malloc (MAX (length, 1));
  memcpy (exact, contents, length);
  g_print ("# %s\n", path);
  LLVMFuzzerTestOneInput (exact, length);
}

/* Files in name order, so that a failure reproduces the same way. */
static guint
replay_directory (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (path, 0, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    {
      g_printerr ("replay: %s\n", error->message);
      exit (EXIT_FAILURE);
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_build_filename (path, name, NULL));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    replay_file (g_ptr_array_index (names, i));
  return names->len;
}

int
main (int    argc,
      char **argv)
{
  guint n_inputs = 0;

  LLVMFuzzerInitialize (&argc, &argv);
  for (int i = 1; i < argc; i++)
    {
      if (g_file_test (argv[i], G_FILE_TEST_IS_DIR))
        n_inputs += replay_directory (argv[i]);
      else
        {
          replay_file (argv[i]);
          n_inputs++;
        }
    }

  /* An empty or missing corpus would make the test pass without testing. */
  if (n_inputs == 0)
    {
      g_printerr ("replay: no inputs given\n");
      return EXIT_FAILURE;
    }
  g_print ("replayed %u inputs\n", n_inputs);
  return EXIT_SUCCESS;
}
