/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sc-result-private.h"
#include "sc-text.h"
#include "sc-url.h"

G_DEFINE_FINAL_TYPE (ScCheckResult, sc_check_result, G_TYPE_OBJECT)

static void
sc_check_result_finalize (GObject *object)
{
  ScCheckResult *self = (ScCheckResult *) object;

  g_free (self->raw_input);
  g_free (self->input);
  g_free (self->url);
  g_free (self->host);
  g_free (self->final_url);
  g_free (self->reason);
  g_clear_object (&self->entry);
  g_free (self->error_message);
  g_clear_pointer (&self->hops, g_ptr_array_unref);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  g_free (self->method);
  g_clear_pointer (&self->checked_at, g_date_time_unref);
  g_clear_object (&self->answered_by);

  G_OBJECT_CLASS (sc_check_result_parent_class)->finalize (object);
}

static void
sc_check_result_class_init (ScCheckResultClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sc_check_result_finalize;
}

static void
sc_check_result_init (ScCheckResult *self)
{
  self->hops = g_ptr_array_new_with_free_func (g_object_unref);
  self->findings = g_ptr_array_new_with_free_func (g_object_unref);
  self->status_class = SC_STATUS_CLASS_FAILURE;
}

/* The raw input is kept only to check the site again; what is shown is the
 * line as given, with its secrets redacted and control characters made
 * safe, never cut or re-encoded (see sc_url_redact_input()). */
ScCheckResult *
sc_check_result_new (const char *raw_input)
{
  ScCheckResult *self = g_object_new (SC_TYPE_CHECK_RESULT, NULL);
  g_autofree char *trimmed = g_strstrip (g_strdup (raw_input));

  self->raw_input = g_strdup (raw_input);
  self->input = sc_url_redact_input (trimmed);
  return self;
}

const char *
sc_check_result_get_input (ScCheckResult *self)
{
  g_return_val_if_fail (SC_IS_CHECK_RESULT (self), NULL);
  return self->input;
}

const char *
sc_check_result_get_raw_input (ScCheckResult *self)
{
  g_return_val_if_fail (SC_IS_CHECK_RESULT (self), NULL);
  return self->raw_input;
}

/* A result read back from disk only knows the redacted input; whoever
 * saved the site's own address puts it back here, so that checking the
 * site again uses the real one. */
void
sc_check_result_set_raw_input (ScCheckResult *self,
                               const char    *raw_input)
{
  char *copy;

  g_return_if_fail (SC_IS_CHECK_RESULT (self));
  g_return_if_fail (raw_input != NULL);

  /* Copied first: @raw_input may be the string being replaced. */
  copy = g_strdup (raw_input);
  g_free (self->raw_input);
  self->raw_input = copy;
}

const char *
sc_check_result_get_url (ScCheckResult *self)
{
  g_return_val_if_fail (SC_IS_CHECK_RESULT (self), NULL);
  return self->url;
}

const char *
sc_check_result_get_host (ScCheckResult *self)
{
  g_return_val_if_fail (SC_IS_CHECK_RESULT (self), NULL);
  return self->host;
}

const char *
sc_check_result_get_final_url (ScCheckResult *self)
{
  g_return_val_if_fail (SC_IS_CHECK_RESULT (self), NULL);
  return self->final_url;
}

guint
sc_check_result_get_status (ScCheckResult *self)
{
  g_return_val_if_fail (SC_IS_CHECK_RESULT (self), 0);
  return self->status;
}

const char *
sc_check_result_get_reason (ScCheckResult *self)
{
  g_return_val_if_fail (SC_IS_CHECK_RESULT (self), NULL);
  return self->reason;
}

ScStatusClass
sc_check_result_get_status_class (ScCheckResult *self)
{
  g_return_val_if_fail (SC_IS_CHECK_RESULT (self), SC_STATUS_CLASS_FAILURE);
  return self->status_class;
}

ScCatalogEntry *
sc_check_result_get_entry (ScCheckResult *self)
{
  g_return_val_if_fail (SC_IS_CHECK_RESULT (self), NULL);
  return self->entry;
}

const char *
sc_check_result_get_title (ScCheckResult *self)
{
  g_return_val_if_fail (SC_IS_CHECK_RESULT (self), NULL);
  return self->entry != NULL ? sc_catalog_entry_get_title (self->entry) : "";
}

