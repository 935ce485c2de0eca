/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-watcher.h"

/* Watching: while the window is open, every site is checked again every
 * 15 minutes, hour, 6 hours or day ("watch-interval", off by default), and
 * a desktop notification says when a site breaks, is fixed, or its
 * certificate enters the warning window.  No noise: a site that breaks is
 * checked once more after a pause (the server's Retry-After on 429 or 503
 * when it asks for longer, capped) and only counts as broken if it still
 * is; a site that flaps between the two notifies only when its confirmed
 * state differs from the last one notified. */

typedef enum {
  STATE_UNKNOWN,
  STATE_BROKEN,
  STATE_WORKING,
} Notified;

struct _ScWatcher
{
  GObject            parent_instance;

  GSettings         *settings;
  ScCheckQueue      *queue;
  GListModel        *sites;
  ScHistoryRecorder *recorder;
  guint              interval;      /* seconds; 0: off */
  guint              timer_id;
  GHashTable        *confirming;    /* key → GSource id of the re-check */
  GHashTable        *breaks;        /* key → the ScChange that started it */
  GHashTable        *notified;      /* key → Notified */
  guint              n_notified;
  guint              ms_per_second; /* 1000; tests make time run faster */
};

G_DEFINE_FINAL_TYPE (ScWatcher, sc_watcher, G_TYPE_OBJECT)

static guint
interval_seconds (const char *nick)
{
  if (g_strcmp0 (nick, "15m") == 0)
    return 15 * 60;
  if (g_strcmp0 (nick, "1h") == 0)
    return 3600;
  if (g_strcmp0 (nick, "6h") == 0)
    return 6 * 3600;
  if (g_strcmp0 (nick, "1d") == 0)
    return 24 * 3600;
  return 0;
}

static gboolean
on_tick (gpointer data)
{
  ScWatcher *self = data;
  g_autoptr(GPtrArray) sites = g_ptr_array_new_with_free_func (g_object_unref);

  /* A run still going is not doubled. */
  if (sc_check_queue_get_busy (self->queue))
    return G_SOURCE_CONTINUE;
  for (guint i = 0; i < g_list_model_get_n_items (self->sites); i++)
    g_ptr_array_add (sites, g_list_model_get_item (self->sites, i));
  sc_check_queue_add_sites (self->queue, (ScSite **) sites->pdata, sites->len);
  return G_SOURCE_CONTINUE;
}

/* Whole seconds, which GLib may group with other wake-ups, except in
 * tests, where time runs faster. */
static void
start_timer (ScWatcher *self)
{
  g_clear_handle_id (&self->timer_id, g_source_remove);
  if (self->interval == 0)
    return;
  if (self->ms_per_second == 1000)
    self->timer_id = g_timeout_add_seconds (self->interval, on_tick, self);
  else
    self->timer_id = g_timeout_add (self->interval * self->ms_per_second, on_tick, self);
}

static void
on_interval_changed (GSettings  *settings,
                     const char *key,
                     ScWatcher  *self)
{
  g_autofree char *nick = g_settings_get_string (settings, "watch-interval");
  guint interval = interval_seconds (nick);

  /* A key set again to the same value does not push the next round back. */
  if (interval == self->interval && (self->timer_id != 0) == (interval != 0))
    return;
  self->interval = interval;
  start_timer (self);
}

/* The server's own advice on when to ask again, on 429 and 503, in
 * seconds (HTTP-date values are ignored: a clock apart would mislead). */
guint
sc_watcher_pause_for (ScCheckResult *result)
{
  GPtrArray *hops = sc_check_result_get_hops (result);
  ScHop *last = hops->len > 0 ? g_ptr_array_index (hops, hops->len - 1) : NULL;
  guint status = sc_check_result_get_status (result);
  guint64 seconds = 0;

  if (last == NULL || (status != 429 && status != 503))
    return SC_WATCHER_PAUSE_S;
  for (guint i = 0; i < sc_hop_get_n_headers (last); i++)
    if (g_ascii_strcasecmp (sc_hop_get_header_name (last, i), "Retry-After") == 0 &&
        !g_ascii_string_to_unsigned (sc_hop_get_header_value (last, i), 10, 0, G_MAXUINT32, &seconds, NULL))
      seconds = 0;
  return (guint) CLAMP (seconds, SC_WATCHER_PAUSE_S, SC_WATCHER_MAX_PAUSE_S);
}

