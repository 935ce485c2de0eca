/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <glib/gstdio.h>

#include "sc-history.h"

/* Fills a history with N_SITES sites checked N_RUNS times (twice a day,
 * so that all of it is within the 90 days kept), then measures what the
 * app would feel: opening it, and one site's history read while the main
 * loop keeps ticking every millisecond.  Built and run by
 * bench/history-bench.sh. */

typedef struct {
  gboolean   done;
  GPtrArray *rows;
  gint64     last_tick;
  gint64     worst_gap;
  guint      n_ticks;
} Wait;

static gboolean
tick (gpointer data)
{
  Wait *wait = data;
  gint64 now = g_get_monotonic_time ();

  wait->worst_gap = MAX (wait->worst_gap, now - wait->last_tick);
  wait->last_tick = now;
  wait->n_ticks++;
  return G_SOURCE_CONTINUE;
}

static void
on_flushed (GObject *source, GAsyncResult *result, gpointer data)
{
  g_autoptr(GError) error = NULL;

  if (!sc_history_flush_finish (SC_HISTORY (source), result, &error))
    g_error ("%s", error->message);
  ((Wait *) data)->done = TRUE;
}

static void
on_listed (GObject *source, GAsyncResult *result, gpointer data)
{
  g_autoptr(GError) error = NULL;
  Wait *wait = data;

  wait->rows = sc_history_list_finish (SC_HISTORY (source), result, &error);
  if (wait->rows == NULL)
    g_error ("%s", error->message);
  wait->done = TRUE;
}

static ScSnapshot *
make (guint site, guint run, guint n_runs, gint64 now)
{
  ScSnapshot *s = sc_snapshot_new ();
  gboolean broken = (site + run) % 97 == 0;

  s->key = g_strdup_printf ("https://site-%05u.example/", site);
  s->input = g_strdup_printf ("site-%05u.example", site);
  s->url = g_strdup (s->key);
  s->checked_at = now - (gint64) (n_runs - run) * 12 * 3600;
  s->status = broken ? 503 : 200;
  s->reason = g_strdup (broken ? "Service Unavailable" : "OK");
  s->status_class = broken ? SC_STATUS_CLASS_SERVER_ERROR : SC_STATUS_CLASS_SUCCESS;
  s->verdict = broken ? SC_VERDICT_PROBLEM : SC_VERDICT_OK;
  /* One site in ten ends elsewhere after a redirect. */
  s->final_url = site % 10 == 0 ? g_strdup_printf ("https://www.site-%05u.example/home/", site) : g_strdup (s->url);
  if (site % 20 == 0)
    {
      g_strfreev (s->finding_ids);
      s->finding_ids = g_strsplit ("php-error-shown", " ", -1);
    }
  s->total_ms = 80 + (site * 7 + run * 13) % 400;
  s->cert_not_after = now + (90 - run % 60) * 86400;
  s->cert_days_left = 90 - run % 60;
  /* A certificate renewed every 60 runs: a new fingerprint. */
  s->cert_fingerprint = g_strdup_printf ("%064x", site * 7 + run / 60);
  s->role = SC_ROLE_ORIGIN;
  s->software = g_strdup ("nginx");
  return s;
}

int
main (int argc, char **argv)
{
  guint n_sites = argc > 2 ? (guint) g_ascii_strtoull (argv[2], NULL, 10) : 10000;
  guint n_runs = argc > 3 ? (guint) g_ascii_strtoull (argv[3], NULL, 10) : 100;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  g_autoptr(GError) error = NULL;
  g_autoptr(ScHistory) history = NULL;
  g_autofree char *key = NULL;
  gint64 start, write_us, open_us, list_us;
  GStatBuf st;
  Wait wait = { FALSE };
  guint tick_id;

  if (argc < 2)
    return 2;
  history = sc_history_open (argv[1], SC_HISTORY_DEFAULT_RETENTION_DAYS, &error);
  if (history == NULL)
    g_error ("%s", error->message);
  start = g_get_monotonic_time ();
  for (guint run = 0; run < n_runs && g_strcmp0 (g_getenv ("HISTORY_BENCH_READ_ONLY"), "1") != 0; run++)
    {
      Wait flush = { FALSE };

      for (guint site = 0; site < n_sites; site++)
        {
          g_autoptr(ScSnapshot) s = make (site, run, n_runs, now);
          sc_history_record (history, s);
        }
      sc_history_flush_async (history, NULL, on_flushed, &flush);
      while (!flush.done)
        g_main_context_iteration (NULL, TRUE);
    }
  write_us = g_get_monotonic_time () - start;
  g_clear_object (&history);

  if (g_stat (argv[1], &st) != 0)
    g_error ("stat failed");
  start = g_get_monotonic_time ();
  history = sc_history_open (argv[1], SC_HISTORY_DEFAULT_RETENTION_DAYS, &error);
  if (history == NULL)
    g_error ("%s", error->message);
  open_us = g_get_monotonic_time () - start;

  key = g_strdup_printf ("https://site-%05u.example/", n_sites / 2);
  wait.last_tick = g_get_monotonic_time ();
  tick_id = g_timeout_add (1, tick, &wait);
  start = g_get_monotonic_time ();
  sc_history_list_async (history, key, 0, NULL, on_listed, &wait);
  while (!wait.done)
    g_main_context_iteration (NULL, TRUE);
  list_us = g_get_monotonic_time () - start;
  tick (&wait);   /* the gap up to the answer counts too */
  g_source_remove (tick_id);

  if (g_strcmp0 (g_getenv ("HISTORY_BENCH_READ_ONLY"), "1") == 0)
    {
      printf ("reopened: open %.1f ms, one site's history (%u rows) %.2f ms, longest main-loop gap %.2f ms, %u ticks\n",
              open_us / 1e3, wait.rows->len, list_us / 1e3, wait.worst_gap / 1e3, wait.n_ticks - 1);
      g_ptr_array_unref (wait.rows);
      return 0;
    }
  printf ("| sites × runs | rows | file size | bytes a row | writing (all runs) | rows/s | open (with pruning) | one site's history (%u rows) | longest main-loop gap meanwhile |\n",
          wait.rows->len);
  printf ("|---|---|---|---|---|---|---|---|---|\n");
  printf ("| %u × %u | %u | %.1f MB | %.0f | %.1f s | %.0f | %.1f ms | %.2f ms | %.2f ms |\n",
          n_sites, n_runs, n_sites * n_runs, st.st_size / 1e6, (double) st.st_size / (n_sites * n_runs),
          write_us / 1e6, n_sites * n_runs / (write_us / 1e6), open_us / 1e3, list_us / 1e3, wait.worst_gap / 1e3);
  printf ("\n(the main loop ticked %u times while the history was read)\n", wait.n_ticks - 1);
  g_ptr_array_unref (wait.rows);
  return 0;
}
