/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <adwaita.h>

#include "sc-application.h"
#include "sc-history-strip.h"
#include "sc-preferences-window.h"
#include "sc-site-filter.h"
#include "sc-test-server.h"
#include "sc-window-private.h"

/* The window's history and watching, under Xvfb, against a server whose
 * answer the test changes between checks: every check is recorded, the
 * detail pane's strip shows them, and the watcher re-checks a site that
 * broke before it notifies, and does not notify a flap; the list's
 * Changed filter; watching with the window closed. */

static guint answer_status = 200;
static guint n_requests;   /* answered by handle() */
static ScTestServer *fixtures;
static char *tmpdir;

static void
handle (SoupServer        *server,
        SoupServerMessage *msg,
        const char        *path,
        GHashTable        *query,
        gpointer           user_data)
{
  n_requests++;
  soup_server_message_set_status (msg, answer_status, NULL);
  soup_server_message_set_response (msg, "text/html", SOUP_MEMORY_STATIC, "<title>Hi</title>hi", 19);
}

/* Sites under /run/ whose answers move from one round of checks to the
 * next: one stays, one breaks, one is fixed, one redirects elsewhere. */
static guint run_round;

static void
handle_run (SoupServer        *server,
            SoupServerMessage *msg,
            const char        *path,
            GHashTable        *query,
            gpointer           user_data)
{
  guint status = 200;

  if (g_str_equal (path, "/run/breaks"))
    status = run_round == 0 ? 200 : 503;
  else if (g_str_equal (path, "/run/fixed"))
    status = run_round == 0 ? 503 : 200;
  else if (g_str_equal (path, "/run/moves"))
    {
      status = 302;
      soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Location",
                                    run_round == 0 ? "/run/target-a" : "/run/target-b");
    }
  soup_server_message_set_status (msg, status, NULL);
  soup_server_message_set_response (msg, "text/html", SOUP_MEMORY_STATIC, "<title>Hi</title>hi", 19);
}

static gboolean
on_wait_timeout (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Under valgrind, STATUSCOPE_TEST_SLOWDOWN=20 gives each wait longer. */
static guint
slowdown (void)
{
  const char *value = g_getenv ("STATUSCOPE_TEST_SLOWDOWN");

  return MAX (g_ascii_strtoull (value != NULL ? value : "1", NULL, 10), 1);
}

static void
wait_until_named (gboolean  (*done) (gpointer),
                  gpointer    data,
                  const char *name)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (10 * slowdown (), on_wait_timeout, &timed_out);

  while (!done (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (timed_out)
    g_error ("timed out waiting until %s", name);
  g_source_remove (id);
}

/* A time-out says what it waited for. */
#define wait_until(done, data) wait_until_named ((done), (data), #done)

/* Closed only once shown: as a person would, after the window appeared. */
static gboolean
window_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

static gboolean
window_loaded (gpointer data)
{
  return sc_window_get_loaded (data);
}

typedef struct {
  ScHistoryStrip *strip;
  guint           n;
} StripWait;

static gboolean
strip_has_n (gpointer data)
{
  StripWait *w = data;
  return sc_history_strip_get_n_checks (w->strip) == w->n;
}

typedef struct {
  ScWatcher *watcher;
  guint      n;
} NotifyWait;

static gboolean
notified_n (gpointer data)
{
  NotifyWait *w = data;
  return sc_watcher_get_n_notified (w->watcher) >= w->n;
}

static gboolean
queue_idle (gpointer data)
{
  return !sc_check_queue_get_busy (data);
}

typedef struct {
  SoupServer *server;
  char       *url;
  ScWindow   *window;
  ScSite     *site;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) address = g_inet_socket_address_new (loopback, 0);
  g_autofree char *history = g_strdup_printf ("%s/history-%s.db", tmpdir, (const char *) data);
  GSList *uris;
  const char *inputs[2];

  g_setenv ("STATUSCOPE_HISTORY", history, TRUE);
  answer_status = 200;
  f->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (f->server, NULL, handle, NULL, NULL);
  soup_server_add_handler (f->server, "/run", handle_run, NULL, NULL);
  soup_server_listen (f->server, address, 0, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (f->server);
  f->url = g_uri_to_string (uris->data);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  f->window = sc_window_new (NULL, NULL);
  gtk_window_present (GTK_WINDOW (f->window));
  wait_until (window_loaded, f->window);
  inputs[0] = f->url;
  inputs[1] = NULL;
  g_assert_cmpuint (sc_window_add_inputs (f->window, inputs, TRUE, NULL), ==, 1);
  f->site = sc_site_store_lookup (sc_window_get_store (f->window), f->url);
  g_assert_nonnull (f->site);
  g_assert_true (sc_window_select_site (f->window, f->site));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  soup_server_disconnect (f->server);
  g_object_unref (f->server);
  g_free (f->url);
}

/* Checks the site again with the server answering @status. */
static void
check_with (Fixture *f,
            guint    status)
{
  answer_status = status;
  sc_check_queue_add (sc_window_get_queue (f->window), f->site);
  wait_until (queue_idle, sc_window_get_queue (f->window));
}

static gboolean
strip_copied (gpointer data)
{
  return sc_history_strip_get_copied (data) != NULL;
}

static void
test_strip (Fixture       *f,
            gconstpointer  data)
{
  ScHistoryStrip *strip = sc_detail_view_get_history_strip (sc_window_get_detail_view (f->window));
  StripWait one = { strip, 1 };
  StripWait three = { strip, 3 };
  GtkWidget *marks;
  GtkWidget *last;

  wait_until (queue_idle, sc_window_get_queue (f->window));
  wait_until (strip_has_n, &one);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (strip)));
  g_assert_cmpstr (sc_history_strip_get_summary (strip), ==, "1 check recorded, 0 with a problem");

  check_with (f, 503);
  check_with (f, 200);
  wait_until (strip_has_n, &three);
  g_assert_true (g_str_has_prefix (sc_history_strip_get_summary (strip), "3 checks recorded, 1 with a problem. "
                                                                        "Last change: 200 OK, was 503 "));
  g_assert_nonnull (strstr (sc_history_strip_get_summary (strip), "(fixed)"));
  /* The chart and the changes in words: the newest change first. */
  g_assert_true (g_str_has_prefix (sc_history_strip_get_details (strip), "Response time: "));
  g_assert_nonnull (strstr (sc_history_strip_get_details (strip), " — fixed: 200 OK, was 503 Service Unavailable"));
  g_assert_nonnull (strstr (sc_history_strip_get_details (strip), " — broken: 503 Service Unavailable, was 200 OK"));
  g_assert_cmpint (strstr (sc_history_strip_get_details (strip), "— fixed") - sc_history_strip_get_details (strip),
                   <, strstr (sc_history_strip_get_details (strip), "— broken") - sc_history_strip_get_details (strip));

  /* Oldest first: ✔ ✘ ✔, the middle one with its answer as tooltip. */
  marks = gtk_widget_get_next_sibling (gtk_widget_get_first_child (GTK_WIDGET (strip)));
  last = gtk_widget_get_last_child (marks);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (last)), ==, "✔");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (gtk_widget_get_prev_sibling (last))), ==, "✘");
  g_assert_true (g_str_has_suffix (gtk_widget_get_tooltip_text (gtk_widget_get_prev_sibling (last)),
                                   ": 503 Service Unavailable"));
  g_assert_true (gtk_widget_has_css_class (gtk_widget_get_prev_sibling (last), "error"));

  /* Copy History as CSV: every check, newest first. */
  sc_history_strip_copy_csv (strip);
  wait_until (strip_copied, strip);
  {
    g_auto(GStrv) lines = g_strsplit (sc_history_strip_get_copied (strip), "\r\n", -1);

    g_assert_cmpuint (g_strv_length (lines), ==, 5);
    g_assert_true (g_str_has_prefix (lines[0], "checked_at,status,"));
    g_assert_nonnull (strstr (lines[1], ",200,OK,success,ok,"));
    g_assert_nonnull (strstr (lines[2], ",503,Service Unavailable,server-error,problem,"));
  }
}

