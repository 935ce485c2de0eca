/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

GPtrArray *sc_site_list_parse (const char *text,
                               gsize       length);

/* What a site manager's export says about a site besides its address. */
typedef struct {
  char  *name;     /* NULL when not given */
  char **groups;   /* never NULL */
} ScSiteLabel;

GHashTable *sc_site_list_parse_labels (const char  *text,
                                       gsize        length);
void        sc_site_label_free        (ScSiteLabel *label);

G_END_DECLS
