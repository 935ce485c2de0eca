/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sc-site-row.h"

/* One line of the site list: badge, host, the catalog's title, and the
 * final address when the site redirected.  Rows are recycled by the list
 * view, so a row follows whichever site it is given. */

struct _ScSiteRow
{
  GtkWidget      parent_instance;

  ScSite        *site;
  gulong         notify_id;

  ScStatusBadge *badge;
  GtkLabel      *host_label;
  GtkInscription *title_label;
  GtkLabel      *final_label;
  GtkLabel      *age_label;
  GtkWidget     *warning_icon;
};

G_DEFINE_FINAL_TYPE (ScSiteRow, sc_site_row, GTK_TYPE_WIDGET)

/* "Service Unavailable · HAProxy": the catalog's title, and for a site that
 * needs a look, who answered, which hints at the cause. */
static char *
describe_cause (ScCheckResult *result)
{
  const char *software = sc_answered_by_get_software (sc_check_result_get_answered_by (result));

  /* "OK" under a parking page would contradict the icon beside it: the
   * finding that names the cause says what the site is. */
  if (sc_check_result_is_ok (result) && sc_check_result_get_verdict (result) != SC_VERDICT_OK &&
      sc_check_result_names_cause (result))
    return g_strdup (sc_finding_get_message (sc_check_result_get_lead_finding (result)));
  if (sc_check_result_get_verdict (result) == SC_VERDICT_OK || software == NULL)
    return g_strdup (sc_check_result_get_title (result));
  /* Translators: a status title, then who answered: "Service Unavailable · HAProxy". */
  return g_strdup_printf (_("%s · %s"), sc_check_result_get_title (result), software);
}

/* A 200 that is really a parking page or a captcha must stand out: the
 * badge says 200, the icon says the verdict. */
static void
show_verdict_icon (ScSiteRow     *self,
                   ScCheckResult *result)
{
  ScVerdict verdict = result != NULL ? sc_check_result_get_verdict (result) : SC_VERDICT_OK;
  gboolean shown = result != NULL && sc_check_result_is_ok (result) && verdict != SC_VERDICT_OK;

  gtk_widget_set_visible (self->warning_icon, shown);
  if (!shown)
    return;
  gtk_image_set_from_icon_name (GTK_IMAGE (self->warning_icon),
                                verdict == SC_VERDICT_PROBLEM ? "dialog-error-symbolic" : "dialog-warning-symbolic");
  gtk_widget_remove_css_class (self->warning_icon, verdict == SC_VERDICT_PROBLEM ? "warning" : "error");
  gtk_widget_add_css_class (self->warning_icon, verdict == SC_VERDICT_PROBLEM ? "error" : "warning");
}

/* "301 → 302 → 200 · example.com/shop/": the way the site went, briefly. */
static char *
describe_path (ScCheckResult *result)
{
  GPtrArray *hops = sc_check_result_get_hops (result);
  g_autoptr(GString) path = g_string_new (NULL);

  for (guint i = 0; i < hops->len; i++)
    {
      guint status = sc_hop_get_status (g_ptr_array_index (hops, i));

      if (i > 0)
        g_string_append (path, " → ");
      if (status != 0)
        g_string_append_printf (path, "%u", status);
      else
        g_string_append (path, "…");
    }
  {
    /* The scheme is left out: the end of the address is what differs. */
    const char *final = sc_check_result_get_final_url (result);
    const char *rest = strstr (final, "://");

    g_string_append_printf (path, " · %s", rest != NULL ? rest + 3 : final);
  }
  return g_string_free (g_steal_pointer (&path), FALSE);
}

/* A result from a while ago says how old it is, and one from days ago
 * stands out: after a relaunch the list is not what the sites do now.
 * Returns what it shows, or NULL. */
static char *
show_age (ScSiteRow *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  gboolean stale = FALSE;
  g_autofree char *age = self->site != NULL && !sc_site_get_checking (self->site)
                         ? sc_site_describe_age (self->site, now, &stale) : NULL;

  gtk_label_set_label (self->age_label, age != NULL ? age : "");
  gtk_widget_set_visible (GTK_WIDGET (self->age_label), age != NULL);
  if (stale)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->age_label), "dim-label");
      gtk_widget_add_css_class (GTK_WIDGET (self->age_label), "warning");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->age_label), "warning");
      gtk_widget_add_css_class (GTK_WIDGET (self->age_label), "dim-label");
    }
  return g_steal_pointer (&age);
}

