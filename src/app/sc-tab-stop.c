/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sc-tab-stop.h"

/* Holds one child, a list, and makes the whole of it one stop of the Tab
 * chain: Tab goes into the list once (to the row that had the focus last),
 * the arrow keys move inside it, and the next Tab leaves it.  GTK 4.8's
 * list view makes every row a Tab stop, which with 200 sites means 200
 * presses to reach the detail; GTK 4.12 has gtk_list_view_set_tab_behavior()
 * for this. */

struct _ScTabStop
{
  GtkWidget  parent_instance;

  GtkWidget *child;
};

enum {
  PROP_0,
  PROP_CHILD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ENTER,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (ScTabStop, sc_tab_stop, GTK_TYPE_WIDGET)

static gboolean
sc_tab_stop_focus (GtkWidget        *widget,
                   GtkDirectionType  direction)
{
  ScTabStop *self = SC_TAB_STOP (widget);
  gboolean inside = gtk_widget_get_focus_child (widget) != NULL;

  /* Already inside: Tab and Shift+Tab go on to the next stop. */
  if (inside && (direction == GTK_DIR_TAB_FORWARD || direction == GTK_DIR_TAB_BACKWARD))
    return FALSE;
  if (!inside)
    {
      gboolean handled = FALSE;

      /* The owner may know better where to land, such as the selected row. */
      g_signal_emit (self, signals[ENTER], 0, &handled);
      if (handled)
        return TRUE;
    }
  return self->child != NULL && gtk_widget_child_focus (self->child, direction);
}

static void
sc_tab_stop_dispose (GObject *object)
{
  ScTabStop *self = (ScTabStop *) object;

  g_clear_pointer (&self->child, gtk_widget_unparent);

  G_OBJECT_CLASS (sc_tab_stop_parent_class)->dispose (object);
}

static void
sc_tab_stop_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  ScTabStop *self = SC_TAB_STOP (object);

  switch (prop_id)
    {
    case PROP_CHILD: g_value_set_object (value, self->child); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_tab_stop_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  ScTabStop *self = SC_TAB_STOP (object);

  switch (prop_id)
    {
    case PROP_CHILD: sc_tab_stop_set_child (self, g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_tab_stop_class_init (ScTabStopClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_tab_stop_dispose;
  object_class->get_property = sc_tab_stop_get_property;
  object_class->set_property = sc_tab_stop_set_property;
  widget_class->focus = sc_tab_stop_focus;

  properties[PROP_CHILD] =
    g_param_spec_object ("child", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The focus is coming in from outside: a handler that puts it somewhere
   * inside returns TRUE; otherwise the child takes it as usual. */
  signals[ENTER] =
    g_signal_new ("enter", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  g_signal_accumulator_true_handled, NULL, NULL, G_TYPE_BOOLEAN, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
sc_tab_stop_init (ScTabStop *self)
{
}

GtkWidget *
sc_tab_stop_new (void)
{
  return g_object_new (SC_TYPE_TAB_STOP, NULL);
}

void
sc_tab_stop_set_child (ScTabStop *self,
                       GtkWidget *child)
{
  g_return_if_fail (SC_IS_TAB_STOP (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  if (self->child == child)
    return;
  g_clear_pointer (&self->child, gtk_widget_unparent);
  self->child = child;
  if (child != NULL)
    gtk_widget_set_parent (child, GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD]);
}

GtkWidget *
sc_tab_stop_get_child (ScTabStop *self)
{
  g_return_val_if_fail (SC_IS_TAB_STOP (self), NULL);
  return self->child;
}
