/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <inttypes.h>

#include <glib/gi18n.h>

#include "sc-change.h"
#include "sc-finding-titles.h"

/* Compares two snapshots of one site with the contract's rules: fixed and
 * broken follow the verdict crossing "problem"; anything else that differs
 * (status, class, verdict, final URL, certificate, finding ids) is
 * "changed".  Each difference gets a sentence that names both values;
 * findings by their titles, as the history keeps only their ids. */

G_DEFINE_BOXED_TYPE (ScChange, sc_change, sc_change_ref, sc_change_unref)

ScChange *
sc_change_ref (ScChange *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
sc_change_unref (ScChange *self)
{
  g_return_if_fail (self != NULL);
  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_clear_pointer (&self->previous, sc_snapshot_unref);
  g_strfreev (self->what);
  g_free (self);
}

const char *
sc_change_kind_to_string (ScChangeKind kind)
{
  static const char * const names[] = {
    [SC_CHANGE_NEW] = "new",
    [SC_CHANGE_SAME] = "same",
    [SC_CHANGE_FIXED] = "fixed",
    [SC_CHANGE_BROKEN] = "broken",
    [SC_CHANGE_CHANGED] = "changed",
  };

  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (names), NULL);
  return names[kind];
}

/* The kind in the user's language, for text meant to be read. */
const char *
sc_change_kind_describe (ScChangeKind kind)
{
  switch (kind)
    {
    /* TRANSLATORS: change kinds: the site is new in the list, or did not
     * change, works again, stopped working, or answers differently; used
     * as labels ("Δ broken: 503 Service Unavailable, was 200 OK"), never
     * after a number */
    case SC_CHANGE_NEW: return _("new");
    case SC_CHANGE_SAME: return _("same");
    case SC_CHANGE_FIXED: return _("fixed");
    case SC_CHANGE_BROKEN: return _("broken");
    case SC_CHANGE_CHANGED: return _("changed");
    default: g_return_val_if_reached (NULL);
    }
}

/* Whether the site is worth a look: anything but "same". */
gboolean
sc_change_is_change (ScChange *self)
{
  return self->kind != SC_CHANGE_SAME;
}

static void
compare_answer (GPtrArray  *what,
                ScSnapshot *was,
                ScSnapshot *now)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  if (was->status == now->status && was->status_class == now->status_class)
    return;
  before = sc_snapshot_describe_answer (was);
  after = sc_snapshot_describe_answer (now);
  /* TRANSLATORS: the answer now and before: "503 Service Unavailable, was 200 OK" */
  g_ptr_array_add (what, g_strdup_printf (_("%s, was %s"), after, before));
}

static void
compare_verdict (GPtrArray  *what,
                 ScSnapshot *was,
                 ScSnapshot *now)
{
  if (was->verdict == now->verdict)
    return;
  /* TRANSLATORS: the verdict's label now and before: "Verdict: Problem, was OK" */
  g_ptr_array_add (what, g_strdup_printf (_("Verdict: %s, was %s"),
                                          sc_verdict_describe (now->verdict),
                                          sc_verdict_describe (was->verdict)));
}

static void
compare_final_url (GPtrArray  *what,
                   ScSnapshot *was,
                   ScSnapshot *now)
{
  if (g_strcmp0 (was->final_url, now->final_url) == 0)
    return;
  if (now->final_url == NULL)
    g_ptr_array_add (what, g_strdup_printf (_("No final URL, was %s"), was->final_url));
  else if (was->final_url == NULL)
    g_ptr_array_add (what, g_strdup_printf (_("Ends at %s"), now->final_url));
  else
    g_ptr_array_add (what, g_strdup_printf (_("Ends at %s, was %s"), now->final_url, was->final_url));
}

static char *
format_day (gint64 unix_seconds)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_utc (unix_seconds);

  return when != NULL ? g_date_time_format (when, "%Y-%m-%d") : g_strdup ("?");
}

static void
compare_certificate (GPtrArray  *what,
                     ScSnapshot *was,
                     ScSnapshot *now)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  if (was->cert_not_after == 0 || now->cert_not_after == 0)
    return;
  if (now->cert_not_after > was->cert_not_after)
    {
      before = format_day (was->cert_not_after);
      after = format_day (now->cert_not_after);
      g_ptr_array_add (what, g_strdup_printf (_("Certificate renewed: valid until %s, was until %s"),
                                              after, before));
    }
  else if (was->cert_fingerprint != NULL && now->cert_fingerprint != NULL &&
           g_strcmp0 (was->cert_fingerprint, now->cert_fingerprint) != 0)
    g_ptr_array_add (what, g_strdup (_("Certificate replaced by another one")));
}

