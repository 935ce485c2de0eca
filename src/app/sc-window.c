/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "sc-catalog.h"
#include "sc-compat.h"
#include "sc-paste.h"
#include "sc-profiler.h"
#include "sc-site-filter.h"
#include "sc-site-list.h"
#include "sc-site-row.h"
#include "sc-site-sort.h"
#include "sc-tab-stop.h"
#include "sc-window-private.h"

/* The main window: the site list on the left (filtered, searchable), the
 * detail of the selected site on the right, folding to one pane when
 * narrow.  The actions are in sc-window-actions.c. */

/* While results stream in, the "Problems"/"OK" filter is refreshed at most
 * this often instead of once per result. */
#define REFILTER_DELAY_MS 400

G_DEFINE_FINAL_TYPE (ScWindow, sc_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_FILTER_MODE,
  PROP_SORT_MODE,
  PROP_SITES_FILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean focus_selected_row (ScWindow *self);

static gboolean
showing_everything (ScWindow *self)
{
  return g_str_equal (self->filter_mode, "all") && self->group == NULL &&
         gtk_editable_get_text (GTK_EDITABLE (self->search_entry))[0] == '\0';
}

static gboolean
filter_site (gpointer item,
             gpointer user_data)
{
  ScWindow *self = user_data;
  ScSite *site = item;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (!sc_site_filter_matches (sc_site_filter_lookup (self->filter_mode), site))
    return FALSE;
  if (self->group != NULL && !g_strv_contains (sc_site_get_groups (site), self->group))
    return FALSE;
  return sc_site_matches (site, text);
}

/* Groups */

static int
compare_names (const void *a,
               const void *b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

/* The groups a site manager gave the sites, to filter by; the menu is
 * shown only when there are some. */
static void
update_groups (ScWindow   *self,
               GHashTable *present)
{
  g_autofree const char **names = (const char **) g_hash_table_get_keys_as_array (present, NULL);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) items = NULL;
  g_autofree char *keep = g_strdup (self->group);
  g_autoptr(GtkStringList) list = NULL;
  guint selected = 0;

  qsort (names, g_hash_table_size (present), sizeof (char *), compare_names);
  g_strv_builder_add (builder, _("All Groups"));
  g_strv_builder_addv (builder, names);
  items = g_strv_builder_end (builder);
  gtk_widget_set_visible (GTK_WIDGET (self->group_dropdown), items[1] != NULL);
  if (self->group_names != NULL && g_strv_equal ((const char * const *) self->group_names, (const char * const *) items))
    return;
  g_strfreev (self->group_names);
  self->group_names = g_steal_pointer (&items);
  self->updating_groups = TRUE;
  list = gtk_string_list_new ((const char * const *) self->group_names);
  gtk_drop_down_set_model (self->group_dropdown, G_LIST_MODEL (list));
  for (guint i = 1; keep != NULL && self->group_names[i] != NULL; i++)
    if (g_str_equal (self->group_names[i], keep))
      selected = i;
  gtk_drop_down_set_selected (self->group_dropdown, selected);
  self->updating_groups = FALSE;
  if (selected == 0 && keep != NULL)
    sc_window_set_group (self, NULL);
}

static void
on_group_selected (GtkDropDown *dropdown,
                   GParamSpec  *pspec,
                   ScWindow    *self)
{
  guint i = gtk_drop_down_get_selected (dropdown);

  if (self->updating_groups || self->group_names == NULL)
    return;
  sc_window_set_group (self, i > 0 && i < g_strv_length (self->group_names) ? self->group_names[i] : NULL);
}

/* The overview: a count on each filter button ("Problems 15") and one
 * line that sums the list up.  Counted at most every OVERVIEW_DELAY_MS
 * while results stream in: a pass over 10,000 sites is cheap, one per
 * result is not. */
#define OVERVIEW_DELAY_MS 250

/* "Problems 15": the count in a widget of its own, three digits wide
 * whatever it says, so that the buttons (and the sidebar with them) do not
 * widen as results come in.  A GtkInscription, not a GtkLabel: a new count
 * only redraws it, where a label asks for a layout of the window, which in
 * GTK 4.8 on X11 costs round trips to the X server (bench/window-stalls.md). */
#define COUNT_CHARS 3

static GtkWidget *
filter_button_new (const ScSiteFilter *filter)
{
  GtkWidget *button = gtk_toggle_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *count = gtk_inscription_new (NULL);
  GtkWidget *name = gtk_label_new (_(filter->label));

  /* Four filters may not fit a phone's width: the names give way, the
   * tooltip keeps them. */
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), name);
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (count), COUNT_CHARS);
  gtk_widget_add_css_class (count, "numeric");
  gtk_box_append (GTK_BOX (box), count);
  gtk_button_set_child (GTK_BUTTON (button), box);
  g_object_set_data (G_OBJECT (button), "sc-count", count);
  return button;
}

static void
set_filter_count (GtkWidget          *button,
                  const ScSiteFilter *filter,
                  guint               count)
{
  /* Translators: a filter button, its name and how many sites it shows: "Problems 15". */
  g_autofree char *label = g_strdup_printf (C_("filter", "%s %u"), _(filter->label), count);
  g_autofree char *digits = g_strdup_printf ("%u", count);
  GtkInscription *inscription = g_object_get_data (G_OBJECT (button), "sc-count");

  /* More digits than the room kept for them: a wider button, this once. */
  gtk_inscription_set_min_chars (inscription, MAX (COUNT_CHARS, (guint) strlen (digits)));
  gtk_inscription_set_text (inscription, digits);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data_full (G_OBJECT (button), "sc-label", g_steal_pointer (&label), g_free);
}

