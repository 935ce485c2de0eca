/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-site-sort.h"

/* How a list of 200 sites can be put in order: by name, by what they
 * answered, problems first, slowest first, certificates closest to
 * expiry first, or the longest unchecked first.  Sites without the
 * figure (not checked, no certificate) go last. */

#define CMP(a, b) (((a) > (b)) - ((a) < (b)))

static int
by_name (ScSite *a,
         ScSite *b)
{
  g_autofree char *name_a = sc_site_dup_display_name (a);
  g_autofree char *name_b = sc_site_dup_display_name (b);

  return g_utf8_collate (name_a, name_b);
}

/* Failures (no HTTP answer) sort after every status code. */
static guint
answer_key (ScSite *site)
{
  ScCheckResult *result = sc_site_get_result (site);

  if (result == NULL)
    return G_MAXUINT;
  return sc_check_result_get_status (result) != 0 ? sc_check_result_get_status (result) : 1000;
}

static int
by_answer (ScSite *a,
           ScSite *b)
{
  return CMP (answer_key (a), answer_key (b));
}

static int
verdict_key (ScSite *site)
{
  ScCheckResult *result = sc_site_get_result (site);

  if (result == NULL)
    return 3;
  switch (sc_check_result_get_verdict (result))
    {
    case SC_VERDICT_PROBLEM: return 0;
    case SC_VERDICT_WARNING: return 1;
    case SC_VERDICT_OK:
    default: return 2;
    }
}

static int
by_verdict (ScSite *a,
            ScSite *b)
{
  return CMP (verdict_key (a), verdict_key (b));
}

/* Slowest first. */
static gint64
time_key (ScSite *site)
{
  ScCheckResult *result = sc_site_get_result (site);

  return result != NULL ? sc_check_result_get_total_us (result) : -1;
}

static int
by_time (ScSite *a,
         ScSite *b)
{
  return CMP (time_key (b), time_key (a));
}

static gint64
days_key (ScSite *site)
{
  ScCheckResult *result = sc_site_get_result (site);
  ScTlsInfo *tls = result != NULL ? sc_check_result_get_tls (result) : NULL;

  return tls != NULL ? sc_tls_info_get_days_left (tls) : G_MAXINT64;
}

static int
by_certificate (ScSite *a,
                ScSite *b)
{
  return CMP (days_key (a), days_key (b));
}

/* The longest unchecked first. */
static gint64
checked_key (ScSite *site)
{
  ScCheckResult *result = sc_site_get_result (site);
  GDateTime *at = result != NULL ? sc_check_result_get_checked_at (result) : NULL;

  return at != NULL ? g_date_time_to_unix (at) : G_MININT64;
}

static int
by_checked (ScSite *a,
            ScSite *b)
{
  return CMP (checked_key (a), checked_key (b));
}

static const ScSiteSort sorts[] = {
  { "list", N_("In the List’s Order"), NULL },
  { "name", N_("Name"), by_name },
  { "answer", N_("Answer"), by_answer },
  { "verdict", N_("Problems First"), by_verdict },
  { "time", N_("Slowest First"), by_time },
  { "certificate", N_("Certificate Expiry"), by_certificate },
  { "checked", N_("Least Recently Checked"), by_checked },
};

const ScSiteSort *
sc_site_sort_get_all (guint *n_sorts)
{
  *n_sorts = G_N_ELEMENTS (sorts);
  return sorts;
}

const ScSiteSort *
sc_site_sort_lookup (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (sorts); i++)
    if (g_strcmp0 (sorts[i].id, id) == 0)
      return &sorts[i];
  return NULL;
}
