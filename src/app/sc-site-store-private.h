/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sc-site-store.h"

G_BEGIN_DECLS

/* One saved site: its input and its last result, if any. */
typedef struct {
  char          *input;
  char          *name;     /* may be NULL */
  char         **groups;   /* may be NULL */
  ScCheckResult *result;
} ScSavedSite;

void       sc_saved_site_free         (ScSavedSite  *saved);

/* sc-site-store-io.c: the file format, read and written off the main loop. */
GBytes    *sc_site_store_serialize    (GPtrArray    *saved_sites);
GPtrArray *sc_site_store_parse        (GBytes       *bytes,
                                       guint        *n_damaged,
                                       GError      **error);
gboolean   sc_site_store_write_file   (GFile        *file,
                                       GBytes       *bytes,
                                       GError      **error);
GPtrArray *sc_site_store_read_file    (GFile        *file,
                                       char        **out_warning,
                                       GError      **error);

G_END_DECLS