static void
update_overview (ScWindow *self)
{
  GListModel *model = sc_site_store_get_model (self->store);
  guint n = g_list_model_get_n_items (model);
  guint n_filters;
  const ScSiteFilter *filters = sc_site_filter_get_all (&n_filters);
  g_autofree guint *counts = g_new0 (guint, n_filters);
  guint unchecked = 0;
  guint stale = 0;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GString) summary = g_string_new (NULL);
  g_autoptr(GHashTable) groups = g_hash_table_new (g_str_hash, g_str_equal);
  gint64 since = sc_profiler_now ();

  g_clear_handle_id (&self->overview_id, g_source_remove);
  self->overview_at = g_get_monotonic_time ();
  /* New results may move sites in a sorted list. */
  if (self->sorted != NULL && gtk_sort_list_model_get_sorter (self->sorted) != NULL)
    gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScSite) site = g_list_model_get_item (model, i);

      for (guint f = 0; f < n_filters; f++)
        counts[f] += sc_site_filter_matches (&filters[f], site) ? 1 : 0;
      unchecked += sc_site_get_result (site) == NULL ? 1 : 0;
      stale += sc_site_is_stale (site, now) ? 1 : 0;
      for (const char * const *g = sc_site_get_groups (site); *g != NULL; g++)
        g_hash_table_add (groups, (gpointer) *g);
    }
  update_groups (self, groups);
  for (guint f = 0; f < n_filters && f < self->filter_buttons->len; f++)
    {
      set_filter_count (g_ptr_array_index (self->filter_buttons, f), &filters[f], counts[f]);
      gtk_widget_set_visible (g_ptr_array_index (self->filter_buttons, f),
                              !filters[f].hide_when_empty || counts[f] > 0 ||
                              g_str_equal (self->filter_mode, filters[f].id));
    }

  g_string_append_printf (summary, g_dngettext (NULL, "%u site", "%u sites", n), n);
  {
    const ScSiteFilter *problems = sc_site_filter_lookup ("problems");
    guint n_problems = counts[problems - filters];

    if (n_problems > 0)
      g_string_append_printf (summary, g_dngettext (NULL, " · %u needs a look", " · %u need a look", n_problems),
                              n_problems);
    else if (unchecked < n)
      g_string_append (summary, _(" · no problems"));
  }
  if (unchecked > 0)
    g_string_append_printf (summary, g_dngettext (NULL, " · %u not checked yet", " · %u not checked yet", unchecked),
                            unchecked);
  /* After a relaunch: how much of the list is old news. */
  if (stale > 0)
    g_string_append_printf (summary, g_dngettext (NULL, " · %u checked a day or more ago",
                                                  " · %u checked a day or more ago", stale), stale);
  sc_live_label_set_text (self->summary_label, summary->str);
  gtk_widget_set_visible (GTK_WIDGET (self->overview_box), n > 0);
  sc_profiler_add ("overview", since);
}

static gboolean
on_overview_timeout (gpointer user_data)
{
  ScWindow *self = user_data;

  self->overview_id = 0;
  update_overview (self);
  return G_SOURCE_REMOVE;
}

/* While checks run, the overview is counted along with a progress bar
 * update (see update_progress()), so that both changes come in one frame:
 * on X11, GTK 4.8 asks the X server about the monitor and its work area
 * (about ten round trips) for every frame in which a widget changed size,
 * and under load each of those frames risked a stall of its own.  The
 * timer is the fallback for changes outside a run. */
#define PROGRESS_INTERVAL_MS 100

static void
schedule_overview (ScWindow *self)
{
  guint delay = OVERVIEW_DELAY_MS;

  if (self->queue != NULL && sc_check_queue_get_busy (self->queue))
    delay += 2 * PROGRESS_INTERVAL_MS;
  if (self->overview_id == 0)
    self->overview_id = g_timeout_add (delay, on_overview_timeout, self);
}

static void
update_list_page (ScWindow *self)
{
  const char *page = "list";

  /* Until the saved list is read, "no sites yet" would not be true. */
  if (sc_site_store_get_n_sites (self->store) == 0 && !self->loaded)
    page = "loading";
  else if (sc_site_store_get_n_sites (self->store) == 0)
    page = "empty";
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) == 0)
    page = "no-match";
  gtk_stack_set_visible_child_name (self->list_stack, page);
  /* With no sites there is one empty state, the list's, across the whole
   * window: a "No Site Selected" pane beside it would say nothing. */
  gtk_widget_set_visible (self->content, g_strcmp0 (page, "list") == 0 || g_strcmp0 (page, "no-match") == 0);
  gtk_widget_set_visible (self->pane_separator, gtk_widget_get_visible (self->content));
  gtk_widget_set_hexpand (self->sidebar, !gtk_widget_get_visible (self->content));
}

/* With nothing to filter out, the model has no filter at all: with 10,000
 * sites, running a filter that keeps everything still costs a pass over
 * the list for every change. */
static void
refilter (ScWindow *self)
{
  GtkFilter *wanted = showing_everything (self) ? NULL : GTK_FILTER (self->filter);
  gint64 since = sc_profiler_now ();

  g_clear_handle_id (&self->refilter_id, g_source_remove);
  if (gtk_filter_list_model_get_filter (self->filtered) != wanted)
    gtk_filter_list_model_set_filter (self->filtered, wanted);
  else if (wanted != NULL)
    gtk_filter_changed (wanted, GTK_FILTER_CHANGE_DIFFERENT);
  update_list_page (self);
  sc_profiler_add ("refilter", since);
}

static gboolean
on_refilter_timeout (gpointer user_data)
{
  ScWindow *self = user_data;

  self->refilter_id = 0;
  refilter (self);
  return G_SOURCE_REMOVE;
}

static void
on_site_result (ScSite     *site,
                GParamSpec *pspec,
                ScWindow   *self)
{
  schedule_overview (self);
  if (g_str_equal (self->filter_mode, "all") || self->refilter_id != 0)
    return;
  self->refilter_id = g_timeout_add (REFILTER_DELAY_MS, on_refilter_timeout, self);
}

static void
on_sites_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  ScWindow   *self)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(ScSite) site = g_list_model_get_item (model, i);
      g_signal_connect_object (site, "notify::result", G_CALLBACK (on_site_result), self, 0);
      /* A check's change comes from the history a moment after its result. */
      g_signal_connect_object (site, "notify::change", G_CALLBACK (on_site_result), self, 0);
    }
  /* The first site and the last one change what the sidebar shows. */
  if (sc_site_store_get_n_sites (self->store) == added || sc_site_store_get_n_sites (self->store) == 0)
    update_overview (self);
  else
    schedule_overview (self);
  update_list_page (self);
  sc_window_update_actions (self);
}

static void
on_entry_activate (GtkEntry *entry,
                   ScWindow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.add-site", NULL);
}

static void
on_search_changed (GtkSearchEntry *entry,
                   ScWindow       *self)
{
  refilter (self);
}

/* Typing in the list starts a search: the typing goes on in the search
 * entry, where Backspace and Escape work (the list's row that had the
 * focus may be filtered away by the first letter). */
static void
on_search_started (GtkSearchEntry *entry,
                   ScWindow       *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (entry));
}

/* Enter in the search goes to the first site found. */
static void
on_search_activate (GtkSearchEntry *entry,
                    ScWindow       *self)
{
  g_autoptr(ScSite) first = g_list_model_get_item (G_LIST_MODEL (self->sorted), 0);

  if (first == NULL || !sc_window_select_site (self, first))
    return;
  if (!focus_selected_row (self))
    gtk_widget_grab_focus (GTK_WIDGET (self->site_list));
}

/* Escape in the search entry clears it and gives the list back. */
static void
on_stop_search (GtkSearchEntry *entry,
                ScWindow       *self)
{
  sc_window_set_search (self, "");
  gtk_widget_grab_focus (GTK_WIDGET (self->site_list));
}

