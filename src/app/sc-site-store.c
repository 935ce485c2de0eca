/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sc-site-store-private.h"
#include "sc-url.h"

/* The list of sites the user keeps: a GListModel of ScSite without
 * duplicates, saved to disk a moment after each change.  Saving happens in
 * a worker thread; a change during a save triggers one more save after. */

#define SAVE_DELAY_MS 500

/* While results stream in, the list is written at most this often: each
 * save serializes every site, and 10,000 of them every half second would
 * take a core away from the checks.  Closing the window always saves. */
#define MIN_SAVE_INTERVAL_MS 5000

struct _ScSiteStore
{
  GObject      parent_instance;

  GListStore  *sites;
  GHashTable  *by_key;       /* dedup key → ScSite (borrowed) */
  GFile       *file;
  guint        save_id;
  gint64       last_save;
  gboolean     saving;
  gboolean     dirty;
};

G_DEFINE_FINAL_TYPE (ScSiteStore, sc_site_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (sc-site-store-error-quark, sc_site_store_error)

enum {
  PROP_0,
  PROP_SAVING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sc_site_store_dispose (GObject *object)
{
  ScSiteStore *self = (ScSiteStore *) object;

  g_clear_handle_id (&self->save_id, g_source_remove);
  g_clear_object (&self->sites);
  g_clear_pointer (&self->by_key, g_hash_table_unref);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (sc_site_store_parent_class)->dispose (object);
}

static void
sc_site_store_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  ScSiteStore *self = SC_SITE_STORE (object);

  switch (prop_id)
    {
    case PROP_SAVING: g_value_set_boolean (value, self->saving); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_site_store_class_init (ScSiteStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sc_site_store_dispose;
  object_class->get_property = sc_site_store_get_property;

  properties[PROP_SAVING] =
    g_param_spec_boolean ("saving", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sc_site_store_init (ScSiteStore *self)
{
  self->sites = g_list_store_new (SC_TYPE_SITE);
  self->by_key = g_hash_table_new (g_str_hash, g_str_equal);
}

/* @file: where the list is kept; NULL keeps it in memory only. */
ScSiteStore *
sc_site_store_new (GFile *file)
{
  ScSiteStore *self = g_object_new (SC_TYPE_SITE_STORE, NULL);

  g_set_object (&self->file, file);
  return self;
}

GListModel *
sc_site_store_get_model (ScSiteStore *self)
{
  g_return_val_if_fail (SC_IS_SITE_STORE (self), NULL);
  return G_LIST_MODEL (self->sites);
}

guint
sc_site_store_get_n_sites (ScSiteStore *self)
{
  g_return_val_if_fail (SC_IS_SITE_STORE (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->sites));
}

static void
on_site_result_changed (ScSite      *site,
                        GParamSpec  *pspec,
                        ScSiteStore *self)
{
  sc_site_store_schedule_save (self);
}

static void
track (ScSiteStore *self,
       ScSite      *site)
{
  g_hash_table_insert (self->by_key, (gpointer) sc_site_get_key (site), site);
  g_signal_connect_object (site, "notify::result", G_CALLBACK (on_site_result_changed), self, 0);
  g_signal_connect_object (site, "notify::name", G_CALLBACK (on_site_result_changed), self, 0);
}

/* Appends the sites in one go, so a list of 10,000 is one model change. */
static void
append_sites (ScSiteStore *self,
              GPtrArray   *sites)
{
  for (guint i = 0; i < sites->len; i++)
    track (self, g_ptr_array_index (sites, i));
  g_list_store_splice (self->sites, g_list_model_get_n_items (G_LIST_MODEL (self->sites)), 0,
                       sites->pdata, sites->len);
}

/* Adds every input not already in the list (empty lines are skipped) and
 * returns the new sites in order.  Unusable inputs are added too: they show
 * as failed rows with the reason, never silently dropped. */
GPtrArray *
sc_site_store_add_inputs (ScSiteStore        *self,
                          const char * const *inputs,
                          guint              *n_duplicates)
{
  g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint duplicates = 0;

  g_return_val_if_fail (SC_IS_SITE_STORE (self), NULL);

  for (guint i = 0; inputs != NULL && inputs[i] != NULL; i++)
    {
      g_autoptr(ScSite) site = NULL;
      g_autofree char *trimmed = g_strstrip (g_strdup (inputs[i]));

      if (trimmed[0] == '\0')
        continue;
      site = sc_site_new (trimmed);
      if (g_hash_table_contains (self->by_key, sc_site_get_key (site)) ||
          g_hash_table_contains (seen, sc_site_get_key (site)))
        {
          duplicates++;
          continue;
        }
      g_hash_table_add (seen, (gpointer) sc_site_get_key (site));
      g_ptr_array_add (added, g_steal_pointer (&site));
    }

  append_sites (self, added);
  if (added->len > 0)
    sc_site_store_schedule_save (self);
  if (n_duplicates != NULL)
    *n_duplicates = duplicates;
  return g_steal_pointer (&added);
}

/* Returns where @site was, for an Undo that puts it back there, or
 * G_MAXUINT when it was not in the list. */
guint
sc_site_store_remove (ScSiteStore *self,
                      ScSite      *site)
{
  guint position;

  g_return_val_if_fail (SC_IS_SITE_STORE (self), G_MAXUINT);
  g_return_val_if_fail (SC_IS_SITE (site), G_MAXUINT);

  if (!g_list_store_find (self->sites, site, &position))
    return G_MAXUINT;
  g_signal_handlers_disconnect_by_data (site, self);
  g_hash_table_remove (self->by_key, sc_site_get_key (site));
  g_list_store_remove (self->sites, position);
  sc_site_store_schedule_save (self);
  return position;
}

/* Changes @site's address to @input, in place: a new site (unchecked) at
 * the same position.  Returns it, or NULL when @input is empty or another
 * site of the list already has that address. */
ScSite *
sc_site_store_replace (ScSiteStore *self,
                       ScSite      *site,
                       const char  *input)
{
  g_autofree char *trimmed = NULL;
  g_autoptr(ScSite) replacement = NULL;
  ScSite *existing;
  guint position;

  g_return_val_if_fail (SC_IS_SITE_STORE (self), NULL);
  g_return_val_if_fail (SC_IS_SITE (site), NULL);

  trimmed = g_strstrip (g_strdup (input));
  if (trimmed[0] == '\0' || !g_list_store_find (self->sites, site, &position))
    return NULL;
  replacement = sc_site_new (trimmed);
  existing = g_hash_table_lookup (self->by_key, sc_site_get_key (replacement));
  if (existing != NULL && existing != site)
    return NULL;
  g_signal_handlers_disconnect_by_data (site, self);
  g_hash_table_remove (self->by_key, sc_site_get_key (site));
  track (self, replacement);
  g_list_store_splice (self->sites, position, 1, (gpointer *) &replacement, 1);
  sc_site_store_schedule_save (self);
  return replacement;
}

/* Puts a removed @site back at @position (clamped to the end), with its
 * result.  Returns FALSE if the same address was added again meanwhile. */
gboolean
sc_site_store_insert (ScSiteStore *self,
                      ScSite      *site,
                      guint        position)
{
  g_return_val_if_fail (SC_IS_SITE_STORE (self), FALSE);
  g_return_val_if_fail (SC_IS_SITE (site), FALSE);

  if (g_hash_table_contains (self->by_key, sc_site_get_key (site)))
    return FALSE;
  track (self, site);
  g_list_store_insert (self->sites, MIN (position, sc_site_store_get_n_sites (self)), site);
  sc_site_store_schedule_save (self);
  return TRUE;
}

ScSite *
sc_site_store_lookup (ScSiteStore *self,
                      const char  *input)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (SC_IS_SITE_STORE (self), NULL);

  key = sc_url_dedup_key (input);
  return g_hash_table_lookup (self->by_key, key);
}

/* Saving */

static GPtrArray *
snapshot (ScSiteStore *self)
{
  GPtrArray *saved_sites = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_saved_site_free);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->sites));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScSite) site = g_list_model_get_item (G_LIST_MODEL (self->sites), i);
      ScSavedSite *saved = g_new0 (ScSavedSite, 1);

      saved->input = g_strdup (sc_site_get_input (site));
      saved->name = g_strdup (sc_site_get_name (site));
      saved->groups = g_strdupv ((char **) sc_site_get_groups (site));
      if (sc_site_get_result (site) != NULL)
        saved->result = g_object_ref (sc_site_get_result (site));
      g_ptr_array_add (saved_sites, saved);
    }
  return saved_sites;
}

