/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib-unix.h>

#include "sc-test-cli.h"
#include "sc-test-server.h"

/* Runs the built statuscope-cli (STATUSCOPE_CLI), or another program, while
 * the test's own main loop keeps turning, so servers in the test process
 * can answer it.  STATUSCOPE_CLI_WRAPPER (for example valgrind) runs
 * statuscope-cli under a wrapper.  Standard error may be a terminal. */

void
sc_cli_run_free (ScCliRun *run)
{
  g_free (run->out);
  g_free (run->err);
  g_free (run);
}

typedef struct {
  ScCliRun *run;
  gboolean  done;
} Pending;

/* What the program writes to a terminal, read from the master side until
 * the last copy of the slave side is closed (EIO on Linux). */
typedef struct {
  int       master;
  GString  *text;
  gboolean  done;
} PtyReader;

static char *
bytes_to_string (GBytes *bytes)
{
  gsize size = bytes != NULL ? g_bytes_get_size (bytes) : 0;
  char *text = g_malloc (size + 1);

  if (size > 0)
    memcpy (text, g_bytes_get_data (bytes, NULL), size);
  text[size] = '\0';
  g_assert_cmpuint (strlen (text), ==, size);
  return text;
}

static void
on_communicated (GObject      *source,
                 GAsyncResult *res,
                 gpointer      user_data)
{
  Pending *pending = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GBytes) err = NULL;

  /* As bytes: whether the output is valid UTF-8 is for the test to say. */
  g_subprocess_communicate_finish (G_SUBPROCESS (source), res, &out, &err, &error);
  g_assert_no_error (error);
  pending->run->out = bytes_to_string (out);
  pending->run->err = bytes_to_string (err);
  pending->done = TRUE;
}

static void
on_exited (GObject      *source,
           GAsyncResult *res,
           gpointer      user_data)
{
  g_subprocess_wait_finish (G_SUBPROCESS (source), res, NULL);
  *(gboolean *) user_data = TRUE;
}

static gboolean
on_pty_readable (int           fd,
                 GIOCondition  condition,
                 gpointer      user_data)
{
  PtyReader *reader = user_data;
  char buffer[4096];
  gssize n = read (fd, buffer, sizeof buffer);

  if (n > 0)
    {
      g_string_append_len (reader->text, buffer, n);
      return G_SOURCE_CONTINUE;
    }
  close (fd);
  reader->done = TRUE;
  return G_SOURCE_REMOVE;
}

/* A new pseudo-terminal: returns its slave side for the program, and
 * starts reading the master side into @reader. */
static int
open_pty (PtyReader *reader)
{
  int master = posix_openpt (O_RDWR | O_NOCTTY);
  int slave;

  g_assert_cmpint (master, >=, 0);
  g_assert_cmpint (grantpt (master), ==, 0);
  g_assert_cmpint (unlockpt (master), ==, 0);
  slave = open (ptsname (master), O_RDWR | O_NOCTTY);
  g_assert_cmpint (slave, >=, 0);
  reader->master = master;
  reader->text = g_string_new (NULL);
  g_unix_fd_add (master, G_IO_IN | G_IO_HUP | G_IO_ERR, on_pty_readable, reader);
  return slave;
}

static GSubprocessLauncher *
make_launcher (const ScTestRunOptions *options,
               PtyReader              *pty)
{
  GSubprocessFlags flags = G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE;
  GSubprocessLauncher *launcher;

  if (!options->stderr_pty)
    flags |= G_SUBPROCESS_FLAGS_STDERR_PIPE;
  launcher = g_subprocess_launcher_new (flags);
  if (options->stderr_pty)
    g_subprocess_launcher_take_stderr_fd (launcher, open_pty (pty));

  /* Not a terminal, so no colour unless asked: NO_COLOR must not decide. */
  g_subprocess_launcher_unsetenv (launcher, "NO_COLOR");
  for (guint i = 0; options->unset_env != NULL && options->unset_env[i] != NULL; i++)
    g_subprocess_launcher_unsetenv (launcher, options->unset_env[i]);
  for (guint i = 0; options->set_env != NULL && options->set_env[i] != NULL; i++)
    {
      g_auto(GStrv) pair = g_strsplit (options->set_env[i], "=", 2);

      g_assert_nonnull (pair[1]);
      g_subprocess_launcher_setenv (launcher, pair[0], pair[1], TRUE);
    }
  return launcher;
}