void
sc_window_set_search (ScWindow   *self,
                      const char *text)
{
  g_return_if_fail (SC_IS_WINDOW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  refilter (self);
}

/* Shows only the sites of @group (NULL: every group). */
void
sc_window_set_group (ScWindow   *self,
                     const char *group)
{
  g_return_if_fail (SC_IS_WINDOW (self));

  if (g_strcmp0 (self->group, group) == 0)
    return;
  g_free (self->group);
  self->group = g_strdup (group);
  if (self->group_names != NULL)
    {
      guint selected = 0;

      for (guint i = 1; group != NULL && self->group_names[i] != NULL; i++)
        if (g_str_equal (self->group_names[i], group))
          selected = i;
      self->updating_groups = TRUE;
      gtk_drop_down_set_selected (self->group_dropdown, selected);
      self->updating_groups = FALSE;
    }
  refilter (self);
}

static void
set_filter_mode (ScWindow   *self,
                 const char *mode)
{
  if (g_strcmp0 (self->filter_mode, mode) == 0)
    return;
  g_free (self->filter_mode);
  self->filter_mode = g_strdup (mode);
  refilter (self);
  /* A button shown only while chosen or not empty may go. */
  schedule_overview (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTER_MODE]);
}

/* Sorting */

static int
compare_sites (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  ScWindow *self = user_data;
  const ScSiteSort *sort = sc_site_sort_lookup (self->sort_mode);

  return sort != NULL && sort->compare != NULL ? sort->compare ((ScSite *) a, (ScSite *) b) : 0;
}

/* "list" leaves the model without a sorter, so the list's own order costs
 * nothing. */
static void
set_sort_mode (ScWindow   *self,
               const char *mode)
{
  const ScSiteSort *sort = sc_site_sort_lookup (mode);

  if (sort == NULL || g_strcmp0 (self->sort_mode, mode) == 0)
    return;
  g_free (self->sort_mode);
  self->sort_mode = g_strdup (mode);
  if (sort->compare == NULL)
    gtk_sort_list_model_set_sorter (self->sorted, NULL);
  else
    {
      gtk_sort_list_model_set_sorter (self->sorted, GTK_SORTER (self->sorter));
      gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_MODE]);
}

/* Selection and detail */

static guint
n_selected (ScWindow *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));

  return (guint) gtk_bitset_get_size (selected);
}

/* The one selected site; NULL when none or several are selected. */
ScSite *
sc_window_get_selected (ScWindow *self)
{
  g_autoptr(GtkBitset) selected = NULL;
  g_autoptr(ScSite) site = NULL;

  g_return_val_if_fail (SC_IS_WINDOW (self), NULL);

  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  if (gtk_bitset_get_size (selected) != 1)
    return NULL;
  site = g_list_model_get_item (G_LIST_MODEL (self->selection), gtk_bitset_get_nth (selected, 0));
  /* The model holds it. */
  return site;
}

/* Narrow, the header between the back button and three others has room
 * for "127.0.0…" only; the detail's own heading shows the whole address,
 * so the header goes without. */
static void
update_detail_title (ScWindow *self)
{
  ScSite *site = self->selection != NULL ? sc_window_get_selected (self) : NULL;
  g_autofree char *host = site != NULL ? sc_site_dup_display_name (site) : NULL;

  adw_window_title_set_title (self->detail_title,
                              host != NULL && !adw_leaflet_get_folded (self->leaflet) ? host : "");
}

static void
update_selection (ScWindow *self)
{
  ScSite *site = sc_window_get_selected (self);
  guint n = n_selected (self);

  sc_detail_view_set_site (self->detail_view, site);
  gtk_stack_set_visible_child_name (self->detail_stack, site != NULL ? "detail" : "none");
  if (n > 1)
    {
      g_autofree char *title = g_strdup_printf (g_dngettext (NULL, "%u Site Selected", "%u Sites Selected", n), n);

      adw_status_page_set_title (self->none_page, title);
      adw_status_page_set_description (self->none_page,
                                       _("Check them again, copy their report or remove them from the site menu."));
    }
  else
    {
      adw_status_page_set_title (self->none_page, _("No Site Selected"));
      adw_status_page_set_description (self->none_page,
                                       _("Select a site to see what it answered and what to do about it."));
    }
  update_detail_title (self);
  sc_window_update_actions (self);
}

static void
on_selection_changed (GtkSelectionModel *model,
                      guint              position,
                      guint              n_items,
                      ScWindow          *self)
{
  update_selection (self);
}

/* A selected site that goes (removed, filtered out) changes the selection
 * without "selection-changed". */
static void
on_shown_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  ScWindow   *self)
{
  update_selection (self);
}

/* Folded, the list is a page of its own: one click on a site opens it,
 * as in GNOME's other narrow lists. */
static void
on_folded_changed (AdwLeaflet *leaflet,
                   GParamSpec *pspec,
                   ScWindow   *self)
{
  gtk_list_view_set_single_click_activate (self->site_list, adw_leaflet_get_folded (leaflet));
  update_detail_title (self);
}

/* Gives the focus to the row of the selected site, if it has one now. */
static gboolean
focus_selected_row (ScWindow *self)
{
  ScSite *site = sc_window_get_selected (self);
  GtkWidget *row = site != NULL ? sc_window_find_row (self, site) : NULL;

  return row != NULL && gtk_widget_grab_focus (gtk_widget_get_parent (row));
}

/* Folded, coming back from a site's detail to the list: the focus goes to
 * that site's row, not nowhere (the Back button that had it is gone). */
static void
on_visible_page_changed (AdwLeaflet *leaflet,
                         GParamSpec *pspec,
                         ScWindow   *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (!adw_leaflet_get_folded (leaflet) || adw_leaflet_get_visible_child (leaflet) != self->sidebar)
    return;
  if (focus == NULL || !gtk_widget_is_ancestor (focus, self->sidebar))
    focus_selected_row (self);
}

static void
on_row_activated (GtkListView *list,
                  guint        position,
                  ScWindow    *self)
{
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
on_back_clicked (GtkButton *button,
                 ScWindow  *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* Returns FALSE when @site is not in the list as filtered now. */
gboolean
sc_window_select_site (ScWindow *self,
                       ScSite   *site)
{
  guint n;

  g_return_val_if_fail (SC_IS_WINDOW (self), FALSE);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->sorted));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScSite) item = g_list_model_get_item (G_LIST_MODEL (self->sorted), i);

      if (item == site)
        {
          gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), i, TRUE);
          /* Scrolled into view, and where the focus lands when Tab enters
           * the list (the list view keeps that position from this action). */
          gtk_widget_activate_action (GTK_WIDGET (self->site_list), "list.scroll-to-item", "u", i);
          return TRUE;
        }
    }
  return FALSE;
}