/* Broken only after a second look; a flap that heals before the second
 * look says nothing; fixed after a notified break says so. */
static void
test_watcher (Fixture       *f,
              gconstpointer  data)
{
  ScWatcher *watcher = f->window->watcher;
  NotifyWait first = { watcher, 1 };
  NotifyWait second = { watcher, 2 };
  ScHistoryStrip *strip = sc_detail_view_get_history_strip (sc_window_get_detail_view (f->window));
  StripWait one = { strip, 1 };
  StripWait three = { strip, 3 };
  StripWait five = { strip, 5 };

  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  /* 30 s of pause last 150 ms here; watching on, but no round due. */
  g_settings_set_string (settings, "watch-interval", "1d");
  sc_watcher_set_time_scale (watcher, 5);
  wait_until (queue_idle, sc_window_get_queue (f->window));
  wait_until (strip_has_n, &one);
  g_assert_cmpuint (sc_watcher_get_n_notified (watcher), ==, 0);

  check_with (f, 503);
  g_assert_cmpuint (sc_watcher_get_n_notified (watcher), ==, 0);
  wait_until (notified_n, &first);          /* the re-check, still 503 */
  wait_until (strip_has_n, &three);          /* 200, 503 and the re-check */

  check_with (f, 200);
  wait_until (notified_n, &second);
  g_assert_cmpuint (sc_watcher_get_n_notified (watcher), ==, 2);

  /* A flap: 503, then 200 by the time of the re-check. */
  answer_status = 503;
  sc_check_queue_add (sc_window_get_queue (f->window), f->site);
  wait_until (queue_idle, sc_window_get_queue (f->window));
  answer_status = 200;
  wait_until (strip_has_n, &five);
  wait_until (queue_idle, sc_window_get_queue (f->window));
  g_assert_cmpuint (sc_watcher_get_n_notified (watcher), ==, 2);

  /* With watching off, a break made by hand notifies nothing. */
  g_settings_reset (settings, "watch-interval");
  check_with (f, 503);
  check_with (f, 503);
  g_assert_cmpuint (sc_watcher_get_n_notified (watcher), ==, 2);
}

static void
test_watch_interval (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  g_assert_cmpuint (sc_watcher_get_interval (f->window->watcher), ==, 0);   /* off by default */
  g_settings_set_string (settings, "watch-interval", "15m");
  g_assert_cmpuint (sc_watcher_get_interval (f->window->watcher), ==, 15 * 60);
  g_settings_set_string (settings, "watch-interval", "1d");
  g_assert_cmpuint (sc_watcher_get_interval (f->window->watcher), ==, 24 * 3600);
  g_settings_reset (settings, "watch-interval");
  g_assert_cmpuint (sc_watcher_get_interval (f->window->watcher), ==, 0);
}

