/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sc-site.h"

G_BEGIN_DECLS

/* The orders the site list can be sorted in; "list" keeps the list's own. */
typedef struct {
  const char *id;                                      /* the win.sort target */
  const char *label;                                   /* marked for translation */
  int       (*compare) (ScSite *a, ScSite *b);         /* NULL: the list's order */
} ScSiteSort;

const ScSiteSort *sc_site_sort_get_all (guint      *n_sorts);
const ScSiteSort *sc_site_sort_lookup  (const char *id);

G_END_DECLS
