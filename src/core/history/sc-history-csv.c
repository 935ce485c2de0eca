/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "sc-csv.h"
#include "sc-history-csv.h"
#include "sc-snapshot.h"

/* A site's history as CSV, for a spreadsheet or a ticket: one row a check,
 * in the order given (the history's: newest first).  A reason phrase comes
 * from a server, so a value that a spreadsheet would take for a formula
 * gets a leading apostrophe, as in the reports. */

static void
append_text (GString    *out,
             const char *value,
             gboolean    last)
{
  g_autofree char *guarded = NULL;

  if (value != NULL && value[0] != '\0' && strchr ("=+@-", value[0]) != NULL)
    value = guarded = g_strconcat ("'", value, NULL);
  sc_csv_append_field (out, value, last);
}

static void
append_int (GString  *out,
            gint64    value,
            gboolean  known)
{
  g_autofree char *text = known ? g_strdup_printf ("%" G_GINT64_FORMAT, value) : NULL;

  sc_csv_append_field (out, text, FALSE);
}

static void
append_row (GString    *out,
            ScSnapshot *s)
{
  g_autofree char *when = sc_snapshot_format_time (s->checked_at);
  g_autofree char *findings = g_strjoinv (" ", s->finding_ids);

  append_text (out, when, FALSE);
  append_int (out, s->status, s->status != 0);
  append_text (out, s->reason, FALSE);
  append_text (out, sc_status_class_to_string (s->status_class), FALSE);
  append_text (out, sc_verdict_to_string (s->verdict), FALSE);
  append_text (out, s->final_url, FALSE);
  append_int (out, s->total_ms, s->total_ms >= 0);
  append_int (out, s->cert_days_left, s->cert_not_after != 0);
  append_text (out, findings, FALSE);
  append_text (out, sc_role_to_string (s->role), FALSE);
  append_text (out, s->software, TRUE);
}

char *
sc_history_rows_to_csv (GPtrArray *rows)
{
  GString *out = g_string_new ("checked_at,status,reason,class,verdict,final_url,total_ms,"
                               "tls_days_left,finding_ids,answered_by,software\r\n");

  g_return_val_if_fail (rows != NULL, NULL);
  for (guint i = 0; i < rows->len; i++)
    append_row (out, g_ptr_array_index (rows, i));
  return g_string_free (out, FALSE);
}
