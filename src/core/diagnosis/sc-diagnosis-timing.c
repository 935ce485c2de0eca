/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <inttypes.h>

#include <glib/gi18n-lib.h>
#include <libsoup/soup.h>

#include "sc-diagnosis-private.h"

/* When to try again, HEAD disagreeing with GET, and slow phases. */

#define SLOW_DNS_US        (500 * 1000)
#define SLOW_TLS_US        (1000 * 1000)
#define SLOW_FIRST_BYTE_US (3000 * 1000)

/* Retry-After is either a number of seconds or an HTTP date. */
static char *
describe_retry_after (const char *value,
                      GDateTime  *checked_at)
{
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *clock = NULL;
  guint64 seconds;

  if (g_ascii_string_to_unsigned (value, 10, 0, G_MAXUINT32, &seconds, NULL))
    {
      when = checked_at != NULL ? g_date_time_add_seconds (checked_at, (gdouble) seconds) : NULL;
      clock = when != NULL ? g_date_time_format (when, "%H:%M:%S UTC") : g_strdup ("?");
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "The server asks to wait %" PRIu64 " second before trying again (until %s).",
                                           "The server asks to wait %" PRIu64 " seconds before trying again (until %s).",
                                           seconds),
                              seconds, clock);
    }
  when = soup_date_time_new_from_http_string (value);
  if (when == NULL)
    return NULL;
  clock = g_date_time_format (when, "%Y-%m-%d %H:%M:%S UTC");
  return g_strdup_printf (_("The server asks not to try again before %s."), clock);
}

void
sc_rule_retry_after (ScDiagnosis *d)
{
  const char *value = sc_diagnosis_final_header (d, "Retry-After");
  g_autofree char *message = NULL;
  const char * const advice[] = {
    _("Check again after that time; checking sooner only prolongs a rate limit."),
    _("If this keeps happening, lower how often and how many pages you check on this host (fewer parallel checks per host), or allow the checking machine’s IP address."),
    NULL
  };

  if (value == NULL || (d->result->status != 429 && d->result->status != 503))
    return;
  message = describe_retry_after (value, d->result->checked_at);
  if (message != NULL)
    sc_diagnosis_add (d, "retry-after", SC_SEVERITY_INFO, message, advice);
}

void
sc_rule_head_get_disagree (ScDiagnosis *d)
{
  GPtrArray *hops = d->result->hops;
  const char * const advice[] = {
    _("Use GET for checking this site; HEAD is answered differently."),
    _("If you run the site, make HEAD requests answer like GET: some security plugins and application routes reject them by mistake."),
    NULL
  };

  for (guint i = 0; i < hops->len; i++)
    {
      ScHop *hop = g_ptr_array_index (hops, i);
      g_autofree char *message = NULL;

      if (sc_hop_get_head_status (hop) == 0)
        continue;
      message = g_strdup_printf (_("HEAD and GET disagree: HEAD got %u, GET got %u."),
                                 sc_hop_get_head_status (hop), sc_hop_get_status (hop));
      sc_diagnosis_add (d, "head-get-disagree", SC_SEVERITY_INFO, message, advice);
      return;
    }
}

typedef struct {
  const char *id;
  gsize       offset;       /* into ScTiming */
  gint64      limit_us;
  const char *advice[3];
} SlowPhase;

static const SlowPhase phases[] = {
  { "slow-dns", G_STRUCT_OFFSET (ScTiming, dns_us), SLOW_DNS_US,
    { N_("Check the domain’s DNS provider: slow or unreachable name servers delay every first visit."),
      N_("Make sure all name servers listed at the registrar answer; a dead one causes long waits."), NULL } },
  { "slow-tls", G_STRUCT_OFFSET (ScTiming, tls_us), SLOW_TLS_US,
    { N_("Check the server’s load: TLS set-up is CPU work on the server."),
      N_("Enable TLS 1.3 and session resumption, and make sure OCSP stapling does not wait on an unreachable responder."), NULL } },
  { "slow-first-byte", G_STRUCT_OFFSET (ScTiming, first_byte_us), SLOW_FIRST_BYTE_US,
    { N_("Enable page caching (a caching plugin on WordPress, or the host’s cache) so pages are not rebuilt on every visit."),
      N_("Look for slow plugins, database queries or external calls in the application; a profiler such as Query Monitor helps on WordPress."), NULL } },
};

/* Literal formats, so that the compiler checks them. */
static char *
describe_slow (guint       phase,
               const char *url,
               gint64      ms)
{
  switch (phase)
    {
    case 0: return g_strdup_printf (_("Looking up the name of %s took %" PRId64 " ms."), url, ms);
    case 1: return g_strdup_printf (_("The secure connection to %s took %" PRId64 " ms to set up."), url, ms);
    case 2: return g_strdup_printf (_("%s took %" PRId64 " ms to start answering."), url, ms);
    default: g_assert_not_reached ();
    }
}

void
sc_rule_slow_phases (ScDiagnosis *d)
{
  GPtrArray *hops = d->result->hops;

  for (guint p = 0; p < G_N_ELEMENTS (phases); p++)
    {
      for (guint i = 0; i < hops->len; i++)
        {
          ScHop *hop = g_ptr_array_index (hops, i);
          gint64 value = G_STRUCT_MEMBER (gint64, sc_hop_get_timing (hop), phases[p].offset);
          const char *advice[3] = { _(phases[p].advice[0]), _(phases[p].advice[1]), NULL };
          g_autofree char *message = NULL;

          if (value <= phases[p].limit_us)
            continue;
          message = describe_slow (p, sc_hop_get_url (hop), value / 1000);
          sc_diagnosis_add (d, phases[p].id, SC_SEVERITY_WARNING, message, advice);
          break;
        }
    }
}

/* The answer came, but the page behind it stopped arriving: visitors see a
 * page that never finishes loading, while the status says all is well. */
void
sc_rule_body_stalled (ScDiagnosis *d)
{
  ScCheckResult *result = d->result;
  g_autofree char *size = NULL;
  g_autofree char *message = NULL;
  const char * const advice[] = {
    _("Look in the site’s error log at the time of the check: a PHP or application process that hangs or runs out of time while it builds the page often does this."),
    _("If a proxy or CDN sits in front of the site, check that it is not holding back the rest of the page while it waits for a slow origin."),
    _("Open the page in a browser with the developer tools’ network panel open to see where it stops."),
    NULL
  };

  if (result->body_stalled_seconds == 0 && !result->body_out_of_time)
    return;
  size = g_format_size (result->body_bytes);
  if (result->body_stalled_seconds > 0)
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "The page stopped arriving: after %s of it, nothing more came for %u second. Visitors see a page that never finishes loading.",
                                            "The page stopped arriving: after %s of it, nothing more came for %u seconds. Visitors see a page that never finishes loading.",
                                            result->body_stalled_seconds),
                               size, result->body_stalled_seconds);
  else
    message = g_strdup_printf (_("The page was still arriving when the time allowed for the check ran out, after %s of it. Visitors see a page that loads very slowly or never finishes."),
                               size);
  sc_diagnosis_add (d, "body-stalled", SC_SEVERITY_WARNING, message, advice);
}