static void
save_in_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  ScSiteStore *self = source;
  g_autoptr(GBytes) bytes = sc_site_store_serialize (task_data);
  GError *error = NULL;

  if (sc_site_store_write_file (self->file, bytes, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void start_save (ScSiteStore *self);

static void
set_saving (ScSiteStore *self,
            gboolean     saving)
{
  if (self->saving == saving)
    return;
  self->saving = saving;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVING]);
}

static void
on_saved (GObject      *source,
          GAsyncResult *res,
          gpointer      user_data)
{
  ScSiteStore *self = SC_SITE_STORE (source);
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (res), &error))
    g_warning ("Could not save the site list: %s", error->message);
  set_saving (self, FALSE);
  if (self->dirty)
    start_save (self);
}

static void
start_save (ScSiteStore *self)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, on_saved, NULL);

  self->dirty = FALSE;
  self->last_save = g_get_monotonic_time ();
  set_saving (self, TRUE);
  g_task_set_source_tag (task, start_save);
  g_task_set_task_data (task, snapshot (self), (GDestroyNotify) g_ptr_array_unref);
  g_task_run_in_thread (task, save_in_thread);
}

static gboolean
on_save_timeout (gpointer user_data)
{
  ScSiteStore *self = user_data;

  self->save_id = 0;
  if (self->saving)
    self->dirty = TRUE;
  else
    start_save (self);
  return G_SOURCE_REMOVE;
}