static void
notify_user (ScWatcher  *self,
             ScSite     *site,
             const char *title,
             const char *body)
{
  GApplication *app = g_application_get_default ();
  g_autoptr(GNotification) notification = g_notification_new (title);
  const char *key = sc_history_recorder_key_for_site (site);
  g_autofree char *id = g_strconcat ("site-", key, NULL);

  self->n_notified++;
  g_notification_set_body (notification, body);
  /* Opens the window on that site. */
  g_notification_set_default_action_and_target (notification, "app.show-site", "s", sc_site_get_key (site));
  if (app != NULL && g_application_get_is_registered (app))
    g_application_send_notification (app, id, notification);
}

static void
notify_state (ScWatcher *self,
              ScSite    *site,
              ScChange  *change,
              Notified   state)
{
  const char *key = sc_history_recorder_key_for_site (site);
  Notified before = GPOINTER_TO_INT (g_hash_table_lookup (self->notified, key));
  g_autofree char *title = NULL;

  if (before == state || (state == STATE_WORKING && before == STATE_UNKNOWN && change->kind != SC_CHANGE_FIXED))
    return;
  g_hash_table_insert (self->notified, g_strdup (key), GINT_TO_POINTER (state));
  /* TRANSLATORS: notification titles; %s is the site's address */
  title = g_strdup_printf (state == STATE_BROKEN ? _("%s is not working") : _("%s works again"), key);
  notify_user (self, site, title, change->what[0] != NULL ? change->what[0] : "");
}

typedef struct {
  ScWatcher *self;
  ScSite    *site;
  char      *key;
} Recheck;

/* The key stays in "confirming", with no source any more, until the
 * re-check's result arrives. */
static gboolean
on_recheck (gpointer data)
{
  Recheck *r = data;

  g_hash_table_insert (r->self->confirming, g_strdup (r->key), GUINT_TO_POINTER (0));
  sc_check_queue_add (r->self->queue, r->site);
  return G_SOURCE_REMOVE;
}

static void
recheck_free (gpointer data)
{
  Recheck *r = data;

  g_object_unref (r->site);
  g_free (r->key);
  g_free (r);
}

static void
confirm_later (ScWatcher     *self,
               ScSite        *site,
               ScCheckResult *result,
               ScChange      *change)
{
  Recheck *r = g_new0 (Recheck, 1);
  guint id;

  r->self = self;
  r->site = g_object_ref (site);
  r->key = g_strdup (sc_history_recorder_key_for_site (site));
  id = g_timeout_add_full (G_PRIORITY_DEFAULT, sc_watcher_pause_for (result) * self->ms_per_second,
                           on_recheck, r, recheck_free);
  g_hash_table_insert (self->confirming, g_strdup (sc_history_recorder_key_for_site (site)), GUINT_TO_POINTER (id));
  /* The re-check compares with the broken check: the notification tells
   * what broke, from the first one. */
  g_hash_table_insert (self->breaks, g_strdup (sc_history_recorder_key_for_site (site)), sc_change_ref (change));
}

/* Once, when the certificate enters the warning window. */
static void
check_certificate (ScWatcher *self,
                   ScSite    *site,
                   ScChange  *change)
{
  ScFinding *expiring = sc_check_result_find_finding (sc_site_get_result (site), "certificate-expiring");
  g_autofree char *title = NULL;

  if (expiring == NULL || change->previous == NULL ||
      sc_snapshot_has_finding (change->previous, "certificate-expiring"))
    return;
  /* TRANSLATORS: notification title; %s is the site's address */
  title = g_strdup_printf (_("The certificate of %s expires soon"), sc_history_recorder_key_for_site (site));
  notify_user (self, site, title, sc_finding_get_message (expiring));
}

