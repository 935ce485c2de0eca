/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-catalog.h"
#include "sc-spinner.h"
#include "sc-status-badge.h"

/* The coloured code of an answer.  Colour is never the only signal: the
 * badge shows the code (or an icon for a failure, a spinner while
 * checking), and its accessible label says it in words, such as
 * "404 Not Found, client error".
 *
 * A row's first result must not lay out the window (issue 17: in GTK 4.8
 * every layout costs X round trips, and some 200 rows take their first
 * result in the first seconds of a run).  So the code, the spinner and
 * the icon are always there, laid out once on top of each other, and the
 * badge draws only the one it shows: going from the spinner to "200" is a
 * redraw.  The code is a GtkInscription, whose size does not follow its
 * text. */

typedef enum {
  SHOWN_TEXT,
  SHOWN_ICON,
  SHOWN_SPINNER,
} Shown;

struct _ScStatusBadge
{
  GtkWidget   parent_instance;

  GtkWidget  *label;
  GtkWidget  *icon;
  GtkWidget  *spinner;
  Shown       shown;
  const char *css_class;     /* static: the class name shown */
  char       *accessible_label;
};

G_DEFINE_FINAL_TYPE (ScStatusBadge, sc_status_badge, GTK_TYPE_WIDGET)

static void
sc_status_badge_dispose (GObject *object)
{
  ScStatusBadge *self = (ScStatusBadge *) object;

  g_clear_pointer (&self->label, gtk_widget_unparent);
  g_clear_pointer (&self->icon, gtk_widget_unparent);
  g_clear_pointer (&self->spinner, gtk_widget_unparent);
  g_clear_pointer (&self->accessible_label, g_free);

  G_OBJECT_CLASS (sc_status_badge_parent_class)->dispose (object);
}

static GtkWidget *
shown_child (ScStatusBadge *self)
{
  switch (self->shown)
    {
    case SHOWN_ICON: return self->icon;
    case SHOWN_SPINNER: return self->spinner;
    case SHOWN_TEXT:
    default: return self->label;
    }
}

/* Only the child shown is drawn; the others keep their place. */
static void
sc_status_badge_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  ScStatusBadge *self = SC_STATUS_BADGE (widget);
  GtkWidget *child = shown_child (self);

  if (child != NULL)
    gtk_widget_snapshot_child (widget, child, snapshot);
}

static void
sc_status_badge_class_init (ScStatusBadgeClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sc_status_badge_dispose;
  widget_class->snapshot = sc_status_badge_snapshot;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "statusbadge");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

/* The tooltip is asked for when it is about to show, rather than set with
 * every change: in GTK 4.8, gtk_widget_set_tooltip_text() asks the X server
 * where the pointer is, and was 90% of updating a row as results came in. */
static gboolean
on_query_tooltip (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard_mode,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  ScStatusBadge *self = SC_STATUS_BADGE (widget);

  if (self->accessible_label == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, self->accessible_label);
  return TRUE;
}

static void
sc_status_badge_init (ScStatusBadge *self)
{
  /* As wide as three digits whatever it shows; the badge's CSS minimum
   * is wider still. */
  self->label = g_object_new (GTK_TYPE_INSCRIPTION,
                              "min-chars", 3, "nat-chars", 3,
                              "min-lines", 1, "nat-lines", 1,
                              "xalign", 0.5f, "yalign", 0.5f,
                              NULL);
  gtk_widget_set_parent (self->label, GTK_WIDGET (self));
  self->spinner = sc_spinner_new ();
  gtk_widget_set_parent (self->spinner, GTK_WIDGET (self));
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip), NULL);
  sc_status_badge_set_result (self, NULL, FALSE);
}

/* The icon is made the first time it is shown: most badges show a code,
 * and the list builds some 200 rows at once.  A failure lays the window
 * out anyway (a GtkImage given another icon asks for a layout). */
static void
ensure_icon (ScStatusBadge *self)
{
  if (self->icon != NULL)
    return;
  self->icon = gtk_image_new_from_icon_name ("dialog-error-symbolic");
  gtk_widget_insert_before (self->icon, GTK_WIDGET (self), self->spinner);
}

GtkWidget *
sc_status_badge_new (void)
{
  return g_object_new (SC_TYPE_STATUS_BADGE, NULL);
}

/* Each kind of failure has its own picture, so that a list of failures
 * is not a column of identical marks; the accessible label names it. */
