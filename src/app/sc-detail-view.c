/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <inttypes.h>

#include <glib/gi18n.h>
#include <adwaita.h>

#include "sc-detail-view.h"
#include "sc-history-strip.h"
#include "sc-status-badge.h"
#include "sc-timing-bar.h"

/* Everything about the selected site: the big badge and title, who
 * answered (with the evidence one click away), the findings that name the
 * cause, what the answer means in general and what to try,
 * every hop of the chain, where the time went, the certificate and the
 * response headers.  Server text is shown as plain text, never markup. */

struct _ScDetailView
{
  GtkWidget      parent_instance;

  ScSite        *site;
  gulong         notify_id;
  GPtrArray     *suggestions;   /* what the "What to try" list shows */
  char          *answered_text; /* what the "Answered by" row says */
  guint          n_hops;

  GtkScrolledWindow *scroller;
  ScStatusBadge *badge;
  GtkLabel      *title_label;
  GtkLabel      *url_label;
  GtkLabel      *checked_label;
  GtkLabel      *explanation_label;
  GtkLabel      *error_label;
  GtkWidget     *error_box;
  GtkImage      *verdict_icon;
  GtkListBox    *answered_list;
  GtkWidget     *findings_box;
  GtkListBox    *findings_list;
  GtkWidget     *suggestions_box;
  GtkListBox    *suggestions_list;
  GtkWidget     *chain_box;
  GtkLabel      *chain_heading;
  GtkListBox    *chain_list;
  GtkWidget     *timing_box;
  GtkLabel      *timing_heading;
  ScTimingBar   *timing_bar;
  GtkLabel      *timing_legend;
  ScHistoryStrip *history_strip;  /* not in the template: sc-history-strip.c */
  GtkWidget     *tls_box;
  GtkListBox    *tls_list;
  GtkListBox    *headers_list;
};

G_DEFINE_FINAL_TYPE (ScDetailView, sc_detail_view, GTK_TYPE_WIDGET)

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* A row whose text comes from a server or the catalog: never markup. */
static GtkWidget *
text_row (const char *title,
          const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title != NULL ? title : "");
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  if (subtitle != NULL)
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
    }
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  /* A row that does nothing is no Tab stop: Tab goes from one thing that
   * acts to the next. */
  gtk_widget_set_focusable (row, FALSE);
  return row;
}

static const char *
severity_icon (ScSeverity severity)
{
  switch (severity)
    {
    case SC_SEVERITY_CRITICAL: return "dialog-error-symbolic";
    case SC_SEVERITY_WARNING: return "dialog-warning-symbolic";
    case SC_SEVERITY_INFO:
    default: return "dialog-information-symbolic";
    }
}

static char *
numbered (const char * const *items)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    g_string_append_printf (text, "%s%u. %s", i > 0 ? "\n" : "", i + 1, items[i]);
  return g_string_free (text, text->len == 0);
}

static void
show_findings (ScDetailView  *self,
               ScCheckResult *result)
{
  GPtrArray *findings = sc_check_result_get_findings (result);

  clear_list (self->findings_list);
  for (guint i = 0; i < findings->len; i++)
    {
      ScFinding *finding = g_ptr_array_index (findings, i);
      g_autofree char *advice = numbered (sc_finding_get_suggestions (finding));
      GtkWidget *row = text_row (sc_finding_get_message (finding), advice);
      GtkWidget *icon = gtk_image_new_from_icon_name (severity_icon (sc_finding_get_severity (finding)));

      /* The advice is what to do: as readable as the finding itself. */
      gtk_widget_add_css_class (row, "finding");

      gtk_widget_add_css_class (icon, sc_severity_to_string (sc_finding_get_severity (finding)));
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      sc_severity_describe (sc_finding_get_severity (finding)), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      gtk_list_box_append (self->findings_list, row);
    }
  gtk_widget_set_visible (self->findings_box, findings->len > 0);
}

static GtkWidget *
evidence_row (const char *observation)
{
  GtkWidget *row = text_row (observation, NULL);

  gtk_widget_add_css_class (row, "monospace");
  return row;
}

