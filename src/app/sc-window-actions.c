/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sc-compat.h"
#include "sc-report-writer.h"
#include "sc-site-list.h"
#include "sc-url.h"
#include "sc-window-private.h"

/* The window's actions.  Buttons, menus and keyboard shortcuts all go
 * through these; the accelerators are set in sc-application.c. */

/* Toast titles are Pango markup (libadwaita 1.2 has no way to turn that
 * off), and messages carry file names and server text: escape them. */
static AdwToast *
plain_toast (const char *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  return adw_toast_new (escaped);
}

void
sc_window_notify_user (ScWindow   *self,
                       const char *message)
{
  g_free (self->last_notice);
  self->last_notice = g_strdup (message);
  g_clear_pointer (&self->last_notice_action, g_free);
  adw_toast_overlay_add_toast (self->toast_overlay, plain_toast (message));
}

/* A note with a button that runs @detailed_action ("win.filter::changed"). */
void
sc_window_notify_user_with_action (ScWindow   *self,
                                   const char *message,
                                   const char *button_label,
                                   const char *detailed_action)
{
  AdwToast *toast = plain_toast (message);

  g_free (self->last_notice);
  self->last_notice = g_strdup (message);
  g_free (self->last_notice_action);
  self->last_notice_action = g_strdup (detailed_action);
  adw_toast_set_button_label (toast, button_label);
  adw_toast_set_detailed_action_name (toast, detailed_action);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* For what must not go unnoticed, such as a damaged site list: the toast
 * stays until it is dismissed. */
void
sc_window_warn_user (ScWindow   *self,
                     const char *message)
{
  AdwToast *toast = plain_toast (message);

  g_free (self->last_notice);
  self->last_notice = g_strdup (message);
  g_clear_pointer (&self->last_notice_action, g_free);
  adw_toast_set_timeout (toast, 0);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* The sites in the list's order: all of them, or those that need a look. */
static GPtrArray *
every_site (ScWindow *self)
{
  GListModel *model = sc_site_store_get_model (self->store);
  GPtrArray *sites = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (sites, g_list_model_get_item (model, i));
  return sites;
}

static GPtrArray *
problem_sites (ScWindow *self)
{
  GListModel *model = sc_site_store_get_model (self->store);
  GPtrArray *sites = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      ScSite *site = g_list_model_get_item (model, i);

      if (sc_site_is_problem (site))
        g_ptr_array_add (sites, site);
      else
        g_object_unref (site);
    }
  return sites;
}

static GPtrArray *
all_results (ScWindow *self)
{
  GListModel *model = sc_site_store_get_model (self->store);
  GPtrArray *results = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ScSite) site = g_list_model_get_item (model, i);

      if (sc_site_get_result (site) != NULL)
        g_ptr_array_add (results, g_object_ref (sc_site_get_result (site)));
    }
  return results;
}

