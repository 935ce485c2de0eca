/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sc-diagnosis-private.h"
#include "sc-signatures.h"
#include "sc-text.h"

/* Who answered, read the way an expert reads an answer: the marks each
 * product leaves on its own pages and headers (data/signatures/, the rules
 * of reading in SCHEMA.md there).  The first "answer" signature that
 * matches made the page; the "presence" signatures say who else is on the
 * path.  What is not a pattern stays here in code: an answer that the
 * checking side's own proxy made, and failures with no answer at all. */

#define MAX_QUOTE_CHARS 200

/* What matched, for the evidence and for a finding's quote. */
typedef struct {
  GPtrArray *evidence;   /* of char*, in the order of the conditions */
  char      *quote;      /* what the page says, from the first body condition */
} Match;

static void
match_clear (Match *match)
{
  g_clear_pointer (&match->evidence, g_ptr_array_unref);
  g_clear_pointer (&match->quote, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Match, match_clear)

static gboolean
text_matches (const char  *haystack,
              ScMatchMode  mode,
              const char  *text)
{
  if (haystack == NULL)
    return FALSE;
  switch (mode)
    {
    case SC_MATCH_PRESENT: return TRUE;
    case SC_MATCH_CONTAINS: return strstr (haystack, text) != NULL;
    case SC_MATCH_PREFIX: return g_str_has_prefix (haystack, text);
    case SC_MATCH_EQUALS: return g_str_equal (haystack, text);
    default: g_return_val_if_reached (FALSE);
    }
}

/* Any value of the header: a page may carry Via or Set-Cookie twice. */
static gboolean
header_matches (ScHop       *hop,
                ScCondition *condition,
                Match       *match)
{
  for (guint i = 0; i < sc_hop_get_n_headers (hop); i++)
    {
      const char *value = sc_hop_get_header_value (hop, i);
      g_autofree char *lower = NULL;

      if (g_ascii_strcasecmp (sc_hop_get_header_name (hop, i), condition->header) != 0)
        continue;
      lower = g_ascii_strdown (value, -1);
      if (!text_matches (lower, condition->mode, condition->text))
        continue;
      g_ptr_array_add (match->evidence, g_strdup_printf ("%s: %s", sc_hop_get_header_name (hop, i), value));
      return TRUE;
    }
  return FALSE;
}

/* The page as it has the text, in its own letter case. */
static char *
quote_page (ScDiagnosis *d,
            gsize        offset,
            gsize        len)
{
  return sc_text_sanitize (d->page + offset, (gssize) MIN (len, d->page_len - offset), MAX_QUOTE_CHARS);
}

static void
note_page_text (ScDiagnosis *d,
                Match       *match,
                char        *quote)
{
  /* Translators: evidence of who answered; %s is text found in the page. */
  g_ptr_array_add (match->evidence, g_strdup_printf (_("The page says “%s”"), quote));
  if (match->quote == NULL)
    match->quote = quote;
  else
    g_free (quote);
}

static gboolean
body_matches (ScDiagnosis *d,
              ScCondition *condition,
              Match       *match)
{
  const char *found = strstr (d->body, condition->text);

  if (found == NULL)
    return FALSE;
  note_page_text (d, match, quote_page (d, (gsize) (found - d->body), strlen (condition->text)));
  return TRUE;
}

static gboolean
regex_matches (ScDiagnosis *d,
               ScCondition *condition,
               Match       *match)
{
  g_autoptr(GMatchInfo) info = NULL;
  int start = 0, end = 0;

  if (!g_regex_match_full (condition->regex, d->page, (gssize) d->page_len, 0, 0, &info, NULL) ||
      !g_match_info_fetch_pos (info, 0, &start, &end))
    return FALSE;
  note_page_text (d, match, quote_page (d, (gsize) start, (gsize) (end - start)));
  return TRUE;
}

static gboolean
title_matches (ScDiagnosis *d,
               ScCondition *condition,
               Match       *match)
{
  if (!text_matches (d->title_lower, condition->mode, condition->text))
    return FALSE;
  /* Translators: evidence of who answered; %s is the page's title. */
  g_ptr_array_add (match->evidence, g_strdup_printf (_("The page’s title is “%s”"), d->title));
  return TRUE;
}

static gboolean
location_matches (ScDiagnosis *d,
                  ScCondition *condition,
                  Match       *match)
{
  GPtrArray *hops = d->result->hops;

  for (guint i = 0; i < hops->len; i++)
    {
      const char *location = sc_hop_get_location (g_ptr_array_index (hops, i));
      g_autofree char *lower = location != NULL ? g_ascii_strdown (location, -1) : NULL;

      if (lower != NULL && strstr (lower, condition->text) != NULL)
        {
          g_ptr_array_add (match->evidence, g_strdup_printf ("Location: %s", location));
          return TRUE;
        }
    }
  return FALSE;
}

/* How long the final answer took to begin: a proxy that gives up on a slow
 * backend answers late, one whose backend refused answers at once, with
 * the same page. */
static gboolean
waited_matches (ScHop       *hop,
                ScCondition *condition,
                Match       *match)
{
  const ScTiming *timing = sc_hop_get_timing (hop);

  if (timing == NULL || timing->first_byte_us < condition->waited_ms * 1000)
    return FALSE;
  /* Translators: evidence of who answered; %.1f is a number of seconds. */
  g_ptr_array_add (match->evidence, g_strdup_printf (_("The answer took %.1f s to begin"),
                                                     timing->first_byte_us / 1e6));
  return TRUE;
}

static gboolean
condition_matches (ScDiagnosis *d,
                   ScHop       *hop,
                   ScCondition *condition,
                   Match       *match)
{
  switch (condition->kind)
    {
    case SC_CONDITION_HEADER: return header_matches (hop, condition, match);
    case SC_CONDITION_TITLE: return title_matches (d, condition, match);
    case SC_CONDITION_BODY: return body_matches (d, condition, match);
    case SC_CONDITION_BODY_REGEX: return regex_matches (d, condition, match);
    case SC_CONDITION_LOCATION: return location_matches (d, condition, match);
    case SC_CONDITION_EMPTY_BODY:
      if (!d->page_read || d->page_len > 0)
        return FALSE;
      g_ptr_array_add (match->evidence, g_strdup (_("The page is empty")));
      return TRUE;
    case SC_CONDITION_WAITED_MS: return waited_matches (hop, condition, match);
    default:
      g_return_val_if_reached (FALSE);
    }
}

static gboolean
all_match (ScDiagnosis *d,
           ScHop       *hop,
           GPtrArray   *conditions,
           Match       *match)
{
  for (guint i = 0; conditions != NULL && i < conditions->len; i++)
    if (!condition_matches (d, hop, g_ptr_array_index (conditions, i), match))
      return FALSE;
  return TRUE;
}

static gboolean
any_matches (ScDiagnosis *d,
             ScHop       *hop,
             GPtrArray   *conditions,
             Match       *match)
{
  if (conditions == NULL)
    return TRUE;
  for (guint i = 0; i < conditions->len; i++)
    if (condition_matches (d, hop, g_ptr_array_index (conditions, i), match))
      return TRUE;
  return FALSE;
}

static gboolean
none_match (ScDiagnosis *d,
            ScHop       *hop,
            GPtrArray   *conditions)
{
  g_auto(Match) ignored = { g_ptr_array_new_with_free_func (g_free), NULL };

  for (guint i = 0; conditions != NULL && i < conditions->len; i++)
    if (condition_matches (d, hop, g_ptr_array_index (conditions, i), &ignored))
      return FALSE;
  return TRUE;
}

/* The cheap tests (status, size) first: most signatures stop there. */
static gboolean
signature_matches (ScDiagnosis *d,
                   ScHop       *hop,
                   ScSignature *signature,
                   Match       *match)
{
  if (!sc_signature_status_matches (signature, d->result->status))
    return FALSE;
  if (signature->max_body > 0 && d->page_len >= signature->max_body)
    return FALSE;
  match->evidence = g_ptr_array_new_with_free_func (g_free);
  return all_match (d, hop, signature->all, match) &&
         any_matches (d, hop, signature->any, match) &&
         none_match (d, hop, signature->none);
}

static void
add_evidence (ScAnsweredBy *who,
              GPtrArray    *evidence)
{
  for (guint i = 0; i < evidence->len; i++)
    sc_answered_by_add_evidence (who, g_ptr_array_index (evidence, i));
}

static char *
finding_message (ScSignatureFinding *finding,
                 const char         *quote)
{
  if (!finding->quote || quote == NULL)
    return g_strdup (finding->message);
  /* Translators: a finding's message, then what the page itself says. */
  return g_strdup_printf (_("%s The page says: “%s”"), finding->message, quote);
}

/* An answer made by the proxy this computer sends its requests through is
 * that proxy's word, not the site's: the site was never judged. */
static void
add_local_proxy_finding (ScDiagnosis        *d,
                         const char         *proxy,
                         ScSignature        *signature,
                         const char         *quote)
{
  g_autofree char *cause = signature->finding != NULL ? finding_message (signature->finding, quote) : NULL;
  g_autofree char *message = NULL;
  g_autoptr(GStrvBuilder) advice = g_strv_builder_new ();
  g_auto(GStrv) suggestions = NULL;

  if (cause != NULL)
    /* Translators: %s is the proxy ("Squid"), %s its address, then the cause. */
    message = g_strdup_printf (_("This answer was made by %s, the proxy on your side at %s, not by the site. %s"),
                               signature->software != NULL ? signature->software : _("a proxy"), proxy, cause);
  else
    message = g_strdup_printf (_("This answer was made by %s, the proxy on your side at %s, not by the site."),
                               signature->software != NULL ? signature->software : _("a proxy"), proxy);
  if (signature->finding != NULL)
    g_strv_builder_addv (advice, (const char **) signature->finding->suggestions);
  g_strv_builder_add (advice, _("Check the site again without the proxy, or from another network, to see what the site itself answers."));
  g_strv_builder_add (advice, _("Ask whoever runs the proxy (often the company’s IT) why it refused or could not fetch the site."));
  suggestions = g_strv_builder_end (advice);
  sc_diagnosis_add (d, "local-proxy-answered",
                    signature->finding != NULL ? signature->finding->severity : SC_SEVERITY_WARNING,
                    message, (const char * const *) suggestions);
}

static gboolean
is_relay (ScRole role)
{
  return role == SC_ROLE_PROXY || role == SC_ROLE_CDN || role == SC_ROLE_FIREWALL ||
         role == SC_ROLE_LOCAL_PROXY;
}

/* The last entry of the last Via header, lower-cased: the relay nearest
 * to the checker, which is the checking side's proxy when it adds one. */
static char *
last_via_entry (ScHop *hop)
{
  const char *last = NULL;
  const char *comma;

  for (guint i = 0; i < sc_hop_get_n_headers (hop); i++)
    if (g_ascii_strcasecmp (sc_hop_get_header_name (hop, i), "Via") == 0)
      last = sc_hop_get_header_value (hop, i);
  if (last == NULL)
    return NULL;
  comma = strrchr (last, ',');
  return g_ascii_strdown (comma != NULL ? comma + 1 : last, -1);
}

/* Through a proxy of the checking side, a proxy's page is that proxy's
 * own, unless the proxy said (in Via) that it relayed it and the page is
 * another product's: the site's Varnish failing, carried by Squid. */
static gboolean
made_by_local_proxy (ScHop       *hop,
                     const char  *proxy,
                     ScSignature *signature)
{
  g_autofree char *via = NULL;
  g_autofree char *software = NULL;

  if (proxy == NULL)
    return FALSE;
  if (signature->role == SC_ROLE_LOCAL_PROXY)
    return TRUE;
  if (signature->role != SC_ROLE_PROXY)
    return FALSE;
  via = last_via_entry (hop);
  if (via == NULL || signature->software == NULL)
    return TRUE;
  software = g_ascii_strdown (signature->software, -1);
  return strstr (via, software) != NULL;
}

/* The "answer" signatures, in order: the first says who made the page;
 * each adds its finding.  Returns who, or NULL. */
static ScAnsweredBy *
read_answers (ScDiagnosis  *d,
              ScSignatures *signatures,
              ScHop        *hop)
{
  g_autoptr(ScAnsweredBy) who = NULL;
  ScSignature *maker = NULL;
  /* Over https the proxy only tunnels: the answer inside is the site's. */
  const char *proxy = g_str_has_prefix (sc_hop_get_url (hop), "http:") ? sc_hop_get_proxy (hop) : NULL;

  for (guint i = 0; i < sc_signatures_get_n_items (signatures); i++)
    {
      ScSignature *signature = sc_signatures_get_item (signatures, i);
      g_auto(Match) match = { NULL, NULL };
      gboolean local;

      if (signature->presence || !signature_matches (d, hop, signature, &match))
        continue;
      local = made_by_local_proxy (hop, proxy, signature);
      if (maker == NULL)
        {
          maker = signature;
          who = sc_answered_by_new (local ? SC_ROLE_LOCAL_PROXY : signature->role, signature->software);
          add_evidence (who, match.evidence);
        }
      if (local)
        add_local_proxy_finding (d, proxy, signature, match.quote);
      else if (signature->finding != NULL)
        {
          g_autofree char *message = finding_message (signature->finding, match.quote);

          sc_diagnosis_add (d, signature->finding->id, signature->finding->severity, message,
                            (const char * const *) signature->finding->suggestions);
        }
    }
  return g_steal_pointer (&who);
}

/* What the presence signatures saw: the first application, the first web
 * server, and the relays in between. */
typedef struct {
  ScSignature *application;
  ScSignature *origin;
  GPtrArray   *relays;      /* of ScSignature */
  GPtrArray   *evidence;    /* of char*, of all of them */
} Presence;

static void
read_presence (ScDiagnosis  *d,
               ScSignatures *signatures,
               ScHop        *hop,
               Presence     *seen)
{
  for (guint i = 0; i < sc_signatures_get_n_items (signatures); i++)
    {
      ScSignature *signature = sc_signatures_get_item (signatures, i);
      g_auto(Match) match = { NULL, NULL };

      if (!signature->presence || !signature_matches (d, hop, signature, &match))
        continue;
      if (signature->role == SC_ROLE_APPLICATION && seen->application == NULL)
        seen->application = signature;
      else if (signature->role == SC_ROLE_ORIGIN && seen->origin == NULL)
        seen->origin = signature;
      else if (is_relay (signature->role))
        g_ptr_array_add (seen->relays, signature);
      else
        continue;
      for (guint j = 0; j < match.evidence->len; j++)
        g_ptr_array_add (seen->evidence, g_strdup (g_ptr_array_index (match.evidence, j)));
    }
}

/* No page signature matched: the site's own answer, unless the catalog
 * says a server error of this code is most often a relay's. */
static ScAnsweredBy *
who_from_presence (ScDiagnosis *d,
                   Presence    *seen)
{
  const char * const *guess = d->result->entry != NULL ? sc_catalog_entry_get_producers (d->result->entry) : NULL;
  ScRole role = SC_ROLE_ORIGIN;
  ScSignature *named = NULL;

  if (d->result->status >= 500 && guess != NULL && guess[0] != NULL)
    sc_role_from_string (guess[0], &role);
  if ((role == SC_ROLE_ORIGIN || role == SC_ROLE_APPLICATION) && seen->application != NULL)
    {
      role = SC_ROLE_APPLICATION;
      named = seen->application;
    }
  else if (role == SC_ROLE_ORIGIN || role == SC_ROLE_APPLICATION)
    named = seen->origin;
  else
    for (guint i = 0; i < seen->relays->len && named == NULL; i++)
      if (((ScSignature *) g_ptr_array_index (seen->relays, i))->role == role)
        named = g_ptr_array_index (seen->relays, i);
  return sc_answered_by_new (role, named != NULL ? named->software : NULL);
}

/* A check with no HTTP answer: who failed follows from the error. */
static void
read_failure (ScDiagnosis *d)
{
  const char * const *guess = d->result->entry != NULL ? sc_catalog_entry_get_producers (d->result->entry) : NULL;
  g_autoptr(ScAnsweredBy) who = NULL;
  g_autofree char *observation = NULL;
  ScRole role = SC_ROLE_NETWORK;

  if (guess != NULL && guess[0] != NULL)
    sc_role_from_string (guess[0], &role);
  if (g_strcmp0 (d->result->error_detail, "proxy-unreachable") == 0)
    role = SC_ROLE_LOCAL_PROXY;
  who = sc_answered_by_new (role, NULL);
  /* Translators: evidence of who answered; %s is a failure such as "Connection refused". */
  observation = g_strdup_printf (_("No HTTP answer: %s"), sc_check_result_get_title (d->result));
  sc_answered_by_add_evidence (who, observation);
  sc_check_result_set_answered_by (d->result, who);
}

static ScSignatures *
bundled_signatures (void)
{
  static gsize warned;
  g_autoptr(GError) error = NULL;
  ScSignatures *signatures = sc_signatures_get_default (&error);

  /* The data is bundled and tested; this only happens to a broken build. */
  if (signatures == NULL && g_once_init_enter (&warned))
    {
      g_warning ("The signatures could not be loaded: %s", error->message);
      g_once_init_leave (&warned, 1);
    }
  return signatures;
}

/* The relays on the path, less the one that made the page; and a web
 * server named by the Server header in front of a relay's page: a relay
 * sets its own Server header, so another one means that server passed
 * the page on (nginx in front of Varnish). */
static void
add_through (ScAnsweredBy *who,
             Presence     *seen)
{
  const char *maker = sc_answered_by_get_software (who);
  ScRole role = sc_answered_by_get_role (who);

  if (is_relay (role) && seen->origin != NULL && seen->origin->software != NULL &&
      g_strcmp0 (seen->origin->software, maker) != 0)
    sc_answered_by_add_through (who, seen->origin->software);
  for (guint i = 0; i < seen->relays->len; i++)
    {
      ScSignature *relay = g_ptr_array_index (seen->relays, i);

      if (relay->software != NULL && g_strcmp0 (relay->software, maker) != 0)
        sc_answered_by_add_through (who, relay->software);
    }
}

void
sc_diagnosis_read_signatures (ScDiagnosis *d)
{
  ScHop *hop = sc_diagnosis_final_hop (d);
  ScSignatures *signatures;
  g_autoptr(ScAnsweredBy) who = NULL;
  Presence seen = { NULL, NULL, NULL, NULL };

  if (hop == NULL || d->result->status == 0 || d->result->error_kind != SC_ERROR_KIND_NONE)
    {
      read_failure (d);
      return;
    }
  if ((signatures = bundled_signatures ()) == NULL)
    return;

  seen.relays = g_ptr_array_new ();
  seen.evidence = g_ptr_array_new_with_free_func (g_free);
  who = read_answers (d, signatures, hop);
  read_presence (d, signatures, hop, &seen);
  if (who == NULL)
    {
      who = who_from_presence (d, &seen);
      add_evidence (who, seen.evidence);
    }
  add_through (who, &seen);
  sc_check_result_set_answered_by (d->result, who);
  g_ptr_array_unref (seen.relays);
  g_ptr_array_unref (seen.evidence);
}