/* The selected sites, in the list's order. */
GPtrArray *
sc_window_dup_selected_sites (ScWindow *self)
{
  GPtrArray *sites = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  g_autoptr(GHashTable) wanted = g_hash_table_new (NULL, NULL);
  GListModel *all = sc_site_store_get_model (self->store);
  GtkBitsetIter iter;
  guint position;

  if (gtk_bitset_iter_init_first (&iter, selected, &position))
    do
      {
        g_autoptr(ScSite) site = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
        g_hash_table_add (wanted, site);
      }
    while (gtk_bitset_iter_next (&iter, &position));
  /* In the store's order, whatever the sorting: Undo relies on it. */
  for (guint i = 0; i < g_list_model_get_n_items (all) && g_hash_table_size (wanted) > sites->len; i++)
    {
      g_autoptr(ScSite) site = g_list_model_get_item (all, i);

      if (g_hash_table_contains (wanted, site))
        g_ptr_array_add (sites, g_object_ref (site));
    }
  return sites;
}

/* Where the first of @sites is in the list as shown (sorted and
 * filtered), or G_MAXUINT when none of them is shown. */
guint
sc_window_find_shown (ScWindow  *self,
                      GPtrArray *sites)
{
  GListModel *shown = G_LIST_MODEL (self->sorted);
  g_autoptr(GHashTable) wanted = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < sites->len; i++)
    g_hash_table_add (wanted, g_ptr_array_index (sites, i));
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(ScSite) site = g_list_model_get_item (shown, i);

      if (g_hash_table_contains (wanted, site))
        return i;
    }
  return G_MAXUINT;
}

/* After a removal: selects the site that came after the removed ones in
 * the list as shown (the one before, when they were at its end), so that
 * Delete, Delete goes down the list; with @focus the focus goes to it. */
void
sc_window_select_near (ScWindow *self,
                       guint     shown_position,
                       gboolean  focus)
{
  GListModel *shown = G_LIST_MODEL (self->sorted);
  guint n = g_list_model_get_n_items (shown);
  g_autoptr(ScSite) site = NULL;

  if (n == 0 || shown_position == G_MAXUINT)
    return;
  site = g_list_model_get_item (shown, MIN (shown_position, n - 1));
  sc_window_select_site (self, site);
  if (focus && !focus_selected_row (self))
    gtk_widget_grab_focus (GTK_WIDGET (self->site_list));
}

/* Whether a row of the list has the keyboard focus. */
gboolean
sc_window_list_has_focus (ScWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  return focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->site_list));
}

/* Keys such as Delete belong to a text field while it has the focus. */
gboolean
sc_window_text_has_focus (ScWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  return focus != NULL && GTK_IS_EDITABLE (focus);
}

static void
on_focus_changed (ScWindow   *self,
                  GParamSpec *pspec,
                  gpointer    user_data)
{
  sc_window_update_actions (self);
}

/* Selects @site, first clearing a search or filter that hides it: a site
 * just added must be seen, not vanish behind "No Matching Sites". */
void
sc_window_reveal_site (ScWindow *self,
                       ScSite   *site)
{
  if (sc_window_select_site (self, site))
    return;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  set_filter_mode (self, "all");
  refilter (self);
  sc_window_select_site (self, site);
}

/* Rows */

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  gtk_list_item_set_child (item, sc_site_row_new ());
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  sc_site_row_set_site (SC_SITE_ROW (gtk_list_item_get_child (item)), gtk_list_item_get_item (item));
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  sc_site_row_set_site (SC_SITE_ROW (gtk_list_item_get_child (item)), NULL);
}

/* The row widget currently showing @site, if it is on screen. */
GtkWidget *
sc_window_find_row (ScWindow *self,
                    ScSite   *site)
{
  GtkWidget *stack = NULL;

  g_return_val_if_fail (SC_IS_WINDOW (self), NULL);

  /* GtkListView creates rows lazily; walk what exists. */
  stack = gtk_widget_get_first_child (GTK_WIDGET (self->site_list));
  for (GtkWidget *child = stack; child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = gtk_widget_get_first_child (child);

      if (SC_IS_SITE_ROW (row) && sc_site_row_get_site (SC_SITE_ROW (row)) == site)
        return row;
    }
  return NULL;
}

/* "checked 3 hours ago" goes on being true while the window stays open:
 * the rows that exist (those on screen, and a few around them) say their
 * age again; a row whose words did not change is not touched. */
void
sc_window_refresh_ages (ScWindow *self)
{
  g_return_if_fail (SC_IS_WINDOW (self));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->site_list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = gtk_widget_get_first_child (child);

      if (SC_IS_SITE_ROW (row))
        sc_site_row_refresh_age (SC_SITE_ROW (row));
    }
}

static gboolean
on_ages_tick (gpointer user_data)
{
  sc_window_refresh_ages (user_data);
  return G_SOURCE_CONTINUE;
}

/* Once a minute while shown; a hidden window (watching in the background)
 * has no one to tell. */
static void
sc_window_map (GtkWidget *widget)
{
  ScWindow *self = SC_WINDOW (widget);

  GTK_WIDGET_CLASS (sc_window_parent_class)->map (widget);
  if (self->ages_id == 0)
    self->ages_id = g_timeout_add_seconds (60, on_ages_tick, self);
  sc_window_refresh_ages (self);
}

static void
sc_window_unmap (GtkWidget *widget)
{
  g_clear_handle_id (&SC_WINDOW (widget)->ages_id, g_source_remove);
  GTK_WIDGET_CLASS (sc_window_parent_class)->unmap (widget);
}

/* Tab into the list lands on the selected site, not on the row that last
 * had the focus (GTK keeps that one even when the window selected another
 * site, after adding or removing one). */
static gboolean
on_list_enter (ScTabStop *stop,
               ScWindow  *self)
{
  return focus_selected_row (self);
}

/* Progress */

/* How long the saved list may take to load before a spinner shows. */
#define LOADING_SPINNER_DELAY_MS 300

/* How often the progress bar follows the checks: PROGRESS_INTERVAL_MS,
 * defined with the overview above. */

static void
update_progress (ScWindow *self)
{
  guint total = sc_check_queue_get_n_total (self->queue);
  guint done = sc_check_queue_get_n_done (self->queue);
  gint64 since = sc_profiler_now ();

  g_clear_handle_id (&self->progress_id, g_source_remove);
  gtk_revealer_set_reveal_child (self->progress_revealer, sc_check_queue_get_busy (self->queue));
  sc_progress_set (self->progress, done, total);
  if (self->overview_id != 0 &&
      g_get_monotonic_time () - self->overview_at >= OVERVIEW_DELAY_MS * (gint64) 1000)
    update_overview (self);
  sc_window_update_actions (self);
  sc_profiler_add ("progress", since);
}

static gboolean
on_progress_timeout (gpointer user_data)
{
  ScWindow *self = user_data;

  self->progress_id = 0;
  update_progress (self);
  return G_SOURCE_REMOVE;
}

