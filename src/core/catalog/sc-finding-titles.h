/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The short title of each finding id ("PHP errors shown on the page"),
 * from data/findings/findings.json (format in SCHEMA.md beside it): what a
 * person reads where a finding is named rather than explained. */

#define SC_FINDING_TITLES_ERROR (sc_finding_titles_error_quark ())

typedef enum {
  SC_FINDING_TITLES_ERROR_INVALID,
} ScFindingTitlesError;

#define SC_TYPE_FINDING_TITLES (sc_finding_titles_get_type ())
G_DECLARE_FINAL_TYPE (ScFindingTitles, sc_finding_titles, SC, FINDING_TITLES, GObject)

GQuark           sc_finding_titles_error_quark    (void);
ScFindingTitles *sc_finding_titles_get_default    (GError          **error);
ScFindingTitles *sc_finding_titles_new_from_bytes (GBytes           *bytes,
                                                   GError          **error);
guint            sc_finding_titles_get_n_items    (ScFindingTitles  *self);
const char      *sc_finding_titles_lookup         (ScFindingTitles  *self,
                                                   const char       *id);
const char      *sc_finding_describe              (const char       *id);

G_END_DECLS
