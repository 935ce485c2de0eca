/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-progress.h"

/* The progress of a run of checks: "512 of 1000" over a bar.
 *
 * GtkProgressBar lays itself out again for each new fraction and each new
 * text.  In GTK 4.8 on X11 every layout of a window costs round trips to
 * the X server (the monitor and its work area), and while checks ran the
 * progress bar was the source of most of the window's layouts, ten a
 * second (bench/window-stalls.md).  This widget follows the checks by
 * redrawing only:
 * - the bar is two GtkProgressBars, laid out once, one empty and one
 *   full, so that the theme draws both (light, dark, high contrast); the
 *   full one is drawn clipped to the part that is done;
 * - the text is a GtkInscription, dim and with tabular figures as Adwaita
 *   gives a progress bar's text (in each style, high contrast included),
 *   in room kept for the widest text the total allows, so only a total
 *   with more digits asks for a new layout. */

struct _ScProgress
{
  GtkWidget  parent_instance;

  GtkWidget *label;
  GtkWidget *empty;
  GtkWidget *full;
  char      *text;
  guint      done;
  guint      total;
};

G_DEFINE_FINAL_TYPE (ScProgress, sc_progress, GTK_TYPE_WIDGET)

static char *
format_text (guint done,
             guint total)
{
  /* Translators: the progress of a run of checks, "512 of 1000". */
  return g_strdup_printf (_("%u of %u"), done, total);
}

static void
sc_progress_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  ScProgress *self = SC_PROGRESS (widget);
  int text_min, text_nat, bar_min, bar_nat;

  gtk_widget_measure (self->label, orientation, -1, &text_min, &text_nat, NULL, NULL);
  gtk_widget_measure (self->empty, orientation, -1, &bar_min, &bar_nat, NULL, NULL);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MAX (bar_min, text_min);
      *natural = MAX (bar_nat, text_nat);
    }
  else
    {
      *minimum = bar_min + text_min;
      *natural = bar_nat + text_nat;
    }
}

static void
sc_progress_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  ScProgress *self = SC_PROGRESS (widget);
  int text_height;
  GtkAllocation bar;

  gtk_widget_measure (self->label, GTK_ORIENTATION_VERTICAL, -1, &text_height, NULL, NULL, NULL);
  text_height = MIN (text_height, height);
  gtk_widget_size_allocate (self->label, &(GtkAllocation) { 0, 0, width, text_height }, -1);
  bar = (GtkAllocation) { 0, text_height, width, height - text_height };
  gtk_widget_size_allocate (self->empty, &bar, -1);
  gtk_widget_size_allocate (self->full, &bar, -1);
}

/* The full bar, clipped to the done part of its trough, with the round
 * end Adwaita gives the progress. */
static void
snapshot_done (ScProgress  *self,
               GtkSnapshot *snapshot)
{
  GtkWidget *trough = gtk_widget_get_first_child (self->full);
  graphene_rect_t bounds;
  GskRoundedRect clip;
  float width;

  if (self->done == 0 || self->total == 0 || trough == NULL ||
      !gtk_widget_compute_bounds (trough, GTK_WIDGET (self), &bounds))
    return;
  width = bounds.size.width * sc_progress_get_fraction (self);
  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
    bounds.origin.x += bounds.size.width - width;
  bounds.size.width = width;
  gsk_rounded_rect_init_from_rect (&clip, &bounds, MIN (bounds.size.width, bounds.size.height) / 2.0f);
  gtk_snapshot_push_rounded_clip (snapshot, &clip);
  gtk_widget_snapshot_child (GTK_WIDGET (self), self->full, snapshot);
  gtk_snapshot_pop (snapshot);
}

static void
sc_progress_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  ScProgress *self = SC_PROGRESS (widget);

  gtk_widget_snapshot_child (widget, self->label, snapshot);
  gtk_widget_snapshot_child (widget, self->empty, snapshot);
  snapshot_done (self, snapshot);
}

