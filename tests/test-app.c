/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <adwaita.h>

#include "sc-live-label.h"
#include "sc-progress.h"
#include "sc-report-writer.h"
#include "sc-result-json.h"
#include "sc-site-row.h"
#include "sc-spinner.h"
#include "sc-status-badge.h"
#include "sc-test-server.h"
#include "sc-window-private.h"
#include "sc-window.h"

/* The window as a user meets it, under Xvfb, against servers on 127.0.0.1.
 * Settings live in the memory backend, the site list in a temporary file. */

static ScTestServer *server;
static char *tmpdir;

static gboolean
on_wait_timeout (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Turns the main loop until @done returns TRUE, failing after 10 s
 * (STATUSCOPE_TEST_WAIT seconds, for a run under valgrind). */
static void
wait_until (gboolean (*done) (gpointer),
            gpointer  data)
{
  gboolean timed_out = FALSE;
  const char *wait = g_getenv ("STATUSCOPE_TEST_WAIT");
  guint id = g_timeout_add_seconds (wait != NULL ? (guint) atoi (wait) : 10, on_wait_timeout, &timed_out);

  while (!done (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (timed_out)
    g_error ("timed out waiting");
  g_source_remove (id);
}

static gboolean
site_has_result (gpointer data)
{
  return sc_site_get_result (data) != NULL && !sc_site_get_checking (data);
}

static gboolean
window_loaded (gpointer data)
{
  return sc_window_get_loaded (data);
}

static gboolean
queue_idle (gpointer data)
{
  return !sc_check_queue_get_busy (sc_window_get_queue (data));
}

static char *
sites_path (const char *name)
{
  return g_build_filename (tmpdir, name, NULL);
}

static ScWindow *
open_window_sized (const char *sites_file_name,
                   int         width,
                   int         height)
{
  g_autofree char *path = sites_file_name != NULL ? sites_path (sites_file_name) : NULL;
  g_autoptr(GFile) file = path != NULL ? g_file_new_for_path (path) : NULL;
  ScWindow *window = sc_window_new (NULL, file);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  wait_until (window_loaded, window);
  return window;
}

static ScWindow *
open_window (const char *sites_file_name)
{
  return open_window_sized (sites_file_name, 1000, 700);
}

static ScSite *
add_and_check (ScWindow   *window,
               const char *path)
{
  g_autofree char *url = sc_test_server_url (server, path);
  const char *inputs[] = { url, NULL };
  ScSite *site;

  g_assert_cmpuint (sc_window_add_inputs (window, inputs, TRUE, NULL), ==, 1);
  site = sc_site_store_lookup (sc_window_get_store (window), url);
  g_assert_nonnull (site);
  wait_until (site_has_result, site);
  return site;
}

static ScSite *focused_site (ScWindow *window);

typedef struct {
  ScWindow *window;
  ScSite   *site;
} RowQuery;

static gboolean
row_exists (gpointer data)
{
  RowQuery *q = data;
  return sc_window_find_row (q->window, q->site) != NULL;
}

static GtkWidget *
wait_for_row (ScWindow *window,
              ScSite   *site)
{
  RowQuery q = { window, site };

  wait_until (row_exists, &q);
  return sc_window_find_row (window, site);
}

/* Add a site, wait for its answer, and read the row and the detail pane. */
static void
test_add_site_shows_result (void)
{
  ScWindow *window = open_window (NULL);
  ScSite *site = add_and_check (window, "/status/404");
  ScCheckResult *result = sc_site_get_result (site);
  GtkWidget *row = wait_for_row (window, site);
  ScStatusBadge *badge = sc_site_row_get_badge (SC_SITE_ROW (row));
  ScDetailView *detail = sc_window_get_detail_view (window);
  ScCatalogEntry *entry = sc_check_result_get_entry (result);
  g_auto(GStrv) suggestions = NULL;
  g_autofree char *row_label = NULL;
  g_autofree char *name = sc_site_dup_display_name (site);

  g_assert_cmpstr (sc_status_badge_get_text (badge), ==, "404");
  g_assert_cmpstr (sc_status_badge_get_css_class (badge), ==, "client-error");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (badge), "client-error"));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (badge), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "404 Not Found, client error");
  row_label = g_strdup_printf ("404 Not Found, client error, %s", name);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, row_label);

  /* A single new site is selected and shown. */
  g_assert_true (sc_window_get_selected (window) == site);
  g_assert_cmpstr (sc_detail_view_get_title_text (detail), ==, "404 Not Found");
  g_assert_cmpstr (sc_detail_view_get_explanation (detail), ==, sc_catalog_entry_get_explanation (entry));
  g_assert_cmpuint (sc_detail_view_get_n_hops (detail), ==, 1);
  /* An unambiguous date in the user's time zone, which it names. */
  {
    g_autoptr(GDateTime) local = g_date_time_to_local (sc_check_result_get_checked_at (result));
    g_autofree char *expected = g_date_time_format (local, "Checked %Y-%m-%d %H:%M %Z");

    g_assert_cmpstr (sc_detail_view_get_checked_text (detail), ==, expected);
    g_assert_true (g_regex_match_simple ("^Checked [0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2} ",
                                         sc_detail_view_get_checked_text (detail), 0, 0));
  }
  suggestions = sc_detail_view_dup_suggestions (detail);
  g_assert_true (g_strv_equal ((const char * const *) suggestions, sc_catalog_entry_get_suggestions (entry)));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_redirect_chain_in_detail (void)
{
  ScWindow *window = open_window (NULL);
  ScSite *site = add_and_check (window, "/chain/2");
  GtkWidget *row = wait_for_row (window, site);

  g_assert_cmpstr (sc_status_badge_get_text (sc_site_row_get_badge (SC_SITE_ROW (row))), ==, "200");
  g_assert_cmpstr (sc_status_badge_get_css_class (sc_site_row_get_badge (SC_SITE_ROW (row))), ==, "success");
  g_assert_cmpuint (sc_detail_view_get_n_hops (sc_window_get_detail_view (window)), ==, 3);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_failure_badge (void)
{
  ScWindow *window = open_window (NULL);
  const char *inputs[] = { "http://127.0.0.1:1/", NULL };
  ScSite *site;
  GtkWidget *row;
  ScStatusBadge *badge;

  sc_window_add_inputs (window, inputs, TRUE, NULL);
  site = sc_site_store_lookup (sc_window_get_store (window), inputs[0]);
  wait_until (site_has_result, site);
  row = wait_for_row (window, site);
  badge = sc_site_row_get_badge (SC_SITE_ROW (row));
  g_assert_cmpstr (sc_status_badge_get_css_class (badge), ==, "failure");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (badge), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Connection refused, no HTTP answer");
  /* Each kind of failure has its own icon. */
  g_assert_cmpstr (sc_status_badge_get_icon_name (badge), ==, "action-unavailable-symbolic");
  /* The detail says why, in the text's own colour: a paragraph in error
   * red is hard to read. */
  {
    GtkWidget *error = sc_detail_view_get_error_label (sc_window_get_detail_view (window));

    g_assert_true (sc_window_select_site (window, site));
    g_assert_true (gtk_widget_is_visible (error));
    g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (error)), ==, sc_check_result_get_error_message (sc_site_get_result (site)));
    for (GtkWidget *w = error; w != NULL; w = gtk_widget_get_parent (w))
      g_assert_false (gtk_widget_has_css_class (w, "error"));
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A 200 that is really a parking page is flagged in the row and counts as
 * a problem; the detail never calls it the result you want, and offers no
 * numbered "Nothing to do". */
static void
test_success_with_warning (void)
{
  ScWindow *window = open_window (NULL);
  ScSite *site = add_and_check (window, "/respond?status=200&body=This%20domain%20is%20parked%20free");
  GtkWidget *row = wait_for_row (window, site);
  g_autofree char *name = sc_site_dup_display_name (site);
  g_autofree char *label = g_strdup_printf ("200 OK, success, but not the site, %s", name);
  ScDetailView *detail = sc_window_get_detail_view (window);
  g_auto(GStrv) suggestions = NULL;

  g_assert_true (sc_site_is_problem (site));
  g_assert_cmpstr (sc_status_badge_get_css_class (sc_site_row_get_badge (SC_SITE_ROW (row))), ==, "success");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.filter", "s", "problems"));
  g_assert_true (sc_window_select_site (window, site));
  /* The title says it too, beside the green 200. */
  g_assert_cmpstr (sc_detail_view_get_title_text (detail), ==, "200 OK, but Not the Site");
  g_assert_null (strstr (sc_detail_view_get_explanation (detail), "result you want"));
  g_assert_nonnull (strstr (sc_detail_view_get_explanation (detail), "not the page visitors should get"));
  suggestions = sc_detail_view_dup_suggestions (detail);
  g_assert_cmpuint (g_strv_length (suggestions), ==, 0);
  g_assert_true (g_str_has_prefix (sc_detail_view_get_answered_text (detail), "Answered by "));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Who answered is said in the detail, from the evidence. */
static void
test_answered_by_in_detail (void)
{
  ScWindow *window = open_window (NULL);
  ScSite *site = add_and_check (window, "/respond?status=200&h1=Server:nginx/1.22.1&h2=Via:1.1%20c%20(Varnish/7.1)&body=hi");
  ScDetailView *detail = sc_window_get_detail_view (window);
  g_auto(GStrv) suggestions = NULL;

  g_assert_true (sc_window_select_site (window, site));
  g_assert_cmpstr (sc_detail_view_get_answered_text (detail), ==, "Answered by nginx, the site’s web server");
  /* A site that is fine has nothing to try. */
  suggestions = sc_detail_view_dup_suggestions (detail);
  g_assert_cmpuint (g_strv_length (suggestions), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct {
  gboolean done;
  char    *text;
} ClipboardRead;

static void
on_clipboard_read (GObject      *source,
                   GAsyncResult *res,
                   gpointer      user_data)
{
  ClipboardRead *read = user_data;

  read->text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), res, NULL);
  read->done = TRUE;
}

static gboolean
clipboard_read_done (gpointer data)
{
  return ((ClipboardRead *) data)->done;
}

/* Copy Report puts exactly the core's Markdown report on the clipboard. */
static void
test_copy_report (void)
{
  ScWindow *window = open_window (NULL);
  ScSite *site = add_and_check (window, "/chain/1");
  ScCheckResult *result = sc_site_get_result (site);
  g_autofree char *expected = sc_report_render (SC_REPORT_FORMAT_MARKDOWN,
                                                sc_check_queue_get_checker (sc_window_get_queue (window)),
                                                &result, 1);
  ClipboardRead read = { FALSE, NULL };

  sc_window_select_site (window, site);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.copy-report", NULL));
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (window)), NULL, on_clipboard_read, &read);
  wait_until (clipboard_read_done, &read);

  g_assert_cmpstr (read.text, ==, expected);
  g_assert_cmpstr (sc_window_get_last_notice (window), ==, "Report copied to the clipboard");
  g_free (read.text);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
store_has_n (gpointer data)
{
  gpointer *args = data;
  return sc_site_store_get_n_sites (args[0]) == GPOINTER_TO_UINT (args[1]);
}

/* A list with good, duplicate and bad lines: each good site once, the bad
 * line as a failed row with its reason. */
static void
test_import_file (void)
{
  ScWindow *window = open_window (NULL);
  ScSiteStore *store = sc_window_get_store (window);
  g_autofree char *path = sites_path ("import.txt");
  g_autofree char *contents = g_strdup_printf ("# my sites\n%s/status/200\n%s/status/503\n%s/status/200\n"
                                               "ftp://files.example/\n\n",
                                               server->base, server->base, server->base);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  gpointer args[2] = { store, GUINT_TO_POINTER (3) };
  ScSite *bad;

  g_file_set_contents (path, contents, -1, NULL);
  sc_window_import_file (window, file);
  wait_until (store_has_n, args);
  wait_until (queue_idle, window);

  g_assert_cmpuint (sc_site_store_get_n_sites (store), ==, 3);
  bad = sc_site_store_lookup (store, "ftp://files.example/");
  g_assert_nonnull (bad);
  g_assert_cmpint (sc_check_result_get_error_kind (sc_site_get_result (bad)), ==, SC_ERROR_KIND_UNSUPPORTED_SCHEME);
  g_assert_nonnull (strstr (sc_check_result_get_error_message (sc_site_get_result (bad)), "ftp:"));
  g_assert_cmpstr (sc_window_get_last_notice (window), ==, "Added 3 sites; 1 was already in the list.");

  /* Importing the same list again adds nothing. */
  sc_window_import_file (window, file);
  wait_until (queue_idle, window);
  g_assert_cmpuint (sc_site_store_get_n_sites (store), ==, 3);
  g_unlink (path);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Sites and results survive closing the window. */
static void
test_persistence_round_trip (void)
{
  g_autofree char *path = sites_path ("sites.json");
  ScWindow *window = open_window ("sites.json");
  ScSite *site = add_and_check (window, "/status/503");
  g_autofree char *input = g_strdup (sc_site_get_input (site));
  g_autoptr(GDateTime) checked_at = g_date_time_ref (sc_check_result_get_checked_at (sc_site_get_result (site)));
  ScSite *restored;

  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  window = open_window ("sites.json");
  restored = sc_site_store_lookup (sc_window_get_store (window), input);
  g_assert_nonnull (restored);
  g_assert_cmpuint (sc_check_result_get_status (sc_site_get_result (restored)), ==, 503);
  g_assert_cmpstr (sc_check_result_get_title (sc_site_get_result (restored)), ==, "Service Unavailable");
  g_assert_true (g_date_time_equal (sc_check_result_get_checked_at (sc_site_get_result (restored)), checked_at));
  g_assert_cmpuint (sc_check_result_get_findings (sc_site_get_result (restored))->len, ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
}

/* While the saved list is read the window does not claim there are no
 * sites: it shows the list page only once they are there. */
static void
test_loading_page (void)
{
  g_autofree char *path = sites_path ("loading.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  ScWindow *window = open_window ("loading.json");

  add_and_check (window, "/status/200");
  gtk_window_close (GTK_WINDOW (window));

  window = sc_window_new (NULL, file);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_false (sc_window_get_loaded (window));
  g_assert_cmpstr (sc_window_get_list_page (window), ==, "loading");
  wait_until (window_loaded, window);
  g_assert_cmpuint (sc_site_store_get_n_sites (sc_window_get_store (window)), ==, 1);
  g_assert_cmpstr (sc_window_get_list_page (window), ==, "list");
  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);

  /* No saved list yet: the empty state, once that is known. */
  window = sc_window_new (NULL, file);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpstr (sc_window_get_list_page (window), ==, "loading");
  wait_until (window_loaded, window);
  g_assert_cmpstr (sc_window_get_list_page (window), ==, "empty");
  gtk_window_destroy (GTK_WINDOW (window));
}

static guint
count_damaged_copies (void)
{
  g_autoptr(GDir) dir = g_dir_open (tmpdir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    n += g_str_has_prefix (name, "damaged.json.damaged-") ? 1 : 0;
  return n;
}

/* A damaged list is set aside and the user told, never silently emptied. */
static void
test_damaged_file (void)
{
  g_autofree char *path = sites_path ("damaged.json");
  ScWindow *window;

  g_file_set_contents (path, "{\"format\": 1, \"sites\": [ {\"input\": \"a.exam", -1, NULL);
  window = open_window ("damaged.json");

  g_assert_cmpuint (sc_site_store_get_n_sites (sc_window_get_store (window)), ==, 0);
  g_assert_nonnull (sc_window_get_last_notice (window));
  g_assert_nonnull (strstr (sc_window_get_last_notice (window), "could not be read"));
  g_assert_nonnull (strstr (sc_window_get_last_notice (window), "damaged.json.damaged-"));
  g_assert_cmpuint (count_damaged_copies (), ==, 1);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The preferences (GSettings) change how sites are checked. */
static void
test_preferences_change_checks (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  ScWindow *window = open_window (NULL);
  ScSite *head;
  ScSite *chain;

  g_settings_set_string (settings, "method", "HEAD");
  g_settings_set_uint (settings, "max-redirects", 1);
  head = add_and_check (window, "/head-405");
  chain = add_and_check (window, "/chain/3");

  g_assert_cmpuint (sc_hop_get_head_status (g_ptr_array_index (sc_check_result_get_hops (sc_site_get_result (head)), 0)),
                    ==, 405);
  g_assert_cmpint (sc_check_result_get_error_kind (sc_site_get_result (chain)), ==, SC_ERROR_KIND_TOO_MANY_REDIRECTS);

  g_settings_reset (settings, "method");
  g_settings_reset (settings, "max-redirects");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Problems / OK filters and the search. */
static void
test_filters (void)
{
  ScWindow *window = open_window (NULL);
  GtkWidget *ok_row;
  ScSite *ok = add_and_check (window, "/status/200");
  ScSite *broken = add_and_check (window, "/status/500");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.filter", "s", "problems"));
  g_assert_false (sc_window_select_site (window, ok));
  g_assert_true (sc_window_select_site (window, broken));
  g_assert_true (sc_window_get_selected (window) == broken);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.filter", "s", "ok"));
  g_assert_true (sc_window_select_site (window, ok));
  g_assert_false (sc_window_select_site (window, broken));
  ok_row = wait_for_row (window, ok);
  g_assert_nonnull (ok_row);

  /* The search matches the title as well as the address. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.filter", "s", "all"));
  sc_window_set_search (window, "internal server");
  g_assert_true (sc_window_select_site (window, broken));
  g_assert_false (sc_window_select_site (window, ok));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Delete in a text field deletes text, not the selected site; Undo puts
 * a removed site back where it was, and the next site is selected. */
static void
test_delete_belongs_to_the_list (void)
{
  ScWindow *window = open_window (NULL);
  ScSiteStore *store = sc_window_get_store (window);
  ScSite *first = add_and_check (window, "/status/200");
  ScSite *second = add_and_check (window, "/status/201");
  GtkWidget *search = sc_window_get_search_entry (window);

  g_assert_true (sc_window_select_site (window, first));
  gtk_widget_grab_focus (search);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.remove", NULL);
  g_assert_cmpuint (sc_site_store_get_n_sites (store), ==, 2);

  gtk_widget_grab_focus (gtk_widget_get_parent (wait_for_row (window, first)));
  g_assert_false (GTK_IS_EDITABLE (gtk_root_get_focus (GTK_ROOT (window))));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.remove", NULL));
  g_assert_cmpuint (sc_site_store_get_n_sites (store), ==, 1);
  g_assert_true (sc_window_get_selected (window) == second);

  /* Ctrl+Z (win.undo) in a text field undoes typing, not the removal. */
  gtk_widget_grab_focus (search);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpuint (sc_site_store_get_n_sites (store), ==, 1);
  gtk_widget_grab_focus (GTK_WIDGET (sc_window_get_site_list (window)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (sc_site_store_get_n_sites (store), ==, 2);
  {
    g_autoptr(ScSite) at_0 = g_list_model_get_item (sc_site_store_get_model (store), 0);
    g_assert_true (at_0 == first);
    g_assert_nonnull (sc_site_get_result (first));
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
notice_starts_with (gpointer data)
{
  gpointer *args = data;
  const char *notice = sc_window_get_last_notice (args[0]);
  return notice != NULL && g_str_has_prefix (notice, args[1]);
}

/* Choosing CSV in the export dialog writes CSV, to a name ending in .csv,
 * even though the suggested name ended in .json. */
static void
test_export_follows_the_chosen_format (void)
{
  ScWindow *window = open_window (NULL);
  g_autofree char *chosen = sites_path ("results.json");
  g_autofree char *written = sites_path ("results.csv");
  g_autoptr(GFile) file = g_file_new_for_path (chosen);
  g_autofree char *contents = NULL;
  gpointer args[2] = { window, (gpointer) "Results exported to" };

  add_and_check (window, "/status/200");
  sc_window_export (window, file, "csv");
  wait_until (notice_starts_with, args);
  g_assert_false (g_file_test (chosen, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_get_contents (written, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "input,url,"));
  g_unlink (written);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
can_scroll_far (gpointer data)
{
  GtkAdjustment *adj = data;
  return gtk_adjustment_get_upper (adj) - gtk_adjustment_get_page_size (adj) > 100;
}

/* The next site's detail starts at its top. */
static void
test_detail_opens_at_the_top (void)
{
  ScWindow *window = open_window_sized (NULL, 900, 400);
  ScSite *first = add_and_check (window, "/chain/3");
  ScSite *second = add_and_check (window, "/status/503");
  GtkAdjustment *adj = sc_detail_view_get_vadjustment (sc_window_get_detail_view (window));

  g_assert_true (sc_window_select_site (window, first));
  wait_until (can_scroll_far, adj);
  gtk_adjustment_set_value (adj, 100);
  g_assert_cmpfloat (gtk_adjustment_get_value (adj), ==, 100);
  g_assert_true (sc_window_select_site (window, second));
  g_assert_cmpfloat (gtk_adjustment_get_value (adj), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* http:// and https:// of one address are two rows that read differently. */
static void
test_scheme_tells_rows_apart (void)
{
  ScWindow *window = open_window (NULL);
  ScSiteStore *store = sc_window_get_store (window);
  const char *inputs[] = { "http://shop.example/", "https://shop.example/", NULL };
  g_autofree char *plain = NULL;
  g_autofree char *secure = NULL;

  g_assert_cmpuint (sc_window_add_inputs (window, inputs, FALSE, NULL), ==, 2);
  plain = sc_site_dup_display_name (sc_site_store_lookup (store, inputs[0]));
  secure = sc_site_dup_display_name (sc_site_store_lookup (store, inputs[1]));
  g_assert_cmpstr (plain, ==, "http://shop.example");
  g_assert_cmpstr (secure, ==, "shop.example");
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
leaflet_folded (gpointer data)
{
  return adw_leaflet_get_folded (data);
}

/* Narrow, one click on a site opens its detail, and the header does not
 * show a cut address. */
static void
test_narrow_click_opens (void)
{
  ScWindow *window = open_window_sized (NULL, 360, 600);
  AdwLeaflet *leaflet = sc_window_get_leaflet (window);
  ScSite *first = add_and_check (window, "/status/200");
  ScSite *second = add_and_check (window, "/status/404");

  g_assert_true (sc_window_get_selected (window) == second);
  wait_until (leaflet_folded, leaflet);
  adw_leaflet_navigate (leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  g_assert_true (gtk_list_view_get_single_click_activate (sc_window_get_site_list (window)));
  g_signal_emit_by_name (sc_window_get_site_list (window), "activate", 0);
  g_assert_true (sc_window_get_selected (window) == first);
  g_assert_true (gtk_widget_is_ancestor (GTK_WIDGET (sc_window_get_detail_view (window)),
                                        adw_leaflet_get_visible_child (leaflet)));
  g_assert_cmpstr (sc_window_get_detail_title (window), ==, "");
  /* Back in the list, the keyboard is on the site just seen (the Back
   * button that had the focus is gone with the detail). */
  gtk_window_set_focus (GTK_WINDOW (window), NULL);
  adw_leaflet_navigate (leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  g_assert_true (focused_site (window) == first);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A site added while a search hides it is shown and selected all the
 * same; one already listed is selected, with an offer to check it again. */
static void
test_add_under_a_search (void)
{
  ScWindow *window = open_window (NULL);
  ScSite *first = add_and_check (window, "/status/200");
  g_autofree char *first_input = g_strdup (sc_site_get_input (first));
  g_autofree char *url = sc_test_server_url (server, "/status/404");
  GtkEditable *entry = GTK_EDITABLE (sc_window_get_url_entry (window));
  ScSite *added;

  sc_window_set_search (window, "no such site");
  g_assert_cmpstr (sc_window_get_list_page (window), ==, "no-match");
  gtk_editable_set_text (entry, url);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-site", NULL));
  added = sc_site_store_lookup (sc_window_get_store (window), url);
  g_assert_nonnull (added);
  g_assert_true (sc_window_get_selected (window) == added);
  g_assert_cmpstr (sc_window_get_list_page (window), ==, "list");

  sc_window_set_search (window, "404");
  gtk_editable_set_text (entry, first_input);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-site", NULL));
  g_assert_true (sc_window_get_selected (window) == first);
  g_assert_true (g_str_has_suffix (sc_window_get_last_notice (window), "is already in the list"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A pasted e-mail adds its one link after asking, not a row per line;
 * bulleted addresses are all found without asking. */
static void
test_paste_finds_addresses (void)
{
  ScWindow *window = open_window (NULL);
  ScSiteStore *store = sc_window_get_store (window);
  g_autofree char *email = g_strdup_printf ("Hi Anna,\n\nthe shop is down again, see <%s/status/503>.\n"
                                            "Could you look?\n\nThanks,\nBob\n", server->base);
  g_autofree char *bullets = g_strdup_printf ("- %s/status/200\n• %s/status/404\n", server->base, server->base);
  g_autofree char *expected = g_strdup_printf ("%s/status/503", server->base);
  gpointer args[2] = { store, GUINT_TO_POINTER (3) };

  sc_window_paste_text (window, email);
  g_assert_cmpuint (sc_site_store_get_n_sites (store), ==, 0);
  g_assert_nonnull (sc_window_get_paste_dialog (window));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (sc_window_get_paste_dialog (window)), "addresses");
  g_assert_cmpuint (sc_site_store_get_n_sites (store), ==, 1);
  g_assert_nonnull (sc_site_store_lookup (store, expected));

  sc_window_paste_text (window, bullets);
  wait_until (store_has_n, args);
  wait_until (queue_idle, window);
  g_assert_cmpstr (sc_window_get_last_notice (window), ==, "Added 2 sites.");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* On first launch the typing goes to the address entry, as the page says. */
static void
test_first_launch_focus (void)
{
  ScWindow *window = open_window (NULL);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  g_assert_cmpstr (sc_window_get_list_page (window), ==, "empty");
  g_assert_nonnull (focus);
  g_assert_true (focus == sc_window_get_url_entry (window) ||
                 gtk_widget_is_ancestor (focus, sc_window_get_url_entry (window)));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The timing total is the sum of the hop rows' figures; nothing is
 * called DNS for 127.0.0.1; the heading says which requests it covers. */
static void
test_timing_adds_up (void)
{
  ScWindow *window = open_window (NULL);
  ScSite *site = add_and_check (window, "/chain/2");
  GPtrArray *hops = sc_check_result_get_hops (sc_site_get_result (site));
  g_autofree char *text = NULL;
  g_autofree char *total = NULL;
  gint64 sum = 0;

  g_assert_true (sc_window_select_site (window, site));
  for (guint i = 0; i < hops->len; i++)
    {
      const ScTiming *t = sc_hop_get_timing (g_ptr_array_index (hops, i));

      g_assert_cmpint (t->dns_us, ==, -1);
      sum += t->total_us;
    }
  text = sc_detail_view_dup_timing_text (sc_window_get_detail_view (window));
  total = g_strdup_printf ("Total %.0f ms", sum / 1000.0);
  g_assert_true (g_str_has_prefix (text, "Timing of All 3 Requests\n"));
  g_assert_null (strstr (text, "DNS"));
  g_assert_nonnull (strstr (text, total));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
focus_in (ScWindow  *window,
          GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* Ctrl+F goes to the search; Escape there clears it. */
static void
test_find_and_escape (void)
{
  ScWindow *window = open_window (NULL);
  GtkWidget *search = sc_window_get_search_entry (window);
  ScSite *site = add_and_check (window, "/status/200");

  add_and_check (window, "/status/404");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL));
  g_assert_true (focus_in (window, search));
  sc_window_set_search (window, "nothing like it");
  g_assert_cmpstr (sc_window_get_list_page (window), ==, "no-match");
  g_signal_emit_by_name (search, "stop-search");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search)), ==, "");
  g_assert_cmpstr (sc_window_get_list_page (window), ==, "list");

  /* Typing in the list goes on in the search entry, where Escape works,
   * however the first letter filtered the list; Enter there goes to the
   * first site found. */
  gtk_widget_grab_focus (GTK_WIDGET (sc_window_get_site_list (window)));
  sc_window_set_search (window, "200");
  g_signal_emit_by_name (search, "search-started");
  g_assert_true (focus_in (window, search));
  g_signal_emit_by_name (search, "activate");
  g_assert_true (sc_window_get_selected (window) == site);
  g_assert_true (focused_site (window) == site);
  g_assert_true (gtk_search_entry_get_key_capture_widget (GTK_SEARCH_ENTRY (search)) ==
                 GTK_WIDGET (sc_window_get_site_list (window)));
  gtk_window_destroy (GTK_WINDOW (window));
}

static ScSite *
focused_site (ScWindow *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  GtkWidget *row = focus != NULL ? gtk_widget_get_first_child (focus) : NULL;

  return row != NULL && SC_IS_SITE_ROW (row) ? sc_site_row_get_site (SC_SITE_ROW (row)) : NULL;
}

/* Presses Tab (or Shift+Tab) until the focus is inside @widget; returns
 * how many presses that took, or 0 when it never got there. */
static guint
tab_into (ScWindow         *window,
          GtkWidget        *widget,
          GtkDirectionType  direction)
{
  for (guint i = 1; i <= 20; i++)
    {
      gtk_widget_child_focus (GTK_WIDGET (window), direction);
      if (focus_in (window, widget))
        return i;
    }
  return 0;
}

/* The list is one stop of the Tab chain: Tab from the search lands on the
 * selected site, the next Tab leaves the list, Shift+Tab comes back to the
 * same site. */
static void
test_list_is_one_tab_stop (void)
{
  ScWindow *window = open_window (NULL);
  GtkWidget *list = GTK_WIDGET (sc_window_get_site_list (window));
  ScSite *second;

  add_and_check (window, "/status/200");
  second = add_and_check (window, "/status/404");
  add_and_check (window, "/status/503");
  g_assert_true (sc_window_select_site (window, second));

  gtk_widget_grab_focus (sc_window_get_search_entry (window));
  g_assert_cmpuint (tab_into (window, list, GTK_DIR_TAB_FORWARD), >, 0);
  g_assert_true (focused_site (window) == second);
  gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
  g_assert_false (focus_in (window, list));
  g_assert_cmpuint (tab_into (window, list, GTK_DIR_TAB_BACKWARD), ==, 1);
  g_assert_true (focused_site (window) == second);
  gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_BACKWARD);
  g_assert_false (focus_in (window, list));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* After a removal the site shown next is selected, in the list's sorted
 * order, and keeps the focus: Delete, Delete goes down the list. */
static void
test_removal_selects_next (void)
{
  ScWindow *window = open_window (NULL);
  GtkWidget *list = GTK_WIDGET (sc_window_get_site_list (window));
  ScSite *ok = add_and_check (window, "/status/200");
  ScSite *broken = add_and_check (window, "/status/503");
  ScSite *missing = add_and_check (window, "/status/404");

  /* Shown: 200, 404, 503; kept: 200, 503, 404. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.sort", "s", "answer"));
  g_assert_true (sc_window_select_site (window, ok));
  gtk_widget_grab_focus (gtk_widget_get_parent (wait_for_row (window, ok)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.remove", NULL));
  g_assert_true (sc_window_get_selected (window) == missing);
  g_assert_true (focus_in (window, list));
  g_assert_true (focused_site (window) == missing);

  /* At the end of the list, the one before. */
  g_assert_true (sc_window_select_site (window, broken));
  gtk_widget_grab_focus (gtk_widget_get_parent (wait_for_row (window, broken)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.remove", NULL));
  g_assert_true (sc_window_get_selected (window) == missing);
  g_assert_true (focused_site (window) == missing);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
summary_is (gpointer data)
{
  gpointer *args = data;
  return g_strcmp0 (sc_window_get_summary (args[0]), args[1]) == 0;
}

/* The filters show their counts and the list is summed up in a line; over
 * an empty list there is neither search nor filter. */
static void
test_filter_counts (void)
{
  ScWindow *window = open_window (NULL);
  gpointer args[2] = { window, (gpointer) "3 sites · 2 need a look" };

  g_assert_false (gtk_widget_get_visible (gtk_widget_get_parent (sc_window_get_search_entry (window))));
  /* Nor from the keyboard. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.filter", "s", "problems");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL);
  g_assert_false (focus_in (window, sc_window_get_search_entry (window)));
  {
    g_autofree char *mode = NULL;

    g_object_get (window, "filter-mode", &mode, NULL);
    g_assert_cmpstr (mode, ==, "all");
  }
  add_and_check (window, "/status/200");
  add_and_check (window, "/status/500");
  add_and_check (window, "/status/404");
  wait_until (summary_is, args);
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (sc_window_get_search_entry (window))));
  g_assert_cmpstr (sc_window_get_filter_label (window, "all"), ==, "All 3");
  g_assert_cmpstr (sc_window_get_filter_label (window, "problems"), ==, "Problems 2");
  g_assert_cmpstr (sc_window_get_filter_label (window, "ok"), ==, "OK 1");
  gtk_window_destroy (GTK_WINDOW (window));
}

static int
natural_width (GtkWidget *widget)
{
  int natural;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  return natural;
}

static gboolean
row_is_laid_out (gpointer data)
{
  RowQuery *q = data;
  GtkWidget *row = sc_window_find_row (q->window, q->site);

  return row != NULL && gtk_widget_get_width (row) > 0 && gtk_widget_get_mapped (row);
}

/* Results coming in (a long cause with an icon, a redirect path) do not
 * widen the sidebar; a long address takes two lines rather than losing
 * its middle. */
static void
test_sidebar_keeps_its_width (void)
{
  ScWindow *window = open_window (NULL);
  ScSiteStore *store = sc_window_get_store (window);
  g_autofree char *parked = sc_test_server_url (server, "/respond?status=200&body=This%20domain%20is%20parked%20free");
  g_autofree char *chain = sc_test_server_url (server, "/chain/2");
  g_autofree char *deep = sc_test_server_url (server, "/status/200?shop=staging-client-one");
  const char *inputs[] = { parked, chain, deep, NULL };
  gpointer args[2] = { window, (gpointer) "13 sites · 11 need a look" };
  RowQuery q = { window, NULL };
  GtkLabel *heading;
  int before;
  int list_before;

  g_assert_cmpuint (sc_window_add_inputs (window, inputs, FALSE, NULL), ==, 3);
  /* Ten more problems: the count on the filter gets a digit more. */
  for (guint i = 0; i < 10; i++)
    {
      g_autofree char *path = g_strdup_printf ("/status/500?n=%u", i);
      g_autofree char *url = sc_test_server_url (server, path);
      const char *one[] = { url, NULL };

      sc_window_add_inputs (window, one, FALSE, NULL);
    }
  q.site = sc_site_store_lookup (store, deep);
  wait_until (row_is_laid_out, &q);
  before = natural_width (sc_window_get_sidebar (window));
  list_before = natural_width (GTK_WIDGET (sc_window_get_site_list (window)));
  heading = sc_site_row_get_heading_label (SC_SITE_ROW (sc_window_find_row (window, q.site)));
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (heading)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.check-all", NULL));
  wait_until (queue_idle, window);
  wait_until (summary_is, args);
  g_assert_cmpint (natural_width (sc_window_get_sidebar (window)), ==, before);
  g_assert_cmpint (natural_width (GTK_WIDGET (sc_window_get_site_list (window))), ==, list_before);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
summary_says_stale (gpointer data)
{
  return g_str_has_suffix (sc_window_get_summary (data), " · 1 checked a day or more ago");
}

/* The same result as @result, checked @age ago (to the second). */
static ScCheckResult *
aged_copy_span (ScCheckResult *result,
                GTimeSpan      age)
{
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) then = g_date_time_add (now, -age);
  g_autofree char *stamp = g_date_time_format (then, "%Y-%m-%dT%H:%M:%SZ");
  JsonObject *object;
  g_autoptr(GError) error = NULL;
  ScCheckResult *copy;

  sc_check_result_append_json (result, json);
  g_assert_true (json_parser_load_from_data (parser, json->str, json->len, NULL));
  object = json_node_get_object (json_parser_get_root (parser));
  json_object_set_string_member (object, "checked_at", stamp);
  copy = sc_check_result_new_from_json (object, &error);
  g_assert_no_error (error);
  return copy;
}

/* The same result as @result, checked @days ago. */
static ScCheckResult *
aged_copy (ScCheckResult *result,
           int            days)
{
  return aged_copy_span (result, days * G_TIME_SPAN_DAY);
}

static gboolean
flag_set (gpointer data)
{
  return *(gboolean *) data;
}

/* An age stays true while the window stays open: a result a little under
 * an hour old shows none; once the hour is over, the next refresh (once a
 * minute) says it, to screen readers too. */
static void
test_row_age_refresh (void)
{
  /* With a saved list, as the app runs: its loading ends after the window
   * is shown. */
  ScWindow *window = open_window ("ages.json");
  ScSite *site = add_and_check (window, "/status/200");
  GtkWidget *row = wait_for_row (window, site);
  g_autoptr(ScCheckResult) old = aged_copy_span (sc_site_get_result (site), G_TIME_SPAN_HOUR - 3 * G_TIME_SPAN_SECOND);
  GtkLabel *age = sc_site_row_get_age_label (SC_SITE_ROW (row));
  g_autofree char *described = NULL;
  g_autofree char *label = NULL;
  gboolean later = FALSE;

  /* The minute's timer runs while the window is shown, loaded or not. */
  g_assert_cmpuint (window->ages_id, !=, 0);
  sc_site_set_result (site, old);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (age)));
  g_timeout_add_seconds (4, on_wait_timeout, &later);
  wait_until (flag_set, &later);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (age)));   /* nothing told the row */
  sc_window_refresh_ages (window);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (age)));
  g_assert_cmpstr (gtk_label_get_label (age), ==, "checked 1 hour ago");
  described = sc_site_describe (site);
  label = g_strdup_printf ("%s, checked 1 hour ago", described);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A row shows the redirect path briefly, and how old an old result is. */
static void
test_row_path_and_age (void)
{
  ScWindow *window = open_window (NULL);
  ScSite *site = add_and_check (window, "/chain/2");
  GtkWidget *row = wait_for_row (window, site);
  g_autoptr(ScCheckResult) old = aged_copy (sc_site_get_result (site), 3);
  GtkLabel *age = sc_site_row_get_age_label (SC_SITE_ROW (row));

  g_assert_true (g_str_has_prefix (sc_site_row_get_path_text (SC_SITE_ROW (row)), "303 → 302 → 200 · "));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (age)));

  sc_site_set_result (site, old);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (age)));
  g_assert_cmpstr (gtk_label_get_label (age), ==, "checked 3 days ago");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (age), "warning"));

  /* Stale is said, not only coloured: to screen readers, in the detail,
   * and in the list's summary. */
  {
    g_autofree char *described = sc_site_describe (site);
    g_autofree char *label = g_strdup_printf ("%s, checked 3 days ago", described);
    GtkWidget *checked;

    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label);
    g_assert_true (sc_window_select_site (window, site));
    g_assert_true (g_str_has_suffix (sc_detail_view_get_checked_text (sc_window_get_detail_view (window)),
                                     ", 3 days ago: check again to see the site as it is now"));
    checked = sc_detail_view_get_checked_label (sc_window_get_detail_view (window));
    g_assert_true (gtk_widget_has_css_class (checked, "warning"));
    wait_until (summary_says_stale, window);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

static ScSite *
shown_site (ScWindow *window,
            guint     position)
{
  g_autoptr(ScSite) site = g_list_model_get_item (sc_window_get_shown_sites (window), position);
  return site;
}

/* The list sorts by answer and by verdict, and goes back to its own order. */
static void
test_sorting (void)
{
  ScWindow *window = open_window (NULL);
  ScSite *ok = add_and_check (window, "/status/200");
  ScSite *broken = add_and_check (window, "/status/503");
  ScSite *missing = add_and_check (window, "/status/404");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.sort", "s", "answer"));
  g_assert_true (shown_site (window, 0) == ok);
  g_assert_true (shown_site (window, 1) == missing);
  g_assert_true (shown_site (window, 2) == broken);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.sort", "s", "verdict"));
  g_assert_true (shown_site (window, 2) == ok);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.sort", "s", "list"));
  g_assert_true (shown_site (window, 0) == ok);
  g_assert_true (shown_site (window, 1) == broken);
  g_assert_true (sc_window_select_site (window, missing));
  g_assert_true (sc_window_get_selected (window) == missing);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Copy Report for Problems copies the problems only; Clear List empties the
 * list and Undo brings every site back, in order, with its result. */
static void
test_problems_and_clear_list (void)
{
  ScWindow *window = open_window (NULL);
  ScSiteStore *store = sc_window_get_store (window);
  ScSite *ok = add_and_check (window, "/status/200");
  ScSite *broken = add_and_check (window, "/status/503");
  ScCheckResult *result = sc_site_get_result (broken);
  g_autofree char *expected = sc_report_render (SC_REPORT_FORMAT_MARKDOWN,
                                                sc_check_queue_get_checker (sc_window_get_queue (window)),
                                                &result, 1);
  ClipboardRead read = { FALSE, NULL };

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.copy-problem-reports", NULL));
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (window)), NULL, on_clipboard_read, &read);
  wait_until (clipboard_read_done, &read);
  g_assert_cmpstr (read.text, ==, expected);
  g_free (read.text);

  /* Copy Report for All opens with the summary table of both. */
  read.done = FALSE;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.copy-all-reports", NULL));
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (window)), NULL, on_clipboard_read, &read);
  wait_until (clipboard_read_done, &read);
  g_assert_true (g_str_has_prefix (read.text, "## Summary\n"));
  g_assert_nonnull (strstr (read.text, " | 503 Service Unavailable, server error | Problem | "));
  g_free (read.text);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.clear-list", NULL));
  g_assert_cmpuint (sc_site_store_get_n_sites (store), ==, 0);
  g_assert_cmpstr (sc_window_get_list_page (window), ==, "empty");
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_parent (sc_window_get_search_entry (window))));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo-remove", NULL));
  g_assert_cmpuint (sc_site_store_get_n_sites (store), ==, 2);
  g_assert_true (shown_site (window, 0) == ok);
  g_assert_true (shown_site (window, 1) == broken);
  g_assert_true (sc_site_get_result (broken) == result);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Editing an address changes the site in place and checks the new one;
 * an address another site has is refused. */
static void
test_edit_address (void)
{
  ScWindow *window = open_window (NULL);
  ScSiteStore *store = sc_window_get_store (window);
  ScSite *first = add_and_check (window, "/status/404");
  ScSite *second = add_and_check (window, "/status/200");
  g_autofree char *fixed = sc_test_server_url (server, "/status/201");
  ScSite *edited;

  edited = sc_window_edit_site (window, first, fixed);
  g_assert_nonnull (edited);
  g_assert_true (shown_site (window, 0) == edited);
  g_assert_true (sc_window_get_selected (window) == edited);
  wait_until (site_has_result, edited);
  g_assert_cmpuint (sc_check_result_get_status (sc_site_get_result (edited)), ==, 201);
  g_assert_cmpuint (sc_site_store_get_n_sites (store), ==, 2);

  g_assert_null (sc_window_edit_site (window, second, fixed));
  g_assert_true (g_str_has_suffix (sc_window_get_last_notice (window), "is already in the list"));
  g_assert_cmpuint (sc_site_store_get_n_sites (store), ==, 2);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Several sites selected at once are checked, reported and removed
 * together; Undo brings them all back. */
static void
test_multi_select (void)
{
  ScWindow *window = open_window (NULL);
  ScSiteStore *store = sc_window_get_store (window);
  ScSite *a = add_and_check (window, "/status/200");
  ScSite *b = add_and_check (window, "/status/503");
  ScSite *c = add_and_check (window, "/status/404");
  GtkSelectionModel *selection = GTK_SELECTION_MODEL (gtk_list_view_get_model (sc_window_get_site_list (window)));
  ScCheckResult *results[] = { sc_site_get_result (a), sc_site_get_result (c) };
  g_autofree char *expected = sc_report_render (SC_REPORT_FORMAT_MARKDOWN,
                                                sc_check_queue_get_checker (sc_window_get_queue (window)),
                                                results, 2);
  ClipboardRead read = { FALSE, NULL };

  gtk_selection_model_select_item (selection, 0, TRUE);
  gtk_selection_model_select_item (selection, 2, FALSE);
  g_assert_null (sc_window_get_selected (window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.copy-report", NULL));
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (window)), NULL, on_clipboard_read, &read);
  wait_until (clipboard_read_done, &read);
  g_assert_cmpstr (read.text, ==, expected);
  g_free (read.text);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.check-again", NULL));
  g_assert_true (sc_site_get_checking (a) && sc_site_get_checking (c));
  g_assert_false (sc_site_get_checking (b));
  wait_until (queue_idle, window);

  gtk_widget_grab_focus (GTK_WIDGET (sc_window_get_site_list (window)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.remove", NULL));
  g_assert_cmpuint (sc_site_store_get_n_sites (store), ==, 1);
  g_assert_cmpstr (sc_window_get_last_notice (window), ==, "Removed 2 sites");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo-remove", NULL));
  g_assert_true (shown_site (window, 0) == a);
  g_assert_true (shown_site (window, 1) == b);
  g_assert_true (shown_site (window, 2) == c);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A site manager's export (MainWP's has name, url and groups) keeps the
 * names and groups: rows show the name, the list filters by group, and
 * both survive a relaunch. */
static void
test_import_names_and_groups (void)
{
  g_autofree char *sites = sites_path ("labelled.json");
  g_autofree char *path = sites_path ("mainwp.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *bakery_url = sc_test_server_url (server, "/status/200");
  g_autofree char *blog_url = sc_test_server_url (server, "/status/404");
  g_autofree char *csv = g_strdup_printf ("name,url,admin_name,groups\r\n"
                                          "Bakery,%s,admin,\"Clients, Shop\"\r\n"
                                          "Our blog,%s,admin,Internal\r\n", bakery_url, blog_url);
  ScWindow *window = open_window ("labelled.json");
  ScSiteStore *store = sc_window_get_store (window);
  gpointer args[2] = { store, GUINT_TO_POINTER (2) };
  ScSite *bakery;
  ScSite *blog;
  GtkWidget *row;
  const char *shop_groups[] = { "Clients", "Shop", NULL };

  g_file_set_contents (path, csv, -1, NULL);
  sc_window_import_file (window, file);
  wait_until (store_has_n, args);
  wait_until (queue_idle, window);
  bakery = sc_site_store_lookup (store, bakery_url);
  blog = sc_site_store_lookup (store, blog_url);
  g_assert_cmpstr (sc_site_get_name (bakery), ==, "Bakery");
  g_assert_true (g_strv_equal (sc_site_get_groups (bakery), shop_groups));
  row = wait_for_row (window, blog);
  g_assert_cmpstr (sc_site_row_get_heading (SC_SITE_ROW (row)), ==, "Our blog");

  sc_window_set_group (window, "Internal");
  g_assert_true (sc_window_select_site (window, blog));
  g_assert_false (sc_window_select_site (window, bakery));
  sc_window_set_group (window, NULL);
  g_assert_true (sc_window_select_site (window, bakery));

  gtk_window_close (GTK_WINDOW (window));
  window = open_window ("labelled.json");
  bakery = sc_site_store_lookup (sc_window_get_store (window), bakery_url);
  g_assert_cmpstr (sc_site_get_name (bakery), ==, "Bakery");
  g_assert_true (g_strv_equal (sc_site_get_groups (bakery), shop_groups));
  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
  g_unlink (sites);
}

/* An address that cannot be requested says nobody answered it. */
static void
test_nobody_answered (void)
{
  ScWindow *window = open_window (NULL);
  const char *inputs[] = { "ftp://files.example/", NULL };
  ScSite *site;

  sc_window_add_inputs (window, inputs, TRUE, NULL);
  site = sc_site_store_lookup (sc_window_get_store (window), inputs[0]);
  wait_until (site_has_result, site);
  g_assert_true (sc_window_select_site (window, site));
  g_assert_cmpstr (sc_detail_view_get_answered_text (sc_window_get_detail_view (window)), ==,
                   "Nobody answered: this address could not be requested");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The app's icon is in its resources, where GtkApplication looks for
 * icons, so the About window shows it even uninstalled. */
static void
test_icon_bundled (void)
{
  g_autoptr(GBytes) icon = g_resources_lookup_data (RESOURCE_PREFIX "/icons/scalable/apps/" APP_ID ".svg",
                                                    G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);

  g_assert_nonnull (icon);
  g_assert_cmpuint (g_bytes_get_size (icon), >, 0);
}

/* A site being checked shows our spinner, which turns by redrawing only:
 * GtkSpinner's CSS animation restyled it every frame, and each restyle
 * cost the window a layout with X round trips (bench/RESULTS.md). */
static void
test_checking_spinner (void)
{
  g_autoptr(GtkWidget) badge = g_object_ref_sink (sc_status_badge_new ());
  GtkWidget *spinner = NULL;

  sc_status_badge_set_result (SC_STATUS_BADGE (badge), NULL, TRUE);
  for (GtkWidget *child = gtk_widget_get_first_child (badge); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      g_assert_false (GTK_IS_SPINNER (child));
      if (SC_IS_SPINNER (child))
        spinner = child;
    }
  g_assert_nonnull (spinner);
  g_assert_true (sc_spinner_get_spinning (SC_SPINNER (spinner)));
  g_assert_cmpstr (sc_status_badge_get_text (SC_STATUS_BADGE (badge)), ==, "");
  g_assert_cmpstr (sc_status_badge_get_label (SC_STATUS_BADGE (badge)), ==, "Checking");

  sc_status_badge_set_result (SC_STATUS_BADGE (badge), NULL, FALSE);
  g_assert_false (sc_spinner_get_spinning (SC_SPINNER (spinner)));
  g_assert_cmpstr (sc_status_badge_get_text (SC_STATUS_BADGE (badge)), ==, "–");
}

typedef struct {
  guint n_frames;
  guint n_compute_size;
} FrameCount;

static void
on_count_frame (GdkFrameClock *clock,
                FrameCount    *count)
{
  count->n_frames++;
}

static void
on_count_compute_size (GdkToplevel     *toplevel,
                       GdkToplevelSize *size,
                       FrameCount      *count)
{
  count->n_compute_size++;
}

static gboolean
frames_reached (gpointer data)
{
  FrameCount *count = data;
  return count->n_frames >= 1;
}

/* A frame painted: everything queued before has been laid out. */
static void
wait_frames (GtkWidget  *window,
             FrameCount *count)
{
  count->n_frames = 0;
  gtk_widget_queue_draw (window);
  wait_until (frames_reached, count);
}

/* The progress of a run follows the checks by redrawing only: in GTK 4.8
 * on X11 each layout of the window costs round trips to the X server
 * (compute-size), and GtkProgressBar asked for one at each step.  A total
 * with more digits needs room, and a layout: that also shows that the
 * count below would see one. */
static void
test_progress_redraws_only (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *progress = sc_progress_new ();
  FrameCount count = { 0 };
  GdkSurface *surface;

  gtk_window_set_child (GTK_WINDOW (window), progress);
  sc_progress_set (SC_PROGRESS (progress), 0, 200);
  gtk_window_present (GTK_WINDOW (window));
  surface = gtk_native_get_surface (GTK_NATIVE (window));
  g_signal_connect (gdk_surface_get_frame_clock (surface), "after-paint", G_CALLBACK (on_count_frame), &count);
  g_signal_connect (surface, "compute-size", G_CALLBACK (on_count_compute_size), &count);
  /* Until the window has settled after mapping: a frame without a layout. */
  do
    {
      count.n_compute_size = 0;
      wait_frames (window, &count);
    }
  while (count.n_compute_size > 0);
  for (guint done = 1; done <= 150; done += 37)
    {
      sc_progress_set (SC_PROGRESS (progress), done, 200);
      wait_frames (window, &count);
    }
  g_assert_cmpuint (count.n_compute_size, ==, 0);
  g_assert_cmpstr (sc_progress_get_text (SC_PROGRESS (progress)), ==, "149 of 200");
  /* A screen reader hears it: GTK 4.8 says no value of a plain widget. */
  gtk_test_accessible_assert_role (progress, GTK_ACCESSIBLE_ROLE_PROGRESS_BAR);
  gtk_test_accessible_assert_property (progress, GTK_ACCESSIBLE_PROPERTY_LABEL, "149 of 200");
  gtk_test_accessible_assert_property (progress, GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, 149.0);
  g_assert_cmpfloat_with_epsilon (sc_progress_get_fraction (SC_PROGRESS (progress)), 149.0 / 200, 1e-9);

  sc_progress_set (SC_PROGRESS (progress), 149, 2000);
  wait_frames (window, &count);
  g_assert_cmpuint (count.n_compute_size, >, 0);
  g_assert_cmpstr (sc_progress_get_text (SC_PROGRESS (progress)), ==, "149 of 2000");

  g_signal_handlers_disconnect_by_data (gdk_surface_get_frame_clock (surface), &count);
  g_signal_handlers_disconnect_by_data (surface, &count);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A box that counts how often it is measured: a child that asks for a
 * layout (gtk_widget_queue_resize) has it measured again. */
#define TEST_TYPE_MEASURE_COUNTER (test_measure_counter_get_type ())
G_DECLARE_FINAL_TYPE (TestMeasureCounter, test_measure_counter, TEST, MEASURE_COUNTER, GtkWidget)

struct _TestMeasureCounter
{
  GtkWidget parent_instance;
  guint     n_measures;
};

G_DEFINE_FINAL_TYPE (TestMeasureCounter, test_measure_counter, GTK_TYPE_WIDGET)

static void
test_measure_counter_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  TEST_MEASURE_COUNTER (widget)->n_measures++;
  gtk_widget_measure (gtk_widget_get_first_child (widget), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
test_measure_counter_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline)
{
  gtk_widget_allocate (gtk_widget_get_first_child (widget), width, height, baseline, NULL);
}

static void
test_measure_counter_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (test_measure_counter_parent_class)->dispose (object);
}

static void
test_measure_counter_class_init (TestMeasureCounterClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = test_measure_counter_dispose;
  GTK_WIDGET_CLASS (klass)->measure = test_measure_counter_measure;
  GTK_WIDGET_CLASS (klass)->size_allocate = test_measure_counter_size_allocate;
}

static void
test_measure_counter_init (TestMeasureCounter *self)
{
}

/* A row taking its first result (the spinner and "Checking…", then "200"
 * and the catalog's title) is not measured again: some 200 rows do that in
 * the first seconds of a run, and each layout of the window made the list
 * measure and place its rows again.  (The badge's new CSS class still
 * restyles it, which GTK 4.8 does in a layout phase of its own: see
 * bench/window-stalls.md.)  A redirect adds a line and is measured: that
 * also shows that the count would see a layout. */
static void
test_row_first_result_no_layout (void)
{
  ScWindow *main_window = open_window (NULL);
  ScSite *checked = add_and_check (main_window, "/status/200");
  ScSite *redirected = add_and_check (main_window, "/chain/2");
  g_autoptr(ScSite) site = sc_site_new (sc_site_get_input (checked));
  GtkWidget *window = gtk_window_new ();
  TestMeasureCounter *counter = g_object_new (TEST_TYPE_MEASURE_COUNTER, NULL);
  GtkWidget *row = sc_site_row_new ();
  ScStatusBadge *badge = sc_site_row_get_badge (SC_SITE_ROW (row));
  FrameCount count = { 0 };
  GdkSurface *surface;
  int height;

  sc_site_set_checking (site, TRUE);
  sc_site_row_set_site (SC_SITE_ROW (row), site);
  gtk_widget_set_parent (row, GTK_WIDGET (counter));
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (counter));
  gtk_window_present (GTK_WINDOW (window));
  surface = gtk_native_get_surface (GTK_NATIVE (window));
  g_signal_connect (gdk_surface_get_frame_clock (surface), "after-paint", G_CALLBACK (on_count_frame), &count);
  do
    {
      counter->n_measures = 0;
      wait_frames (window, &count);
    }
  while (counter->n_measures > 0);
  g_assert_cmpstr (sc_status_badge_get_css_class (badge), ==, "checking");
  height = gtk_widget_get_height (row);

  sc_site_set_result (site, sc_site_get_result (checked));
  sc_site_set_checking (site, FALSE);
  wait_frames (window, &count);
  wait_frames (window, &count);
  g_assert_cmpuint (counter->n_measures, ==, 0);
  g_assert_cmpint (gtk_widget_get_height (row), ==, height);
  g_assert_cmpstr (sc_status_badge_get_text (badge), ==, "200");
  g_assert_cmpstr (sc_status_badge_get_css_class (badge), ==, "success");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (badge), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "200 OK, success");

  sc_site_set_result (site, sc_site_get_result (redirected));
  wait_frames (window, &count);
  g_assert_cmpuint (counter->n_measures, >, 0);
  g_assert_cmpint (gtk_widget_get_height (row), >, height);
  g_assert_nonnull (sc_site_row_get_path_text (SC_SITE_ROW (row)));

  g_signal_handlers_disconnect_by_data (gdk_surface_get_frame_clock (surface), &count);
  gtk_window_destroy (GTK_WINDOW (window));
  gtk_window_destroy (GTK_WINDOW (main_window));
}

/* The summary of the list changes while checks run; a new text of the
 * same size (longer than max-width-chars, as the summary is during a run)
 * only redraws it.  One that needs more lines gets a layout. */
static void
test_live_label_redraws_only (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *label = sc_live_label_new ();
  FrameCount count = { 0 };
  GdkSurface *surface;
  int height;

  gtk_widget_set_size_request (box, 300, -1);
  gtk_box_append (GTK_BOX (box), label);
  gtk_window_set_child (GTK_WINDOW (window), box);
  sc_live_label_set_max_width_chars (SC_LIVE_LABEL (label), 30);
  sc_live_label_set_text (SC_LIVE_LABEL (label), "1000 sites · 8 need a look · 992 not checked yet");
  gtk_window_present (GTK_WINDOW (window));
  surface = gtk_native_get_surface (GTK_NATIVE (window));
  g_signal_connect (gdk_surface_get_frame_clock (surface), "after-paint", G_CALLBACK (on_count_frame), &count);
  g_signal_connect (surface, "compute-size", G_CALLBACK (on_count_compute_size), &count);
  do
    {
      count.n_compute_size = 0;
      wait_frames (window, &count);
    }
  while (count.n_compute_size > 0);
  height = gtk_widget_get_height (label);
  g_assert_cmpint (height, >, 0);

  sc_live_label_set_text (SC_LIVE_LABEL (label), "1000 sites · 9 need a look · 991 not checked yet");
  wait_frames (window, &count);
  sc_live_label_set_text (SC_LIVE_LABEL (label), "1000 sites · 10 need a look · 989 not checked yet");
  wait_frames (window, &count);
  g_assert_cmpuint (count.n_compute_size, ==, 0);
  g_assert_cmpstr (sc_live_label_get_text (SC_LIVE_LABEL (label)), ==,
                   "1000 sites · 10 need a look · 989 not checked yet");

  sc_live_label_set_text (SC_LIVE_LABEL (label), "1000 sites · 10 need a look · 989 not checked yet · "
                          "3 checked a day or more ago · and a good deal more to say");
  wait_frames (window, &count);
  g_assert_cmpuint (count.n_compute_size, >, 0);
  g_assert_cmpint (gtk_widget_get_height (label), >, height);
  g_assert_cmpint (gtk_widget_get_width (label), <=, 300);

  g_signal_handlers_disconnect_by_data (gdk_surface_get_frame_clock (surface), &count);
  g_signal_handlers_disconnect_by_data (surface, &count);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = NULL;
  g_autoptr(GtkCssProvider) css = NULL;
  int status;

  tmpdir = g_dir_make_tmp ("statuscope-app-XXXXXX", &error);
  g_assert_no_error (error);
  data_home = g_build_filename (tmpdir, "data", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* The app's style sheet, as AdwApplication loads it, so that sizes are
   * the ones users get. */
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  server = sc_test_server_new (NULL);

  g_test_add_func ("/app/add-site-shows-result", test_add_site_shows_result);
  g_test_add_func ("/app/redirect-chain-in-detail", test_redirect_chain_in_detail);
  g_test_add_func ("/app/answered-by-in-detail", test_answered_by_in_detail);
  g_test_add_func ("/app/failure-badge", test_failure_badge);
  g_test_add_func ("/app/success-with-warning", test_success_with_warning);
  g_test_add_func ("/app/copy-report", test_copy_report);
  g_test_add_func ("/app/import-file", test_import_file);
  g_test_add_func ("/app/persistence-round-trip", test_persistence_round_trip);
  g_test_add_func ("/app/loading-page", test_loading_page);
  g_test_add_func ("/app/damaged-file", test_damaged_file);
  g_test_add_func ("/app/preferences-change-checks", test_preferences_change_checks);
  g_test_add_func ("/app/filters", test_filters);
  g_test_add_func ("/app/delete-belongs-to-the-list", test_delete_belongs_to_the_list);
  g_test_add_func ("/app/export-follows-the-chosen-format", test_export_follows_the_chosen_format);
  g_test_add_func ("/app/detail-opens-at-the-top", test_detail_opens_at_the_top);
  g_test_add_func ("/app/scheme-tells-rows-apart", test_scheme_tells_rows_apart);
  g_test_add_func ("/app/narrow-click-opens", test_narrow_click_opens);
  g_test_add_func ("/app/add-under-a-search", test_add_under_a_search);
  g_test_add_func ("/app/paste-finds-addresses", test_paste_finds_addresses);
  g_test_add_func ("/app/first-launch-focus", test_first_launch_focus);
  g_test_add_func ("/app/timing-adds-up", test_timing_adds_up);
  g_test_add_func ("/app/find-and-escape", test_find_and_escape);
  g_test_add_func ("/app/list-is-one-tab-stop", test_list_is_one_tab_stop);
  g_test_add_func ("/app/removal-selects-next", test_removal_selects_next);
  g_test_add_func ("/app/filter-counts", test_filter_counts);
  g_test_add_func ("/app/sidebar-keeps-its-width", test_sidebar_keeps_its_width);
  g_test_add_func ("/app/row-path-and-age", test_row_path_and_age);
  g_test_add_func ("/app/row-age-refresh", test_row_age_refresh);
  g_test_add_func ("/app/sorting", test_sorting);
  g_test_add_func ("/app/problems-and-clear-list", test_problems_and_clear_list);
  g_test_add_func ("/app/edit-address", test_edit_address);
  g_test_add_func ("/app/multi-select", test_multi_select);
  g_test_add_func ("/app/import-names-and-groups", test_import_names_and_groups);
  g_test_add_func ("/app/nobody-answered", test_nobody_answered);
  g_test_add_func ("/app/icon-bundled", test_icon_bundled);
  g_test_add_func ("/app/checking-spinner", test_checking_spinner);
  g_test_add_func ("/app/progress-redraws-only", test_progress_redraws_only);
  g_test_add_func ("/app/live-label-redraws-only", test_live_label_redraws_only);
  g_test_add_func ("/app/row-first-result-no-layout", test_row_first_result_no_layout);

  status = g_test_run ();
  sc_test_server_free (server);
  return status;
}
