/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "sc-spinner.h"

/* The spinner of a row being checked.  GtkSpinner turns through a CSS
 * animation, which restyles it every frame; in GTK 4.8 a restyle asks for
 * a new layout of the window, and on X11 each layout costs about ten
 * round trips to the X server (the monitor and its work area).  With a
 * screenful of rows being checked that was a layout every frame and the
 * window's longest stalls (perf, bench/RESULTS.md).  This one draws the
 * same icon turned by the frame time and only asks for a redraw. */

#define SIZE 16
#define TURN_US 1000000

struct _ScSpinner
{
  GtkWidget    parent_instance;

  GdkPaintable *icon;
  gboolean     spinning;
  guint        tick_id;
};

G_DEFINE_FINAL_TYPE (ScSpinner, sc_spinner, GTK_TYPE_WIDGET)

static gboolean
on_tick (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  gtk_widget_queue_draw (widget);
  return G_SOURCE_CONTINUE;
}

/* Turning only while shown: a hidden or recycled row costs nothing. */
static void
update_tick (ScSpinner *self)
{
  gboolean wanted = self->spinning && gtk_widget_get_mapped (GTK_WIDGET (self));

  if (wanted && self->tick_id == 0)
    self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), on_tick, NULL, NULL);
  else if (!wanted && self->tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->tick_id);
      self->tick_id = 0;
    }
}

static void
sc_spinner_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (sc_spinner_parent_class)->map (widget);
  update_tick (SC_SPINNER (widget));
}

static void
sc_spinner_unmap (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (sc_spinner_parent_class)->unmap (widget);
  update_tick (SC_SPINNER (widget));
}

static void
sc_spinner_measure (GtkWidget      *widget,
                    GtkOrientation  orientation,
                    int             for_size,
                    int            *minimum,
                    int            *natural,
                    int            *minimum_baseline,
                    int            *natural_baseline)
{
  *minimum = *natural = SIZE;
}

static void
sc_spinner_snapshot (GtkWidget   *widget,
                     GtkSnapshot *snapshot)
{
  ScSpinner *self = SC_SPINNER (widget);
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gint64 now = clock != NULL ? gdk_frame_clock_get_frame_time (clock) : g_get_monotonic_time ();
  float angle = (float) (now % TURN_US) * 360.0f / TURN_US;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GdkRGBA color;

  if (!self->spinning)
    return;
  if (self->icon == NULL)
    {
      GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (widget));

      self->icon = GDK_PAINTABLE (gtk_icon_theme_lookup_icon (theme, "process-working-symbolic", NULL, SIZE,
                                                              gtk_widget_get_scale_factor (widget),
                                                              gtk_widget_get_direction (widget), 0));
    }
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (width / 2.0f, height / 2.0f));
  gtk_snapshot_rotate (snapshot, angle);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (-SIZE / 2.0f, -SIZE / 2.0f));
  if (GTK_IS_SYMBOLIC_PAINTABLE (self->icon))
    gtk_symbolic_paintable_snapshot_symbolic (GTK_SYMBOLIC_PAINTABLE (self->icon), snapshot, SIZE, SIZE, &color, 1);
  else
    gdk_paintable_snapshot (self->icon, snapshot, SIZE, SIZE);
  gtk_snapshot_restore (snapshot);
}

static void
sc_spinner_dispose (GObject *object)
{
  ScSpinner *self = SC_SPINNER (object);

  g_clear_object (&self->icon);
  G_OBJECT_CLASS (sc_spinner_parent_class)->dispose (object);
}

static void
sc_spinner_class_init (ScSpinnerClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sc_spinner_dispose;
  widget_class->map = sc_spinner_map;
  widget_class->unmap = sc_spinner_unmap;
  widget_class->measure = sc_spinner_measure;
  widget_class->snapshot = sc_spinner_snapshot;
  /* The badge around it carries the accessible label ("Checking"). */
  gtk_widget_class_set_css_name (widget_class, "scspinner");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
sc_spinner_init (ScSpinner *self)
{
}

GtkWidget *
sc_spinner_new (void)
{
  return g_object_new (SC_TYPE_SPINNER, NULL);
}

void
sc_spinner_set_spinning (ScSpinner *self,
                         gboolean   spinning)
{
  g_return_if_fail (SC_IS_SPINNER (self));

  spinning = !!spinning;
  if (self->spinning == spinning)
    return;
  self->spinning = spinning;
  update_tick (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
sc_spinner_get_spinning (ScSpinner *self)
{
  g_return_val_if_fail (SC_IS_SPINNER (self), FALSE);
  return self->spinning;
}
