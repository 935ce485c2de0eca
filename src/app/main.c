/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "sc-application.h"
#include "sc-compat.h"
#include "sc-profiler.h"

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

  application = sc_application_new ();
  return g_application_run (G_APPLICATION (application), argc, argv);
}