/* The catalog's guess, for a result the diagnosis has not read (one
 * restored from an older file, or one refused before any request). */
static ScRole
role_from_catalog (ScCheckResult *self)
{
  const char * const *producers = self->entry != NULL ? sc_catalog_entry_get_producers (self->entry) : NULL;
  ScRole role = self->status_class == SC_STATUS_CLASS_FAILURE ? SC_ROLE_NETWORK : SC_ROLE_ORIGIN;

  if (producers != NULL && producers[0] != NULL)
    sc_role_from_string (producers[0], &role);
  return role;
}

/* Who produced the final answer, from the evidence (see sc-answered-by.c);
 * never NULL. */
ScAnsweredBy *
sc_check_result_get_answered_by (ScCheckResult *self)
{
  g_return_val_if_fail (SC_IS_CHECK_RESULT (self), NULL);

  if (self->answered_by == NULL)
    self->answered_by = sc_answered_by_new (role_from_catalog (self), NULL);
  return self->answered_by;
}

void
sc_check_result_set_answered_by (ScCheckResult *self,
                                 ScAnsweredBy  *answered_by)
{
  g_return_if_fail (SC_IS_CHECK_RESULT (self));
  g_return_if_fail (SC_IS_ANSWERED_BY (answered_by));

  g_set_object (&self->answered_by, answered_by);
}

/* The contract's `producer`: the same as answered_by's role. */
const char *
sc_check_result_get_producer (ScCheckResult *self)
{
  g_return_val_if_fail (SC_IS_CHECK_RESULT (self), NULL);
  return sc_role_to_string (sc_answered_by_get_role (sc_check_result_get_answered_by (self)));
}

/* The most serious finding, or NULL.  Findings are kept in the order the
 * diagnosis found them, most telling first, so the first of the highest
 * severity is the one to lead with. */
ScFinding *
sc_check_result_get_lead_finding (ScCheckResult *self)
{
  ScFinding *lead = NULL;

  g_return_val_if_fail (SC_IS_CHECK_RESULT (self), NULL);
  for (guint i = 0; i < self->findings->len; i++)
    {
      ScFinding *finding = g_ptr_array_index (self->findings, i);

      if (lead == NULL || sc_finding_get_severity (finding) > sc_finding_get_severity (lead))
        lead = finding;
    }
  return lead;
}

/* Whether a finding says why (a WordPress database error, a proxy with
 * no backend): then it leads, with its fixes, and the code's general
 * meaning follows. */
gboolean
sc_check_result_names_cause (ScCheckResult *self)
{
  ScFinding *lead;

  g_return_val_if_fail (SC_IS_CHECK_RESULT (self), FALSE);
  lead = sc_check_result_get_lead_finding (self);
  return lead != NULL && sc_finding_get_severity (lead) >= SC_SEVERITY_WARNING;
}

/* The contract's verdict: a problem without a 2xx answer or with a
 * critical finding (a parked domain under a 200 is not the site), a
 * warning with a warning finding, else ok.  Computed here, once, so that
 * the window, the reports and the exit status cannot disagree. */
ScVerdict
sc_check_result_get_verdict (ScCheckResult *self)
{
  ScFinding *lead;

  g_return_val_if_fail (SC_IS_CHECK_RESULT (self), SC_VERDICT_PROBLEM);

  if (self->status_class != SC_STATUS_CLASS_SUCCESS)
    return SC_VERDICT_PROBLEM;
  lead = sc_check_result_get_lead_finding (self);
  if (lead == NULL || sc_finding_get_severity (lead) == SC_SEVERITY_INFO)
    return SC_VERDICT_OK;
  return sc_finding_get_severity (lead) == SC_SEVERITY_CRITICAL ? SC_VERDICT_PROBLEM : SC_VERDICT_WARNING;
}

ScErrorKind
sc_check_result_get_error_kind (ScCheckResult *self)
{
  g_return_val_if_fail (SC_IS_CHECK_RESULT (self), SC_ERROR_KIND_NONE);
  return self->error_kind;
}

const char *
sc_check_result_get_error_message (ScCheckResult *self)
{
  g_return_val_if_fail (SC_IS_CHECK_RESULT (self), NULL);
  return self->error_message;
}

/* A finer cause than the kind, as a catalog id (tls-expired) or a name
 * the diagnosis knows (closed-without-answer); NULL when there is none. */
