/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sc-live-label.h"

/* A wrapping label for text that changes while checks run, such as the
 * list's summary ("1000 sites · 8 need a look · 992 not checked yet").
 *
 * GtkLabel asks for a new layout of the window at every new text, even
 * one of the same size; in GTK 4.8 on X11 each layout of a window costs
 * round trips to the X server (the monitor and its work area,
 * bench/window-stalls.md).  This one sizes itself as a wrapping GtkLabel
 * with xalign 0 does (the longest word at least, the whole text up to
 * max-width-chars as natural width, the height of the wrapped text), and
 * asks for a layout only when a new text changes one of those sizes;
 * otherwise it redraws. */

struct _ScLiveLabel
{
  GtkWidget  parent_instance;

  char      *text;
  int        max_width_chars;   /* -1: none */
};

G_DEFINE_FINAL_TYPE (ScLiveLabel, sc_live_label, GTK_TYPE_WIDGET)

/* @width in pixels, or -1 for one line per paragraph. */
static PangoLayout *
create_layout (ScLiveLabel *self,
               int          width)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), self->text);
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;

  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_set_alignment (layout, rtl ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  if (width >= 0)
    pango_layout_set_width (layout, width * PANGO_SCALE);
  return layout;
}

static int
layout_width (ScLiveLabel *self,
              int          width)
{
  g_autoptr(PangoLayout) layout = create_layout (self, width);
  int pixels;

  pango_layout_get_pixel_size (layout, &pixels, NULL);
  return pixels;
}

static int
layout_height (ScLiveLabel *self,
               int          width)
{
  g_autoptr(PangoLayout) layout = create_layout (self, width);
  int pixels;

  pango_layout_get_pixel_size (layout, NULL, &pixels);
  return pixels;
}

/* As GtkLabel counts characters: the wider of a letter and a digit. */
static int
char_pixels (ScLiveLabel *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  PangoFontMetrics *metrics = pango_context_get_metrics (context, NULL, NULL);
  int width = MAX (pango_font_metrics_get_approximate_char_width (metrics),
                   pango_font_metrics_get_approximate_digit_width (metrics));

  pango_font_metrics_unref (metrics);
  return PANGO_PIXELS_CEIL (width);
}

static void
measure_width (ScLiveLabel *self,
               int         *minimum,
               int         *natural)
{
  /* A width of 0 puts each word on a line of its own. */
  *minimum = layout_width (self, 0);
  *natural = layout_width (self, -1);
  if (self->max_width_chars >= 0)
    *natural = MIN (*natural, self->max_width_chars * char_pixels (self));
  *natural = MAX (*natural, *minimum);
}

static void
sc_live_label_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  ScLiveLabel *self = SC_LIVE_LABEL (widget);
  int min_width, nat_width;

  measure_width (self, &min_width, &nat_width);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = min_width;
      *natural = nat_width;
      return;
    }
  *minimum = *natural = layout_height (self, for_size >= 0 ? MAX (for_size, min_width) : nat_width);
}

static GtkSizeRequestMode
sc_live_label_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
sc_live_label_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  ScLiveLabel *self = SC_LIVE_LABEL (widget);
  g_autoptr(PangoLayout) layout = NULL;

  if (self->text == NULL || self->text[0] == '\0')
    return;
  layout = create_layout (self, gtk_widget_get_width (widget));
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_snapshot_render_layout (snapshot, gtk_widget_get_style_context (widget), 0, 0, layout);
  G_GNUC_END_IGNORE_DEPRECATIONS
}

static void
sc_live_label_finalize (GObject *object)
{
  ScLiveLabel *self = SC_LIVE_LABEL (object);

  g_free (self->text);
  G_OBJECT_CLASS (sc_live_label_parent_class)->finalize (object);
}

static void
sc_live_label_class_init (ScLiveLabelClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = sc_live_label_finalize;
  widget_class->measure = sc_live_label_measure;
  widget_class->get_request_mode = sc_live_label_get_request_mode;
  widget_class->snapshot = sc_live_label_snapshot;
  gtk_widget_class_set_css_name (widget_class, "label");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
sc_live_label_init (ScLiveLabel *self)
{
  self->max_width_chars = -1;
}

GtkWidget *
sc_live_label_new (void)
{
  return g_object_new (SC_TYPE_LIVE_LABEL, NULL);
}

/* The sizes the parent lays this label out by: its width range, and its
 * height at the width it has now. */
typedef struct {
  int min_width;
  int nat_width;
  int height;
} Sizes;

static Sizes
current_sizes (ScLiveLabel *self)
{
  Sizes sizes;

  measure_width (self, &sizes.min_width, &sizes.nat_width);
  sizes.height = layout_height (self, gtk_widget_get_width (GTK_WIDGET (self)));
  return sizes;
}

void
sc_live_label_set_text (ScLiveLabel *self,
                        const char  *text)
{
  Sizes before, after;

  g_return_if_fail (SC_IS_LIVE_LABEL (self));

  if (g_strcmp0 (self->text, text) == 0)
    return;
  before = current_sizes (self);
  g_free (self->text);
  self->text = g_strdup (text);
  after = current_sizes (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  /* Not laid out yet, or a new size: then, and only then, a layout. */
  if (gtk_widget_get_width (GTK_WIDGET (self)) == 0 || before.min_width != after.min_width ||
      before.nat_width != after.nat_width || before.height != after.height)
    gtk_widget_queue_resize (GTK_WIDGET (self));
  else
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

const char *
sc_live_label_get_text (ScLiveLabel *self)
{
  g_return_val_if_fail (SC_IS_LIVE_LABEL (self), NULL);
  return self->text != NULL ? self->text : "";
}

void
sc_live_label_set_max_width_chars (ScLiveLabel *self,
                                   int          n_chars)
{
  g_return_if_fail (SC_IS_LIVE_LABEL (self));

  if (self->max_width_chars == n_chars)
    return;
  self->max_width_chars = n_chars;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}