static gboolean
interrupt_process (gpointer user_data)
{
  g_subprocess_send_signal (user_data, SIGINT);
  return G_SOURCE_REMOVE;
}

ScCliRun *
sc_test_run_cli (GBytes             *input,
                 const char * const *args)
{
  const ScTestRunOptions defaults = { NULL };

  return sc_test_run_cli_full (input, args, &defaults);
}

ScCliRun *
sc_test_run_cli_full (GBytes                 *input,
                      const char * const     *args,
                      const ScTestRunOptions *options)
{
  PtyReader pty = { -1, NULL, FALSE };
  g_autoptr(GSubprocessLauncher) launcher = make_launcher (options, &pty);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) wrapper = NULL;
  ScCliRun *run = g_new0 (ScCliRun, 1);
  Pending pending = { run, FALSE };
  gboolean exited = FALSE;
  gint64 start = g_get_monotonic_time ();

  /* The wrapper is for statuscope-cli; another program (the app) finds
   * its own path in /proc/self/exe, which a wrapper would change. */
  if (g_getenv ("STATUSCOPE_CLI_WRAPPER") != NULL && options->program == NULL)
    {
      g_shell_parse_argv (g_getenv ("STATUSCOPE_CLI_WRAPPER"), NULL, &wrapper, &error);
      g_assert_no_error (error);
      for (guint i = 0; wrapper[i] != NULL; i++)
        g_ptr_array_add (argv, wrapper[i]);
    }
  g_assert_nonnull (g_getenv ("STATUSCOPE_CLI"));
  g_ptr_array_add (argv, (gpointer) (options->program != NULL ? options->program : g_getenv ("STATUSCOPE_CLI")));
  for (guint i = 0; args != NULL && args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  /* Closes this process's copy of the terminal's slave side, so that the
   * master side ends when the program does. */
  g_clear_object (&launcher);
  if (options->interrupt_after_ms > 0)
    g_timeout_add_full (G_PRIORITY_DEFAULT, options->interrupt_after_ms, interrupt_process,
                        g_object_ref (process), g_object_unref);
  g_subprocess_communicate_async (process, input != NULL ? input : empty, NULL, on_communicated, &pending);
  sc_test_wait_for (&pending.done);
  g_subprocess_wait_async (process, NULL, on_exited, &exited);
  sc_test_wait_for (&exited);
  if (options->stderr_pty)
    {
      sc_test_wait_for (&pty.done);
      g_free (run->err);
      run->err = g_string_free (pty.text, FALSE);
    }
  run->status = g_subprocess_get_exit_status (process);
  run->elapsed_us = g_get_monotonic_time () - start;
  return run;
}

/* Text from any output: valid UTF-8, and no control, bidi or BOM character
 * (a line break is fine; a CR only where @allow_cr, as in CSV). */
static gboolean
is_forbidden (gunichar c,
              gboolean allow_cr)
{
  if (c == '\n' || (c == '\r' && allow_cr))
    return FALSE;
  if (c < 0x20 || (c >= 0x7f && c < 0xa0))
    return TRUE;
  if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))
    return TRUE;
  return c == 0x2028 || c == 0x2029 || c == 0xfeff;
}

void
sc_test_assert_clean_text (const char *text,
                           gboolean    allow_cr)
{
  g_assert_nonnull (text);
  g_assert_true (g_utf8_validate (text, -1, NULL));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (is_forbidden (g_utf8_get_char (p), allow_cr))
        g_error ("U+%04X at offset %" G_GSIZE_FORMAT " of: %.200s",
                 g_utf8_get_char (p), (gsize) (p - text), text);
    }
}