/* "Answered by nginx, a proxy or cache in front of the site", the relays
 * under it, and the evidence inside the expander. */
static void
show_answered_by (ScDetailView  *self,
                  ScCheckResult *result)
{
  ScAnsweredBy *who = sc_check_result_get_answered_by (result);
  const char * const *evidence = sc_answered_by_get_evidence (who);
  const char * const *through = sc_answered_by_get_through (who);
  g_autofree char *described = sc_answered_by_describe (who);
  g_autofree char *title = NULL;
  GtkWidget *row = adw_expander_row_new ();

  /* "Answered by nobody: the request itself…" reads as a riddle: an
   * address that could not be requested was answered by no one. */
  if (sc_answered_by_get_role (who) == SC_ROLE_CLIENT)
    title = g_strdup (_("Nobody answered: this address could not be requested"));
  else
    title = g_strdup_printf (_("Answered by %s"), described);

  clear_list (self->answered_list);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  g_free (self->answered_text);
  self->answered_text = g_steal_pointer (&title);
  if (through[0] != NULL)
    {
      g_autofree char *relays = g_strjoinv (", ", (char **) through);
      g_autofree char *subtitle = g_strdup_printf (_("Through %s"), relays);

      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
    }
  for (guint i = 0; evidence[i] != NULL; i++)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (row), evidence_row (evidence[i]));
  gtk_widget_set_sensitive (row, evidence[0] != NULL);
  gtk_list_box_append (self->answered_list, row);
  gtk_widget_set_visible (GTK_WIDGET (self->answered_list), TRUE);
}

static void
show_suggestions (ScDetailView  *self,
                  ScCheckResult *result)
{
  ScCatalogEntry *entry = sc_check_result_get_entry (result);
  const char * const *suggestions = entry != NULL ? sc_catalog_entry_get_suggestions (entry) : NULL;

  /* Nothing to try for a site that is fine; and a finding that names the
   * cause brings its own fixes, more to the point than the code's. */
  if (sc_check_result_get_verdict (result) == SC_VERDICT_OK || sc_check_result_names_cause (result))
    suggestions = NULL;
  clear_list (self->suggestions_list);
  g_ptr_array_set_size (self->suggestions, 0);
  for (guint i = 0; suggestions != NULL && suggestions[i] != NULL; i++)
    {
      GtkWidget *row = text_row (suggestions[i], NULL);
      g_autofree char *number = g_strdup_printf ("%u.", i + 1);
      GtkWidget *prefix = gtk_label_new (number);

      gtk_widget_add_css_class (prefix, "numeric");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), prefix);
      gtk_list_box_append (self->suggestions_list, row);
      g_ptr_array_add (self->suggestions, g_strdup (suggestions[i]));
    }
  gtk_widget_set_visible (self->suggestions_box, self->suggestions->len > 0);
}

static char *
describe_hop (ScHop *hop)
{
  g_autoptr(GStrvBuilder) parts = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;
  const ScTiming *t = sc_hop_get_timing (hop);
  g_autofree char *location = NULL;
  g_autofree char *ms = NULL;
  g_autofree char *head = NULL;

  if (sc_hop_get_location (hop) != NULL)
    g_strv_builder_add (parts, (location = g_strdup_printf ("→ %s", sc_hop_get_location (hop))));
  if (t->total_us >= 0)
    g_strv_builder_add (parts, (ms = g_strdup_printf (_("%.0f ms"), t->total_us / 1000.0)));
  if (sc_hop_get_http_version (hop) != NULL)
    g_strv_builder_add (parts, sc_hop_get_http_version (hop));
  if (sc_hop_get_remote_address (hop) != NULL)
    g_strv_builder_add (parts, sc_hop_get_remote_address (hop));
  if (sc_hop_get_server (hop) != NULL)
    g_strv_builder_add (parts, sc_hop_get_server (hop));
  if (sc_hop_get_head_status (hop) != 0)
    g_strv_builder_add (parts, (head = g_strdup_printf (_("HEAD got %u, asked again with GET"), sc_hop_get_head_status (hop))));
  strv = g_strv_builder_end (parts);
  return g_strjoinv (" · ", strv);
}