/* A finding is named by its title ("PHP errors shown on the page"); the
 * certificate's warning gets a sentence of its own, with the days left. */
static char *
describe_new_finding (ScSnapshot *now,
                      const char *id)
{
  if (g_str_equal (id, "certificate-expiring"))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Certificate about to expire: %" PRId64 " day left",
                                         "Certificate about to expire: %" PRId64 " days left",
                                         (gulong) MAX (now->cert_days_left, 0)),
                            now->cert_days_left);
  /* TRANSLATORS: a finding the earlier check did not have, by its short
   * title: "New finding: PHP errors shown on the page" */
  return g_strdup_printf (_("New finding: %s"), sc_finding_describe (id));
}

static void
compare_findings (GPtrArray  *what,
                  ScSnapshot *was,
                  ScSnapshot *now)
{
  for (guint i = 0; now->finding_ids[i] != NULL; i++)
    if (!sc_snapshot_has_finding (was, now->finding_ids[i]))
      g_ptr_array_add (what, describe_new_finding (now, now->finding_ids[i]));
  for (guint i = 0; was->finding_ids[i] != NULL; i++)
    if (!sc_snapshot_has_finding (now, was->finding_ids[i]))
      /* TRANSLATORS: a finding of the earlier check that is no longer there,
       * by its short title: "Finding gone: WordPress in maintenance mode" */
      g_ptr_array_add (what, g_strdup_printf (_("Finding gone: %s"),
                                              sc_finding_describe (was->finding_ids[i])));
}

static gboolean
time_changed_much (gint64 before,
                   gint64 after)
{
  gint64 low = MIN (before, after);
  gint64 high = MAX (before, after);

  if (before < 0 || after < 0)
    return FALSE;
  return high - low >= SC_CHANGE_TIME_MIN_MS && high >= low * SC_CHANGE_TIME_FACTOR;
}

static ScChangeKind
classify (ScSnapshot *was,
          ScSnapshot *now,
          guint       n_differences)
{
  gboolean was_problem = was->verdict == SC_VERDICT_PROBLEM;
  gboolean is_problem = now->verdict == SC_VERDICT_PROBLEM;

  if (was_problem && !is_problem)
    return SC_CHANGE_FIXED;
  if (!was_problem && is_problem)
    return SC_CHANGE_BROKEN;
  return n_differences > 0 ? SC_CHANGE_CHANGED : SC_CHANGE_SAME;
}

static ScChange *
change_new (ScChangeKind  kind,
            ScSnapshot   *previous,
            GPtrArray    *what)
{
  ScChange *self = g_new0 (ScChange, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->kind = kind;
  self->previous = previous != NULL ? sc_snapshot_ref (previous) : NULL;
  g_ptr_array_add (what, NULL);
  self->what = (char **) g_ptr_array_free (what, FALSE);
  return self;
}

/* @previous may be NULL: the site was not there before. */
ScChange *
sc_change_compare (ScSnapshot *previous,
                   ScSnapshot *current)
{
  GPtrArray *what = g_ptr_array_new ();
  ScChangeKind kind;

  g_return_val_if_fail (current != NULL, NULL);

  if (previous == NULL)
    {
      g_ptr_array_add (what, g_strdup (_("Not in the earlier run")));
      return change_new (SC_CHANGE_NEW, NULL, what);
    }
  compare_answer (what, previous, current);
  compare_verdict (what, previous, current);
  compare_final_url (what, previous, current);
  compare_certificate (what, previous, current);
  compare_findings (what, previous, current);
  kind = classify (previous, current, what->len);
  /* Response time alone is no change (the contract's list leaves it out),
   * but next to one it often tells why. */
  if (kind != SC_CHANGE_SAME && time_changed_much (previous->total_ms, current->total_ms))
    g_ptr_array_add (what, g_strdup_printf (_("Response time %" PRId64 " ms, was %" PRId64 " ms"),
                                            current->total_ms, previous->total_ms));
  return change_new (kind, previous, what);
}
