/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "sc-application.h"
#include "sc-compat.h"
#include "sc-profiler.h"

/* The build tree compiles the schema into BUILD/data, and the app is
 * BUILD/src/app/statuscope: the schema of the tree the app was built in,
 * when the app runs from one.  NULL for an installed app. */
static char *
find_build_tree_schemas (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *app_dir = NULL;
  g_autofree char *build_dir = NULL;
  g_autofree char *meson_info = NULL;
  g_autofree char *schemas_dir = NULL;
  g_autoptr(GSettingsSchemaSource) source = NULL;
  g_autoptr(GSettingsSchema) schema = NULL;

  if (exe == NULL)
    return NULL;
  app_dir = g_path_get_dirname (exe);
  build_dir = g_canonicalize_filename ("../..", app_dir);
  meson_info = g_build_filename (build_dir, "meson-info", "meson-info.json", NULL);
  schemas_dir = g_build_filename (build_dir, "data", NULL);
  if (!g_file_test (meson_info, G_FILE_TEST_IS_REGULAR))
    return NULL;
  source = g_settings_schema_source_new_from_directory (schemas_dir, NULL, TRUE, NULL);
  if (source == NULL || (schema = g_settings_schema_source_lookup (source, APP_ID, FALSE)) == NULL)
    return NULL;
  return g_steal_pointer (&schemas_dir);
}

/* GSettings aborts with a trap the first time the window asks for a
 * schema that is not installed, which is what a newcomer meets first when
 * starting the app from the build tree.  Run from a build tree, the app
 * uses that tree's schema (before any installed one, which may be older);
 * without any, it says what to do instead.  GSETTINGS_SCHEMA_DIR, as set by
 * "meson devenv", is left as it is. */
static gboolean
ensure_settings_schema (void)
{
  GSettingsSchemaSource *source;
  g_autoptr(GSettingsSchema) schema = NULL;

  if (g_getenv ("GSETTINGS_SCHEMA_DIR") == NULL)
    {
      g_autofree char *build_tree = find_build_tree_schemas ();

      /* Before the first use of GSettings, which reads the variable once. */
      if (build_tree != NULL)
        {
          g_debug ("Using the settings schema of the build tree in %s", build_tree);
          g_setenv ("GSETTINGS_SCHEMA_DIR", build_tree, TRUE);
        }
    }
  /* No source at all when no folder holds any schema. */
  source = g_settings_schema_source_get_default ();
  if (source != NULL && (schema = g_settings_schema_source_lookup (source, APP_ID, TRUE)) != NULL)
    return TRUE;
  g_printerr ("statuscope: ");
  g_printerr (_("the settings schema “%s” is not installed."), APP_ID);
  g_printerr ("\n");
  g_printerr ("%s\n", _("To run the app from a build directory, use “meson devenv -C BUILDDIR statuscope”, "
                        "or set GSETTINGS_SCHEMA_DIR to BUILDDIR/data. After “meson install” to a prefix, "
                        "make sure PREFIX/share is in XDG_DATA_DIRS and run "
                        "“glib-compile-schemas PREFIX/share/glib-2.0/schemas”."));
  return FALSE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ScApplication) application = NULL;

  sc_profiler_start ();
  sc_choose_renderer ();
  setlocale (LC_ALL, "");
  /* STATUSCOPE_LOCALEDIR lets the uninstalled build (and its tests) use
   * the translations compiled in the build directory. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("STATUSCOPE_LOCALEDIR") != NULL
                                     ? g_getenv ("STATUSCOPE_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  if (!ensure_settings_schema ())
    return 1;

  application = sc_application_new ();
  return g_application_run (G_APPLICATION (application), argc, argv);
}