/* Saves a moment later, so that a burst of changes is written once. */
void
sc_site_store_schedule_save (ScSiteStore *self)
{
  gint64 since_last;

  g_return_if_fail (SC_IS_SITE_STORE (self));

  if (self->file == NULL || self->save_id != 0)
    return;
  since_last = (g_get_monotonic_time () - self->last_save) / 1000;
  self->save_id = g_timeout_add (CLAMP (MIN_SAVE_INTERVAL_MS - since_last, SAVE_DELAY_MS, MIN_SAVE_INTERVAL_MS),
                                 on_save_timeout, self);
}

gboolean
sc_site_store_get_saving (ScSiteStore *self)
{
  g_return_val_if_fail (SC_IS_SITE_STORE (self), FALSE);
  return self->saving || self->save_id != 0;
}

/* For quitting: writes what is pending, here and now. */
gboolean
sc_site_store_save_now (ScSiteStore  *self,
                        GError      **error)
{
  g_autoptr(GPtrArray) saved_sites = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (SC_IS_SITE_STORE (self), FALSE);

  if (self->file == NULL || (self->save_id == 0 && !self->dirty))
    return TRUE;
  g_clear_handle_id (&self->save_id, g_source_remove);
  self->dirty = FALSE;
  saved_sites = snapshot (self);
  bytes = sc_site_store_serialize (saved_sites);
  return sc_site_store_write_file (self->file, bytes, error);
}

/* Loading */

static void
load_in_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  ScSiteStore *self = source;
  g_autofree char *warning = NULL;
  GError *error = NULL;
  GPtrArray *saved_sites = sc_site_store_read_file (self->file, &warning, &error);

  if (saved_sites == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_object_set_data_full (G_OBJECT (task), "warning", g_steal_pointer (&warning), g_free);
  g_task_return_pointer (task, saved_sites, (GDestroyNotify) g_ptr_array_unref);
}

void
sc_site_store_load_async (ScSiteStore         *self,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (SC_IS_SITE_STORE (self));
  g_return_if_fail (self->file != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, sc_site_store_load_async);
  g_task_run_in_thread (task, load_in_thread);
}

/* Adds the saved sites to the list.  @out_warning says when some entries
 * were damaged; an error means the file could not be read at all (it was
 * then set aside, and the message says where). */
gboolean
sc_site_store_load_finish (ScSiteStore   *self,
                           GAsyncResult  *result,
                           char         **out_warning,
                           GError       **error)
{
  g_autoptr(GPtrArray) saved_sites = NULL;
  g_autoptr(GPtrArray) sites = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_val_if_fail (SC_IS_SITE_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  saved_sites = g_task_propagate_pointer (G_TASK (result), error);
  if (saved_sites == NULL)
    return FALSE;

  for (guint i = 0; i < saved_sites->len; i++)
    {
      ScSavedSite *saved = g_ptr_array_index (saved_sites, i);
      ScSite *site = sc_site_new (saved->input);

      if (g_hash_table_contains (self->by_key, sc_site_get_key (site)) ||
          !g_hash_table_add (seen, (gpointer) sc_site_get_key (site)))
        {
          g_object_unref (site);
          continue;
        }
      sc_site_set_result (site, saved->result);
      if (saved->name != NULL || saved->groups != NULL)
        sc_site_set_label (site, saved->name, (const char * const *) saved->groups);
      g_ptr_array_add (sites, site);
    }
  append_sites (self, sites);
  if (out_warning != NULL)
    *out_warning = g_strdup (g_object_get_data (G_OBJECT (result), "warning"));
  return TRUE;
}