void
sc_window_update_actions (ScWindow *self)
{
  ScSite *site = sc_window_get_selected (self);
  g_autoptr(GPtrArray) selected = sc_window_dup_selected_sites (self);
  gboolean any_result = FALSE;
  gboolean has_result = site != NULL && sc_site_get_result (site) != NULL;
  gboolean has_sites = sc_site_store_get_n_sites (self->store) > 0;
  gboolean busy = self->queue != NULL && sc_check_queue_get_busy (self->queue);

  for (guint i = 0; i < selected->len && !any_result; i++)
    any_result = sc_site_get_result (g_ptr_array_index (selected, i)) != NULL;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.check-again", selected->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.edit-address", site != NULL);
  gtk_widget_set_sensitive (self->site_menu_button, selected->len > 0);
  /* Delete is its accelerator: while a text field has the focus it must
   * delete text, not a site. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.remove",
                                 selected->len > 0 && !sc_window_text_has_focus (self));
  /* Ctrl+Z likewise undoes typing in a text field, and a removal elsewhere;
   * the toast's Undo button (win.undo-remove) works wherever the focus is. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 self->removed != NULL && !sc_window_text_has_focus (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.copy-report", any_result);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-in-browser",
                                 has_result && sc_check_result_get_url (sc_site_get_result (site)) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.check-all", has_sites);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.copy-all-reports", has_sites);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.copy-problem-reports", has_sites);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.check-problems", has_sites);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.clear-list", has_sites);
  /* No search or filter over an empty list, not even from the keyboard:
   * Alt+2 there would hide the sites of the next import. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.find", has_sites);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.filter", has_sites);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", has_sites);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel", busy);
}

static void
add_site_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ScWindow *self = SC_WINDOW (widget);
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->url_entry))));
  const char *inputs[] = { text, NULL };

  if (text[0] == '\0')
    return;
  if (sc_window_add_inputs (self, inputs, TRUE, NULL) == 0)
    {
      ScSite *existing = sc_site_store_lookup (self->store, text);
      g_autofree char *name = sc_site_dup_display_name (existing);
      g_autofree char *message = g_strdup_printf (_("%s is already in the list"), name);
      AdwToast *toast = plain_toast (message);

      sc_window_reveal_site (self, existing);
      adw_toast_set_button_label (toast, _("Check _Again"));
      adw_toast_set_action_name (toast, "win.check-again");
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
      g_free (self->last_notice);
      self->last_notice = g_steal_pointer (&message);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->url_entry), "");
}

static void
focus_entry_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ScWindow *self = SC_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_widget_grab_focus (GTK_WIDGET (self->url_entry));
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ScWindow *self = SC_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
check_again_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ScWindow *self = SC_WINDOW (widget);
  g_autoptr(GPtrArray) sites = sc_window_dup_selected_sites (self);

  sc_check_queue_add_sites (self->queue, (ScSite **) sites->pdata, sites->len);
}

static void
check_all_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ScWindow *self = SC_WINDOW (widget);
  g_autoptr(GPtrArray) sites = every_site (self);

  sc_check_queue_add_sites (self->queue, (ScSite **) sites->pdata, sites->len);
}

static void
check_problems_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  ScWindow *self = SC_WINDOW (widget);
  g_autoptr(GPtrArray) sites = problem_sites (self);

  sc_check_queue_add_sites (self->queue, (ScSite **) sites->pdata, sites->len);
}

static void
clear_list_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ScWindow *self = SC_WINDOW (widget);
  g_autoptr(GPtrArray) sites = every_site (self);

  sc_window_remove_sites (self, sites);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  sc_check_queue_cancel (SC_WINDOW (widget)->queue);
}

static void
copy_text (ScWindow   *self,
           const char *text,
           const char *confirmation)
{
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);
  sc_window_notify_user (self, confirmation);
}

static void
copy_report_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ScWindow *self = SC_WINDOW (widget);
  g_autoptr(GPtrArray) sites = sc_window_dup_selected_sites (self);
  g_autoptr(GPtrArray) results = g_ptr_array_new ();
  g_autofree char *report = NULL;
  g_autofree char *confirmation = NULL;

  for (guint i = 0; i < sites->len; i++)
    if (sc_site_get_result (g_ptr_array_index (sites, i)) != NULL)
      g_ptr_array_add (results, sc_site_get_result (g_ptr_array_index (sites, i)));
  if (results->len == 0)
    return;
  report = sc_report_render (SC_REPORT_FORMAT_MARKDOWN, sc_check_queue_get_checker (self->queue),
                             (ScCheckResult **) results->pdata, results->len);
  if (results->len == 1)
    confirmation = g_strdup (_("Report copied to the clipboard"));
  else
    confirmation = g_strdup_printf (g_dngettext (NULL, "Report for %u site copied to the clipboard",
                                                 "Report for %u sites copied to the clipboard", results->len),
                                    results->len);
  copy_text (self, report, confirmation);
}

static void
copy_all_reports_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  ScWindow *self = SC_WINDOW (widget);
  g_autoptr(GPtrArray) results = all_results (self);
  g_autofree char *report = NULL;
  g_autofree char *confirmation = NULL;

  if (results->len == 0)
    {
      sc_window_notify_user (self, _("No site has been checked yet"));
      return;
    }
  report = sc_report_render (SC_REPORT_FORMAT_MARKDOWN, sc_check_queue_get_checker (self->queue),
                             (ScCheckResult **) results->pdata, results->len);
  confirmation = g_strdup_printf (g_dngettext (NULL, "Report for %u site copied to the clipboard",
                                               "Report for %u sites copied to the clipboard", results->len),
                                  results->len);
  copy_text (self, report, confirmation);
}

static void
copy_problem_reports_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  ScWindow *self = SC_WINDOW (widget);
  g_autoptr(GPtrArray) sites = problem_sites (self);
  g_autoptr(GPtrArray) results = g_ptr_array_new ();
  g_autofree char *report = NULL;
  g_autofree char *confirmation = NULL;

  for (guint i = 0; i < sites->len; i++)
    g_ptr_array_add (results, sc_site_get_result (g_ptr_array_index (sites, i)));
  if (results->len == 0)
    {
      sc_window_notify_user (self, _("No site needs a look"));
      return;
    }
  report = sc_report_render (SC_REPORT_FORMAT_MARKDOWN, sc_check_queue_get_checker (self->queue),
                             (ScCheckResult **) results->pdata, results->len);
  confirmation = g_strdup_printf (g_dngettext (NULL, "Report for %u problem copied to the clipboard",
                                               "Report for %u problems copied to the clipboard", results->len),
                                  results->len);
  copy_text (self, report, confirmation);
}

/* Importing */