/* A stand-in for the desktop's notification server, owned on the test's
 * session bus: GLib's fallback backend sends GNotifications there. */
static const char notifications_xml[] =
  "<node><interface name='org.freedesktop.Notifications'>"
  "<method name='Notify'><arg type='s' direction='in'/><arg type='u' direction='in'/>"
  "<arg type='s' direction='in'/><arg type='s' direction='in'/><arg type='s' direction='in'/>"
  "<arg type='as' direction='in'/><arg type='a{sv}' direction='in'/><arg type='i' direction='in'/>"
  "<arg type='u' direction='out'/></method>"
  "<method name='CloseNotification'><arg type='u' direction='in'/></method>"
  "</interface></node>";

static GPtrArray *received;   /* "summary\nbody" of each Notify call */
static GHashTable *received_ids;   /* summary → its actions and labels, if kept */

static void
on_notifications_call (GDBusConnection       *connection,
                       const char            *sender,
                       const char            *path,
                       const char            *interface,
                       const char            *method,
                       GVariant              *parameters,
                       GDBusMethodInvocation *invocation,
                       gpointer               user_data)
{
  const char *summary = NULL;
  const char *body = NULL;

  if (g_str_equal (method, "Notify"))
    {
      g_autoptr(GVariant) actions = NULL;

      g_variant_get (parameters, "(&su&s&s&s@as@a{sv}i)", NULL, NULL, NULL, &summary, &body, &actions, NULL, NULL);
      g_ptr_array_add (received, g_strdup_printf ("%s\n%s", summary, body));
      /* The buttons' actions, as GLib names them to the server. */
      if (received_ids != NULL)
        {
          g_autofree const char **names = g_variant_get_strv (actions, NULL);
          g_autofree char *joined = g_strjoinv (" ", (char **) names);

          g_hash_table_insert (received_ids, g_strdup (summary), g_steal_pointer (&joined));
        }
      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(u)", received->len));
    }
  else
    g_dbus_method_invocation_return_value (invocation, NULL);
}

static gboolean
name_owned (gpointer data)
{
  return *(gboolean *) data;
}

static void
on_name_acquired (GDBusConnection *connection,
                  const char      *name,
                  gpointer         user_data)
{
  *(gboolean *) user_data = TRUE;
}

/* The notification daemon's stand-in on the session bus, for one test:
 * what it is sent lands in received (and received_ids when kept). */
typedef struct {
  GDBusConnection *bus;
  guint            object_id;
  guint            owner_id;
} Notifications;

static void
notifications_start (Notifications *n,
                     gboolean       keep_ids)
{
  static const GDBusInterfaceVTable vtable = { on_notifications_call, NULL, NULL, { 0 } };
  g_autoptr(GError) error = NULL;
  g_autoptr(GDBusNodeInfo) info = g_dbus_node_info_new_for_xml (notifications_xml, &error);
  gboolean owned = FALSE;

  g_assert_no_error (error);
  n->bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);
  received = g_ptr_array_new_with_free_func (g_free);
  if (keep_ids)
    received_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  n->object_id = g_dbus_connection_register_object (n->bus, "/org/freedesktop/Notifications",
                                                    info->interfaces[0], &vtable, NULL, NULL, &error);
  g_assert_no_error (error);
  n->owner_id = g_bus_own_name_on_connection (n->bus, "org.freedesktop.Notifications",
                                              G_BUS_NAME_OWNER_FLAGS_NONE, on_name_acquired, NULL,
                                              &owned, NULL);
  wait_until (name_owned, &owned);
}

static void
notifications_stop (Notifications *n)
{
  g_bus_unown_name (n->owner_id);
  g_dbus_connection_unregister_object (n->bus, n->object_id);
  g_clear_object (&n->bus);
  g_clear_pointer (&received, g_ptr_array_unref);
  g_clear_pointer (&received_ids, g_hash_table_unref);
}

static gboolean
received_some (gpointer data)
{
  return received->len > 0;
}

/* A confirmed break reaches the session bus as a desktop notification
 * naming the site and what changed. */
static void
test_notification_on_bus (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkApplication) app = gtk_application_new ("io.github.statuscope.Statuscope.HistoryTest",
                                                       G_APPLICATION_NON_UNIQUE);
  g_autofree char *expected = g_strdup_printf ("%s is not working\n503 Service Unavailable, was 200 OK", f->url);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  Notifications notifications = { 0 };

  g_assert_no_error (error);
  notifications_start (&notifications, FALSE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_application_set_default (G_APPLICATION (app));

  /* A day: at 5 ms a second, no round comes during the test. */
  g_settings_set_string (settings, "watch-interval", "1d");
  sc_watcher_set_time_scale (f->window->watcher, 5);
  wait_until (queue_idle, sc_window_get_queue (f->window));
  check_with (f, 503);
  wait_until (received_some, NULL);
  g_assert_cmpuint (received->len, ==, 1);
  g_assert_cmpstr (received->pdata[0], ==, expected);

  g_settings_reset (settings, "watch-interval");
  g_application_set_default (NULL);
  notifications_stop (&notifications);
}

