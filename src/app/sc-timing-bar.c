/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-timing-bar.h"

/* Where the time of a check went, drawn as one bar cut into DNS, connect,
 * TLS and waiting for the first byte.  The colours come from CSS classes on
 * the legend in the detail view; the bar's accessible description gives the
 * same figures in words. */

#define N_PHASES 5

struct _ScTimingBar
{
  GtkWidget parent_instance;

  gint64    phases[N_PHASES];   /* µs; -1 when unknown */
};

G_DEFINE_FINAL_TYPE (ScTimingBar, sc_timing_bar, GTK_TYPE_WIDGET)

/* Adwaita's palette: blue, green, purple, orange, grey. */
static const GdkRGBA phase_colors[N_PHASES] = {
  { 0.21, 0.52, 0.89, 1.0 },
  { 0.20, 0.82, 0.48, 1.0 },
  { 0.57, 0.25, 0.67, 1.0 },
  { 1.00, 0.47, 0.00, 1.0 },
  { 0.60, 0.60, 0.59, 1.0 },   /* other: the rest of the requests' time */
};

static void
sc_timing_bar_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  ScTimingBar *self = SC_TIMING_BAR (widget);
  float width = gtk_widget_get_width (widget);
  float height = gtk_widget_get_height (widget);
  gint64 total = 0;
  float x = 0;

  for (guint i = 0; i < N_PHASES; i++)
    total += MAX (self->phases[i], 0);
  if (total <= 0)
    return;

  for (guint i = 0; i < N_PHASES; i++)
    {
      float w = width * (float) MAX (self->phases[i], 0) / (float) total;

      if (w <= 0)
        continue;
      gtk_snapshot_append_color (snapshot, &phase_colors[i], &GRAPHENE_RECT_INIT (x, 0, w, height));
      x += w;
    }
}

static void
sc_timing_bar_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  *minimum = *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 120 : 12;
}

static void
sc_timing_bar_class_init (ScTimingBarClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->snapshot = sc_timing_bar_snapshot;
  widget_class->measure = sc_timing_bar_measure;
  gtk_widget_class_set_css_name (widget_class, "timingbar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
sc_timing_bar_init (ScTimingBar *self)
{
  for (guint i = 0; i < N_PHASES; i++)
    self->phases[i] = -1;
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
}

GtkWidget *
sc_timing_bar_new (void)
{
  return g_object_new (SC_TYPE_TIMING_BAR, NULL);
}

void
sc_timing_bar_set_timing (ScTimingBar    *self,
                          const ScTiming *timing)
{
  g_autofree char *description = NULL;

  g_return_if_fail (SC_IS_TIMING_BAR (self));

  self->phases[0] = timing->dns_us;
  self->phases[1] = timing->connect_us;
  self->phases[2] = timing->tls_us;
  self->phases[3] = timing->first_byte_us;
  self->phases[4] = -1;
  if (timing->total_us >= 0)
    {
      gint64 known = 0;

      for (guint i = 0; i < 4; i++)
        known += MAX (self->phases[i], 0);
      self->phases[4] = timing->total_us > known ? timing->total_us - known : -1;
    }
  description = g_strdup_printf (_("DNS %.1f ms, connect %.1f ms, TLS %.1f ms, first byte %.1f ms"),
                                 MAX (timing->dns_us, 0) / 1000.0, MAX (timing->connect_us, 0) / 1000.0,
                                 MAX (timing->tls_us, 0) / 1000.0, MAX (timing->first_byte_us, 0) / 1000.0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Timing"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
