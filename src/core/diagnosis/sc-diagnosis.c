/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <libsoup/soup.h>

#include "sc-diagnosis-private.h"
#include "sc-finding-titles.h"

/* Rules that read a whole result (every hop, its headers, timing and
 * certificate, and the start of the final page) and add findings beyond
 * what the status code says.  Each rule is a small function in the file of
 * its concern; they run in the order below, which is also the order the
 * findings are shown in, most telling first. */

static const ScRule rules[] = {
  sc_rule_closed_without_answer,
  sc_rule_bot_block_999,
  sc_rule_login_page,
  sc_rule_other_host,
  sc_rule_https_downgrade,
  sc_rule_canonical_redirects,
  sc_rule_temporary_for_permanent,
  sc_rule_long_chain,
  sc_rule_certificate_expired,
  sc_rule_proxy_default_certificate,
  sc_rule_untrusted_issuer,
  sc_rule_certificate_expiry,
  sc_rule_certificate_changes,
  sc_rule_retry_after,
  sc_rule_head_get_disagree,
  sc_rule_slow_phases,
  sc_rule_body_stalled,
};

gboolean
sc_diagnosis_has_finding (ScDiagnosis *d,
                          const char  *id)
{
  return sc_check_result_find_finding (d->result, id) != NULL;
}

/* One finding per id: the first, most telling, reading of a cause stands. */
void
sc_diagnosis_add (ScDiagnosis        *d,
                  const char         *id,
                  ScSeverity          severity,
                  const char         *message,
                  const char * const *suggestions)
{
  ScFindingTitles *titles = sc_finding_titles_get_default (NULL);

  if (sc_diagnosis_has_finding (d, id))
    return;
  /* A programming error that check-finding-titles.py should have caught:
   * the finding is still given, but people would read its bare id. */
  if (titles == NULL || sc_finding_titles_lookup (titles, id) == NULL)
    g_critical ("The finding “%s” has no title in data/findings/findings.json", id);
  g_ptr_array_add (d->result->findings, sc_finding_new (id, severity, message, suggestions));
}

/* A rule that knows who answered says so; the evidence is its own. */
void
sc_diagnosis_answered_by (ScDiagnosis *d,
                          ScRole       role,
                          const char  *software)
{
  g_autoptr(ScAnsweredBy) answered_by = sc_answered_by_new (role, software);

  sc_check_result_set_answered_by (d->result, answered_by);
}

ScHop *
sc_diagnosis_final_hop (ScDiagnosis *d)
{
  GPtrArray *hops = d->result->hops;

  return hops->len > 0 ? g_ptr_array_index (hops, hops->len - 1) : NULL;
}

const char *
sc_diagnosis_final_header (ScDiagnosis *d,
                           const char  *name)
{
  ScHop *hop = sc_diagnosis_final_hop (d);

  return hop != NULL ? sc_hop_lookup_header (hop, name) : NULL;
}

gboolean
sc_diagnosis_body_contains (ScDiagnosis *d,
                            const char  *needle)
{
  return strstr (d->body, needle) != NULL;
}

/* Lower-cased host of a shown URL, or NULL. */
char *
sc_diagnosis_host_of (const char *url)
{
  g_autoptr(GUri) uri = url != NULL ? g_uri_parse (url, SOUP_HTTP_URI_FLAGS, NULL) : NULL;

  if (uri == NULL || g_uri_get_host (uri) == NULL)
    return NULL;
  return g_ascii_strdown (g_uri_get_host (uri), -1);
}

static const char *
without_www (const char *host)
{
  return g_str_has_prefix (host, "www.") ? host + 4 : host;
}

/* example.com and www.example.com are one site. */
gboolean
sc_diagnosis_same_site (const char *host_a,
                        const char *host_b)
{
  return host_a != NULL && host_b != NULL &&
         g_str_equal (without_www (host_a), without_www (host_b));
}

void
sc_diagnosis_run (ScCheckResult *result,
                  GBytes        *body)
{
  ScDiagnosis d = { result, NULL };
  gsize len = 0;
  const char *data = body != NULL ? g_bytes_get_data (body, &len) : NULL;

  g_return_if_fail (SC_IS_CHECK_RESULT (result));

  /* Markers are ASCII; a lower-cased copy without NULs, at the same
   * offsets as the page, lets a match be quoted as the page has it. */
  d.page = g_malloc (len + 1);
  d.body = g_malloc (len + 1);
  for (gsize i = 0; i < len; i++)
    {
      d.page[i] = data[i] == '\0' ? ' ' : data[i];
      d.body[i] = g_ascii_tolower (d.page[i]);
    }
  d.page[len] = d.body[len] = '\0';
  d.page_len = len;
  d.page_read = body != NULL;
  d.title = sc_diagnosis_find_title (&d);
  d.title_lower = d.title != NULL ? g_ascii_strdown (d.title, -1) : NULL;

  sc_diagnosis_read_signatures (&d);
  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    rules[i] (&d);

  g_free (d.page);
  g_free (d.body);
  g_free (d.title);
  g_free (d.title_lower);
}