static AdwComboRow *
find_combo_row (GtkWidget  *widget,
                const char *title)
{
  if (ADW_IS_COMBO_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return ADW_COMBO_ROW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwComboRow *found = find_combo_row (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The Watching page of the preferences follows the key both ways. */
static void
test_preferences (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GtkWidget *prefs = sc_preferences_window_new (GTK_WINDOW (f->window));
  AdwComboRow *row;

  g_settings_set_string (settings, "watch-interval", "6h");
  gtk_window_present (GTK_WINDOW (prefs));
  row = find_combo_row (prefs, "_Automatic Checks");
  g_assert_nonnull (row);
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 3);
  adw_combo_row_set_selected (row, 1);
  g_assert_cmpuint (sc_watcher_get_interval (f->window->watcher), ==, 15 * 60);
  adw_combo_row_set_selected (row, 0);
  g_assert_cmpuint (sc_watcher_get_interval (f->window->watcher), ==, 0);
  gtk_window_destroy (GTK_WINDOW (prefs));
  g_settings_reset (settings, "watch-interval");
}

static gboolean
has_summary (gpointer data)
{
  const char *notice = sc_window_get_last_notice (data);

  return notice != NULL && strstr (notice, " changed since ") != NULL;
}

static void
on_history_flushed (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_assert_true (sc_history_flush_finish (SC_HISTORY (source), result, NULL));
  *(gboolean *) user_data = TRUE;
}

static gboolean
flag_set (gpointer data)
{
  return *(gboolean *) data;
}

static gboolean
history_opened (gpointer data)
{
  return sc_history_recorder_get_history (data) != NULL;
}

/* Waits until every change of the checks made so far has been told.  The
 * history opens in its thread: on a loaded machine it may not be open yet. */
static void
flush_history (ScWindow *window)
{
  gboolean done = FALSE;

  for (guint i = 0; i < 10; i++)
    g_main_context_iteration (NULL, FALSE);
  wait_until (history_opened, window->recorder);
  sc_history_flush_async (sc_history_recorder_get_history (window->recorder), NULL, on_history_flushed, &done);
  wait_until (flag_set, &done);
}

/* A run over several sites ends with what changed: two sites that broke. */
static void
test_run_summary (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *second = g_strconcat (f->url, "other", NULL);
  const char *inputs[] = { second, NULL };
  ScSite *other;
  StripWait one = { sc_detail_view_get_history_strip (sc_window_get_detail_view (f->window)), 1 };

  wait_until (queue_idle, sc_window_get_queue (f->window));
  wait_until (strip_has_n, &one);
  g_assert_cmpuint (sc_window_add_inputs (f->window, inputs, TRUE, NULL), ==, 1);
  other = sc_site_store_lookup (sc_window_get_store (f->window), second);
  g_assert_nonnull (other);
  wait_until (queue_idle, sc_window_get_queue (f->window));
  flush_history (f->window);
  g_assert_false (has_summary (f->window));   /* new sites did not change */
  /* The next run starts in a later second than this one's checks. */
  g_usleep (G_USEC_PER_SEC);

  answer_status = 503;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.check-all", NULL));
  wait_until (has_summary, f->window);
  g_assert_true (g_str_has_prefix (sc_window_get_last_notice (f->window), "2 changed since "));
  g_assert_true (g_str_has_suffix (sc_window_get_last_notice (f->window), " UTC: 2 broken"));
}

static GtkWidget *
changed_button (ScWindow *window)
{
  guint n_filters;
  const ScSiteFilter *filters = sc_site_filter_get_all (&n_filters);

  return g_ptr_array_index (window->filter_buttons, sc_site_filter_lookup ("changed") - filters);
}

static gboolean
list_empty (gpointer data)
{
  return g_list_model_get_n_items (G_LIST_MODEL (((ScWindow *) data)->filtered)) == 0;
}

static gboolean
changed_button_hidden (gpointer data)
{
  return !gtk_widget_get_visible (changed_button (data));
}

typedef struct {
  ScWindow   *window;
  const char *filter;
  const char *label;
} LabelWait;

static gboolean
filter_label_is (gpointer data)
{
  LabelWait *w = data;

  return g_strcmp0 (sc_window_get_filter_label (w->window, w->filter), w->label) == 0;
}

/* The "Changed" filter and its count: after a first round nothing has
 * changed; after a second one where a site broke, one was fixed and one
 * redirects elsewhere, the filter shows exactly those three, and the run
 * summary's button opens it. */
static void
test_changed_filter (Fixture       *f,
                     gconstpointer  data)
{
  static const char * const paths[] = { "run/steady", "run/breaks", "run/fixed", "run/moves" };
  g_autoptr(GPtrArray) urls = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) expected = g_hash_table_new (g_str_hash, g_str_equal);
  LabelWait none = { f->window, "changed", "Changed 0" };
  LabelWait three = { f->window, "changed", "Changed 3" };
  g_autofree char *action = NULL;
  g_autoptr(GVariant) target = NULL;
  GListModel *shown;

  wait_until (queue_idle, sc_window_get_queue (f->window));
  run_round = 0;
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    g_ptr_array_add (urls, g_strconcat (f->url, paths[i], NULL));
  g_ptr_array_add (urls, NULL);
  g_assert_cmpuint (sc_window_add_inputs (f->window, (const char **) urls->pdata, TRUE, NULL), ==, 4);
  wait_until (queue_idle, sc_window_get_queue (f->window));
  flush_history (f->window);
  wait_until (filter_label_is, &none);       /* first checks are new, not changed */
  g_assert_false (gtk_widget_get_visible (changed_button (f->window)));
  g_assert_false (has_summary (f->window));
  g_usleep (G_USEC_PER_SEC);

  run_round = 1;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.check-all", NULL));
  wait_until (has_summary, f->window);
  g_assert_true (g_str_has_suffix (sc_window_get_last_notice (f->window), " UTC: 1 broken, 1 fixed, 1 changed"));
  wait_until (filter_label_is, &three);
  g_assert_true (gtk_widget_get_visible (changed_button (f->window)));
  g_assert_cmpstr (sc_window_get_filter_label (f->window, "all"), ==, "All 5");
  /* Four filters with their counts still fit the sidebar on a phone. */
  {
    int min;

    gtk_widget_measure (GTK_WIDGET (f->window->filter_box), GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
    g_assert_cmpint (min, <=, 340);   /* the sidebar's width-request */
  }

  /* The summary's "Show" is the Changed filter. */
  g_assert_nonnull (f->window->last_notice_action);
  g_assert_true (g_action_parse_detailed_name (f->window->last_notice_action, &action, &target, NULL));
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (f->window), action, target));
  {
    g_autofree char *mode = NULL;

    g_object_get (f->window, "filter-mode", &mode, NULL);
    g_assert_cmpstr (mode, ==, "changed");
  }
  for (guint i = 1; i < G_N_ELEMENTS (paths); i++)
    g_hash_table_add (expected, urls->pdata[i]);
  shown = G_LIST_MODEL (f->window->filtered);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 3);
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(ScSite) site = g_list_model_get_item (shown, i);

      g_assert_true (g_hash_table_remove (expected, sc_site_get_input (site)));
    }
  g_assert_cmpuint (g_hash_table_size (expected), ==, 0);

  /* A third round where nothing moves empties the filter again. */
  g_usleep (G_USEC_PER_SEC);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.check-all", NULL));
  wait_until (queue_idle, sc_window_get_queue (f->window));
  flush_history (f->window);
  wait_until (filter_label_is, &none);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.filter", "s", "changed"));
  wait_until (list_empty, f->window);
  /* Chosen, it stays even when empty; it goes once another is chosen. */
  wait_until (filter_label_is, &none);
  g_assert_true (gtk_widget_get_visible (changed_button (f->window)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.filter", "s", "all"));
  wait_until (changed_button_hidden, f->window);
}

static gboolean
received_summary (gpointer data)
{
  return g_hash_table_contains (received_ids, data);
}

static gboolean
pointer_cleared (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* Watching with the window closed: the window hides instead of closing,
 * the application is held (no portal on the test's bus: it runs on), the
 * desktop is told once, a break found while hidden still notifies, and
 * "Stop Watching" from the notification closes the window for good.  With
 * watching off, closing the window closes it. */
static void
test_background (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScApplication) app = sc_application_new ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *broken = g_strdup_printf ("%s is not working", f->url);
  const char *inputs[] = { f->url, NULL };
  ScWindow *window;
  ScBackground *background;
  Notifications notifications = { 0 };

  g_assert_no_error (error);
  notifications_start (&notifications, TRUE);
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_application_set_default (G_APPLICATION (app));
  background = sc_application_get_background (app);
  g_assert_nonnull (background);

  /* A day: at 5 ms a second, no round comes during the test (see watch-tick). */
  g_settings_set_string (settings, "watch-interval", "1d");
  window = sc_window_new (ADW_APPLICATION (app), NULL);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_present (GTK_WINDOW (window));
  wait_until (window_loaded, window);
  g_assert_cmpuint (sc_window_add_inputs (window, inputs, TRUE, NULL), ==, 1);
  wait_until (queue_idle, sc_window_get_queue (window));
  flush_history (window);
  sc_watcher_set_time_scale (window->watcher, 5);

  gtk_window_close (GTK_WINDOW (window));
  g_assert_nonnull (window);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_true (sc_background_get_active (background));
  g_assert_true (g_list_find (gtk_application_get_windows (GTK_APPLICATION (app)), window) != NULL);
  wait_until (received_summary, (gpointer) "Statuscope keeps watching in the background");

  /* A round of watching while hidden: the site broke, and after the
   * second look the desktop is told. */
  answer_status = 503;
  sc_check_queue_add (sc_window_get_queue (window), sc_site_store_lookup (sc_window_get_store (window), f->url));
  wait_until (received_summary, broken);
  g_assert_nonnull (window);
  g_assert_cmpint (sc_background_get_answer (background), ==, SC_BACKGROUND_NO_PORTAL);

  /* "Stop Watching", the notification's button. */
  g_assert_nonnull (strstr (g_hash_table_lookup (received_ids, "Statuscope keeps watching in the background"),
                            "app.stop-watching Stop Watching"));
  g_assert_no_error (error);
  {
    /* Right after an event for the hidden window made GDK compute its
     * size in an idle, as hiding it does on X11: GTK 4.8 ran that idle
     * with the window freed (sc_window_detach_surface()). */
    gboolean idled = FALSE;

    gdk_surface_request_layout (gtk_native_get_surface (GTK_NATIVE (window)));
    g_action_group_activate_action (G_ACTION_GROUP (app), "stop-watching", NULL);
    wait_until (pointer_cleared, &window);
    g_idle_add_full (G_PRIORITY_LOW, on_wait_timeout, &idled, NULL);
    wait_until (flag_set, &idled);
  }
  g_assert_false (sc_background_get_active (background));
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));

  /* Shown again, a hidden window leaves the background. */
  window = sc_window_new (ADW_APPLICATION (app), NULL);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_present (GTK_WINDOW (window));
  wait_until (window_loaded, window);
  wait_until (window_mapped, window);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (sc_background_get_active (background));
  g_application_activate (G_APPLICATION (app));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_false (sc_background_get_active (background));
  /* So does a watching notification's default action. */
  wait_until (window_mapped, window);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (sc_background_get_active (background));
  g_action_group_activate_action (G_ACTION_GROUP (app), "show-site", g_variant_new_string (f->url));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_false (sc_background_get_active (background));

  /* With watching off, closing closes. */
  g_settings_reset (settings, "watch-interval");
  wait_until (window_mapped, window);
  gtk_window_close (GTK_WINDOW (window));
  wait_until (pointer_cleared, &window);
  g_assert_false (sc_background_get_active (background));
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));

  g_application_set_default (NULL);
  notifications_stop (&notifications);
}

