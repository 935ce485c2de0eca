/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-compat.h"
#include "sc-preferences-window.h"
#include "sc-watch-preferences.h"

/* How checks are made, stored in GSettings.  Every control is bound to its
 * key, so changes apply at once and there is nothing to save. */

struct _ScPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  GtkSpinButton        *timeout_spin;
  GtkSpinButton        *redirects_spin;
  GtkSpinButton        *jobs_spin;
  GtkSpinButton        *per_host_spin;
  AdwComboRow          *method_row;
  AdwEntryRow          *user_agent_row;
  GtkSwitch            *ignore_tls_switch;
};

G_DEFINE_FINAL_TYPE (ScPreferencesWindow, sc_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static gboolean
method_to_row (GValue   *value,
               GVariant *variant,
               gpointer  user_data)
{
  g_value_set_uint (value, g_str_equal (g_variant_get_string (variant, NULL), "HEAD") ? 1 : 0);
  return TRUE;
}

static GVariant *
method_from_row (const GValue       *value,
                 const GVariantType *type,
                 gpointer            user_data)
{
  return g_variant_new_string (g_value_get_uint (value) == 1 ? "HEAD" : "GET");
}

static void
sc_preferences_window_dispose (GObject *object)
{
  ScPreferencesWindow *self = (ScPreferencesWindow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (sc_preferences_window_parent_class)->dispose (object);
}

static void
sc_preferences_window_class_init (ScPreferencesWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sc_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/sc-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ScPreferencesWindow, timeout_spin);
  gtk_widget_class_bind_template_child (widget_class, ScPreferencesWindow, redirects_spin);
  gtk_widget_class_bind_template_child (widget_class, ScPreferencesWindow, jobs_spin);
  gtk_widget_class_bind_template_child (widget_class, ScPreferencesWindow, per_host_spin);
  gtk_widget_class_bind_template_child (widget_class, ScPreferencesWindow, method_row);
  gtk_widget_class_bind_template_child (widget_class, ScPreferencesWindow, user_agent_row);
  gtk_widget_class_bind_template_child (widget_class, ScPreferencesWindow, ignore_tls_switch);
}

static void
sc_preferences_window_init (ScPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "timeout", self->timeout_spin, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "max-redirects", self->redirects_spin, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "jobs", self->jobs_spin, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "per-host", self->per_host_spin, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "user-agent", self->user_agent_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "ignore-tls-errors", self->ignore_tls_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (self->settings, "method", self->method_row, "selected", G_SETTINGS_BIND_DEFAULT,
                                method_to_row, method_from_row, NULL, NULL);
  /* The Watching page: sc-watch-preferences.c */
  sc_watch_preferences_add (ADW_PREFERENCES_WINDOW (self), self->settings);
}

GtkWidget *
sc_preferences_window_new (GtkWindow *parent)
{
  return g_object_new (SC_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
}
