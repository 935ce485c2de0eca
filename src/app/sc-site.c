/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <inttypes.h>
#include <string.h>

#include <glib/gi18n.h>

#include "sc-site.h"
#include "sc-url.h"

/* One site of the list: what the user gave, its last result and whether it
 * is being checked right now.  Rows and the detail pane follow its
 * notifications. */

struct _ScSite
{
  GObject        parent_instance;

  char          *input;
  char          *key;
  ScCheckResult *result;
  ScChange      *change;    /* how the last check differed from the one before */
  gboolean       checking;
  char          *name;      /* from a site manager's export, or NULL */
  char         **groups;    /* idem; never NULL */
};

G_DEFINE_FINAL_TYPE (ScSite, sc_site, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_INPUT,
  PROP_RESULT,
  PROP_CHANGE,
  PROP_CHECKING,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sc_site_finalize (GObject *object)
{
  ScSite *self = (ScSite *) object;

  g_free (self->input);
  g_free (self->key);
  g_clear_object (&self->result);
  g_clear_pointer (&self->change, sc_change_unref);
  g_free (self->name);
  g_strfreev (self->groups);

  G_OBJECT_CLASS (sc_site_parent_class)->finalize (object);
}

static void
sc_site_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  ScSite *self = SC_SITE (object);

  switch (prop_id)
    {
    case PROP_INPUT: g_value_set_string (value, self->input); break;
    case PROP_RESULT: g_value_set_object (value, self->result); break;
    case PROP_CHANGE: g_value_set_boxed (value, self->change); break;
    case PROP_CHECKING: g_value_set_boolean (value, self->checking); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_site_class_init (ScSiteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sc_site_finalize;
  object_class->get_property = sc_site_get_property;

  properties[PROP_INPUT] = g_param_spec_string ("input", NULL, NULL, NULL, flags);
  properties[PROP_RESULT] = g_param_spec_object ("result", NULL, NULL, SC_TYPE_CHECK_RESULT, flags);
  /* Set by the history recorder once a check is compared with the one
   * before it; NULL for a result restored from the saved list. */
  properties[PROP_CHANGE] = g_param_spec_boxed ("change", NULL, NULL, SC_TYPE_CHANGE, flags);
  properties[PROP_CHECKING] = g_param_spec_boolean ("checking", NULL, NULL, FALSE, flags);
  /* The name and groups a site manager gave the site; "notify::name" tells
   * of a change to either. */
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sc_site_init (ScSite *self)
{
}

ScSite *
sc_site_new (const char *input)
{
  ScSite *self;

  g_return_val_if_fail (input != NULL, NULL);

  self = g_object_new (SC_TYPE_SITE, NULL);
  self->input = g_strstrip (g_strdup (input));
  self->key = sc_url_dedup_key (self->input);
  self->groups = g_new0 (char *, 1);
  return self;
}

const char *
sc_site_get_input (ScSite *self)
{
  g_return_val_if_fail (SC_IS_SITE (self), NULL);
  return self->input;
}

/* Two sites with the same key are the same site (see sc_url_dedup_key()). */
const char *
sc_site_get_key (ScSite *self)
{
  g_return_val_if_fail (SC_IS_SITE (self), NULL);
  return self->key;
}

ScCheckResult *
sc_site_get_result (ScSite *self)
{
  g_return_val_if_fail (SC_IS_SITE (self), NULL);
  return self->result;
}

void
sc_site_set_result (ScSite        *self,
                    ScCheckResult *result)
{
  g_return_if_fail (SC_IS_SITE (self));

  if (g_set_object (&self->result, result))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESULT]);
}

ScChange *
sc_site_get_change (ScSite *self)
{
  g_return_val_if_fail (SC_IS_SITE (self), NULL);
  return self->change;
}

void
sc_site_set_change (ScSite   *self,
                    ScChange *change)
{
  g_return_if_fail (SC_IS_SITE (self));

  if (self->change == change)
    return;
  g_clear_pointer (&self->change, sc_change_unref);
  self->change = change != NULL ? sc_change_ref (change) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANGE]);
}

/* Whether the last check differed from the one before it: broken, fixed
 * or changed ("new" is a first check, not a difference). */
