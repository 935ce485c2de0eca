/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-site-filter.h"

/* The filters over the site list.  The window builds its buttons, their
 * counts and their shortcuts from this table. */

static gboolean
is_problem (ScSite *site)
{
  return sc_site_is_problem (site);
}

static gboolean
is_ok (ScSite *site)
{
  return sc_site_get_result (site) != NULL && !sc_site_is_problem (site);
}

/* Broken, fixed or changed since the check before; the run summary's
 * "Show" opens this one. */
static gboolean
has_changed (ScSite *site)
{
  return sc_site_has_changed (site);
}

static const ScSiteFilter filters[] = {
  { "all", N_("All"), "<Alt>1", NULL, FALSE },
  { "problems", N_("Problems"), "<Alt>2", is_problem, FALSE },
  { "ok", N_("OK"), "<Alt>3", is_ok, FALSE },
  /* "Changed 0" would say nothing until a second round of checks, and a
   * fourth button needs the room on a phone: it shows when it has sites
   * (or is the one chosen). */
  { "changed", N_("Changed"), "<Alt>4", has_changed, TRUE },
};

const ScSiteFilter *
sc_site_filter_get_all (guint *n_filters)
{
  *n_filters = G_N_ELEMENTS (filters);
  return filters;
}

/* The filter named @id, or NULL. */
const ScSiteFilter *
sc_site_filter_lookup (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
    if (g_strcmp0 (filters[i].id, id) == 0)
      return &filters[i];
  return NULL;
}

gboolean
sc_site_filter_matches (const ScSiteFilter *filter,
                        ScSite             *site)
{
  return filter == NULL || filter->matches == NULL || filter->matches (site);
}
