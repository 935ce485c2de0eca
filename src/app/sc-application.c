/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-application.h"
#include "sc-catalog.h"
#include "sc-preferences-window.h"
#include "sc-site-filter.h"
#include "sc-window.h"

/* One instance per session: "statuscope URL…" or "statuscope --import
 * FILE" from a second launch hands its sites to the running window. */

struct _ScApplication
{
  AdwApplication  parent_instance;

  ScBackground   *background;   /* watching with the window closed */
  gboolean        quitting;     /* app.quit: closing windows ends the app */
};

G_DEFINE_FINAL_TYPE (ScApplication, sc_application, ADW_TYPE_APPLICATION)

static const struct {
  const char *action;
  const char *accels[3];
} accelerators[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "app.preferences", { "<Control>comma", NULL } },
  { "win.focus-entry", { "<Control>l", NULL } },
  { "win.find", { "<Control>f", NULL } },
  { "win.check-again", { "F5", NULL } },
  { "win.edit-address", { "F2", NULL } },
  { "win.check-all", { "<Control><Shift>r", NULL } },
  { "win.copy-report", { "<Control><Shift>c", NULL } },
  { "win.copy-all-reports", { "<Control><Alt>c", NULL } },
  { "win.remove", { "Delete", NULL } },
  { "win.undo", { "<Control>z", NULL } },
  { "win.import", { "<Control>o", NULL } },
  { "win.export", { "<Control>e", NULL } },
  { "win.cancel", { "<Control>period", NULL } },
  { "window.close", { "<Control>w", NULL } },
};

static GFile *
sites_file (void)
{
  /* Tests and scripts can keep their own list. */
  const char *override = g_getenv ("STATUSCOPE_SITES_FILE");
  g_autofree char *path = NULL;

  if (override != NULL && override[0] != '\0')
    return g_file_new_for_path (override);
  path = g_build_filename (g_get_user_data_dir (), "statuscope", "sites.json", NULL);
  return g_file_new_for_path (path);
}

static ScWindow *
get_window (ScApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autoptr(GFile) file = NULL;

  if (SC_IS_WINDOW (window))
    return SC_WINDOW (window);
  file = sites_file ();
  return sc_window_new (ADW_APPLICATION (self), file);
}

static void
sc_application_activate (GApplication *application)
{
  gtk_window_present (GTK_WINDOW (get_window (SC_APPLICATION (application))));
}

static int
sc_application_command_line (GApplication            *application,
                             GApplicationCommandLine *command_line)
{
  ScApplication *self = SC_APPLICATION (application);
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  g_autofree const char **urls = NULL;
  g_autofree const char **imports = NULL;
  ScWindow *window = get_window (self);

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&s", &urls);
  g_variant_dict_lookup (options, "import", "^a&ay", &imports);

  if (urls != NULL)
    {
      guint duplicates = 0;
      guint added = sc_window_add_inputs (window, urls, TRUE, &duplicates);

      if (duplicates > 0)
        sc_window_report_added (window, added, duplicates);
    }
  for (guint i = 0; imports != NULL && imports[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_application_command_line_create_file_for_arg (command_line, imports[i]);
      sc_window_import_file (window, file);
    }
  gtk_window_present (GTK_WINDOW (window));
  return 0;
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  ScApplication *self = user_data;
  GtkApplication *application = user_data;
  GList *windows;

  /* Quitting stops watching too: a window closed to keep watching is
   * closed for good, and the others do not stay in the background. */
  self->quitting = TRUE;
  sc_background_stop (self->background);
  windows = gtk_application_get_windows (application);
  /* Closing the windows saves the list; then the application ends. */
  while (windows != NULL)
    {
      GtkWindow *window = windows->data;
      windows = windows->next;
      gtk_window_close (window);
    }
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  gtk_window_present (GTK_WINDOW (sc_preferences_window_new (parent)));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  static const char *developers[] = { "The Statuscope developers", NULL };
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  adw_show_about_window (parent,
                         "application-name", "Statuscope",
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("What your web sites answer, and what to do about it"),
                         "website", "https://github.com/statuscope/statuscope",
                         "issue-url", "https://github.com/statuscope/statuscope/issues",
                         "developer-name", _("The Statuscope developers"),
                         "developers", developers,
                         "copyright", "© 2026 The Statuscope developers",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "translator-credits", _("translator-credits"),
                         NULL);
}

/* From the notification that says Statuscope runs in the background:
 * the window closed for watching is closed for good and the application
 * ends.  The watching setting stays; watching resumes with the window. */
static void
stop_watching_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  ScApplication *self = user_data;

  sc_background_stop (self->background);
}