gboolean
sc_site_has_changed (ScSite *self)
{
  g_return_val_if_fail (SC_IS_SITE (self), FALSE);

  return self->change != NULL && self->change->kind != SC_CHANGE_NEW && self->change->kind != SC_CHANGE_SAME;
}

gboolean
sc_site_get_checking (ScSite *self)
{
  g_return_val_if_fail (SC_IS_SITE (self), FALSE);
  return self->checking;
}

void
sc_site_set_checking (ScSite   *self,
                      gboolean  checking)
{
  g_return_if_fail (SC_IS_SITE (self));

  checking = !!checking;
  if (self->checking == checking)
    return;
  self->checking = checking;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHECKING]);
}

/* The site as a row shows it: "example.com", "example.com/shop",
 * "bücher.example:8443/x"; no credentials, and the bare "/" left out.
 * HTTPS is what a site is expected to use and goes unsaid; plain HTTP is
 * said ("http://example.com"), which also tells the two rows of one
 * address apart. */
char *
sc_site_dup_display_name (ScSite *self)
{
  g_autoptr(GUri) uri = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *host = NULL;
  const char *scheme;
  const char *rest;

  g_return_val_if_fail (SC_IS_SITE (self), NULL);

  uri = sc_url_normalize (self->input, NULL, NULL);
  if (uri == NULL)
    return sc_url_redact_string (self->input);

  shown = sc_url_to_display (uri);
  host = sc_url_host_for_display (uri);
  rest = strstr (shown, "://") + 3;
  if (g_str_has_prefix (rest, "***@"))
    rest += 4;
  rest += rest[0] == '[' ? strcspn (rest, "]") + 1 : strlen (g_uri_get_host (uri));
  if (strchr (host, ':') != NULL)
    {
      char *bracketed = g_strdup_printf ("[%s]", host);

      g_free (host);
      host = bracketed;
    }
  /* "example.com:8080/" reads better as "example.com:8080". */
  scheme = g_str_equal (g_uri_get_scheme (uri), "http") ? "http://" : "";
  if (g_str_has_suffix (rest, "/") && g_str_equal (g_uri_get_path (uri), "/") &&
      g_uri_get_query (uri) == NULL && g_uri_get_fragment (uri) == NULL)
    return g_strdup_printf ("%s%s%.*s", scheme, host, (int) strlen (rest) - 1, rest);
  return g_strconcat (scheme, host, rest, NULL);
}

/* What a screen reader says for the row: code, title, site. */
char *
sc_site_describe (ScSite *self)
{
  g_autofree char *host = sc_site_dup_display_name (self);
  g_autofree char *status = NULL;

  if (self->checking)
    return g_strdup_printf (_("Checking, %s"), host);
  if (self->result == NULL)
    return g_strdup_printf (_("Not checked yet, %s"), host);
  status = sc_check_result_describe_status (self->result);
  if (sc_check_result_is_ok (self->result) && sc_check_result_get_verdict (self->result) == SC_VERDICT_PROBLEM)
    return g_strdup_printf (_("%s, but not the site, %s"), status, host);
  if (sc_check_result_is_ok (self->result) && sc_site_is_problem (self))
    return g_strdup_printf (_("%s, with a warning, %s"), status, host);
  return g_strdup_printf ("%s, %s", status, host);
}

const char *
sc_site_get_name (ScSite *self)
{
  g_return_val_if_fail (SC_IS_SITE (self), NULL);
  return self->name;
}

const char * const *
sc_site_get_groups (ScSite *self)
{
  g_return_val_if_fail (SC_IS_SITE (self), NULL);
  return (const char * const *) self->groups;
}

