/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sc-cli-compare.h"

/* The text format is for someone who wants to know what changed since
 * yesterday without reading 200 rows: the changed sites come first, so
 * that output is held back until the run ends.  The other formats are for
 * programs and keep the input order, streaming as before. */

struct _ScCliCompare
{
  ScBaseline     *baseline;
  ScReportFormat  format;
  GString        *changed;    /* text format: the changed sites' text */
  GString        *same;       /* text format: the others' */
  guint           counts[SC_CHANGE_N_KINDS];
};

ScCliCompare *
sc_cli_compare_new (ScBaseline     *baseline,
                    ScReportFormat  format)
{
  ScCliCompare *self = g_new0 (ScCliCompare, 1);

  self->baseline = g_object_ref (baseline);
  self->format = format;
  self->changed = g_string_new (NULL);
  self->same = g_string_new (NULL);
  return self;
}

void
sc_cli_compare_free (ScCliCompare *self)
{
  g_object_unref (self->baseline);
  g_string_free (self->changed, TRUE);
  g_string_free (self->same, TRUE);
  g_free (self);
}

/* The result's change, counted for the summary; every result is passed
 * here, also those --quiet does not show. */
ScChange *
sc_cli_compare_result (ScCliCompare  *self,
                       ScCheckResult *result)
{
  ScChange *change = sc_baseline_compare (self->baseline, result);

  self->counts[change->kind]++;
  return change;
}

/* Takes @text, the rendering of a result with @change; returns what to
 * write now, or NULL when it is held back until the end. */
char *
sc_cli_compare_hold (ScCliCompare *self,
                     ScChange     *change,
                     char         *text)
{
  if (self->format != SC_REPORT_FORMAT_TEXT)
    return text;
  g_string_append (sc_change_is_change (change) ? self->changed : self->same, text);
  g_free (text);
  return NULL;
}

/* The held-back text: changed sites first, a blank line, then the rest. */
char *
sc_cli_compare_release (ScCliCompare *self)
{
  GString *out = g_string_new (self->changed->str);

  if (self->changed->len > 0 && self->same->len > 0)
    g_string_append_c (out, '\n');
  g_string_append (out, self->same->str);
  g_string_truncate (self->changed, 0);
  g_string_truncate (self->same, 0);
  return g_string_free (out, FALSE);
}

/* "3 changed since 2026-12-04 08:00 UTC: 1 broken, 1 fixed, 1 changed",
 * for the text format; NULL for the others. */
char *
sc_cli_compare_summary (ScCliCompare *self)
{
  if (self->format != SC_REPORT_FORMAT_TEXT)
    return NULL;
  return sc_report_change_summary (self->counts, sc_baseline_get_checked_at (self->baseline));
}