static void
show_chain (ScDetailView  *self,
            ScCheckResult *result)
{
  GPtrArray *hops = sc_check_result_get_hops (result);

  clear_list (self->chain_list);
  for (guint i = 0; i < hops->len; i++)
    {
      ScHop *hop = g_ptr_array_index (hops, i);
      g_autofree char *subtitle = describe_hop (hop);
      GtkWidget *row = text_row (sc_hop_get_url (hop), subtitle);
      GtkWidget *badge = sc_status_badge_new ();

      sc_status_badge_set_hop (SC_STATUS_BADGE (badge), sc_hop_get_status (hop));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), badge);
      gtk_list_box_append (self->chain_list, row);
    }
  self->n_hops = hops->len;
  gtk_label_set_label (self->chain_heading, hops->len > 1 ? _("Redirect Chain") : _("Request"));
  gtk_widget_set_visible (self->chain_box, hops->len > 0);
}

static char *
format_ms (gint64 us)
{
  return us < 0 ? g_strdup ("–") : g_strdup_printf (_("%.0f ms"), us / 1000.0);
}

/* One entry of the legend: a square in the bar's colour, a name, a figure.
 * A phase that did not happen (no DNS for 127.0.0.1, no TLS over http, a
 * reused connection) is left out rather than shown as "–". */
static void
append_phase (GString    *legend,
              const char *color,
              const char *name,
              gint64      us)
{
  g_autofree char *ms = NULL;

  if (us < 0)
    return;
  ms = format_ms (us);
  g_string_append_printf (legend, "<span foreground=\"%s\">■</span> %s %s   ", color, name, ms);
}

static void
show_timing (ScDetailView  *self,
             ScCheckResult *result)
{
  GPtrArray *hops = sc_check_result_get_hops (result);
  ScTiming t = sc_check_result_get_timing_sum (result);
  g_autoptr(GString) legend = g_string_new (NULL);
  g_autofree char *heading = NULL;
  g_autofree char *total = NULL;
  gint64 requests_us = 0;
  gint64 phases_us;

  /* The total is that of the requests, the sum of the figures on the hop
   * rows above, so that the numbers add up; the rest of the check
   * (reading the page, looking for causes) is said apart. */
  for (guint i = 0; i < hops->len; i++)
    requests_us += MAX (sc_hop_get_timing (g_ptr_array_index (hops, i))->total_us, 0);
  phases_us = MAX (t.dns_us, 0) + MAX (t.connect_us, 0) + MAX (t.tls_us, 0) + MAX (t.first_byte_us, 0);
  t.total_us = MAX (requests_us, phases_us);
  sc_timing_bar_set_timing (self->timing_bar, &t);

  /* The squares repeat the bar's colours; the words carry the meaning. */
  append_phase (legend, "#3584e4", _("DNS"), t.dns_us);
  append_phase (legend, "#33d17a", _("Connect"), t.connect_us);
  append_phase (legend, "#9141ac", _("TLS"), t.tls_us);
  append_phase (legend, "#ff7800", _("First byte"), t.first_byte_us);
  append_phase (legend, "#9a9996", _("Other"), t.total_us - phases_us > 500 ? t.total_us - phases_us : -1);
  total = format_ms (t.total_us);
  g_string_append_printf (legend, "%s %s", _("Total"), total);
  if (sc_check_result_get_total_us (result) - t.total_us >= 1000)
    {
      g_autofree char *whole = format_ms (sc_check_result_get_total_us (result));
      g_autofree char *sentence = g_strdup_printf (_("The whole check took %s, with reading the page and looking for causes."), whole);
      g_autofree char *escaped = g_markup_escape_text (sentence, -1);

      g_string_append_printf (legend, "\n%s", escaped);
    }
  gtk_label_set_markup (self->timing_legend, legend->str);

  if (hops->len > 1)
    heading = g_strdup_printf (g_dngettext (NULL, "Timing of the %u Request", "Timing of All %u Requests", hops->len),
                               hops->len);
  else
    heading = g_strdup (_("Timing of the Request"));
  gtk_label_set_label (self->timing_heading, heading);
  gtk_widget_set_visible (self->timing_box, hops->len > 0);
}