/* Each new figure in the bar makes GTK lay out and draw the window again.
 * Following every result, that frame cost more than the checks themselves
 * on a machine without a GPU: 200 unreachable sites took 2.2 s instead of
 * 0.6 s.  So while checks run the bar moves ten times a second; starting
 * and finishing still show at once. */
static void
on_progress (ScCheckQueue *queue,
             GParamSpec   *pspec,
             ScWindow     *self)
{
  if (g_strcmp0 (pspec->name, "busy") == 0 || !sc_check_queue_get_busy (queue))
    update_progress (self);
  else if (self->progress_id == 0)
    self->progress_id = g_timeout_add (PROGRESS_INTERVAL_MS, on_progress_timeout, self);
}

static void
on_network_changed (GNetworkMonitor *monitor,
                    gboolean         available,
                    ScWindow        *self)
{
  gtk_revealer_set_reveal_child (self->offline_revealer, !available);
}

/* Adding sites */

/* Adds the inputs not already listed; returns how many were new.  With
 * @check, the new ones are checked right away. */
guint
sc_window_add_inputs (ScWindow           *self,
                      const char * const *inputs,
                      gboolean            check,
                      guint              *n_duplicates)
{
  g_autoptr(GPtrArray) added = NULL;

  g_return_val_if_fail (SC_IS_WINDOW (self), 0);

  added = sc_site_store_add_inputs (self->store, inputs, n_duplicates);
  if (check)
    sc_check_queue_add_sites (self->queue, (ScSite **) added->pdata, added->len);
  if (added->len == 1)
    sc_window_reveal_site (self, g_ptr_array_index (added, 0));
  return added->len;
}

/* One message for a list added at once: "Added 12 sites, 3 were already
 * in the list". */
void
sc_window_report_added (ScWindow *self,
                        guint     n_added,
                        guint     n_duplicates)
{
  g_autofree char *added = g_strdup_printf (g_dngettext (NULL, "Added %u site", "Added %u sites", n_added), n_added);
  g_autofree char *message = NULL;

  g_return_if_fail (SC_IS_WINDOW (self));

  if (n_duplicates == 0)
    message = g_strdup_printf ("%s.", added);
  else
    message = g_strdup_printf (g_dngettext (NULL, "%s; %u was already in the list.",
                                            "%s; %u were already in the list.", n_duplicates),
                               added, n_duplicates);
  sc_window_notify_user (self, message);
}

/* A long list is added a slice at a time, so that importing 10,000 sites
 * never holds the main loop for longer than a frame.  GTK 4.8's list view
 * builds a row for each of the first 200 or so items it is given, at about
 * a millisecond each, so the first slices are small. */
#define ADD_SLICE 200
#define FIRST_ROWS 200
#define FIRST_SLICE 10

typedef struct {
  ScWindow  *window;
  GPtrArray *lines;
  guint      next;
  guint      added;
  guint      duplicates;
  GHashTable *labels;     /* address → ScSiteLabel, or NULL */
} AddJob;

static gboolean
add_next_slice (gpointer user_data)
{
  AddJob *job = user_data;
  guint in_list = sc_site_store_get_n_sites (job->window->store);
  guint end = MIN (job->next + (in_list < FIRST_ROWS ? FIRST_SLICE : ADD_SLICE), job->lines->len);
  g_autoptr(GPtrArray) slice = g_ptr_array_new ();
  guint duplicates = 0;
  gint64 since = sc_profiler_now ();

  for (guint i = job->next; i < end; i++)
    g_ptr_array_add (slice, g_ptr_array_index (job->lines, i));
  g_ptr_array_add (slice, NULL);
  job->added += sc_window_add_inputs (job->window, (const char * const *) slice->pdata, TRUE, &duplicates);
  /* The names and groups of a site manager's export go with the sites,
   * also onto a site already listed. */
  for (guint i = 0; job->labels != NULL && i + 1 < slice->len; i++)
    {
      ScSiteLabel *label = g_hash_table_lookup (job->labels, g_ptr_array_index (slice, i));
      ScSite *site = label != NULL ? sc_site_store_lookup (job->window->store, g_ptr_array_index (slice, i)) : NULL;

      if (site != NULL)
        sc_site_set_label (site, label->name, (const char * const *) label->groups);
    }
  job->duplicates += duplicates;
  job->next = end;
  sc_profiler_add ("add slice", since);

  if (job->next < job->lines->len)
    return G_SOURCE_CONTINUE;
  sc_window_report_added (job->window, job->added, job->duplicates);
  return G_SOURCE_REMOVE;
}

static void
add_job_free (AddJob *job)
{
  g_object_unref (job->window);
  g_ptr_array_unref (job->lines);
  g_clear_pointer (&job->labels, g_hash_table_unref);
  g_free (job);
}

/* Adds and checks the parsed @lines (see sc_site_list_parse()), then says
 * how many were new. */
void
sc_window_add_list (ScWindow  *self,
                    GPtrArray *lines)
{
  sc_window_add_labelled_list (self, lines, NULL);
}

/* As sc_window_add_list(), giving the sites the names and groups in
 * @labels (see sc_site_list_parse_labels()); takes @labels. */
void
sc_window_add_labelled_list (ScWindow   *self,
                             GPtrArray  *lines,
                             GHashTable *labels)
{
  AddJob *job;

  g_return_if_fail (SC_IS_WINDOW (self));

  job = g_new0 (AddJob, 1);
  job->window = g_object_ref (self);
  job->lines = g_ptr_array_ref (lines);
  job->labels = labels;
  if (add_next_slice (job))
    /* Below GTK's redraw priority, so that a frame comes between two
     * slices (default priority, with the checks' network work, held frames
     * back until a frame had to lay out every row changed meanwhile).
     * Slices still come while checks run: the network leaves gaps. */
    g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, add_next_slice, job, (GDestroyNotify) add_job_free);
  else
    add_job_free (job);
}

static void
add_lines (ScWindow   *self,
           const char *text)
{
  g_autoptr(GPtrArray) lines = sc_site_list_parse (text, strlen (text));

  sc_window_add_list (self, lines);
}

/* Pasting */

static void
insert_in_entry (ScWindow   *self,
                 const char *text)
{
  g_autofree char *line = g_strdelimit (g_strdup (text), "\r\n", ' ');
  int position;

  gtk_editable_delete_selection (GTK_EDITABLE (self->url_entry));
  position = gtk_editable_get_position (GTK_EDITABLE (self->url_entry));
  gtk_editable_insert_text (GTK_EDITABLE (self->url_entry), g_strstrip (line), -1, &position);
  gtk_editable_set_position (GTK_EDITABLE (self->url_entry), position);
}

typedef struct {
  ScWindow  *window;
  GPtrArray *addresses;
  GPtrArray *others;
} PasteChoice;