static void
on_import_loaded (GObject      *source,
                  GAsyncResult *res,
                  gpointer      user_data)
{
  g_autoptr(ScWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autofree char *message = NULL;
  gsize length;

  if (!g_file_load_contents_finish (G_FILE (source), res, &contents, &length, NULL, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_autofree char *name = g_file_get_parse_name (G_FILE (source));
          message = g_strdup_printf (_("Could not read %s: %s"), name, error->message);
          sc_window_warn_user (self, message);
        }
      return;
    }
  lines = sc_site_list_parse (contents, length);
  sc_window_add_labelled_list (self, lines, sc_site_list_parse_labels (contents, length));
}

/* Reads a .txt or .csv list (see sc_site_list_parse()) and checks the new
 * sites; lines that are not usable addresses become failed rows. */
void
sc_window_import_file (ScWindow *self,
                       GFile    *file)
{
  g_return_if_fail (SC_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  g_file_load_contents_async (file, self->cancellable, on_import_loaded, g_object_ref (self));
}

static GListModel *
list_filters (gboolean for_export)
{
  GListStore *filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr(GtkFileFilter) lists = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) json = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();

  gtk_file_filter_set_name (lists, _("Site lists (.txt, .csv)"));
  gtk_file_filter_add_suffix (lists, "txt");
  gtk_file_filter_add_suffix (lists, "csv");
  gtk_file_filter_add_mime_type (lists, "text/plain");
  gtk_file_filter_add_mime_type (lists, "text/csv");
  gtk_file_filter_set_name (json, _("JSON"));
  gtk_file_filter_add_suffix (json, "json");
  g_object_set_data (G_OBJECT (json), "sc-suffix", (gpointer) "json");
  gtk_file_filter_set_name (csv, _("CSV"));
  gtk_file_filter_add_suffix (csv, "csv");
  g_object_set_data (G_OBJECT (csv), "sc-suffix", (gpointer) "csv");

  if (for_export)
    {
      g_list_store_append (filters, json);
      g_list_store_append (filters, csv);
    }
  else
    g_list_store_append (filters, lists);
  return G_LIST_MODEL (filters);
}

static void
on_import_chosen (GObject      *source,
                  GAsyncResult *res,
                  gpointer      user_data)
{
  ScWindow *self = SC_WINDOW (source);
  g_autoptr(GFile) file = sc_choose_file_finish (res, NULL, NULL);

  if (file != NULL)
    sc_window_import_file (self, file);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ScWindow *self = SC_WINDOW (widget);
  g_autoptr(GListModel) filters = list_filters (FALSE);

  sc_choose_file_async (GTK_WINDOW (self), _("Import Site List"), FALSE, NULL, filters,
                        self->cancellable, on_import_chosen, NULL);
}

/* Exporting */

static void
on_export_written (GObject      *source,
                   GAsyncResult *res,
                   gpointer      user_data)
{
  g_autoptr(ScWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_parse_name (G_FILE (source));
  g_autofree char *message = NULL;

  if (g_file_replace_contents_finish (G_FILE (source), res, NULL, &error))
    {
      g_autofree char *uri = g_file_get_uri (G_FILE (source));
      AdwToast *toast;

      message = g_strdup_printf (_("Results exported to %s"), name);
      /* An Open button, to look at what was written straight away. */
      toast = plain_toast (message);
      adw_toast_set_button_label (toast, _("_Open"));
      adw_toast_set_action_name (toast, "win.open-uri");
      adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
      g_free (self->last_notice);
      self->last_notice = g_steal_pointer (&message);
      return;
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    message = g_strdup_printf (_("Could not write %s: %s"), name, error->message);
  if (message != NULL)
    sc_window_notify_user (self, message);
}

/* The format the user meant: choosing CSV in the dialog means CSV even
 * though the name still ends in the suggested ".json"; with JSON chosen (or
 * no filter known) a name ending in ".csv" means CSV.  The name is given
 * the suffix of the format written, so the file opens as what it is. */
GFile *
sc_window_export_target (GFile          *file,
                         const char     *chosen_suffix,
                         ScReportFormat *out_format)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GFile) parent = g_file_get_parent (file);
  gboolean csv = g_strcmp0 (chosen_suffix, "csv") == 0 ||
                 (g_strcmp0 (chosen_suffix, "json") != 0 && g_str_has_suffix (name, ".csv"));
  const char *suffix = csv ? ".csv" : ".json";
  g_autofree char *stem = NULL;
  g_autofree char *fixed = NULL;

  if (g_str_has_suffix (name, ".json") || g_str_has_suffix (name, ".csv"))
    stem = g_strndup (name, strrchr (name, '.') - name);
  else
    stem = g_strdup (name);
  fixed = g_strconcat (stem, suffix, NULL);
  *out_format = csv ? SC_REPORT_FORMAT_CSV : SC_REPORT_FORMAT_JSON;
  return parent != NULL ? g_file_get_child (parent, fixed) : g_file_new_for_path (fixed);
}

/* Writes every checked site's result to @file (see
 * sc_window_export_target() for @chosen_suffix) and says where. */
void
sc_window_export (ScWindow   *self,
                  GFile      *file,
                  const char *chosen_suffix)
{
  g_autoptr(GPtrArray) results = all_results (self);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) target = NULL;
  ScReportFormat format;
  char *text;

  g_return_if_fail (SC_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  target = sc_window_export_target (file, chosen_suffix, &format);
  text = sc_report_render (format, sc_check_queue_get_checker (self->queue),
                           (ScCheckResult **) results->pdata, results->len);
  bytes = g_bytes_new_take (text, strlen (text));
  /* g_file_replace_contents_bytes_async() writes a temporary file and
   * renames it, so a failed export never leaves half a file. */
  g_file_replace_contents_bytes_async (target, bytes, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                       self->cancellable, on_export_written, g_object_ref (self));
}

static void
on_export_chosen (GObject      *source,
                  GAsyncResult *res,
                  gpointer      user_data)
{
  g_autoptr(GtkFileFilter) filter = NULL;
  g_autoptr(GFile) file = sc_choose_file_finish (res, &filter, NULL);

  if (file != NULL)
    sc_window_export (SC_WINDOW (source), file,
                      filter != NULL ? g_object_get_data (G_OBJECT (filter), "sc-suffix") : NULL);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ScWindow *self = SC_WINDOW (widget);
  g_autoptr(GListModel) filters = list_filters (TRUE);

  sc_choose_file_async (GTK_WINDOW (self), _("Export Results"), TRUE, "statuscope-results.json", filters,
                        self->cancellable, on_export_chosen, NULL);
}

static void
open_uri_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  sc_open_uri (GTK_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
open_in_browser_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  ScWindow *self = SC_WINDOW (widget);
  ScSite *site = sc_window_get_selected (self);
  ScCheckResult *result = site != NULL ? sc_site_get_result (site) : NULL;
  g_autoptr(GUri) uri = NULL;

  if (result == NULL)
    return;
  /* The real input, not the redacted display form: credentials included. */
  uri = sc_url_normalize (sc_site_get_input (site), NULL, NULL);
  if (uri != NULL)
    {
      g_autofree char *text = g_uri_to_string (uri);
      sc_open_uri (GTK_WINDOW (self), text);
    }
}

/* Changes the address of @site and checks the new one; returns the new
 * site, or NULL (and says why) when another site has that address. */
ScSite *
sc_window_edit_site (ScWindow   *self,
                     ScSite     *site,
                     const char *input)
{
  ScSite *edited;

  g_return_val_if_fail (SC_IS_WINDOW (self), NULL);

  edited = sc_site_store_replace (self->store, site, input);
  if (edited == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("%s is already in the list"), input);
      sc_window_notify_user (self, message);
      return NULL;
    }
  sc_window_reveal_site (self, edited);
  sc_check_queue_add (self->queue, edited);
  return edited;
}