static void
show_certificate (ScDetailView  *self,
                  ScCheckResult *result)
{
  ScTlsInfo *tls = sc_check_result_get_tls (result);
  g_autofree char *expiry = NULL;
  g_autofree char *names = NULL;
  g_autofree char *problems = NULL;

  clear_list (self->tls_list);
  gtk_widget_set_visible (self->tls_box, tls != NULL);
  if (tls == NULL)
    return;

  if (sc_tls_info_get_not_after (tls) != NULL)
    {
      /* In the user's time zone, like every time the window shows. */
      g_autoptr(GDateTime) local = g_date_time_to_local (sc_tls_info_get_not_after (tls));
      g_autofree char *date = g_date_time_format (local, "%Y-%m-%d %H:%M %Z");
      expiry = g_strdup_printf (g_dngettext (NULL, "%s (%" PRId64 " day left)",
                                             "%s (%" PRId64 " days left)",
                                             sc_tls_info_get_days_left (tls)),
                                date, sc_tls_info_get_days_left (tls));
    }
  names = g_strjoinv (", ", (char **) sc_tls_info_get_dns_names (tls));
  problems = sc_tls_info_describe_errors (tls);

  gtk_list_box_append (self->tls_list, text_row (_("Issuer"), sc_tls_info_get_issuer (tls)));
  gtk_list_box_append (self->tls_list, text_row (_("Subject"), sc_tls_info_get_subject (tls)));
  gtk_list_box_append (self->tls_list, text_row (_("Expires"), expiry != NULL ? expiry : _("Unknown")));
  gtk_list_box_append (self->tls_list, text_row (_("Names"), names[0] != '\0' ? names : _("None")));
  gtk_list_box_append (self->tls_list, text_row (_("Problems"), problems != NULL ? problems : _("None")));
}

static void
show_headers (ScDetailView  *self,
              ScCheckResult *result)
{
  GPtrArray *hops = sc_check_result_get_hops (result);
  ScHop *last = hops->len > 0 ? g_ptr_array_index (hops, hops->len - 1) : NULL;
  GtkWidget *expander;

  clear_list (self->headers_list);
  gtk_widget_set_visible (GTK_WIDGET (self->headers_list), last != NULL && sc_hop_get_n_headers (last) > 0);
  if (last == NULL)
    return;

  expander = adw_expander_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), _("Response Headers"));
  for (guint i = 0; i < sc_hop_get_n_headers (last); i++)
    {
      GtkWidget *row = text_row (sc_hop_get_header_name (last, i), sc_hop_get_header_value (last, i));

      gtk_widget_add_css_class (row, "property");
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
    }
  gtk_list_box_append (self->headers_list, expander);
}

/* "404 Not Found"; a 2xx that is not what visitors should get says so
 * in its title, above the findings that name the cause. */
static char *
describe_title (ScCheckResult *result)
{
  guint status = sc_check_result_get_status (result);
  const char *title = sc_check_result_get_title (result);

  if (sc_check_result_get_status_class (result) == SC_STATUS_CLASS_FAILURE)
    return g_strdup (title);
  if (sc_check_result_is_ok (result) && sc_check_result_get_verdict (result) == SC_VERDICT_PROBLEM)
    /* Translators: a status code and title, as in "200 OK, but Not the Site" (a parking page, a login). */
    return g_strdup_printf (_("%u %s, but Not the Site"), status, title);
  if (sc_check_result_is_ok (result) && sc_check_result_get_verdict (result) == SC_VERDICT_WARNING)
    return g_strdup_printf (_("%u %s, with a Warning"), status, title);
  return g_strdup_printf ("%u %s", status, title);
}

static void
show_verdict_icon (GtkImage      *icon,
                   ScCheckResult *result)
{
  ScVerdict verdict = sc_check_result_get_verdict (result);
  gboolean shown = sc_check_result_is_ok (result) && verdict != SC_VERDICT_OK;
  const char *name = verdict == SC_VERDICT_PROBLEM ? "dialog-error-symbolic" : "dialog-warning-symbolic";

  gtk_widget_set_visible (GTK_WIDGET (icon), shown);
  gtk_image_set_from_icon_name (icon, name);
  gtk_widget_set_css_classes (GTK_WIDGET (icon),
                              (const char *[]) { verdict == SC_VERDICT_PROBLEM ? "error" : "warning", NULL });
}

