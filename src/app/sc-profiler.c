/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "sc-profiler.h"

/* Measurements for bench/, off unless STATUSCOPE_PROFILE is set:
 * - the time from main() to the window's first frame;
 * - the longest stall of the main loop, seen by a high-priority timer
 *   that fires every 10 ms and records how late it runs;
 * - when a run of checks ends, how long it took and the peak RSS.
 * With STATUSCOPE_PROFILE_QUIT set, the app quits after the first run of
 * checks, so a script can time a whole import; set to "frame", right after
 * the first frame. */

#define TICK_MS 10

static gboolean enabled;
static gint64 started_at;
static gint64 expected_tick;
static gint64 max_stall_us;
static gint64 run_started_at;
static gint64 run_ended_at;
static guint report_id;

static gboolean
on_tick (gpointer user_data)
{
  gint64 now = g_get_monotonic_time ();

  /* STATUSCOPE_PROFILE=verbose: say when each long stall happened. */
  if (now - expected_tick > 30000 && g_strcmp0 (g_getenv ("STATUSCOPE_PROFILE"), "verbose") == 0)
    fprintf (stderr, "statuscope-profile: stall of %.0f ms at %.0f ms\n",
             (now - expected_tick) / 1000.0, (now - started_at) / 1000.0);
  max_stall_us = MAX (max_stall_us, now - expected_tick);
  expected_tick = now + TICK_MS * 1000;
  return G_SOURCE_CONTINUE;
}

void
sc_profiler_start (void)
{
  enabled = g_getenv ("STATUSCOPE_PROFILE") != NULL;
  if (!enabled)
    return;
  started_at = g_get_monotonic_time ();
  expected_tick = started_at + TICK_MS * 1000;
  g_timeout_add_full (G_PRIORITY_HIGH, TICK_MS, on_tick, NULL, NULL);
}

static gint64
peak_rss_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmHWM:")) == NULL)
    return -1;
  return g_ascii_strtoll (line + strlen ("VmHWM:"), NULL, 10);
}

static void
on_after_paint (GdkFrameClock *clock,
                gpointer       user_data)
{
  fprintf (stderr, "statuscope-profile: first-frame-ms=%.1f\n",
           (g_get_monotonic_time () - started_at) / 1000.0);
  g_signal_handlers_disconnect_by_func (clock, on_after_paint, user_data);
  /* STATUSCOPE_PROFILE_QUIT=frame: measure start-up alone. */
  if (g_strcmp0 (g_getenv ("STATUSCOPE_PROFILE_QUIT"), "frame") == 0)
    gtk_window_close (user_data);
}

static void
on_realize (GtkWidget *window,
            gpointer   user_data)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), window);
}

/* A run is over once the queue has stayed idle for a second: a list added
 * in slices may leave it idle for a moment between two slices. */
static gboolean
report_run (gpointer user_data)
{
  GtkWindow *window = user_data;

  report_id = 0;
  fprintf (stderr, "statuscope-profile: run-ms=%.0f max-stall-ms=%.1f peak-rss-kb=%" G_GINT64_FORMAT "\n",
           (run_ended_at - run_started_at) / 1000.0, max_stall_us / 1000.0, peak_rss_kb ());
  run_started_at = 0;
  if (g_getenv ("STATUSCOPE_PROFILE_QUIT") != NULL)
    gtk_window_close (window);
  return G_SOURCE_REMOVE;
}

static void
on_busy (ScCheckQueue *queue,
         GParamSpec   *pspec,
         GtkWindow    *window)
{
  if (sc_check_queue_get_busy (queue))
    {
      g_clear_handle_id (&report_id, g_source_remove);
      if (run_started_at == 0)
        {
          run_started_at = g_get_monotonic_time ();
          max_stall_us = 0;
        }
      return;
    }
  if (run_started_at == 0 || report_id != 0)
    return;
  run_ended_at = g_get_monotonic_time ();
  report_id = g_timeout_add (1000, report_run, window);
}

void
sc_profiler_watch_window (GtkWindow    *window,
                          ScCheckQueue *queue)
{
  if (!enabled)
    return;
  g_signal_connect (window, "realize", G_CALLBACK (on_realize), NULL);
  g_signal_connect_object (queue, "notify::busy", G_CALLBACK (on_busy), window, 0);
}
