/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "sc-cli-progress.h"

/* A one-line meter on standard error while a list is checked: how many
 * sites are done, how fast, and about how long the rest will take.  It is
 * for a person watching a run whose results go to a file or a pipe, so it
 * appears only when standard error is a terminal and standard output is
 * not; and only after a second, so that a short run stays as quiet as
 * before.  It is rewritten in place with a carriage return and spaces,
 * never an escape sequence, so that a dumb terminal shows it right too. */

#define FIRST_DRAW_US G_USEC_PER_SEC
#define REDRAW_MS     250

struct _ScCliProgress
{
  guint  total;
  guint  n_done;
  gint64 started_at;
  guint  timer_id;
  glong  width;      /* columns of the line on the screen; 0 when none is */
};

gboolean
sc_cli_progress_wanted (void)
{
  return isatty (STDERR_FILENO) && !isatty (STDOUT_FILENO);
}

static char *
format_duration (double seconds)
{
  guint s = (guint) (seconds + 0.5);

  if (s < 90)
    /* TRANSLATORS: a time left, in seconds */
    return g_strdup_printf (_("%u s"), s);
  if (s < 90 * 60)
    /* TRANSLATORS: a time left, in minutes */
    return g_strdup_printf (_("%u min"), (s + 30) / 60);
  /* TRANSLATORS: a time left, in hours and minutes */
  return g_strdup_printf (_("%u h %02u min"), s / 3600, (s % 3600) / 60);
}

static void
append_rate (GString *line,
             double   rate)
{
  /* TRANSLATORS: sites checked per second */
  if (rate < 10)
    g_string_append_printf (line, _("%.1f/s"), rate);
  else
    g_string_append_printf (line, _("%.0f/s"), rate);
}

/* "120/2000 sites · 41/s · about 46 s left" */
static char *
describe (ScCliProgress *self,
          double         elapsed)
{
  GString *line = g_string_new (NULL);
  double rate;

  /* TRANSLATORS: sites checked so far, of all the sites in the list */
  g_string_printf (line, g_dngettext (GETTEXT_PACKAGE, "%u/%u site", "%u/%u sites", self->total),
                   self->n_done, self->total);
  if (self->n_done == 0 || elapsed <= 0)
    return g_string_free (line, FALSE);

  rate = self->n_done / elapsed;
  g_string_append (line, " · ");
  append_rate (line, rate);
  if (self->n_done < self->total)
    {
      g_autofree char *left = format_duration ((self->total - self->n_done) / rate);

      g_string_append (line, " · ");
      g_string_append_printf (line, _("about %s left"), left);
    }
  return g_string_free (line, FALSE);
}

static void
draw (ScCliProgress *self)
{
  gint64 elapsed_us = g_get_monotonic_time () - self->started_at;
  g_autofree char *line = NULL;
  g_autoptr(GString) out = g_string_new ("\r");
  glong width;

  if (elapsed_us < FIRST_DRAW_US)
    return;
  line = describe (self, elapsed_us / (double) G_USEC_PER_SEC);
  width = g_utf8_strlen (line, -1);
  g_string_append (out, line);
  /* Spaces over the end of a longer line drawn before. */
  for (glong i = width; i < self->width; i++)
    g_string_append_c (out, ' ');
  fputs (out->str, stderr);
  fflush (stderr);
  self->width = width;
}

static gboolean
on_tick (gpointer user_data)
{
  draw (user_data);
  return G_SOURCE_CONTINUE;
}

ScCliProgress *
sc_cli_progress_new (guint total)
{
  ScCliProgress *self = g_new0 (ScCliProgress, 1);

  self->total = total;
  self->started_at = g_get_monotonic_time ();
  self->timer_id = g_timeout_add (REDRAW_MS, on_tick, self);
  return self;
}

void
sc_cli_progress_set_done (ScCliProgress *self,
                          guint          n_done)
{
  g_return_if_fail (self != NULL);
  self->n_done = n_done;
}

/* Takes the line off the screen, so that a message or the shell prompt
 * starts on a clean line. */
void
sc_cli_progress_clear (ScCliProgress *self)
{
  g_return_if_fail (self != NULL);

  if (self->width == 0)
    return;
  fprintf (stderr, "\r%*s\r", (int) self->width, "");
  fflush (stderr);
  self->width = 0;
}

void
sc_cli_progress_free (ScCliProgress *self)
{
  if (self == NULL)
    return;
  g_clear_handle_id (&self->timer_id, g_source_remove);
  sc_cli_progress_clear (self);
  g_free (self);
}