/* Whole days since @result was checked. */
static gint64
stale_days (ScCheckResult *result)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  GDateTime *checked_at = sc_check_result_get_checked_at (result);

  return checked_at != NULL ? g_date_time_difference (now, checked_at) / G_TIME_SPAN_DAY : 0;
}

/* "Checked 2026-12-02 09:14 CET", and for a result a day or more old, how
 * old: restored after a relaunch, it may not be what the site does now. */
static char *
describe_checked (ScCheckResult *result,
                  const char    *when)
{
  gint64 days = stale_days (result);

  if (days < 1)
    return g_strdup_printf (_("Checked %s"), when);
  return g_strdup_printf (g_dngettext (NULL, "Checked %s, %" PRId64 " day ago: check again to see the site as it is now",
                                       "Checked %s, %" PRId64 " days ago: check again to see the site as it is now", days),
                          when, days);
}

static void
mark_stale (GtkLabel *label,
            gboolean  stale)
{
  gtk_widget_set_css_classes (GTK_WIDGET (label),
                              (const char *[]) { "caption", stale ? "warning" : "dim-label", NULL });
}

static void
show_header (ScDetailView  *self,
             ScCheckResult *result)
{
  ScCatalogEntry *entry = sc_check_result_get_entry (result);
  const char *shown_url = sc_check_result_get_final_url (result) != NULL
                          ? sc_check_result_get_final_url (result) : sc_check_result_get_input (result);
  g_autofree char *title = NULL;
  g_autofree char *when = NULL;
  g_autofree char *checked = NULL;
  g_autofree char *meaning = NULL;

  title = describe_title (result);
  gtk_label_set_label (self->title_label, title);
  show_verdict_icon (self->verdict_icon, result);
  gtk_label_set_label (self->url_label, shown_url);

  if (sc_check_result_get_checked_at (result) != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (sc_check_result_get_checked_at (result));
      /* Unambiguous in every locale (12/05/26 is not), in the user's
       * time zone, which it names. */
      when = g_date_time_format (local, "%Y-%m-%d %H:%M %Z");
      checked = describe_checked (result, when);
    }
  gtk_label_set_label (self->checked_label, checked != NULL ? checked : "");
  mark_stale (self->checked_label, stale_days (result) > 0);

  gtk_label_set_label (self->error_label, sc_check_result_get_error_message (result) != NULL
                                            ? sc_check_result_get_error_message (result) : "");
  gtk_widget_set_visible (self->error_box, sc_check_result_get_error_message (result) != NULL);
  /* The code's general meaning follows the cause.  Under a 2xx that is not
   * the site, the catalog's "this is what you want" would contradict it. */
  if (entry != NULL && sc_check_result_names_cause (result) && sc_check_result_get_status_class (result) == SC_STATUS_CLASS_SUCCESS)
    meaning = g_strdup_printf (_("The server answered %u %s, but the findings above show that this is not the page visitors should get."),
                               sc_check_result_get_status (result), sc_check_result_get_title (result));
  else if (entry != NULL && sc_check_result_names_cause (result))
    meaning = g_strdup_printf (_("What %s means in general: %s"), sc_check_result_get_title (result),
                               sc_catalog_entry_get_explanation (entry));
  else if (entry != NULL)
    meaning = g_strdup (sc_catalog_entry_get_explanation (entry));
  gtk_label_set_label (self->explanation_label, meaning != NULL ? meaning : "");
  show_answered_by (self, result);
}