static gboolean
requested_since (gpointer data)
{
  return n_requests > *(guint *) data;
}

/* Watching's own timer, with the window hidden: when the interval has
 * passed (15 minutes, 1.8 s here), every site is checked without anyone
 * asking, a break is confirmed by the re-check, and the desktop is told on
 * the session bus. */
static void
test_watch_tick (Fixture       *f,
                 gconstpointer  data)
{
  const guint ms_per_second = 2;
  g_autoptr(GError) error = NULL;
  g_autoptr(ScApplication) app = sc_application_new ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *broken = g_strdup_printf ("%s is not working", f->url);
  const char *inputs[] = { f->url, NULL };
  ScWindow *window;
  Notifications notifications = { 0 };
  guint before;
  gint64 started;

  g_assert_no_error (error);
  notifications_start (&notifications, TRUE);
  g_application_set_application_id (G_APPLICATION (app), APP_ID ".TickTest");
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_application_set_default (G_APPLICATION (app));

  g_settings_set_string (settings, "watch-interval", "15m");
  window = sc_window_new (ADW_APPLICATION (app), NULL);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_present (GTK_WINDOW (window));
  wait_until (window_loaded, window);
  g_assert_cmpuint (sc_window_add_inputs (window, inputs, TRUE, NULL), ==, 1);
  wait_until (queue_idle, sc_window_get_queue (window));
  flush_history (window);
  wait_until (window_mapped, window);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_true (sc_background_get_active (sc_application_get_background (app)));

  /* Nothing is queued by hand from here on: only the timer checks. */
  answer_status = 503;
  before = n_requests;
  started = g_get_monotonic_time ();
  sc_watcher_set_time_scale (window->watcher, ms_per_second);
  wait_until (requested_since, &before);
  g_assert_cmpint (g_get_monotonic_time () - started, >=, 15 * 60 * ms_per_second * 1000);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window)));
  wait_until (received_summary, broken);
  g_assert_nonnull (window);
  g_assert_cmpuint (n_requests, >=, before + 2);   /* the round's check and the re-check */

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  wait_until (pointer_cleared, &window);
  g_settings_reset (settings, "watch-interval");
  g_application_set_default (NULL);
  notifications_stop (&notifications);
}

