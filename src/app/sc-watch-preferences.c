/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-watch-preferences.h"

/* The Watching page of the preferences: how often every site is checked
 * again (sc-watcher.c), also with the window closed (sc-background.c), bound to the
 * "watch-interval" key.  Built in code so that the preferences' template
 * stays as it is. */

static const char * const nicks[] = { "off", "15m", "1h", "6h", "1d" };

static gboolean
nick_to_row (GValue   *value,
             GVariant *variant,
             gpointer  user_data)
{
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (nicks); i++)
    if (g_str_equal (nick, nicks[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
row_to_nick (const GValue       *value,
             const GVariantType *type,
             gpointer            user_data)
{
  guint i = g_value_get_uint (value);

  return i < G_N_ELEMENTS (nicks) ? g_variant_new_string (nicks[i]) : NULL;
}

void
sc_watch_preferences_add (AdwPreferencesWindow *window,
                          GSettings            *settings)
{
  const char * const labels[] = { _("Off"), _("Every 15 minutes"), _("Every hour"), _("Every 6 hours"),
                                  _("Every day"), NULL };
  AdwPreferencesPage *page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());
  g_autoptr(GtkStringList) model = gtk_string_list_new (labels);

  adw_preferences_page_set_title (page, _("Watching"));
  adw_preferences_page_set_icon_name (page, "alarm-symbolic");
  adw_preferences_group_set_title (group, _("Watching"));
  adw_preferences_group_set_description (group,
    _("Every site is checked again this often, and a notification says when one breaks, works "
      "again, or its certificate is about to expire. A site that breaks is checked once more "
      "before it counts. While watching, closing the window keeps Statuscope running in the "
      "background where the desktop allows it; to stop, choose Stop Watching in its "
      "notification, quit from the menu, or turn watching off here. When it is off, nothing "
      "is notified."));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("_Automatic Checks"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_combo_row_set_model (row, G_LIST_MODEL (model));
  g_settings_bind_with_mapping (settings, "watch-interval", row, "selected", G_SETTINGS_BIND_DEFAULT,
                                nick_to_row, row_to_nick, NULL, NULL);
  adw_preferences_group_add (group, GTK_WIDGET (row));
  adw_preferences_page_add (page, group);
  adw_preferences_window_add (window, page);
}
