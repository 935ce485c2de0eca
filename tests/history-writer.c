/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>

#include "sc-history.h"

/* For test-history: writes checks of one site into the history at argv[1]
 * without end, printing how many are committed after each flush, until it
 * is killed. */

#define PER_FLUSH 25

typedef struct {
  gboolean done;
} Flush;

static void
on_flushed (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  Flush *flush = user_data;

  if (!sc_history_flush_finish (SC_HISTORY (source), result, &error))
    g_error ("%s", error->message);
  flush->done = TRUE;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScHistory) history = NULL;
  guint64 committed = 0;

  if (argc != 2)
    return 2;
  history = sc_history_open (argv[1], 0, &error);
  if (history == NULL)
    g_error ("%s", error->message);
  for (;;)
    {
      Flush flush = { FALSE };

      for (guint i = 0; i < PER_FLUSH; i++)
        {
          g_autoptr(ScSnapshot) snapshot = sc_snapshot_new ();

          snapshot->key = g_strdup ("http://killed.test/");
          snapshot->url = g_strdup (snapshot->key);
          snapshot->checked_at = 1700000000 + (gint64) (committed + i);
          snapshot->status = 200;
          snapshot->status_class = SC_STATUS_CLASS_SUCCESS;
          snapshot->verdict = SC_VERDICT_OK;
          sc_history_record (history, snapshot);
        }
      sc_history_flush_async (history, NULL, on_flushed, &flush);
      while (!flush.done)
        g_main_context_iteration (NULL, TRUE);
      committed += PER_FLUSH;
      printf ("%" G_GUINT64_FORMAT "\n", committed);
      fflush (stdout);
    }
}