/* The default action of the watcher's notifications: the window, on
 * that site.  An application action, as the window may be hidden or not
 * yet made. */
static void
show_site_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  ScWindow *window = get_window (SC_APPLICATION (user_data));
  ScSite *site = sc_site_store_lookup (sc_window_get_store (window), g_variant_get_string (parameter, NULL));

  if (site != NULL)
    sc_window_select_site (window, site);
  gtk_window_present (GTK_WINDOW (window));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "stop-watching", stop_watching_action },
  { "show-site", show_site_action, "s" },
  { "preferences", preferences_action },
  { "about", about_action },
};

/* Alt+1, Alt+2, … choose the list's filters, in the table's order. */
static void
add_filter_accels (GtkApplication *application)
{
  guint n_filters;
  const ScSiteFilter *filters = sc_site_filter_get_all (&n_filters);

  for (guint f = 0; f < n_filters; f++)
    {
      g_autofree char *action = g_strdup_printf ("win.filter::%s", filters[f].id);
      const char *accels[] = { filters[f].accel, NULL };

      gtk_application_set_accels_for_action (application, action, accels);
    }
}

static void
sc_application_startup (GApplication *application)
{
  g_autoptr(GError) error = NULL;

  G_APPLICATION_CLASS (sc_application_parent_class)->startup (application);
  SC_APPLICATION (application)->background = sc_background_new (application);

  /* Load the catalog now, on the main thread, so that the first check and
   * the thread that restores saved results find it ready. */
  if (sc_catalog_get_default (&error) == NULL)
    g_critical ("The bundled catalog is broken: %s", error->message);

  g_action_map_add_action_entries (G_ACTION_MAP (application), app_actions, G_N_ELEMENTS (app_actions), application);
  for (guint i = 0; i < G_N_ELEMENTS (accelerators); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (application), accelerators[i].action,
                                           accelerators[i].accels);
  add_filter_accels (GTK_APPLICATION (application));
}

static void
sc_application_dispose (GObject *object)
{
  ScApplication *self = SC_APPLICATION (object);

  g_clear_object (&self->background);
  G_OBJECT_CLASS (sc_application_parent_class)->dispose (object);
}

static void
sc_application_class_init (ScApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sc_application_dispose;
  app_class->activate = sc_application_activate;
  app_class->command_line = sc_application_command_line;
  app_class->startup = sc_application_startup;
}

static void
sc_application_init (ScApplication *self)
{
  const GOptionEntry entries[] = {
    { "import", 'i', 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, N_("Import the sites listed in FILE (.txt or .csv)"), N_("FILE") },
    /* Named by the parameter string below; GOption would print both. */
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_STRING_ARRAY, NULL, NULL, NULL },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[URL…]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Checks web sites and explains what they answer. URLs given are added and checked."));
}

ScApplication *
sc_application_new (void)
{
  return g_object_new (SC_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}

/* NULL before startup. */
ScBackground *
sc_application_get_background (ScApplication *self)
{
  g_return_val_if_fail (SC_IS_APPLICATION (self), NULL);
  return self->background;
}

/* Whether app.quit is closing the windows. */
gboolean
sc_application_get_quitting (ScApplication *self)
{
  g_return_val_if_fail (SC_IS_APPLICATION (self), FALSE);
  return self->quitting;
}