static void
show_unchecked (ScDetailView *self)
{
  g_autofree char *host = sc_site_dup_display_name (self->site);
  gboolean checking = sc_site_get_checking (self->site);

  gtk_label_set_label (self->title_label, checking ? _("Checking…") : _("Not Checked Yet"));
  gtk_label_set_label (self->url_label, host);
  gtk_label_set_label (self->checked_label, "");
  gtk_label_set_label (self->explanation_label,
                       checking ? _("The result appears here as soon as the site answers.")
                                : _("Press F5 or Check Again to check this site."));
  gtk_widget_set_visible (self->error_box, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->verdict_icon), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->answered_list), FALSE);
  gtk_widget_set_visible (self->findings_box, FALSE);
  gtk_widget_set_visible (self->suggestions_box, FALSE);
  gtk_widget_set_visible (self->chain_box, FALSE);
  gtk_widget_set_visible (self->timing_box, FALSE);
  gtk_widget_set_visible (self->tls_box, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->headers_list), FALSE);
  g_ptr_array_set_size (self->suggestions, 0);
  self->n_hops = 0;
}

static void
sc_detail_view_update (ScDetailView *self)
{
  ScCheckResult *result = self->site != NULL ? sc_site_get_result (self->site) : NULL;

  if (self->site == NULL)
    return;
  sc_status_badge_set_result (self->badge, result, sc_site_get_checking (self->site));
  if (result == NULL)
    {
      show_unchecked (self);
      return;
    }
  show_header (self, result);
  show_findings (self, result);
  show_suggestions (self, result);
  show_chain (self, result);
  show_timing (self, result);
  show_certificate (self, result);
  show_headers (self, result);
  sc_history_strip_set_key (self->history_strip, sc_history_recorder_key_for_site (self->site));
}

static void
on_site_notify (ScSite       *site,
                GParamSpec   *pspec,
                ScDetailView *self)
{
  sc_detail_view_update (self);
}

void
sc_detail_view_set_site (ScDetailView *self,
                         ScSite       *site)
{
  g_return_if_fail (SC_IS_DETAIL_VIEW (self));

  if (sc_site_follow (&self->site, &self->notify_id, site, G_CALLBACK (on_site_notify), self))
    {
      /* Another site's detail starts at its top, not where the last one
       * was scrolled to. */
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0.0);
      sc_detail_view_update (self);
    }
}

ScSite *
sc_detail_view_get_site (ScDetailView *self)
{
  g_return_val_if_fail (SC_IS_DETAIL_VIEW (self), NULL);
  return self->site;
}

const char *
sc_detail_view_get_title_text (ScDetailView *self)
{
  g_return_val_if_fail (SC_IS_DETAIL_VIEW (self), NULL);
  return gtk_label_get_label (self->title_label);
}

const char *
sc_detail_view_get_explanation (ScDetailView *self)
{
  g_return_val_if_fail (SC_IS_DETAIL_VIEW (self), NULL);
  return gtk_label_get_label (self->explanation_label);
}

const char *
sc_detail_view_get_checked_text (ScDetailView *self)
{
  g_return_val_if_fail (SC_IS_DETAIL_VIEW (self), NULL);
  return gtk_label_get_label (self->checked_label);
}

GtkWidget *
sc_detail_view_get_checked_label (ScDetailView *self)
{
  g_return_val_if_fail (SC_IS_DETAIL_VIEW (self), NULL);
  return GTK_WIDGET (self->checked_label);
}

/* Why no answer came, when none did. */
GtkWidget *
sc_detail_view_get_error_label (ScDetailView *self)
{
  g_return_val_if_fail (SC_IS_DETAIL_VIEW (self), NULL);
  return GTK_WIDGET (self->error_label);
}

const char *
sc_detail_view_get_answered_text (ScDetailView *self)
{
  g_return_val_if_fail (SC_IS_DETAIL_VIEW (self), NULL);
  return self->answered_text;
}

guint
sc_detail_view_get_n_hops (ScDetailView *self)
{
  g_return_val_if_fail (SC_IS_DETAIL_VIEW (self), 0);
  return self->n_hops;
}

/* The timing section as read: its heading, a newline, the legend. */
char *
sc_detail_view_dup_timing_text (ScDetailView *self)
{
  g_return_val_if_fail (SC_IS_DETAIL_VIEW (self), NULL);
  return g_strdup_printf ("%s\n%s", gtk_label_get_label (self->timing_heading),
                          gtk_label_get_text (self->timing_legend));
}

