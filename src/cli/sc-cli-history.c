/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-cli-history.h"

/* A nightly cron run recorded with --history shows up in the window's
 * history of each site when both use the same file. */

ScHistory *
sc_cli_history_open (const char  *path,
                     GError     **error)
{
  ScHistory *history = sc_history_open (path, SC_HISTORY_DEFAULT_RETENTION_DAYS, error);

  if (history != NULL && sc_history_get_set_aside (history) != NULL)
    {
      /* TRANSLATORS: %s is a file name */
      g_autofree char *message = g_strdup_printf (_("the history file could not be read; it was kept as %s "
                                                    "and a new one was started"),
                                                  sc_history_get_set_aside (history));
      g_printerr ("statuscope-cli: %s\n", message);
    }
  return history;
}

void
sc_cli_history_record (ScHistory     *history,
                       ScCheckResult *result)
{
  g_autoptr(ScSnapshot) snapshot = sc_snapshot_new_from_result (result);

  sc_history_record (history, snapshot);
}

typedef struct {
  gboolean  done;
  gboolean  ok;
  GError   *error;
} Flush;

static void
on_flushed (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Flush *flush = user_data;

  flush->ok = sc_history_flush_finish (SC_HISTORY (source), result, &flush->error);
  flush->done = TRUE;
}

/* Waits until every result is written; FALSE (with a message on standard
 * error) when one could not be. */
gboolean
sc_cli_history_finish (ScHistory *history)
{
  Flush flush = { FALSE, FALSE, NULL };

  sc_history_flush_async (history, NULL, on_flushed, &flush);
  while (!flush.done)
    g_main_context_iteration (NULL, TRUE);
  if (!flush.ok)
    g_printerr ("statuscope-cli: %s: %s\n", _("could not write the history"), flush.error->message);
  g_clear_error (&flush.error);
  sc_history_close (history);
  return flush.ok;
}
