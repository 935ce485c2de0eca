/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

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
static gboolean verbose;
static gint64 started_at;
static gint64 expected_tick;
static gint64 max_stall_us;
static gint64 run_started_at;
static gint64 run_ended_at;
static guint report_id;

/* STATUSCOPE_PROFILE=verbose: what the main thread did between two ticks,
 * said for each long stall.  The thread's own CPU time tells work of ours
 * from waiting for a core the machine gave to someone else. */
#define N_SECTIONS 12

typedef struct {
  const char *name;
  gint64      us;
  guint       count;
} Section;

static Section sections[N_SECTIONS];
static gint64 tick_cpu_us;
static gint64 tick_wait_us;
static gint64 run_cpu_us;      /* the main thread's CPU time in the run */
static guint n_busy_stalls;    /* stalls over 30 ms with 30 ms of it CPU */

/* How long the main thread has waited for a core, runnable but not
 * running (Linux: the second figure of its schedstat, in ns); -1 if not
 * known. */
static gint64
thread_run_delay_us (void)
{
  char buffer[128] = "";
  FILE *file = fopen ("/proc/thread-self/schedstat", "r");
  guint64 run = 0, wait = 0;
  gboolean ok;

  if (file == NULL)
    return -1;
  ok = fgets (buffer, sizeof buffer, file) != NULL &&
       sscanf (buffer, "%" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT, &run, &wait) == 2;
  fclose (file);
  return ok ? (gint64) (wait / 1000) : -1;
}

static gint64
thread_cpu_us (void)
{
  struct timespec ts;

  if (clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts) != 0)
    return 0;
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

gint64
sc_profiler_now (void)
{
  return verbose ? g_get_monotonic_time () : 0;
}

/* Adds the time since @since (from sc_profiler_now()) to section @name, a
 * static string. */
void
sc_profiler_add (const char *name,
                 gint64      since)
{
  if (!verbose)
    return;
  for (guint i = 0; i < N_SECTIONS; i++)
    if (sections[i].name == NULL || sections[i].name == name)
      {
        sections[i].name = name;
        sections[i].us += g_get_monotonic_time () - since;
        sections[i].count++;
        return;
      }
}

static void
report_stall (gint64 now,
              gint64 cpu,
              gint64 wait)
{
  g_autoptr(GString) line = g_string_new (NULL);

  g_string_append_printf (line, "statuscope-profile: stall of %.0f ms at %.0f ms: main thread cpu %.0f ms, "
                          "waiting for a core %.0f ms",
                          (now - expected_tick) / 1000.0, (now - started_at) / 1000.0,
                          (cpu - tick_cpu_us) / 1000.0, (wait - tick_wait_us) / 1000.0);
  for (guint i = 0; i < N_SECTIONS && sections[i].name != NULL; i++)
    g_string_append_printf (line, ", %s %.1f ms (%u)", sections[i].name, sections[i].us / 1000.0,
                            sections[i].count);
  fprintf (stderr, "%s\n", line->str);
}

static gboolean
on_tick (gpointer user_data)
{
  gint64 now = g_get_monotonic_time ();
  gint64 cpu = verbose ? thread_cpu_us () : 0;
  gint64 wait = verbose ? thread_run_delay_us () : 0;

  /* STATUSCOPE_PROFILE=verbose: say when each long stall happened. */
  if (now - expected_tick > 30000 && verbose)
    {
      report_stall (now, cpu, wait);
      n_busy_stalls += cpu - tick_cpu_us > 30000 ? 1 : 0;
    }
  max_stall_us = MAX (max_stall_us, now - expected_tick);
  expected_tick = now + TICK_MS * 1000;
  tick_cpu_us = cpu;
  tick_wait_us = wait;
  memset (sections, 0, sizeof sections);
  return G_SOURCE_CONTINUE;
}

void
sc_profiler_start (void)
{
  enabled = g_getenv ("STATUSCOPE_PROFILE") != NULL;
  if (!enabled)
    return;
  verbose = g_strcmp0 (g_getenv ("STATUSCOPE_PROFILE"), "verbose") == 0;
  started_at = g_get_monotonic_time ();
  /* To match the stalls against a profile taken with perf -k monotonic. */
  if (verbose)
    fprintf (stderr, "statuscope-profile: started-at-monotonic-us=%" G_GINT64_FORMAT "\n", started_at);
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

/* The phases of each frame, as sections: from one phase's signal to the
 * next one's (our handlers run among GTK's, so the split is approximate). */
static gint64 phase_at;
static guint n_frames;
static guint n_compute_size;

static void
on_phase (GdkFrameClock *clock,
          gpointer       user_data)
{
  const char *previous = user_data;

  if (previous != NULL && phase_at != 0)
    sc_profiler_add (previous, phase_at);
  if (previous == NULL)
    n_frames++;
  phase_at = g_get_monotonic_time ();
}

/* GDK's X11 backend asks the X server about the monitor and its work area
 * (several round trips) before each "compute-size", that is, every time a
 * widget's size request changed. */
static void
on_compute_size (GdkToplevel     *toplevel,
                 GdkToplevelSize *size,
                 gpointer         user_data)
{
  n_compute_size++;
  if (phase_at != 0)
    sc_profiler_add ("frame: to compute-size", phase_at);
}

static void
on_realize (GtkWidget *window,
            gpointer   user_data)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), window);
  if (!verbose)
    return;
  g_signal_connect (clock, "before-paint", G_CALLBACK (on_phase), NULL);
  g_signal_connect (clock, "update", G_CALLBACK (on_phase), (gpointer) "frame: before");
  g_signal_connect (clock, "layout", G_CALLBACK (on_phase), (gpointer) "frame: update");
  g_signal_connect (clock, "paint", G_CALLBACK (on_phase), (gpointer) "frame: layout");
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_phase), (gpointer) "frame: paint");
  if (GDK_IS_TOPLEVEL (surface))
    g_signal_connect (surface, "compute-size", G_CALLBACK (on_compute_size), NULL);
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
  if (verbose)
    fprintf (stderr, "statuscope-profile: frames=%u compute-size=%u run-cpu-ms=%.0f busy-stalls=%u\n",
             n_frames, n_compute_size, run_cpu_us / 1000.0, n_busy_stalls);
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
          n_frames = n_compute_size = n_busy_stalls = 0;
          run_cpu_us = thread_cpu_us ();
          if (verbose)
            fprintf (stderr, "statuscope-profile: run-start-ms=%.0f\n", (run_started_at - started_at) / 1000.0);
        }
      return;
    }
  if (run_started_at == 0 || report_id != 0)
    return;
  run_ended_at = g_get_monotonic_time ();
  run_cpu_us = thread_cpu_us () - run_cpu_us;
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