static void
paste_choice_free (PasteChoice *choice)
{
  g_object_unref (choice->window);
  g_ptr_array_unref (choice->addresses);
  g_ptr_array_unref (choice->others);
  g_free (choice);
}

static void
on_paste_response (AdwMessageDialog *dialog,
                   const char       *response,
                   PasteChoice      *choice)
{
  if (g_str_equal (response, "addresses"))
    sc_window_add_list (choice->window, choice->addresses);
  else if (g_str_equal (response, "all"))
    {
      g_ptr_array_extend_and_steal (choice->addresses, g_steal_pointer (&choice->others));
      choice->others = g_ptr_array_new ();
      sc_window_add_list (choice->window, choice->addresses);
    }
}

/* Text with lines that are not addresses (an e-mail, notes) is not turned
 * into a row per line: the user says what to add. */
static void
ask_about_paste (ScWindow  *self,
                 GPtrArray *addresses,
                 GPtrArray *others)
{
  PasteChoice *choice = g_new0 (PasteChoice, 1);
  g_autofree char *body = NULL;
  g_autofree char *add_label = NULL;
  AdwMessageDialog *dialog;

  /* TRANSLATORS: %s is the first line that is not an address; with one
   * such line it is the only one, so the singular names it outright */
  body = g_strdup_printf (g_dngettext (NULL, "%u line of the pasted text is not a site address: “%s”.",
                                       "%u lines of the pasted text are not site addresses, such as “%s”.",
                                       others->len),
                          others->len, (const char *) g_ptr_array_index (others, 0));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), NULL, body));
  adw_message_dialog_set_heading (dialog, addresses->len > 0 ? _("Add Only the Site Addresses?")
                                                             : _("No Site Addresses Found"));
  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  adw_message_dialog_add_response (dialog, "all", _("Add _Every Line"));
  if (addresses->len > 0)
    {
      add_label = g_strdup_printf (g_dngettext (NULL, "_Add %u Site", "_Add %u Sites", addresses->len),
                                   addresses->len);
      adw_message_dialog_add_response (dialog, "addresses", add_label);
      adw_message_dialog_set_response_appearance (dialog, "addresses", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (dialog, "addresses");
    }
  else
    adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");

  choice->window = g_object_ref (self);
  choice->addresses = g_ptr_array_ref (addresses);
  choice->others = g_ptr_array_ref (others);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_paste_response), choice,
                         (GClosureNotify) paste_choice_free, 0);
  g_set_weak_pointer (&self->paste_dialog, GTK_WIDGET (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* What pasting into the address entry does: one address goes into the
 * entry; several are added and checked; text that is more than addresses
 * is asked about (see sc-paste.c). */
void
sc_window_paste_text (ScWindow   *self,
                      const char *text)
{
  g_autoptr(GPtrArray) others = NULL;
  g_autoptr(GPtrArray) addresses = NULL;

  g_return_if_fail (SC_IS_WINDOW (self));

  addresses = sc_paste_find_addresses (text, &others);
  if (others->len == 0 && addresses->len == 1)
    insert_in_entry (self, g_ptr_array_index (addresses, 0));
  else if (others->len == 0 && addresses->len > 1)
    sc_window_add_list (self, addresses);
  else if (addresses->len == 0 && others->len == 1)
    /* A word or a half-typed address: it is the user's to edit. */
    insert_in_entry (self, g_ptr_array_index (others, 0));
  else if (others->len > 0)
    ask_about_paste (self, addresses, others);
}

GtkWidget *
sc_window_get_paste_dialog (ScWindow *self)
{
  g_return_val_if_fail (SC_IS_WINDOW (self), NULL);
  return self->paste_dialog;
}

static void
on_paste_read (GObject      *source,
               GAsyncResult *res,
               gpointer      user_data)
{
  g_autoptr(ScWindow) self = user_data;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), res, NULL);

  if (text != NULL)
    sc_window_paste_text (self, text);
}

static void
on_entry_paste (GtkText  *text,
                ScWindow *self)
{
  g_signal_stop_emission_by_name (text, "paste-clipboard");
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (text)), self->cancellable,
                                 on_paste_read, g_object_ref (self));
}

/* Dropping a file imports it; dropping text adds its lines. */
static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         ScWindow      *self)
{
  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      for (GSList *l = g_value_get_boxed (value); l != NULL; l = l->next)
        sc_window_import_file (self, l->data);
      return TRUE;
    }
  if (G_VALUE_HOLDS_STRING (value) && g_value_get_string (value) != NULL)
    {
      add_lines (self, g_value_get_string (value));
      return TRUE;
    }
  return FALSE;
}

static void
setup_drop_target (ScWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  GType types[] = { GDK_TYPE_FILE_LIST, G_TYPE_STRING };

  gtk_drop_target_set_gtypes (target, types, G_N_ELEMENTS (types));
  g_signal_connect (target, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

/* Loading the saved list */

static void
on_loaded (GObject      *source,
           GAsyncResult *res,
           gpointer      user_data)
{
  g_autoptr(ScWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *warning = NULL;

  self->loaded = TRUE;
  g_clear_handle_id (&self->loading_id, g_source_remove);
  if (!sc_site_store_load_finish (SC_SITE_STORE (source), res, &warning, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      sc_window_warn_user (self, error->message);
    }
  else if (warning != NULL)
    sc_window_warn_user (self, warning);
  gtk_spinner_stop (self->loading_spinner);
  update_list_page (self);
}

/* A list of thousands takes a moment to read; a spinner that appeared for
 * a short one would only flicker. */
static gboolean
on_loading_slow (gpointer user_data)
{
  ScWindow *self = user_data;

  self->loading_id = 0;
  gtk_spinner_start (self->loading_spinner);
  return G_SOURCE_REMOVE;
}

/* Construction */

static void
sc_window_constructed (GObject *object)
{
  ScWindow *self = (ScWindow *) object;

  G_OBJECT_CLASS (sc_window_parent_class)->constructed (object);

  self->store = sc_site_store_new (self->sites_file);
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);

  self->queue = sc_check_queue_new (self->settings);
  g_signal_connect_object (self->queue, "notify", G_CALLBACK (on_progress), self, 0);
  sc_profiler_watch_window (GTK_WINDOW (self), self->queue);

  self->filter = gtk_custom_filter_new (filter_site, self, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (sc_site_store_get_model (self->store)), NULL);
  self->sorter = gtk_custom_sorter_new (compare_sites, self, NULL);
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)), NULL);
  /* Several sites at once (Ctrl- and Shift-click) for Check Again, Copy
   * Report and Remove. */
  self->selection = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)));
  gtk_list_view_set_model (self->site_list, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->selection, "selection-changed", G_CALLBACK (on_selection_changed), self, 0);
  g_signal_connect_object (self->selection, "items-changed", G_CALLBACK (on_shown_changed), self, 0);
  g_signal_connect_object (sc_site_store_get_model (self->store), "items-changed",
                           G_CALLBACK (on_sites_changed), self, 0);
  g_signal_connect_object (self->filtered, "items-changed", G_CALLBACK (update_list_page), self, G_CONNECT_SWAPPED);

  self->network_monitor = g_object_ref (g_network_monitor_get_default ());
  g_signal_connect_object (self->network_monitor, "network-changed", G_CALLBACK (on_network_changed), self, 0);
  on_network_changed (self->network_monitor, g_network_monitor_get_network_available (self->network_monitor), self);

  if (self->sites_file != NULL)
    {
      sc_site_store_load_async (self->store, self->cancellable, on_loaded, g_object_ref (self));
      self->loading_id = g_timeout_add (LOADING_SPINNER_DELAY_MS, on_loading_slow, self);
    }
  else
    self->loaded = TRUE;
  update_list_page (self);
  update_overview (self);
  sc_window_update_actions (self);
  /* History and watching: sc-window-history.c */
  sc_window_history_setup (self);
}

