/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "sc-csv.h"
#include "sc-test-server.h"

/* statuscope-cli -j 200 over 20,000 distinct URLs with only 256 file
 * descriptors: it must finish with every answer, because libsoup's
 * max-conns (= --jobs) caps the sockets and connections are reused.  Its
 * memory is sampled while it runs and must stay flat: results are printed
 * and dropped in input order, and no result keeps a body. */

#define N_SITES 20000
#define FD_LIMIT 256

static ScTestServer *server;

static void
limit_descriptors (gpointer user_data)
{
  struct rlimit limit = { FD_LIMIT, FD_LIMIT };

  setrlimit (RLIMIT_NOFILE, &limit);
}

static gint64
read_status_kb (GPid        pid,
                const char *field)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/status", pid);
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents (path, &status, NULL, NULL) || (line = strstr (status, field)) == NULL)
    return -1;
  return g_ascii_strtoll (line + strlen (field) + 1, NULL, 10);
}

typedef struct {
  gboolean done;
  char    *out;
} Run;

static void
on_communicated (GObject      *source,
                 GAsyncResult *res,
                 gpointer      user_data)
{
  Run *run = user_data;

  g_subprocess_communicate_utf8_finish (G_SUBPROCESS (source), res, &run->out, NULL, NULL);
  run->done = TRUE;
}

static void
test_many_sites_few_descriptors (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *list = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GSubprocess) cli = NULL;
  g_autoptr(GArray) rss = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 last_sample = 0;
  gint64 peak_kb = 0;
  ScCsvCursor cursor;
  GPtrArray *row;
  guint n_rows = 0;
  Run run = { FALSE, NULL };
  GPid pid;
  int fd;

  fd = g_file_open_tmp ("statuscope-many-XXXXXX.txt", &list, &error);
  g_assert_no_error (error);
  close (fd);
  for (guint i = 0; i < N_SITES; i++)
    g_string_append_printf (text, "%s/status/200?site=%u\n", server->base, i);
  g_file_set_contents (list, text->str, text->len, &error);
  g_assert_no_error (error);

  g_subprocess_launcher_set_child_setup (launcher, limit_descriptors, NULL, NULL);
#ifdef __SANITIZE_ADDRESS__
  {
    /* AddressSanitizer keeps up to 256 MB of freed memory in quarantine, so
     * the resident size climbs until that fills, sometimes in the second
     * half of the run: 20 MB that are not Statuscope's.  A small
     * quarantine keeps the comparison about the program. */
    g_autofree char *asan = g_strdup_printf ("%s:quarantine_size_mb=16",
                                             g_getenv ("ASAN_OPTIONS") != NULL ? g_getenv ("ASAN_OPTIONS") : "");
    g_subprocess_launcher_setenv (launcher, "ASAN_OPTIONS", asan, TRUE);
  }
#endif
  cli = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("STATUSCOPE_CLI"),
                                     "-j", "200", "--per-host", "200", "-f", "csv", "-i", list, NULL);
  g_assert_no_error (error);
  /* Read the pid now: the identifier is gone once the child is reaped. */
  pid = atoi (g_subprocess_get_identifier (cli));
  g_subprocess_communicate_utf8_async (cli, NULL, NULL, on_communicated, &run);

  /* Sample the resident size every 100 ms while it runs. */
  while (!run.done)
    {
      g_main_context_iteration (NULL, FALSE);
      if (g_get_monotonic_time () - last_sample > 100000)
        {
          gint64 kb = read_status_kb (pid, "VmRSS:");
          gint64 hwm = read_status_kb (pid, "VmHWM:");

          if (kb > 0)
            g_array_append_val (rss, kb);
          peak_kb = MAX (peak_kb, hwm);
          last_sample = g_get_monotonic_time ();
        }
      else
        g_usleep (1000);
    }
  g_subprocess_wait (cli, NULL, NULL);
  g_assert_cmpint (g_subprocess_get_exit_status (cli), ==, 0);

  /* Every site answered 200, once, in input order. */
  cursor = (ScCsvCursor) { run.out, run.out + strlen (run.out) };
  g_ptr_array_unref (sc_csv_read_record (&cursor, ','));
  while ((row = sc_csv_read_record (&cursor, ',')) != NULL)
    {
      g_autofree char *expected = g_strdup_printf ("%s/status/200?site=%u", server->base, n_rows);

      g_assert_cmpstr (g_ptr_array_index (row, 0), ==, expected);
      g_assert_cmpstr (g_ptr_array_index (row, 3), ==, "200");
      g_ptr_array_unref (row);
      n_rows++;
    }
  g_assert_cmpuint (n_rows, ==, N_SITES);

  /* Flat memory: the second half of the run needs no more than the first
   * quarter plus a margin, and the peak stays under the 64 MB target. */
  g_test_message ("%u RSS samples, peak %" G_GINT64_FORMAT " kB", rss->len, peak_kb);
  g_assert_cmpuint (rss->len, >=, 4);
  {
    gint64 early = 0, late = 0;

    for (guint i = 0; i < rss->len / 4; i++)
      early = MAX (early, g_array_index (rss, gint64, i));
    for (guint i = rss->len / 2; i < rss->len; i++)
      late = MAX (late, g_array_index (rss, gint64, i));
    g_test_message ("max RSS in the first quarter %" G_GINT64_FORMAT " kB, in the second half %" G_GINT64_FORMAT " kB",
                    early, late);
    g_assert_cmpint (late, <, early + 16 * 1024);
  }
  /* AddressSanitizer's shadow memory and quarantine add hundreds of MB,
   * so the absolute target only holds for a normal build; flatness above
   * holds for both. */
#ifndef __SANITIZE_ADDRESS__
  g_assert_cmpint (peak_kb, <, 64 * 1024);
#endif

  g_free (run.out);
  g_unlink (list);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  server = sc_test_server_new (NULL);
  g_test_add_func ("/resources/many-sites-few-descriptors", test_many_sites_few_descriptors);
  status = g_test_run ();
  sc_test_server_free (server);
  return status;
}