static void
sc_progress_dispose (GObject *object)
{
  ScProgress *self = SC_PROGRESS (object);

  g_clear_pointer (&self->label, gtk_widget_unparent);
  g_clear_pointer (&self->empty, gtk_widget_unparent);
  g_clear_pointer (&self->full, gtk_widget_unparent);
  G_OBJECT_CLASS (sc_progress_parent_class)->dispose (object);
}

static void
sc_progress_finalize (GObject *object)
{
  ScProgress *self = SC_PROGRESS (object);

  g_free (self->text);
  G_OBJECT_CLASS (sc_progress_parent_class)->finalize (object);
}

static void
sc_progress_class_init (ScProgressClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_progress_dispose;
  object_class->finalize = sc_progress_finalize;
  widget_class->measure = sc_progress_measure;
  widget_class->size_allocate = sc_progress_size_allocate;
  widget_class->snapshot = sc_progress_snapshot;
  gtk_widget_class_set_css_name (widget_class, "scprogress");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PROGRESS_BAR);
}

/* One of the two bars the theme draws: for the eye only, the progress
 * itself is said by this widget's accessible value. */
static GtkWidget *
bar_new (ScProgress *self,
         double      fraction)
{
  GtkWidget *bar = gtk_progress_bar_new ();

  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (bar), fraction);
  gtk_widget_set_can_target (bar, FALSE);
  gtk_accessible_update_state (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_widget_set_parent (bar, GTK_WIDGET (self));
  return bar;
}

static void
sc_progress_init (ScProgress *self)
{
  /* The value is said by this widget: the text is for the eye. */
  self->label = gtk_inscription_new (NULL);
  gtk_inscription_set_xalign (GTK_INSCRIPTION (self->label), 0.5);
  gtk_widget_add_css_class (self->label, "dim-label");
  gtk_widget_add_css_class (self->label, "numeric");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->label), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_widget_set_parent (self->label, GTK_WIDGET (self));
  self->empty = bar_new (self, 0.0);
  self->full = bar_new (self, 1.0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 0.0, -1);
}

GtkWidget *
sc_progress_new (void)
{
  return g_object_new (SC_TYPE_PROGRESS, NULL);
}

static guint
n_digits (guint n)
{
  guint digits = 1;

  while (n >= 10)
    {
      n /= 10;
      digits++;
    }
  return digits;
}

/* Shows @done of @total: a redraw, and a new layout only when the total
 * gains or loses a digit. */
void
sc_progress_set (ScProgress *self,
                 guint       done,
                 guint       total)
{
  g_return_if_fail (SC_IS_PROGRESS (self));

  done = MIN (done, total);
  if (self->text != NULL && done == self->done && total == self->total)
    return;
  if (self->text == NULL || n_digits (total) != n_digits (self->total))
    {
      g_autofree char *widest = format_text (total, total);

      gtk_inscription_set_min_chars (GTK_INSCRIPTION (self->label), g_utf8_strlen (widest, -1));
    }
  self->done = done;
  self->total = total;
  g_free (self->text);
  self->text = format_text (done, total);
  gtk_inscription_set_text (GTK_INSCRIPTION (self->label), self->text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, (double) total,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, (double) done,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, self->text,
                                  /* GTK gives the value to AT-SPI only for its
                                   * own range widgets (by type in 4.8, through
                                   * GtkAccessibleRange since 4.10): the name
                                   * says it to a screen reader instead. */
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->text,
                                  -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

double
sc_progress_get_fraction (ScProgress *self)
{
  g_return_val_if_fail (SC_IS_PROGRESS (self), 0.0);
  return self->total > 0 ? (double) self->done / self->total : 0.0;
}

/* The text shown, "512 of 1000"; NULL before the first sc_progress_set(). */
const char *
sc_progress_get_text (ScProgress *self)
{
  g_return_val_if_fail (SC_IS_PROGRESS (self), NULL);
  return self->text;
}