static void
save_list (ScWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (!sc_site_store_save_now (self->store, &error))
    g_warning ("Could not save the site list: %s", error->message);
}

static gboolean
sc_window_close_request (GtkWindow *window)
{
  ScWindow *self = SC_WINDOW (window);

  /* While watching, the window only hides: see sc-window-history.c. */
  if (sc_window_history_close_to_background (self))
    {
      save_list (self);
      return TRUE;
    }
  g_cancellable_cancel (self->cancellable);
  sc_check_queue_cancel (self->queue);
  save_list (self);
  return GTK_WINDOW_CLASS (sc_window_parent_class)->close_request (window);
}

/* Closes the window without going to the background. */
void
sc_window_close_for_good (ScWindow *self)
{
  g_cancellable_cancel (self->cancellable);
  sc_check_queue_cancel (self->queue);
  save_list (self);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
sc_window_dispose (GObject *object)
{
  ScWindow *self = (ScWindow *) object;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  /* The queue may outlive the window by a callback or two: it must neither
   * go on checking nor tell a disposed window about it. */
  if (self->queue != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->queue, self);
      sc_check_queue_cancel (self->queue);
    }
  g_clear_handle_id (&self->refilter_id, g_source_remove);
  g_clear_handle_id (&self->progress_id, g_source_remove);
  g_clear_handle_id (&self->overview_id, g_source_remove);
  g_clear_handle_id (&self->loading_id, g_source_remove);
  sc_window_history_dispose (self);
  if (self->detail_view != NULL)
    sc_detail_view_set_site (self->detail_view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_WINDOW);
  g_clear_object (&self->queue);
  g_clear_object (&self->selection);
  g_clear_object (&self->sorted);
  g_clear_object (&self->sorter);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);
  g_clear_weak_pointer (&self->paste_dialog);
  g_clear_pointer (&self->removed, g_ptr_array_unref);
  g_clear_pointer (&self->removed_at, g_array_unref);
  g_clear_object (&self->network_monitor);
  g_clear_object (&self->sites_file);

  G_OBJECT_CLASS (sc_window_parent_class)->dispose (object);
}

static void
sc_window_finalize (GObject *object)
{
  ScWindow *self = (ScWindow *) object;

  g_free (self->filter_mode);
  g_free (self->sort_mode);
  g_free (self->group);
  g_strfreev (self->group_names);
  g_free (self->last_notice);
  g_free (self->last_notice_action);
  g_clear_pointer (&self->filter_buttons, g_ptr_array_unref);

  G_OBJECT_CLASS (sc_window_parent_class)->finalize (object);
}

static void
sc_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  ScWindow *self = SC_WINDOW (object);

  switch (prop_id)
    {
    case PROP_FILTER_MODE: g_value_set_string (value, self->filter_mode); break;
    case PROP_SORT_MODE: g_value_set_string (value, self->sort_mode); break;
    case PROP_SITES_FILE: g_value_set_object (value, self->sites_file); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  ScWindow *self = SC_WINDOW (object);

  switch (prop_id)
    {
    case PROP_FILTER_MODE: set_filter_mode (self, g_value_get_string (value)); break;
    case PROP_SORT_MODE: set_sort_mode (self, g_value_get_string (value)); break;
    case PROP_SITES_FILE: self->sites_file = g_value_dup_object (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_window_class_init (ScWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sc_window_constructed;
  object_class->dispose = sc_window_dispose;
  object_class->finalize = sc_window_finalize;
  object_class->get_property = sc_window_get_property;
  object_class->set_property = sc_window_set_property;
  GTK_WINDOW_CLASS (klass)->close_request = sc_window_close_request;
  /* A window closed from the background is destroyed hidden, and a dialog
   * may go the same way: see sc_window_detach_surface(). */
  sc_compat_detach_window_surfaces ();
  GTK_WIDGET_CLASS (klass)->map = sc_window_map;
  GTK_WIDGET_CLASS (klass)->unmap = sc_window_unmap;

  /* "all", "problems", "ok" or "changed": the list filter, driven by win.filter. */
  properties[PROP_FILTER_MODE] =
    g_param_spec_string ("filter-mode", NULL, NULL, "all",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* An id from sc_site_sort_get_all(), driven by win.sort. */
  properties[PROP_SORT_MODE] =
    g_param_spec_string ("sort-mode", NULL, NULL, "list",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Where the site list is kept; NULL keeps it in memory only. */
  properties[PROP_SITES_FILE] =
    g_param_spec_object ("sites-file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SC_TYPE_DETAIL_VIEW);
  g_type_ensure (SC_TYPE_LIVE_LABEL);
  g_type_ensure (SC_TYPE_PROGRESS);
  g_type_ensure (SC_TYPE_TAB_STOP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/sc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ScWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, offline_revealer);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, url_entry);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, overview_box);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, filter_box);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, list_stack);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, site_list);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, progress);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, none_page);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, site_menu_button);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, pane_separator);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, content);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, detail_view);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, detail_title);
  gtk_widget_class_bind_template_callback (widget_class, setup_row);
  gtk_widget_class_bind_template_callback (widget_class, bind_row);
  gtk_widget_class_bind_template_callback (widget_class, unbind_row);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_list_enter);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_search_started);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);

  sc_window_class_install_actions (widget_class);
}

static void
add_filter_buttons (ScWindow *self)
{
  guint n_filters;
  const ScSiteFilter *filters = sc_site_filter_get_all (&n_filters);

  self->filter_buttons = g_ptr_array_new ();
  for (guint f = 0; f < n_filters; f++)
    {
      GtkWidget *button = filter_button_new (&filters[f]);
      g_autofree char *keys = NULL;
      g_autofree char *tooltip = NULL;
      guint key;
      GdkModifierType mods;

      gtk_accelerator_parse (filters[f].accel, &key, &mods);
      keys = gtk_accelerator_get_label (key, mods);
      /* Translators: a filter's tooltip, its name and its shortcut: "Problems (Alt+2)". */
      tooltip = g_strdup_printf (_("%s (%s)"), _(filters[f].label), keys);
      gtk_widget_set_tooltip_text (button, tooltip);
      gtk_widget_set_hexpand (button, TRUE);

      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.filter");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", filters[f].id);
      gtk_box_append (self->filter_box, button);
      g_ptr_array_add (self->filter_buttons, button);
    }
}

