/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sc-site.h"

G_BEGIN_DECLS

/* One of the list's filters ("All", "Problems", "OK", "Changed"): a row
 * of a table, so that another filter is one more row. */
typedef struct {
  const char *id;                          /* the win.filter target */
  const char *label;                       /* marked for translation */
  const char *accel;                       /* "<Alt>1" */
  gboolean  (*matches) (ScSite *site);     /* NULL: every site */
  gboolean    hide_when_empty;             /* its button only while it has sites */
} ScSiteFilter;

const ScSiteFilter *sc_site_filter_get_all (guint      *n_filters);
const ScSiteFilter *sc_site_filter_lookup  (const char *id);
gboolean            sc_site_filter_matches (const ScSiteFilter *filter,
                                            ScSite             *site);

G_END_DECLS