GtkAdjustment *
sc_detail_view_get_vadjustment (ScDetailView *self)
{
  g_return_val_if_fail (SC_IS_DETAIL_VIEW (self), NULL);
  return gtk_scrolled_window_get_vadjustment (self->scroller);
}

GStrv
sc_detail_view_dup_suggestions (ScDetailView *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (SC_IS_DETAIL_VIEW (self), NULL);
  for (guint i = 0; i < self->suggestions->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (self->suggestions, i));
  return g_strv_builder_end (builder);
}

static void
sc_detail_view_dispose (GObject *object)
{
  ScDetailView *self = (ScDetailView *) object;
  GtkWidget *child;

  sc_detail_view_set_site (self, NULL);
  g_clear_pointer (&self->suggestions, g_ptr_array_unref);
  g_clear_pointer (&self->answered_text, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_DETAIL_VIEW);
  /* Template children that are not bound (boxes, labels) are ours too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (sc_detail_view_parent_class)->dispose (object);
}

static void
sc_detail_view_class_init (ScDetailViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sc_detail_view_dispose;

  g_type_ensure (SC_TYPE_STATUS_BADGE);
  g_type_ensure (SC_TYPE_TIMING_BAR);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/sc-detail-view.ui");
  gtk_widget_class_bind_template_child (widget_class, ScDetailView, scroller);
  gtk_widget_class_bind_template_child (widget_class, ScDetailView, badge);
  gtk_widget_class_bind_template_child (widget_class, ScDetailView, title_label);
  gtk_widget_class_bind_template_child (widget_class, ScDetailView, url_label);
  gtk_widget_class_bind_template_child (widget_class, ScDetailView, checked_label);
  gtk_widget_class_bind_template_child (widget_class, ScDetailView, explanation_label);
  gtk_widget_class_bind_template_child (widget_class, ScDetailView, error_label);
  gtk_widget_class_bind_template_child (widget_class, ScDetailView, error_box);
  gtk_widget_class_bind_template_child (widget_class, ScDetailView, verdict_icon);
  gtk_widget_class_bind_template_child (widget_class, ScDetailView, answered_list);
  gtk_widget_class_bind_template_child (widget_class, ScDetailView, findings_box);
  gtk_widget_class_bind_template_child (widget_class, ScDetailView, findings_list);
  gtk_widget_class_bind_template_child (widget_class, ScDetailView, suggestions_box);
  gtk_widget_class_bind_template_child (widget_class, ScDetailView, suggestions_list);
  gtk_widget_class_bind_template_child (widget_class, ScDetailView, chain_box);
  gtk_widget_class_bind_template_child (widget_class, ScDetailView, chain_heading);
  gtk_widget_class_bind_template_child (widget_class, ScDetailView, chain_list);
  gtk_widget_class_bind_template_child (widget_class, ScDetailView, timing_box);
  gtk_widget_class_bind_template_child (widget_class, ScDetailView, timing_heading);
  gtk_widget_class_bind_template_child (widget_class, ScDetailView, timing_bar);
  gtk_widget_class_bind_template_child (widget_class, ScDetailView, timing_legend);
  gtk_widget_class_bind_template_child (widget_class, ScDetailView, tls_box);
  gtk_widget_class_bind_template_child (widget_class, ScDetailView, tls_list);
  gtk_widget_class_bind_template_child (widget_class, ScDetailView, headers_list);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
sc_detail_view_init (ScDetailView *self)
{
  self->suggestions = g_ptr_array_new_with_free_func (g_free);
  gtk_widget_init_template (GTK_WIDGET (self));
  /* A site's recent checks, under its timing. */
  self->history_strip = SC_HISTORY_STRIP (sc_history_strip_new ());
  gtk_widget_insert_after (GTK_WIDGET (self->history_strip), gtk_widget_get_parent (self->timing_box), self->timing_box);
}

ScHistoryStrip *
sc_detail_view_get_history_strip (ScDetailView *self)
{
  g_return_val_if_fail (SC_IS_DETAIL_VIEW (self), NULL);
  return self->history_strip;
}
