/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "sc-catalog.h"
#include "sc-change.h"
#include "sc-report-change.h"
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

static ScSnapshot *
make_snapshot (guint     status,
               ScVerdict verdict)
{
  ScSnapshot *s = sc_snapshot_new ();

  s->key = g_strdup ("https://example.com/");
  s->status = status;
  s->reason = status != 0 ? g_strdup ("OK") : NULL;
  s->status_class = status != 0 ? sc_status_class_for_code (status) : SC_STATUS_CLASS_FAILURE;
  s->verdict = verdict;
  return s;
}

/* A change names verdicts and classes by their translated labels, never by
 * the contract's ids ("problem", "failure"). */
static void
test_change_text (void)
{
  g_autoptr(ScSnapshot) was = make_snapshot (200, SC_VERDICT_WARNING);
  g_autoptr(ScSnapshot) now = make_snapshot (0, SC_VERDICT_PROBLEM);
  g_autoptr(ScChange) change = sc_change_compare (was, now);

  g_assert_cmpint (change->kind, ==, SC_CHANGE_BROKEN);
  g_assert_cmpstr (change->what[0], ==, "no HTTP answer, was 200 OK");
  g_assert_cmpstr (change->what[1], ==, "⟦Verdict: ⟦Problem⟧, was ⟦Warning⟧⟧");
}

/* A finding that appeared is named by its translated title, not its id. */
static void
test_change_finding_title (void)
{
  g_autoptr(ScSnapshot) was = make_snapshot (200, SC_VERDICT_OK);
  g_autoptr(ScSnapshot) now = make_snapshot (200, SC_VERDICT_OK);
  g_autoptr(ScChange) change = NULL;

  g_strfreev (now->finding_ids);
  now->finding_ids = g_strsplit ("php-error-shown", " ", -1);
  change = sc_change_compare (was, now);
  g_assert_cmpstr (change->what[0], ==, "⟦New finding: ⟦PHP errors shown on the page⟧⟧");
}

/* The run's summary takes a whole translated phrase per kind, in the
 * plural form its own count asks for. */
static void
test_change_summary (void)
{
  guint counts[SC_CHANGE_N_KINDS] = { [SC_CHANGE_BROKEN] = 1, [SC_CHANGE_FIXED] = 2 };
  g_autofree char *summary = sc_report_change_summary (counts, 0);

  g_assert_cmpstr (summary, ==, "⟦3 changed since ?, many: ⟦1 broken, one⟧ ⸱ ⟦2 fixed, many⟧⟧");
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
  textdomain (GETTEXT_PACKAGE);   /* as both programs do: some core files use gettext () */

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/translation/catalog-text", test_catalog_text);
  g_test_add_func ("/translation/engine-and-report-text", test_engine_and_report_text);
  g_test_add_func ("/translation/change-text", test_change_text);
  g_test_add_func ("/translation/change-summary", test_change_summary);
  g_test_add_func ("/translation/change-finding-title", test_change_finding_title);
  status = g_test_run ();

  remove_test_translation ();
  return status;
}
