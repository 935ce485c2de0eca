/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <libsoup/soup.h>

#include "sc-diagnosis-private.h"

/* A "200 OK" that is not the site: a login wall.  Parked domains are
 * signatures (data/signatures/40-hosting.json). */

/* Looks at the path, and at the query only when asked: a checked address
 * whose query merely mentions a login page is not itself one. */
static gboolean
looks_like_login (const char *url,
                  gboolean    with_query)
{
  static const char * const path_markers[] = {
    "/wp-login.php", "/login", "/signin", "/sign-in", "/user/login", "/account/login", "/auth/",
  };
  static const char * const query_markers[] = { "redirect_to=", "returnurl=", "return_to=" };
  g_autoptr(GUri) uri = g_uri_parse (url, SOUP_HTTP_URI_FLAGS, NULL);
  g_autofree char *path = NULL;
  g_autofree char *query = NULL;

  if (uri == NULL)
    return FALSE;
  path = g_ascii_strdown (g_uri_get_path (uri), -1);
  for (guint i = 0; i < G_N_ELEMENTS (path_markers); i++)
    if (strstr (path, path_markers[i]) != NULL)
      return TRUE;
  if (!with_query || g_uri_get_query (uri) == NULL)
    return FALSE;
  query = g_ascii_strdown (g_uri_get_query (uri), -1);
  for (guint i = 0; i < G_N_ELEMENTS (query_markers); i++)
    if (strstr (query, query_markers[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* The path of a shown URL, lower-cased; "/" when there is none. */
static char *
path_of (const char *url)
{
  g_autoptr(GUri) uri = g_uri_parse (url, SOUP_HTTP_URI_FLAGS, NULL);
  const char *path = uri != NULL ? g_uri_get_path (uri) : NULL;

  return g_ascii_strdown (path != NULL && path[0] != '\0' ? path : "/", -1);
}

/* An admin area is meant to ask for a password. */
static gboolean
is_admin_area (const char *path)
{
  static const char * const prefixes[] = {
    "/wp-admin", "/admin", "/administrator", "/dashboard", "/user", "/account", "/my-account",
    "/backend", "/cpanel", "/panel",
  };

  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    if (g_str_has_prefix (path, prefixes[i]))
      return TRUE;
  return FALSE;
}

/* A login page is expected for an admin area, a problem for the home page
 * (visitors see a sign-in form instead of the site), and worth a look
 * anywhere else. */
void
sc_rule_login_page (ScDiagnosis *d)
{
  const char * const advice[] = {
    _("If the site should be public, switch off the coming-soon, maintenance or private-site mode (in WordPress, often a plugin or a hosting panel setting)."),
    _("If the page is meant to be private, check a public address of the site instead."),
    NULL
  };
  const char * const expected_advice[] = {
    _("Nothing needs fixing: check a public page of the site to see what visitors get."),
    _("If this admin address should be hidden from the public, restrict it by IP address or a second login in the web server or a security plugin."),
    NULL
  };
  g_autofree char *path = NULL;

  if (d->result->final_url == NULL || sc_check_result_get_n_redirects (d->result) == 0 ||
      d->result->status >= 300)
    return;
  if (!looks_like_login (d->result->final_url, TRUE) || looks_like_login (d->result->url, FALSE))
    return;
  path = path_of (d->result->url);
  if (is_admin_area (path))
    sc_diagnosis_add (d, "login-page", SC_SEVERITY_INFO,
                      _("The address is an admin area and redirects to its login page, as it should."),
                      expected_advice);
  else if (g_str_equal (path, "/"))
    sc_diagnosis_add (d, "login-page", SC_SEVERITY_CRITICAL,
                      _("The home page redirects to a login page: visitors get a sign-in form instead of the site."),
                      advice);
  else
    sc_diagnosis_add (d, "login-page", SC_SEVERITY_WARNING,
                      _("The address redirects to a login page: the answer is a sign-in form, not the page that was asked for."),
                      advice);
}