static const char *
failure_icon (ScErrorKind kind)
{
  switch (kind)
    {
    case SC_ERROR_KIND_DNS: return "edit-find-symbolic";
    case SC_ERROR_KIND_CONNECTION_REFUSED: return "action-unavailable-symbolic";
    case SC_ERROR_KIND_TIMEOUT: return "preferences-system-time-symbolic";
    case SC_ERROR_KIND_TLS: return "security-low-symbolic";
    case SC_ERROR_KIND_REDIRECT_LOOP:
    case SC_ERROR_KIND_TOO_MANY_REDIRECTS: return "media-playlist-repeat-symbolic";
    case SC_ERROR_KIND_INVALID_URL:
    case SC_ERROR_KIND_UNSUPPORTED_SCHEME: return "dialog-warning-symbolic";
    case SC_ERROR_KIND_NETWORK: return "network-offline-symbolic";
    case SC_ERROR_KIND_NONE:
    case SC_ERROR_KIND_PROTOCOL:
    default: return "dialog-error-symbolic";
    }
}

static void
show_state (ScStatusBadge *self,
            const char    *css_class,
            const char    *text,
            gboolean       icon,
            gboolean       spinning,
            char          *accessible_label)
{
  /* Each change of class restyles the badge: only when it changes. */
  if (self->css_class != css_class)
    {
      if (self->css_class != NULL)
        gtk_widget_remove_css_class (GTK_WIDGET (self), self->css_class);
      gtk_widget_add_css_class (GTK_WIDGET (self), css_class);
      self->css_class = css_class;
    }

  gtk_inscription_set_text (GTK_INSCRIPTION (self->label), text);
  if (icon)
    ensure_icon (self);
  sc_spinner_set_spinning (SC_SPINNER (self->spinner), spinning);
  self->shown = icon ? SHOWN_ICON : spinning ? SHOWN_SPINNER : SHOWN_TEXT;
  gtk_widget_queue_draw (GTK_WIDGET (self));

  g_free (self->accessible_label);
  self->accessible_label = accessible_label;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label, -1);
}

void
sc_status_badge_set_result (ScStatusBadge *self,
                            ScCheckResult *result,
                            gboolean       checking)
{
  ScStatusClass class_;
  char code[16];

  g_return_if_fail (SC_IS_STATUS_BADGE (self));

  if (checking)
    {
      show_state (self, "checking", "", FALSE, TRUE, g_strdup (_("Checking")));
      return;
    }
  if (result == NULL)
    {
      show_state (self, "unchecked", "–", FALSE, FALSE, g_strdup (_("Not checked yet")));
      return;
    }

  class_ = sc_check_result_get_status_class (result);
  if (class_ == SC_STATUS_CLASS_FAILURE)
    {
      ensure_icon (self);
      gtk_image_set_from_icon_name (GTK_IMAGE (self->icon), failure_icon (sc_check_result_get_error_kind (result)));
      show_state (self, "failure", "", TRUE, FALSE, sc_check_result_describe_status (result));
      return;
    }
  g_snprintf (code, sizeof code, "%u", sc_check_result_get_status (result));
  show_state (self, sc_status_class_to_string (class_), code, FALSE, FALSE,
              sc_check_result_describe_status (result));
}

/* A hop of a redirect chain: its code and the catalog's words for it. */
void
sc_status_badge_set_hop (ScStatusBadge *self,
                         guint          status)
{
  ScCatalogEntry *entry;
  ScStatusClass class_;
  char code[16];

  g_return_if_fail (SC_IS_STATUS_BADGE (self));

  if (status == 0)
    {
      ensure_icon (self);
      gtk_image_set_from_icon_name (GTK_IMAGE (self->icon), "dialog-error-symbolic");
      show_state (self, "failure", "", TRUE, FALSE, g_strdup (_("No answer")));
      return;
    }
  entry = sc_catalog_lookup_status (sc_catalog_get_default (NULL), status);
  class_ = sc_catalog_entry_get_class (entry);
  g_snprintf (code, sizeof code, "%u", status);
  show_state (self, sc_status_class_to_string (class_), code, FALSE, FALSE,
              g_strdup_printf ("%u %s, %s", status, sc_catalog_entry_get_title (entry),
                               sc_status_class_describe (class_)));
}

/* For tests and for the row's own accessible label. */
const char *
sc_status_badge_get_text (ScStatusBadge *self)
{
  g_return_val_if_fail (SC_IS_STATUS_BADGE (self), NULL);
  return self->shown == SHOWN_TEXT ? gtk_inscription_get_text (GTK_INSCRIPTION (self->label)) : "";
}

const char *
sc_status_badge_get_label (ScStatusBadge *self)
{
  g_return_val_if_fail (SC_IS_STATUS_BADGE (self), NULL);
  return self->accessible_label;
}

const char *
sc_status_badge_get_css_class (ScStatusBadge *self)
{
  g_return_val_if_fail (SC_IS_STATUS_BADGE (self), NULL);
  return self->css_class;
}

/* The failure's icon, or NULL when the badge shows a code. */
const char *
sc_status_badge_get_icon_name (ScStatusBadge *self)
{
  g_return_val_if_fail (SC_IS_STATUS_BADGE (self), NULL);
  return self->shown == SHOWN_ICON
         ? gtk_image_get_icon_name (GTK_IMAGE (self->icon)) : NULL;
}