static void
on_site_changed (ScHistoryRecorder *recorder,
                 ScSite            *site,
                 ScChange          *change,
                 ScWatcher         *self)
{
  const char *key = sc_history_recorder_key_for_site (site);
  ScCheckResult *result = sc_site_get_result (site);
  gboolean problem = result != NULL && sc_check_result_get_verdict (result) == SC_VERDICT_PROBLEM;
  gpointer id;

  /* Notifications belong to watching: with it off, the user is looking
   * at the window and sees the changes there. */
  if (result == NULL || self->interval == 0)
    return;
  check_certificate (self, site, change);
  if (g_hash_table_lookup_extended (self->confirming, key, NULL, &id) && GPOINTER_TO_UINT (id) == 0)
    {
      /* The re-check: only now does a break count. */
      g_autoptr(ScChange) first = NULL;
      g_autofree char *first_key = NULL;

      g_hash_table_steal_extended (self->breaks, key, (gpointer *) &first_key, (gpointer *) &first);
      g_hash_table_remove (self->confirming, key);
      if (problem)
        notify_state (self, site, first != NULL ? first : change, STATE_BROKEN);
      return;
    }
  if (change->kind == SC_CHANGE_BROKEN && !g_hash_table_contains (self->confirming, key))
    confirm_later (self, site, result, change);
  else if (change->kind == SC_CHANGE_FIXED)
    notify_state (self, site, change, STATE_WORKING);
}

static void
sc_watcher_dispose (GObject *object)
{
  ScWatcher *self = (ScWatcher *) object;
  GHashTableIter iter;
  gpointer id;

  g_clear_handle_id (&self->timer_id, g_source_remove);
  if (self->confirming != NULL)
    {
      g_hash_table_iter_init (&iter, self->confirming);
      while (g_hash_table_iter_next (&iter, NULL, &id))
        if (GPOINTER_TO_UINT (id) != 0)
          g_source_remove (GPOINTER_TO_UINT (id));
      g_clear_pointer (&self->confirming, g_hash_table_unref);
    }
  g_clear_pointer (&self->notified, g_hash_table_unref);
  g_clear_pointer (&self->breaks, g_hash_table_unref);
  g_clear_object (&self->settings);
  g_clear_object (&self->queue);
  g_clear_object (&self->sites);
  g_clear_object (&self->recorder);
  G_OBJECT_CLASS (sc_watcher_parent_class)->dispose (object);
}

static void
sc_watcher_class_init (ScWatcherClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sc_watcher_dispose;
}

static void
sc_watcher_init (ScWatcher *self)
{
  self->confirming = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->notified = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->breaks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) sc_change_unref);
  self->ms_per_second = 1000;
}

ScWatcher *
sc_watcher_new (GSettings         *settings,
                ScCheckQueue      *queue,
                GListModel        *sites,
                ScHistoryRecorder *recorder)
{
  ScWatcher *self = g_object_new (SC_TYPE_WATCHER, NULL);

  self->settings = g_object_ref (settings);
  self->queue = g_object_ref (queue);
  self->sites = g_object_ref (sites);
  self->recorder = g_object_ref (recorder);
  g_signal_connect_object (settings, "changed::watch-interval", G_CALLBACK (on_interval_changed), self, 0);
  g_signal_connect_object (recorder, "site-changed", G_CALLBACK (on_site_changed), self, 0);
  on_interval_changed (settings, "watch-interval", self);
  return self;
}

/* Seconds between rounds of checks; 0 when watching is off. */
guint
sc_watcher_get_interval (ScWatcher *self)
{
  g_return_val_if_fail (SC_IS_WATCHER (self), 0);
  return self->interval;
}

guint
sc_watcher_get_n_notified (ScWatcher *self)
{
  g_return_val_if_fail (SC_IS_WATCHER (self), 0);
  return self->n_notified;
}

/* For tests: how many milliseconds a second lasts, in the pause before a
 * re-check and in the interval between rounds (the round timer starts
 * again at the new pace). */
void
sc_watcher_set_time_scale (ScWatcher *self,
                           guint      ms_per_second)
{
  g_return_if_fail (SC_IS_WATCHER (self));
  g_return_if_fail (ms_per_second > 0);

  if (ms_per_second == self->ms_per_second)
    return;
  self->ms_per_second = ms_per_second;
  start_timer (self);
}