/* A stand-in for xdg-desktop-portal's Background portal that answers
 * every request with portal_allows, as a Request's Response. */
static const char portal_xml[] =
  "<node><interface name='org.freedesktop.portal.Background'>"
  "<method name='RequestBackground'><arg type='s' direction='in'/><arg type='a{sv}' direction='in'/>"
  "<arg type='o' direction='out'/></method>"
  "</interface></node>";

static gboolean portal_allows;
static char *portal_reason;

static void
on_portal_call (GDBusConnection       *connection,
                const char            *sender,
                const char            *path,
                const char            *interface,
                const char            *method,
                GVariant              *parameters,
                GDBusMethodInvocation *invocation,
                gpointer               user_data)
{
  g_autoptr(GVariant) options = g_variant_get_child_value (parameters, 1);
  g_autofree char *who = g_strdup (sender + 1);
  g_autofree char *request = NULL;
  const char *token = NULL;
  GVariantBuilder results;

  g_assert_true (g_variant_lookup (options, "handle_token", "&s", &token));
  g_free (portal_reason);
  g_assert_true (g_variant_lookup (options, "reason", "s", &portal_reason));
  g_strdelimit (who, ".", '_');
  request = g_strdup_printf ("/org/freedesktop/portal/desktop/request/%s/%s", who, token);
  g_dbus_method_invocation_return_value (invocation, g_variant_new ("(o)", request));
  g_variant_builder_init (&results, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&results, "{sv}", "background", g_variant_new_boolean (portal_allows));
  g_dbus_connection_emit_signal (connection, NULL, request, "org.freedesktop.portal.Request", "Response",
                                 g_variant_new ("(ua{sv})", portal_allows ? 0 : 1, &results), NULL);
}

