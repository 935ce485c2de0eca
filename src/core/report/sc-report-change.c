/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sc-csv.h"
#include "sc-report-change.h"

/* The contract's "change" object, its CSV columns, a line in the text and
 * markdown formats, and the run's one-line summary of what changed. */

static void
add_previous (ScJsonWriter *w,
              ScSnapshot   *was)
{
  g_autofree char *checked_at = was->checked_at != 0 ? sc_snapshot_format_time (was->checked_at) : NULL;

  sc_json_name (w, "previous");
  sc_json_begin_object (w);
  sc_json_member_status (w, "status", was->status);
  sc_json_member_string (w, "class", sc_status_class_to_string (was->status_class));
  sc_json_member_string (w, "verdict", sc_verdict_to_string (was->verdict));
  sc_json_member_string (w, "final_url", was->final_url);
  sc_json_member_string (w, "checked_at", checked_at);
  sc_json_name (w, "findings");
  sc_json_begin_array (w);
  for (guint i = 0; was->finding_ids[i] != NULL; i++)
    sc_json_string (w, was->finding_ids[i]);
  sc_json_end_array (w);
  sc_json_end_object (w);
}

void
sc_report_change_json (ScJsonWriter *w,
                       ScChange     *change)
{
  sc_json_name (w, "change");
  sc_json_begin_object (w);
  sc_json_member_string (w, "kind", sc_change_kind_to_string (change->kind));
  if (change->previous != NULL)
    add_previous (w, change->previous);
  else
    sc_json_member_string (w, "previous", NULL);
  sc_json_name (w, "what");
  sc_json_begin_array (w);
  for (guint i = 0; change->what[i] != NULL; i++)
    sc_json_string (w, change->what[i]);
  sc_json_end_array (w);
  sc_json_end_object (w);
}

/* "compared_with": {"file", "checked_at"}, a member of the JSON document
 * written before "results". */
void
sc_report_change_compared_with (GString    *out,
                                ScBaseline *baseline)
{
  g_autofree char *checked_at = NULL;
  ScJsonWriter writer;

  if (sc_baseline_get_checked_at (baseline) != 0)
    checked_at = sc_snapshot_format_time (sc_baseline_get_checked_at (baseline));
  g_string_append (out, "\n  \"compared_with\": ");
  sc_json_writer_init (&writer, out, 1, TRUE);
  sc_json_begin_object (&writer);
  sc_json_member_string (&writer, "file", sc_baseline_get_file (baseline));
  sc_json_member_string (&writer, "checked_at", checked_at);
  sc_json_end_object (&writer);
  g_string_append_c (out, ',');
}

/* "      Δ broken: 503 Service Unavailable, was 200 OK", one line a
 * sentence under the result's own lines. */
void
sc_report_change_text (GString               *out,
                       ScChange              *change,
                       const ScReportContext *context)
{
  const char *style = change->kind == SC_CHANGE_BROKEN ? "\033[1;31m"
                    : change->kind == SC_CHANGE_FIXED ? "\033[1;32m" : "\033[1;35m";

  for (guint i = 0; change->what[i] != NULL; i++)
    {
      /* TRANSLATORS: before each difference in the text format: "Δ broken:" */
      g_autofree char *prefix = g_strdup_printf (_("Δ %s:"), sc_change_kind_describe (change->kind));

      g_string_append (out, "      ");
      if (context->color)
        g_string_append_printf (out, "%s%s\033[0m ", style, prefix);
      else
        g_string_append_printf (out, "%s ", prefix);
      g_string_append (out, change->what[i]);
      g_string_append_c (out, '\n');
    }
}

static void
append_markdown_escaped (GString    *out,
                         const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if (strchr ("\\`*_[]<>|#", *p) != NULL)
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
}

/* A line under the result's heading: "- **Since the earlier run:** broken;
 * 503 Service Unavailable, was 200 OK". */