/* "Sort" in the main menu, from the table in sc-site-sort.c. */
static void
add_sort_menu (ScWindow *self)
{
  guint n_sorts;
  const ScSiteSort *sorts = sc_site_sort_get_all (&n_sorts);
  g_autoptr(GMenu) submenu = g_menu_new ();
  g_autoptr(GMenu) section = g_menu_new ();

  for (guint i = 0; i < n_sorts; i++)
    {
      g_autofree char *action = g_strdup_printf ("win.sort::%s", sorts[i].id);

      g_menu_append (submenu, _(sorts[i].label), action);
    }
  g_menu_append_submenu (section, _("_Sort"), G_MENU_MODEL (submenu));
  g_menu_insert_section (self->primary_menu, 1, NULL, G_MENU_MODEL (section));
}

static void
sc_window_init (ScWindow *self)
{
  self->filter_mode = g_strdup ("all");
  self->sort_mode = g_strdup ("list");
  self->cancellable = g_cancellable_new ();
  self->settings = g_settings_new (APP_ID);

  gtk_widget_init_template (GTK_WIDGET (self));
  sc_live_label_set_max_width_chars (self->summary_label, 30);
  add_filter_buttons (self);
  self->group_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  gtk_widget_set_visible (GTK_WIDGET (self->group_dropdown), FALSE);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->group_dropdown), _("Show the sites of one group"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->group_dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Group"), -1);
  gtk_box_insert_child_after (GTK_BOX (self->overview_box), GTK_WIDGET (self->group_dropdown), GTK_WIDGET (self->filter_box));
  g_signal_connect (self->group_dropdown, "notify::selected", G_CALLBACK (on_group_selected), self);
  add_sort_menu (self);
  g_signal_connect (gtk_editable_get_delegate (GTK_EDITABLE (self->url_entry)), "paste-clipboard",
                    G_CALLBACK (on_entry_paste), self);
  setup_drop_target (self);
  g_signal_connect (self, "notify::focus-widget", G_CALLBACK (on_focus_changed), NULL);
  g_signal_connect (self->leaflet, "notify::folded", G_CALLBACK (on_folded_changed), self);
  g_signal_connect (self->leaflet, "notify::visible-child", G_CALLBACK (on_visible_page_changed), self);
  on_folded_changed (self->leaflet, NULL, self);
  /* Typing while the list has the focus searches it. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->site_list));
  /* The empty page says "type above": the typing goes there, not to the
   * first button GTK would find. */
  gtk_widget_grab_focus (GTK_WIDGET (self->url_entry));
}

/* @sites_file: where the list is kept; NULL keeps it in memory. */
ScWindow *
sc_window_new (AdwApplication *application,
               GFile          *sites_file)
{
  return g_object_new (SC_TYPE_WINDOW,
                       "application", application,
                       "sites-file", sites_file,
                       NULL);
}

ScSiteStore *
sc_window_get_store (ScWindow *self)
{
  g_return_val_if_fail (SC_IS_WINDOW (self), NULL);
  return self->store;
}

ScCheckQueue *
sc_window_get_queue (ScWindow *self)
{
  g_return_val_if_fail (SC_IS_WINDOW (self), NULL);
  return self->queue;
}

ScDetailView *
sc_window_get_detail_view (ScWindow *self)
{
  g_return_val_if_fail (SC_IS_WINDOW (self), NULL);
  return self->detail_view;
}

const char *
sc_window_get_last_notice (ScWindow *self)
{
  g_return_val_if_fail (SC_IS_WINDOW (self), NULL);
  return self->last_notice;
}

gboolean
sc_window_get_loaded (ScWindow *self)
{
  g_return_val_if_fail (SC_IS_WINDOW (self), FALSE);
  return self->loaded;
}

/* What the site list shows: "loading", "empty", "no-match" or "list". */
const char *
sc_window_get_list_page (ScWindow *self)
{
  g_return_val_if_fail (SC_IS_WINDOW (self), NULL);
  return gtk_stack_get_visible_child_name (self->list_stack);
}

GtkWidget *
sc_window_get_search_entry (ScWindow *self)
{
  g_return_val_if_fail (SC_IS_WINDOW (self), NULL);
  return GTK_WIDGET (self->search_entry);
}

GtkWidget *
sc_window_get_url_entry (ScWindow *self)
{
  g_return_val_if_fail (SC_IS_WINDOW (self), NULL);
  return GTK_WIDGET (self->url_entry);
}

AdwLeaflet *
sc_window_get_leaflet (ScWindow *self)
{
  g_return_val_if_fail (SC_IS_WINDOW (self), NULL);
  return self->leaflet;
}

GtkListView *
sc_window_get_site_list (ScWindow *self)
{
  g_return_val_if_fail (SC_IS_WINDOW (self), NULL);
  return self->site_list;
}

/* The left pane: the entry, the overview and the list. */
GtkWidget *
sc_window_get_sidebar (ScWindow *self)
{
  g_return_val_if_fail (SC_IS_WINDOW (self), NULL);
  return self->sidebar;
}

const char *
sc_window_get_detail_title (ScWindow *self)
{
  g_return_val_if_fail (SC_IS_WINDOW (self), NULL);
  return adw_window_title_get_title (self->detail_title);
}

/* The sites in the order the list shows them. */
GListModel *
sc_window_get_shown_sites (ScWindow *self)
{
  g_return_val_if_fail (SC_IS_WINDOW (self), NULL);
  return G_LIST_MODEL (self->sorted);
}

/* The one-line summary of the list, as shown. */
const char *
sc_window_get_summary (ScWindow *self)
{
  g_return_val_if_fail (SC_IS_WINDOW (self), NULL);
  return sc_live_label_get_text (self->summary_label);
}

/* The label of the filter button for @filter_id ("Problems 15"). */
const char *
sc_window_get_filter_label (ScWindow   *self,
                            const char *filter_id)
{
  guint n_filters;
  const ScSiteFilter *filters = sc_site_filter_get_all (&n_filters);
  const ScSiteFilter *filter = sc_site_filter_lookup (filter_id);

  g_return_val_if_fail (SC_IS_WINDOW (self), NULL);
  g_return_val_if_fail (filter != NULL, NULL);
  return g_object_get_data (g_ptr_array_index (self->filter_buttons, filter - filters), "sc-label");
}