/* One run of the application, as main.c runs it, while a person closes
 * its window once shown and the portal answers: a state machine polled
 * from the application's own main loop. */
typedef struct {
  ScApplication *app;
  gboolean       allow;
  guint          step;
  guint          step_id;
  ScWindow      *window;   /* weak */
} PortalRun;

static gboolean
portal_run_step (gpointer data)
{
  PortalRun *run = data;
  ScBackground *background = sc_application_get_background (run->app);
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (run->app));

  if (run->step == 0)
    {
      /* The window the command line opened, closed once loaded and shown. */
      if (active == NULL || !sc_window_get_loaded (SC_WINDOW (active)) || !gtk_widget_get_mapped (GTK_WIDGET (active)))
        return G_SOURCE_CONTINUE;
      g_set_weak_pointer (&run->window, SC_WINDOW (active));
      gtk_window_close (active);
      g_assert_false (gtk_widget_get_visible (GTK_WIDGET (run->window)));
      g_assert_true (sc_background_get_active (background));
      run->step++;
      return G_SOURCE_CONTINUE;
    }
  if (sc_background_get_answer (background) == SC_BACKGROUND_ASKING)
    return G_SOURCE_CONTINUE;
  run->step++;
  g_assert_nonnull (strstr (portal_reason, "checks your sites on a schedule"));
  if (!run->allow)
    {
      /* The application ends by itself: the window closes for good. */
      g_assert_cmpint (sc_background_get_answer (background), ==, SC_BACKGROUND_DENIED);
      run->step_id = 0;
      return G_SOURCE_REMOVE;
    }
  g_assert_cmpint (sc_background_get_answer (background), ==, SC_BACKGROUND_ALLOWED);
  g_assert_nonnull (run->window);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (run->window)));
  g_assert_true (sc_background_get_active (background));
  /* Quitting from the hidden state ends it too. */
  g_action_group_activate_action (G_ACTION_GROUP (run->app), "quit", NULL);
  run->step_id = 0;
  return G_SOURCE_REMOVE;
}

static gboolean
on_run_too_long (gpointer data)
{
  g_error ("the application did not end (step %u)", ((PortalRun *) data)->step);
  return G_SOURCE_REMOVE;
}

static void
run_with_portal (gboolean allow)
{
  char *argv[] = { (char *) "statuscope", NULL };
  PortalRun run = { sc_application_new (), allow, 0, 0, NULL };
  gpointer app = run.app;
  guint deadline_id;

  portal_allows = allow;
  g_clear_pointer (&portal_reason, g_free);
  /* Its own name: the test's other applications stay registered on this
   * connection, as they are never run. */
  g_application_set_application_id (G_APPLICATION (run.app), APP_ID ".PortalTest");
  g_application_set_flags (G_APPLICATION (run.app), G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_NON_UNIQUE);
  run.step_id = g_timeout_add (10, portal_run_step, &run);
  deadline_id = g_timeout_add_seconds (20 * slowdown (), on_run_too_long, &run);
  g_assert_cmpint (g_application_run (G_APPLICATION (run.app), 1, argv), ==, 0);
  g_source_remove (deadline_id);
  g_clear_handle_id (&run.step_id, g_source_remove);
  g_assert_cmpuint (run.step, ==, 2);
  g_assert_false (sc_background_get_active (sc_application_get_background (run.app)));
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (run.app)));
  wait_until (pointer_cleared, &run.window);

  /* Ended, it is freed: nothing holds it any more (neither its hold nor
   * the portal request nor a window). */
  g_object_add_weak_pointer (G_OBJECT (run.app), &app);
  g_object_unref (run.app);
  g_assert_null (app);
}

/* Where there is a Background portal it is asked, with a reason: when it
 * allows, the hidden window goes on watching until Quit; when the user
 * says no, the window closes for good and the application ends.  Each
 * runs the application as main.c does, which then is freed. */
