/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-snapshot.h"

G_DEFINE_BOXED_TYPE (ScSnapshot, sc_snapshot, sc_snapshot_ref, sc_snapshot_unref)

ScSnapshot *
sc_snapshot_new (void)
{
  ScSnapshot *self = g_new0 (ScSnapshot, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->status_class = SC_STATUS_CLASS_FAILURE;
  self->verdict = SC_VERDICT_PROBLEM;
  self->total_ms = -1;
  self->role = SC_ROLE_NETWORK;
  self->finding_ids = g_new0 (char *, 1);
  return self;
}

ScSnapshot *
sc_snapshot_ref (ScSnapshot *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
sc_snapshot_unref (ScSnapshot *self)
{
  g_return_if_fail (self != NULL);
  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_free (self->key);
  g_free (self->input);
  g_free (self->url);
  g_free (self->reason);
  g_free (self->final_url);
  g_strfreev (self->finding_ids);
  g_free (self->cert_fingerprint);
  g_free (self->software);
  g_free (self);
}

static char **
collect_finding_ids (GPtrArray *findings)
{
  GStrvBuilder *ids = g_strv_builder_new ();
  char **result;

  for (guint i = 0; findings != NULL && i < findings->len; i++)
    g_strv_builder_add (ids, sc_finding_get_id (g_ptr_array_index (findings, i)));
  result = g_strv_builder_end (ids);
  g_strv_builder_unref (ids);
  return result;
}

static void
take_certificate (ScSnapshot *self,
                  ScTlsInfo  *tls)
{
  if (tls == NULL || sc_tls_info_get_not_after (tls) == NULL)
    return;
  self->cert_not_after = g_date_time_to_unix (sc_tls_info_get_not_after (tls));
  self->cert_days_left = sc_tls_info_get_days_left (tls);
  self->cert_fingerprint = g_strdup (sc_tls_info_get_fingerprint (tls));
}

/* The result's text is already sanitised and its URLs redacted. */
ScSnapshot *
sc_snapshot_new_from_result (ScCheckResult *result)
{
  ScSnapshot *self = sc_snapshot_new ();
  ScAnsweredBy *who = sc_check_result_get_answered_by (result);
  gint64 total_us = sc_check_result_get_total_us (result);

  g_return_val_if_fail (SC_IS_CHECK_RESULT (result), NULL);

  self->input = g_strdup (sc_check_result_get_input (result));
  self->url = g_strdup (sc_check_result_get_url (result));
  self->key = g_strdup (self->url != NULL ? self->url : self->input);
  if (sc_check_result_get_checked_at (result) != NULL)
    self->checked_at = g_date_time_to_unix (sc_check_result_get_checked_at (result));
  self->status = sc_check_result_get_status (result);
  self->reason = g_strdup (sc_check_result_get_reason (result));
  self->status_class = sc_check_result_get_status_class (result);
  self->verdict = sc_check_result_get_verdict (result);
  self->final_url = g_strdup (sc_check_result_get_final_url (result));
  g_strfreev (self->finding_ids);
  self->finding_ids = collect_finding_ids (sc_check_result_get_findings (result));
  self->total_ms = total_us >= 0 ? (total_us + 500) / 1000 : -1;
  take_certificate (self, sc_check_result_get_tls (result));
  if (who != NULL)
    {
      self->role = sc_answered_by_get_role (who);
      self->software = g_strdup (sc_answered_by_get_software (who));
    }
  return self;
}

gboolean
sc_snapshot_has_finding (ScSnapshot *self,
                         const char *id)
{
  return g_strv_contains ((const char * const *) self->finding_ids, id);
}

/* The contract's form of a time: "2026-12-05T07:24:41Z". */
char *
sc_snapshot_format_time (gint64 unix_seconds)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_utc (unix_seconds);

  if (when == NULL)
    return NULL;
  return g_date_time_format (when, "%Y-%m-%dT%H:%M:%SZ");
}

/* "503 Service Unavailable", or the class's label when no HTTP answer
 * came ("no HTTP answer"), never its id. */
char *
sc_snapshot_describe_answer (ScSnapshot *self)
{
  if (self->status == 0)
    return g_strdup (sc_status_class_describe (self->status_class));
  if (self->reason != NULL && self->reason[0] != '\0')
    return g_strdup_printf ("%u %s", self->status, self->reason);
  return g_strdup_printf ("%u", self->status);
}