static void
on_edit_response (AdwMessageDialog *dialog,
                  const char       *response,
                  ScWindow         *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  ScSite *site = g_object_get_data (G_OBJECT (dialog), "sc-site");

  if (g_str_equal (response, "change") && site != NULL)
    sc_window_edit_site (self, site, gtk_editable_get_text (entry));
}

static void
on_edit_entry_activate (GtkEntry         *entry,
                        AdwMessageDialog *dialog)
{
  adw_message_dialog_response (dialog, "change");
}

/* F2: the address of the selected site, to correct a typo in place. */
static void
edit_address_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ScWindow *self = SC_WINDOW (widget);
  ScSite *site = sc_window_get_selected (self);
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  if (site == NULL)
    return;
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Edit Address"), NULL));
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), sc_site_get_input (site));
  gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_URL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Site address"), -1);
  adw_message_dialog_set_extra_child (dialog, entry);
  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  adw_message_dialog_add_response (dialog, "change", _("_Change and Check"));
  adw_message_dialog_set_response_appearance (dialog, "change", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "change");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "sc-site", g_object_ref (site), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_edit_response), self, 0);
  g_signal_connect (entry, "activate", G_CALLBACK (on_edit_entry_activate), dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Removes @sites (in the store's order) and offers Undo, which puts each
 * back where it was.  The site shown after the removed ones is selected,
 * and keeps the focus if the list had it. */
void
sc_window_remove_sites (ScWindow *self,
                        GPtrArray *sites)
{
  g_autofree char *message = NULL;
  gboolean focus = sc_window_list_has_focus (self);
  guint next;
  AdwToast *toast;

  if (sites->len == 0)
    return;
  next = sc_window_find_shown (self, sites);
  g_clear_pointer (&self->removed, g_ptr_array_unref);
  g_clear_pointer (&self->removed_at, g_array_unref);
  self->removed = g_ptr_array_new_with_free_func (g_object_unref);
  self->removed_at = g_array_new (FALSE, FALSE, sizeof (guint));
  if (sites->len == 1)
    {
      g_autofree char *host = sc_site_dup_display_name (g_ptr_array_index (sites, 0));
      message = g_strdup_printf (_("Removed %s"), host);
    }
  else
    message = g_strdup_printf (g_dngettext (NULL, "Removed %u site", "Removed %u sites", sites->len), sites->len);

  /* From the last to the first, so each recorded position is the one the
   * site had before any of them went. */
  for (guint i = sites->len; i > 0; i--)
    {
      ScSite *site = g_ptr_array_index (sites, i - 1);
      guint position = sc_site_store_remove (self->store, site);

      if (position == G_MAXUINT)
        continue;
      g_ptr_array_insert (self->removed, 0, g_object_ref (site));
      g_array_prepend_val (self->removed_at, position);
    }
  sc_window_select_near (self, next, focus);

  toast = plain_toast (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-remove");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  g_free (self->last_notice);
  self->last_notice = g_strdup (message);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ScWindow *self = SC_WINDOW (widget);
  g_autoptr(GPtrArray) sites = sc_window_dup_selected_sites (self);

  sc_window_remove_sites (self, sites);
}

static void
undo_remove_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ScWindow *self = SC_WINDOW (widget);
  g_autoptr(GPtrArray) removed = g_steal_pointer (&self->removed);
  g_autoptr(GArray) removed_at = g_steal_pointer (&self->removed_at);

  if (removed == NULL)
    return;
  /* In the order of the old positions, so each lands where it was. */
  for (guint i = 0; i < removed->len; i++)
    sc_site_store_insert (self->store, g_ptr_array_index (removed, i), g_array_index (removed_at, guint, i));
  if (removed->len > 0)
    sc_window_select_site (self, g_ptr_array_index (removed, 0));
  sc_window_update_actions (self);
}

void
sc_window_class_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.add-site", NULL, add_site_action);
  gtk_widget_class_install_action (widget_class, "win.focus-entry", NULL, focus_entry_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "win.check-again", NULL, check_again_action);
  gtk_widget_class_install_action (widget_class, "win.check-all", NULL, check_all_action);
  gtk_widget_class_install_action (widget_class, "win.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "win.check-problems", NULL, check_problems_action);
  gtk_widget_class_install_action (widget_class, "win.clear-list", NULL, clear_list_action);
  gtk_widget_class_install_action (widget_class, "win.copy-problem-reports", NULL, copy_problem_reports_action);
  gtk_widget_class_install_action (widget_class, "win.copy-report", NULL, copy_report_action);
  gtk_widget_class_install_action (widget_class, "win.copy-all-reports", NULL, copy_all_reports_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.open-in-browser", NULL, open_in_browser_action);
  gtk_widget_class_install_action (widget_class, "win.open-uri", "s", open_uri_action);
  gtk_widget_class_install_action (widget_class, "win.remove", NULL, remove_action);
  gtk_widget_class_install_action (widget_class, "win.edit-address", NULL, edit_address_action);
  gtk_widget_class_install_action (widget_class, "win.undo-remove", NULL, undo_remove_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_remove_action);
  gtk_widget_class_install_property_action (widget_class, "win.filter", "filter-mode");
  gtk_widget_class_install_property_action (widget_class, "win.sort", "sort-mode");
}