void
sc_site_set_label (ScSite             *self,
                   const char         *name,
                   const char * const *groups)
{
  g_return_if_fail (SC_IS_SITE (self));

  if (g_strcmp0 (self->name, name) == 0 &&
      g_strv_equal ((const char * const *) self->groups, groups != NULL ? groups : (const char *[]) { NULL }))
    return;
  g_free (self->name);
  self->name = g_strdup (name);
  g_strfreev (self->groups);
  self->groups = groups != NULL ? g_strdupv ((char **) groups) : g_new0 (char *, 1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

/* "checked 3 days ago", for a result old enough that its age matters
 * (an hour or more), else NULL.  *@out_stale is set for a result a day or
 * more old: the site may have changed since. */
char *
sc_site_describe_age (ScSite    *self,
                      GDateTime *now,
                      gboolean  *out_stale)
{
  GDateTime *checked_at;
  GTimeSpan age;
  gint64 n;

  g_return_val_if_fail (SC_IS_SITE (self), NULL);

  *out_stale = FALSE;
  checked_at = self->result != NULL ? sc_check_result_get_checked_at (self->result) : NULL;
  if (checked_at == NULL)
    return NULL;
  age = g_date_time_difference (now, checked_at);
  if (age < G_TIME_SPAN_HOUR)
    return NULL;
  if (age < G_TIME_SPAN_DAY)
    {
      n = age / G_TIME_SPAN_HOUR;
      return g_strdup_printf (g_dngettext (NULL, "checked %" PRId64 " hour ago",
                                           "checked %" PRId64 " hours ago", n), n);
    }
  *out_stale = TRUE;
  n = age / G_TIME_SPAN_DAY;
  return g_strdup_printf (g_dngettext (NULL, "checked %" PRId64 " day ago",
                                       "checked %" PRId64 " days ago", n), n);
}

/* A result a day or more old: after a relaunch, the site may well have
 * changed since. */
gboolean
sc_site_is_stale (ScSite    *self,
                  GDateTime *now)
{
  GDateTime *checked_at;

  g_return_val_if_fail (SC_IS_SITE (self), FALSE);

  checked_at = self->result != NULL ? sc_check_result_get_checked_at (self->result) : NULL;
  return checked_at != NULL && g_date_time_difference (now, checked_at) >= G_TIME_SPAN_DAY;
}

/* Anything whose verdict is not ok: no 2xx answer, or one with a warning
 * or a critical finding (a parked domain under a 200). */
gboolean
sc_site_is_problem (ScSite *self)
{
  g_return_val_if_fail (SC_IS_SITE (self), FALSE);

  return self->result != NULL && sc_check_result_get_verdict (self->result) != SC_VERDICT_OK;
}

/* Case-insensitive search over what the row shows. */
gboolean
sc_site_matches (ScSite     *self,
                 const char *text)
{
  g_autofree char *needle = NULL;
  g_autofree char *host = NULL;
  g_autofree char *haystack = NULL;
  g_autofree char *groups = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *code = NULL;

  g_return_val_if_fail (SC_IS_SITE (self), FALSE);

  if (text == NULL || text[0] == '\0')
    return TRUE;
  needle = g_utf8_casefold (text, -1);
  host = sc_site_dup_display_name (self);
  if (self->result != NULL)
    code = g_strdup_printf ("%u", sc_check_result_get_status (self->result));
  groups = g_strjoinv ("\n", self->groups);
  haystack = g_strjoin ("\n", self->input, host, self->name != NULL ? self->name : "", groups,
                        self->result != NULL ? sc_check_result_get_title (self->result) : "",
                        self->result != NULL && sc_check_result_get_final_url (self->result) != NULL
                          ? sc_check_result_get_final_url (self->result) : "",
                        code != NULL ? code : "", NULL);
  folded = g_utf8_casefold (haystack, -1);
  return strstr (folded, needle) != NULL;
}

/* For a widget that shows one site at a time (a recycled row, the detail
 * pane): points *@slot at @site and moves the "notify" handler from the old
 * site to the new one.  Returns FALSE when @site was already shown. */
gboolean
sc_site_follow (ScSite    **slot,
                gulong     *handler_id,
                ScSite     *site,
                GCallback   on_notify,
                gpointer    user_data)
{
  g_return_val_if_fail (site == NULL || SC_IS_SITE (site), FALSE);

  if (*slot == site)
    return FALSE;
  if (*slot != NULL)
    g_clear_signal_handler (handler_id, *slot);
  g_set_object (slot, site);
  if (site != NULL)
    *handler_id = g_signal_connect (site, "notify", on_notify, user_data);
  return TRUE;
}