const char *
sc_check_result_get_error_detail (ScCheckResult *self)
{
  g_return_val_if_fail (SC_IS_CHECK_RESULT (self), NULL);
  return self->error_detail;
}

GPtrArray *
sc_check_result_get_hops (ScCheckResult *self)
{
  g_return_val_if_fail (SC_IS_CHECK_RESULT (self), NULL);
  return self->hops;
}

guint
sc_check_result_get_n_redirects (ScCheckResult *self)
{
  guint n = 0;

  g_return_val_if_fail (SC_IS_CHECK_RESULT (self), 0);
  for (guint i = 0; i < self->hops->len; i++)
    n += sc_hop_get_redirected (g_ptr_array_index (self->hops, i)) ? 1 : 0;
  return n;
}

GPtrArray *
sc_check_result_get_findings (ScCheckResult *self)
{
  g_return_val_if_fail (SC_IS_CHECK_RESULT (self), NULL);
  return self->findings;
}

/* The finding with this id, or NULL: one per id in a result. */
ScFinding *
sc_check_result_find_finding (ScCheckResult *self,
                              const char    *id)
{
  g_return_val_if_fail (SC_IS_CHECK_RESULT (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < self->findings->len; i++)
    if (g_str_equal (sc_finding_get_id (g_ptr_array_index (self->findings, i)), id))
      return g_ptr_array_index (self->findings, i);
  return NULL;
}

/* The certificate of the last https hop that presented one. */
ScTlsInfo *
sc_check_result_get_tls (ScCheckResult *self)
{
  g_return_val_if_fail (SC_IS_CHECK_RESULT (self), NULL);
  for (guint i = self->hops->len; i > 0; i--)
    {
      ScHop *hop = g_ptr_array_index (self->hops, i - 1);
      if (hop->tls != NULL)
        return hop->tls;
    }
  return NULL;
}

const char *
sc_check_result_get_method (ScCheckResult *self)
{
  g_return_val_if_fail (SC_IS_CHECK_RESULT (self), NULL);
  return self->method;
}

GDateTime *
sc_check_result_get_checked_at (ScCheckResult *self)
{
  g_return_val_if_fail (SC_IS_CHECK_RESULT (self), NULL);
  return self->checked_at;
}

gint64
sc_check_result_get_total_us (ScCheckResult *self)
{
  g_return_val_if_fail (SC_IS_CHECK_RESULT (self), -1);
  return self->total_us;
}

static void
add_phase (gint64 *sum,
           gint64  value)
{
  if (value < 0)
    return;
  *sum = MAX (*sum, 0) + value;
}

/* Each phase summed over every hop, -1 where no hop had it. */
ScTiming
sc_check_result_get_timing_sum (ScCheckResult *self)
{
  ScTiming sum = { -1, -1, -1, -1, -1, FALSE };

  g_return_val_if_fail (SC_IS_CHECK_RESULT (self), sum);
  for (guint i = 0; i < self->hops->len; i++)
    {
      const ScTiming *t = sc_hop_get_timing (g_ptr_array_index (self->hops, i));

      add_phase (&sum.dns_us, t->dns_us);
      add_phase (&sum.connect_us, t->connect_us);
      add_phase (&sum.tls_us, t->tls_us);
      add_phase (&sum.first_byte_us, t->first_byte_us);
    }
  sum.total_us = self->total_us;
  return sum;
}

gboolean
sc_check_result_is_ok (ScCheckResult *self)
{
  g_return_val_if_fail (SC_IS_CHECK_RESULT (self), FALSE);
  return self->status_class == SC_STATUS_CLASS_SUCCESS;
}

/* "404 Not Found, client error" — the words a screen reader speaks and a
 * report shows for the badge. */
char *
sc_check_result_describe_status (ScCheckResult *self)
{
  g_return_val_if_fail (SC_IS_CHECK_RESULT (self), NULL);

  if (self->error_kind != SC_ERROR_KIND_NONE || self->status == 0)
    return g_strdup_printf ("%s, %s", sc_check_result_get_title (self),
                            sc_status_class_describe (SC_STATUS_CLASS_FAILURE));
  return g_strdup_printf ("%u %s, %s", self->status, sc_check_result_get_title (self),
                          sc_status_class_describe (self->status_class));
}