void
sc_report_change_markdown (GString  *out,
                           gsize     result_start,
                           ScChange *change)
{
  const char *heading_end = strstr (out->str + result_start, "\n\n");
  g_autoptr(GString) line = g_string_new ("- **");
  gssize at = heading_end != NULL ? heading_end - out->str + 2 : (gssize) result_start;

  g_string_append (line, _("Since the earlier run:"));
  g_string_append (line, "** ");
  g_string_append (line, sc_change_kind_describe (change->kind));
  for (guint i = 0; change->what[i] != NULL; i++)
    {
      /* TRANSLATORS: between the differences of one change */
      g_string_append (line, i == 0 ? " — " : C_("differences", "; "));
      append_markdown_escaped (line, change->what[i]);
    }
  g_string_append_c (line, '\n');
  g_string_insert (out, at, line->str);
}

/* The columns change and change_what, added only with --compare so that a
 * spreadsheet made from a plain run keeps its shape.  Each row already
 * ends with CRLF: the new fields go before it. */
void
sc_report_change_csv_header (GString *out)
{
  g_assert (g_str_has_suffix (out->str, "\r\n"));
  g_string_truncate (out, out->len - 2);
  g_string_append (out, ",change,change_what\r\n");
}

void
sc_report_change_csv (GString  *out,
                      ScChange *change)
{
  g_autofree char *what = g_strjoinv (" | ", change->what);

  g_assert (g_str_has_suffix (out->str, "\r\n"));
  g_string_truncate (out, out->len - 2);
  g_string_append_c (out, ',');
  sc_csv_append_field (out, sc_change_kind_to_string (change->kind), FALSE);
  sc_csv_append_field (out, what, TRUE);
}

/* "1 broken", "2 fixed": a whole phrase per kind and number, so that a
 * language can make the kind agree with the count. */
static char *
describe_count (ScChangeKind kind,
                guint        n)
{
  switch (kind)
    {
    /* TRANSLATORS: counts in "3 changed since …: 1 broken, 1 fixed, 1 changed";
     * each counts sites: broken = stopped working, fixed = works again,
     * changed = answers differently */
    case SC_CHANGE_BROKEN: return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u broken", "%u broken", n), n);
    case SC_CHANGE_FIXED: return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u fixed", "%u fixed", n), n);
    case SC_CHANGE_CHANGED: return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u changed", "%u changed", n), n);
    case SC_CHANGE_NEW:
    case SC_CHANGE_SAME:
    default: g_return_val_if_reached (NULL);
    }
}

/* "3 changed since 2026-12-04 08:00 UTC: 1 broken, 1 fixed, 1 changed",
 * naming only the kinds that occur; new sites are counted apart, as they
 * did not change.  @counts has SC_CHANGE_N_KINDS entries. */
char *
sc_report_change_summary (const guint *counts,
                          gint64       since)
{
  static const ScChangeKind kinds[] = { SC_CHANGE_BROKEN, SC_CHANGE_FIXED, SC_CHANGE_CHANGED };
  guint n = counts[SC_CHANGE_BROKEN] + counts[SC_CHANGE_FIXED] + counts[SC_CHANGE_CHANGED];
  g_autoptr(GDateTime) when = since != 0 ? g_date_time_new_from_unix_utc (since) : NULL;
  g_autofree char *time = when != NULL ? g_date_time_format (when, "%Y-%m-%d %H:%M UTC") : g_strdup ("?");
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) kinds_text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autofree char *count = NULL;

      if (counts[kinds[i]] == 0)
        continue;
      count = describe_count (kinds[i], counts[kinds[i]]);
      if (kinds_text->len > 0)
        /* TRANSLATORS: between the counts of "1 broken, 1 fixed, 1 changed" */
        g_string_append (kinds_text, C_("list", ", "));
      g_string_append (kinds_text, count);
    }
  if (n == 0)
    /* TRANSLATORS: after a run compared with an earlier one; %s is a time */
    g_string_append_printf (out, _("Nothing changed since %s"), time);
  else
    /* TRANSLATORS: "3 changed since 2026-12-04 08:00 UTC: 1 broken, 1 fixed, 1 changed";
     * the first %s is a time, the second the counts of each kind */
    g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u changed since %s: %s",
                                              "%u changed since %s: %s", n),
                            n, time, kinds_text->str);
  if (counts[SC_CHANGE_NEW] > 0)
    g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "; %u new site", "; %u new sites",
                                              counts[SC_CHANGE_NEW]),
                            counts[SC_CHANGE_NEW]);
  return g_string_free (g_steal_pointer (&out), FALSE);
}