static void
sc_site_row_update (ScSiteRow *self)
{
  ScCheckResult *result = self->site != NULL ? sc_site_get_result (self->site) : NULL;
  gboolean checking = self->site != NULL && sc_site_get_checking (self->site);
  g_autofree char *host = self->site != NULL ? sc_site_dup_display_name (self->site) : NULL;
  g_autofree char *description = self->site != NULL ? sc_site_describe (self->site) : NULL;
  const char *final = result != NULL ? sc_check_result_get_final_url (result) : NULL;
  gboolean redirected = result != NULL && sc_check_result_get_n_redirects (result) > 0 && final != NULL;
  const char *name = self->site != NULL ? sc_site_get_name (self->site) : NULL;
  g_autofree char *age = NULL;

  sc_status_badge_set_result (self->badge, result, checking);
  gtk_label_set_label (self->host_label, host != NULL ? host : "");
  if (checking && result == NULL)
    gtk_inscription_set_text (self->title_label, _("Checking…"));
  else if (result == NULL)
    gtk_inscription_set_text (self->title_label, _("Not checked yet"));
  else
    {
      g_autofree char *hint = describe_cause (result);

      gtk_inscription_set_text (self->title_label, hint);
    }
  show_verdict_icon (self, result);
  /* A site with a name (from a site manager) is headed by it; its address
   * comes on the last line, unless the redirect path is there. */
  if (name != NULL)
    gtk_label_set_label (self->host_label, name);
  if (redirected)
    {
      g_autofree char *path = describe_path (result);

      gtk_label_set_label (self->final_label, path);
    }
  else if (name != NULL)
    gtk_label_set_label (self->final_label, host);
  gtk_widget_set_visible (GTK_WIDGET (self->final_label), redirected || name != NULL);
  age = show_age (self);
  /* The age is said too, not only shown: "…, checked 3 days ago". */
  if (age != NULL)
    {
      g_autofree char *with_age = g_strdup_printf ("%s, %s", description, age);

      g_free (description);
      description = g_steal_pointer (&with_age);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
}

static void
on_site_notify (ScSite     *site,
                GParamSpec *pspec,
                ScSiteRow  *self)
{
  sc_site_row_update (self);
}

void
sc_site_row_set_site (ScSiteRow *self,
                      ScSite    *site)
{
  g_return_if_fail (SC_IS_SITE_ROW (self));

  if (sc_site_follow (&self->site, &self->notify_id, site, G_CALLBACK (on_site_notify), self))
    sc_site_row_update (self);
}

ScSite *
sc_site_row_get_site (ScSiteRow *self)
{
  g_return_val_if_fail (SC_IS_SITE_ROW (self), NULL);
  return self->site;
}

const char *
sc_site_row_get_path_text (ScSiteRow *self)
{
  g_return_val_if_fail (SC_IS_SITE_ROW (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->final_label)) ? gtk_label_get_label (self->final_label) : NULL;
}

/* The row's first line: the site's name, else its address. */
const char *
sc_site_row_get_heading (ScSiteRow *self)
{
  g_return_val_if_fail (SC_IS_SITE_ROW (self), NULL);
  return gtk_label_get_label (self->host_label);
}

GtkLabel *
sc_site_row_get_heading_label (ScSiteRow *self)
{
  g_return_val_if_fail (SC_IS_SITE_ROW (self), NULL);
  return self->host_label;
}

/* Time passed: the age is said again if its words changed ("checked 3
 * hours ago" becomes "checked 4 hours ago" at most once an hour), and
 * only then is the row updated and laid out again. */
void
sc_site_row_refresh_age (ScSiteRow *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  gboolean stale = FALSE;
  g_autofree char *age = NULL;

  g_return_if_fail (SC_IS_SITE_ROW (self));

  if (self->site != NULL && !sc_site_get_checking (self->site))
    age = sc_site_describe_age (self->site, now, &stale);
  if (g_strcmp0 (age != NULL ? age : "", gtk_label_get_label (self->age_label)) != 0)
    sc_site_row_update (self);
}

GtkLabel *
sc_site_row_get_age_label (ScSiteRow *self)
{
  g_return_val_if_fail (SC_IS_SITE_ROW (self), NULL);
  return self->age_label;
}

ScStatusBadge *
sc_site_row_get_badge (ScSiteRow *self)
{
  g_return_val_if_fail (SC_IS_SITE_ROW (self), NULL);
  return self->badge;
}

static void
sc_site_row_dispose (GObject *object)
{
  ScSiteRow *self = (ScSiteRow *) object;
  GtkWidget *child;

  sc_site_row_set_site (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_SITE_ROW);
  /* Template children that are not bound (boxes, labels) are ours too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (sc_site_row_parent_class)->dispose (object);
}

static void
sc_site_row_class_init (ScSiteRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sc_site_row_dispose;

  g_type_ensure (SC_TYPE_STATUS_BADGE);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/sc-site-row.ui");
  gtk_widget_class_bind_template_child (widget_class, ScSiteRow, badge);
  gtk_widget_class_bind_template_child (widget_class, ScSiteRow, host_label);
  gtk_widget_class_bind_template_child (widget_class, ScSiteRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, ScSiteRow, final_label);
  gtk_widget_class_bind_template_child (widget_class, ScSiteRow, age_label);
  gtk_widget_class_bind_template_child (widget_class, ScSiteRow, warning_icon);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "siterow");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
sc_site_row_init (ScSiteRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sc_site_row_new (void)
{
  return g_object_new (SC_TYPE_SITE_ROW, NULL);
}
