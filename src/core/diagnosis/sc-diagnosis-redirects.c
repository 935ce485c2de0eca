/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sc-diagnosis-private.h"

/* Redirect hygiene: a stored address that is out of date, temporary
 * redirects used for permanent moves, long chains, and redirects that make
 * a connection less safe or leave the site altogether. */

typedef struct {
  ScHop *from;
  ScHop *to;
} Step;

/* The redirects that were followed, as pairs of hops. */
static GArray *
followed_steps (ScDiagnosis *d)
{
  GPtrArray *hops = d->result->hops;
  GArray *steps = g_array_new (FALSE, FALSE, sizeof (Step));

  for (guint i = 0; i + 1 < hops->len; i++)
    {
      Step step = { g_ptr_array_index (hops, i), g_ptr_array_index (hops, i + 1) };

      if (sc_hop_get_redirected (step.from))
        g_array_append_val (steps, step);
    }
  return steps;
}

static gboolean
is_https (ScHop *hop)
{
  return g_str_has_prefix (sc_hop_get_url (hop), "https:");
}

/* http→https on the same site, or www↔non-www: a canonical move. */
static gboolean
is_canonical_step (const Step *step,
                   gboolean   *to_https,
                   gboolean   *www_change)
{
  g_autofree char *a = sc_diagnosis_host_of (sc_hop_get_url (step->from));
  g_autofree char *b = sc_diagnosis_host_of (sc_hop_get_url (step->to));

  if (!sc_diagnosis_same_site (a, b))
    return FALSE;
  *to_https = !is_https (step->from) && is_https (step->to);
  *www_change = g_strcmp0 (a, b) != 0;
  return *to_https || *www_change;
}

void
sc_rule_canonical_redirects (ScDiagnosis *d)
{
  g_autoptr(GArray) steps = followed_steps (d);
  gboolean any_https = FALSE, any_www = FALSE;
  g_autofree char *message = NULL;
  const char * const advice[] = {
    _("Update the stored address to the final one: in your site manager (for example MainWP), in monitoring, and in links you control."),
    _("In WordPress, check that both addresses under Settings → General use the final form (https, with or without www)."),
    _("Make the server send one permanent (301) redirect straight to the final address instead of several hops."),
    NULL
  };

  for (guint i = 0; i < steps->len; i++)
    {
      gboolean to_https = FALSE, www_change = FALSE;

      if (is_canonical_step (&g_array_index (steps, Step, i), &to_https, &www_change))
        {
          any_https |= to_https;
          any_www |= www_change;
        }
    }
  if (!any_https && !any_www)
    return;

  if (any_https && any_www)
    message = g_strdup_printf (_("The site moved to https and to another www form; it now lives at %s."), d->result->final_url);
  else if (any_https)
    message = g_strdup_printf (_("The site moved from http to https; it now lives at %s."), d->result->final_url);
  else
    message = g_strdup_printf (_("The site redirects between its www and non-www names; it now lives at %s."), d->result->final_url);
  sc_diagnosis_add (d, "address-changed", SC_SEVERITY_INFO, message, advice);
}

/* 302 and 307 promise the old address comes back; for http→https or www
 * that is rarely true, and search engines keep the old one. */
void
sc_rule_temporary_for_permanent (ScDiagnosis *d)
{
  g_autoptr(GArray) steps = followed_steps (d);
  const char * const advice[] = {
    _("Change the redirect to 301 (or 308): in .htaccess use R=301, in nginx use “return 301”, or set the type in your redirect plugin."),
    _("Keep 302 only for moves that really are temporary, such as a maintenance page."),
    NULL
  };

  for (guint i = 0; i < steps->len; i++)
    {
      const Step *step = &g_array_index (steps, Step, i);
      guint status = sc_hop_get_status (step->from);
      gboolean to_https = FALSE, www_change = FALSE;

      if ((status == 302 || status == 307) && is_canonical_step (step, &to_https, &www_change))
        {
          g_autofree char *message =
            g_strdup_printf (_("A permanent move (http to https, or www) is made with %u, a temporary redirect."), status);
          sc_diagnosis_add (d, "temporary-redirect-for-move", SC_SEVERITY_WARNING, message, advice);
          return;
        }
    }
}

void
sc_rule_long_chain (ScDiagnosis *d)
{
  guint n = sc_check_result_get_n_redirects (d->result);
  g_autofree char *message = NULL;
  const char * const advice[] = {
    _("Point the first redirect straight at the final address, so that visitors and search engines need one hop."),
    _("Look for redirects stacked by several layers (CDN, server configuration, .htaccess, a WordPress plugin) and keep only one."),
    NULL
  };

  if (n <= 2)
    return;
  message = g_strdup_printf (_("The site needs %u redirects before it answers; each one costs a round trip."), n);
  sc_diagnosis_add (d, "long-redirect-chain", SC_SEVERITY_WARNING, message, advice);
}

void
sc_rule_https_downgrade (ScDiagnosis *d)
{
  g_autoptr(GArray) steps = followed_steps (d);
  const char * const advice[] = {
    _("Make the redirect point to the https address, in the server configuration or the site’s own settings."),
    _("In WordPress, check that Settings → General uses https for both the WordPress and the site address."),
    NULL
  };

  for (guint i = 0; i < steps->len; i++)
    {
      const Step *step = &g_array_index (steps, Step, i);

      if (is_https (step->from) && !is_https (step->to))
        {
          sc_diagnosis_add (d, "https-downgrade", SC_SEVERITY_CRITICAL,
                            _("A redirect leads from a secure https address to an insecure http one."),
                            advice);
          return;
        }
    }
}

/* Ending up on another site is how expired domains, hijacked sites and
 * forgotten migrations show. */
void
sc_rule_other_host (ScDiagnosis *d)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *message = NULL;
  const char * const advice[] = {
    _("If the move was intended, update the stored address to the new site."),
    _("If it was not, look for a redirect in .htaccess, the server configuration or a WordPress plugin, and check that the domain has not expired."),
    NULL
  };

  if (d->result->url == NULL || d->result->final_url == NULL || sc_check_result_get_n_redirects (d->result) == 0)
    return;
  first = sc_diagnosis_host_of (d->result->url);
  last = sc_diagnosis_host_of (d->result->final_url);
  if (first == NULL || last == NULL || sc_diagnosis_same_site (first, last))
    return;

  message = g_strdup_printf (_("The check ended on another site: %s instead of %s."), last, first);
  sc_diagnosis_add (d, "other-host", SC_SEVERITY_WARNING, message, advice);
}
