/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "sc-catalog.h"
#include "sc-report-writer.h"
#include "sc-test-server.h"

/* Catalog text, engine messages and report text all go through gettext:
 * with a test translation installed, they come out translated.  The
 * translation (tests/translation/xx.po) is compiled at build time and
 * installed here under a temporary locale directory. */

static char *locale_dir;

static void
install_test_translation (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *messages = NULL;
  g_autofree char *target = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  locale_dir = g_dir_make_tmp ("statuscope-locale-XXXXXX", &error);
  g_assert_no_error (error);
  messages = g_build_filename (locale_dir, "xx", "LC_MESSAGES", NULL);
  g_mkdir_with_parents (messages, 0700);
  target = g_build_filename (messages, GETTEXT_PACKAGE ".mo", NULL);
  g_file_get_contents (g_getenv ("STATUSCOPE_TEST_MO"), &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (target, contents, length, &error);
  g_assert_no_error (error);
}

static void
remove_test_translation (void)
{
  g_autofree char *mo = g_build_filename (locale_dir, "xx", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  g_autofree char *messages = g_path_get_dirname (mo);
  g_autofree char *lang = g_path_get_dirname (messages);

  g_unlink (mo);
  g_rmdir (messages);
  g_rmdir (lang);
  g_rmdir (locale_dir);
}

static void
test_catalog_text (void)
{
  g_autoptr(GError) error = NULL;
  ScCatalog *catalog = sc_catalog_get_default (&error);

  g_assert_no_error (error);
  g_assert_cmpstr (sc_catalog_entry_get_title (sc_catalog_lookup_status (catalog, 404)), ==, "⟦Not Found⟧");
  g_assert_cmpstr (sc_catalog_entry_get_title (sc_catalog_lookup (catalog, "connection-refused")), ==,
                   "⟦Connection refused⟧");
  /* Untranslated strings fall back to English. */
  g_assert_cmpstr (sc_catalog_entry_get_title (sc_catalog_lookup_status (catalog, 200)), ==, "OK");
}

static void
test_engine_and_report_text (void)
{
  g_autoptr(ScChecker) checker = sc_checker_new (2, 2);
  g_autoptr(ScCheckResult) refused = sc_test_check (checker, "http://127.0.0.1:1/");
  g_autofree char *describe = sc_check_result_describe_status (refused);
  g_autofree char *markdown = sc_report_render (SC_REPORT_FORMAT_MARKDOWN, checker, &refused, 1);

  g_assert_cmpstr (sc_check_result_get_error_message (refused), ==, "⟦127.0.0.1:1 refused the connection⟧");
  g_assert_cmpstr (describe, ==, "⟦Connection refused⟧, no HTTP answer");
  g_assert_nonnull (strstr (markdown, "⟦Report made by Statuscope " PACKAGE_VERSION "⟧"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  install_test_translation ();
  g_setenv ("LANGUAGE", "xx", TRUE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/translation/catalog-text", test_catalog_text);
  g_test_add_func ("/translation/engine-and-report-text", test_engine_and_report_text);
  status = g_test_run ();

  remove_test_translation ();
  return status;
}