static void
test_background_portal (Fixture       *f,
                        gconstpointer  data)
{
  static const GDBusInterfaceVTable notifications_vtable = { on_notifications_call, NULL, NULL, { 0 } };
  static const GDBusInterfaceVTable portal_vtable = { on_portal_call, NULL, NULL, { 0 } };
  g_autoptr(GError) error = NULL;
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(GDBusNodeInfo) notifications = NULL;
  g_autoptr(GDBusNodeInfo) portal = g_dbus_node_info_new_for_xml (portal_xml, &error);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *sites = g_build_filename (tmpdir, "portal-sites.json", NULL);
  gboolean owned[2] = { FALSE, FALSE };
  guint ids[4];

  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  notifications = g_dbus_node_info_new_for_xml (notifications_xml, &error);
  g_assert_no_error (error);
  received = g_ptr_array_new_with_free_func (g_free);
  ids[0] = g_dbus_connection_register_object (bus, "/org/freedesktop/Notifications", notifications->interfaces[0],
                                              &notifications_vtable, NULL, NULL, &error);
  g_assert_no_error (error);
  ids[1] = g_dbus_connection_register_object (bus, "/org/freedesktop/portal/desktop", portal->interfaces[0],
                                              &portal_vtable, NULL, NULL, &error);
  g_assert_no_error (error);
  ids[2] = g_bus_own_name_on_connection (bus, "org.freedesktop.Notifications", G_BUS_NAME_OWNER_FLAGS_NONE,
                                         on_name_acquired, NULL, &owned[0], NULL);
  ids[3] = g_bus_own_name_on_connection (bus, "org.freedesktop.portal.Desktop", G_BUS_NAME_OWNER_FLAGS_NONE,
                                         on_name_acquired, NULL, &owned[1], NULL);
  wait_until (name_owned, &owned[0]);
  wait_until (name_owned, &owned[1]);
  /* The window the application opens keeps its list here. */
  g_setenv ("STATUSCOPE_SITES_FILE", sites, TRUE);
  g_settings_set_string (settings, "watch-interval", "6h");

  run_with_portal (FALSE);
  run_with_portal (TRUE);

  g_settings_reset (settings, "watch-interval");
  g_unsetenv ("STATUSCOPE_SITES_FILE");
  g_bus_unown_name (ids[3]);
  g_bus_unown_name (ids[2]);
  g_dbus_connection_unregister_object (bus, ids[1]);
  g_dbus_connection_unregister_object (bus, ids[0]);
  g_clear_pointer (&received, g_ptr_array_unref);
  g_clear_pointer (&portal_reason, g_free);
}

static gboolean
has_notice (gpointer data)
{
  return sc_window_get_last_notice (data) != NULL;
}

/* A history file that is not a database is set aside, the window says
 * so, and checks are recorded in a new one. */
static void
test_damaged_history (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "damaged.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  ScWindow *window;
  const char *name;
  guint n_kept = 0;

  g_file_set_contents (path, "not a database\n", -1, &error);
  g_assert_no_error (error);
  g_setenv ("STATUSCOPE_HISTORY", path, TRUE);
  window = sc_window_new (NULL, NULL);
  gtk_window_present (GTK_WINDOW (window));
  wait_until (has_notice, window);
  g_assert_nonnull (strstr (sc_window_get_last_notice (window), "was damaged"));
  g_assert_nonnull (strstr (sc_window_get_last_notice (window), "damaged.db.damaged-"));
  dir = g_dir_open (tmpdir, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "damaged.db.damaged-"))
      n_kept++;
  g_assert_cmpuint (n_kept, ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Retry-After on 429 and 503, in seconds, within [30 s, 600 s]. */
static void
test_retry_after (void)
{
  const struct { const char *path; guint pause; } cases[] = {
    { "/respond?status=503&h1=Retry-After:120", 120 },
    { "/respond?status=429&h1=Retry-After:99999", SC_WATCHER_MAX_PAUSE_S },
    { "/respond?status=503&h1=Retry-After:5", SC_WATCHER_PAUSE_S },
    { "/respond?status=503&h1=Retry-After:Fri,%2031%20Dec%201999%2023:59:59%20GMT", SC_WATCHER_PAUSE_S },
    { "/respond?status=500&h1=Retry-After:120", SC_WATCHER_PAUSE_S },
  };
  g_autoptr(ScChecker) checker = sc_checker_new (2, 2);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *url = sc_test_server_url (fixtures, cases[i].path);
      g_autoptr(ScCheckResult) result = sc_test_check (checker, url);

      g_assert_cmpuint (sc_watcher_pause_for (result), ==, cases[i].pause);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = NULL;
  int status;

  tmpdir = g_dir_make_tmp ("statuscope-history-app-XXXXXX", &error);
  g_assert_no_error (error);
  data_home = g_build_filename (tmpdir, "data", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  fixtures = sc_test_server_new (NULL);

  g_test_add ("/history-app/strip", Fixture, "strip", fixture_set_up, test_strip, fixture_tear_down);
  g_test_add ("/history-app/watcher", Fixture, "watcher", fixture_set_up, test_watcher, fixture_tear_down);
  g_test_add ("/history-app/watch-interval", Fixture, "interval", fixture_set_up, test_watch_interval,
              fixture_tear_down);
  g_test_add ("/history-app/preferences", Fixture, "prefs", fixture_set_up, test_preferences, fixture_tear_down);
  g_test_add ("/history-app/notification-on-bus", Fixture, "bus", fixture_set_up, test_notification_on_bus,
              fixture_tear_down);
  g_test_add ("/history-app/run-summary", Fixture, "summary", fixture_set_up, test_run_summary, fixture_tear_down);
  g_test_add ("/history-app/changed-filter", Fixture, "changed", fixture_set_up, test_changed_filter,
              fixture_tear_down);
  g_test_add ("/history-app/background", Fixture, "background", fixture_set_up, test_background,
              fixture_tear_down);
  g_test_add ("/history-app/watch-tick", Fixture, "tick", fixture_set_up, test_watch_tick, fixture_tear_down);
  g_test_add ("/history-app/background-portal", Fixture, "portal", fixture_set_up, test_background_portal,
              fixture_tear_down);
  g_test_add_func ("/history-app/retry-after", test_retry_after);
  g_test_add_func ("/history-app/damaged-history", test_damaged_history);

  status = g_test_run ();
  sc_test_server_free (fixtures);
  {
    const char *rm[] = { "rm", "-rf", "--", tmpdir, NULL };

    g_spawn_sync (NULL, (char **) rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
  }
  return status;
}
