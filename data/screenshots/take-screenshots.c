/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "sc-window.h"

/* Takes the README's screenshots of the overview: run under Xvfb with a
 * saved site list (see data/screenshots/README.md).
 *   take-screenshots SITES.json OUT.png WIDTH HEIGHT light|dark INPUT-TO-SELECT */

static gboolean
on_timeout (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
wait_ms (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, on_timeout, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *geometry = NULL;
  g_autofree char *command = NULL;
  g_autoptr(GtkCssProvider) css = NULL;
  ScWindow *window;
  ScSite *site;

  if (argc != 7)
    {
      g_printerr ("usage: %s SITES.json OUT.png WIDTH HEIGHT light|dark INPUT\n", argv[0]);
      return 2;
    }
  gtk_init ();
  adw_init ();
  /* What AdwApplication would load from the resource base path. */
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      g_str_equal (argv[5], "dark") ? ADW_COLOR_SCHEME_FORCE_DARK
                                                                    : ADW_COLOR_SCHEME_FORCE_LIGHT);
  file = g_file_new_for_commandline_arg (argv[1]);
  window = sc_window_new (NULL, file);
  gtk_window_set_default_size (GTK_WINDOW (window), atoi (argv[3]), atoi (argv[4]));
  gtk_window_present (GTK_WINDOW (window));
  while (!sc_window_get_loaded (window))
    g_main_context_iteration (NULL, TRUE);
  wait_ms (500);
  site = sc_site_store_lookup (sc_window_get_store (window), argv[6]);
  if (site != NULL)
    sc_window_select_site (window, site);
  wait_ms (1500);
  geometry = g_strdup_printf ("%sx%s+0+0", argv[3], argv[4]);
  command = g_strdup_printf ("import -window root -crop %s %s", geometry, argv[2]);
  if (system (command) != 0)
    return 1;
  /* Not closed: closing would save over the sample list. */
  return 0;
}
