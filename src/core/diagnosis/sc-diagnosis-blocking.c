/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sc-diagnosis-private.h"

/* Answers that come from something standing in front of the site — a CDN's
 * bot check, a host's captcha, a web application firewall — rather than
 * from the site itself.  They mean "you were blocked", not "the site is
 * down", and the fix is an allow-list entry, not a restart. */

static gboolean
header_contains (ScDiagnosis *d,
                 const char  *name,
                 const char  *needle)
{
  const char *value = sc_diagnosis_final_header (d, name);
  g_autofree char *lower = value != NULL ? g_ascii_strdown (value, -1) : NULL;

  return lower != NULL && strstr (lower, needle) != NULL;
}

static gboolean
is_refusal (guint status)
{
  return status == 403 || status == 429 || status == 503;
}

void
sc_rule_cdn_challenge (ScDiagnosis *d)
{
  const char * const challenge_advice[] = {
    _("In the Cloudflare dashboard, add the checking machine’s IP address under Security → WAF → Tools (IP Access Rules) with the action Allow."),
    _("If Bot Fight Mode or “Under Attack” mode is on, switch it off or add a WAF skip rule for monitoring requests."),
    NULL
  };
  const char * const block_advice[] = {
    _("Open Security → Events in the Cloudflare dashboard and look up the blocked request by time and IP address to see which rule matched."),
    _("Allow the checking machine’s IP address under Security → WAF → Tools, or relax the rule that matched."),
    NULL
  };
  guint status = d->result->status;

  if (header_contains (d, "cf-mitigated", "challenge"))
    {
      sc_diagnosis_answered_by (d, SC_ROLE_CDN, "Cloudflare");
      sc_diagnosis_add (d, "cdn-challenge", SC_SEVERITY_WARNING,
                        _("Cloudflare answered with a bot challenge instead of the page: the site is probably up, but the check was not let through."),
                        challenge_advice);
    }
  else if (is_refusal (status) && header_contains (d, "Server", "cloudflare"))
    {
      sc_diagnosis_answered_by (d, SC_ROLE_CDN, "Cloudflare");
      sc_diagnosis_add (d, "cdn-block", SC_SEVERITY_WARNING,
                        _("This refusal came from Cloudflare, in front of the site; its firewall or rate limiting may have blocked the check rather than the site failing."),
                        block_advice);
    }
}

/* SiteGround and others answer 202 with a captcha page to clients they do
 * not trust; the 2xx makes it look like success. */
void
sc_rule_captcha_accepted (ScDiagnosis *d)
{
  const char * const advice[] = {
    _("Ask the host to allow the checking machine’s IP address past its bot protection (on SiteGround: Site Tools → Security, or a support ticket)."),
    _("Check the site from a browser: if it loads there, only automated clients are being challenged."),
    NULL
  };

  if (d->result->status != 202)
    return;
  if (sc_diagnosis_final_header (d, "sg-captcha") == NULL && !sc_diagnosis_body_contains (d, "captcha"))
    return;
  sc_diagnosis_answered_by (d, SC_ROLE_FIREWALL, NULL);
  sc_diagnosis_add (d, "captcha-challenge", SC_SEVERITY_WARNING,
                    _("The 202 answer is a captcha challenge, not the site: bot protection at the host stopped the check."),
                    advice);
}

void
sc_rule_bot_block_999 (ScDiagnosis *d)
{
  const char * const advice[] = {
    _("Nothing is wrong with the site: it refuses automated checks. Check it from a browser instead."),
    _("If it is your own site, find the bot protection that sends 999 and allow the checking machine’s IP address."),
    NULL
  };

  if (d->result->status == 999)
    sc_diagnosis_add (d, "bot-block", SC_SEVERITY_INFO,
                      _("Code 999 is how some large sites (LinkedIn among them) turn away automated clients."),
                      advice);
}

typedef struct {
  const char *id;
  const char *header;        /* header whose presence or value gives it away */
  const char *header_value;  /* NULL: presence is enough */
  const char *body;          /* lower-case text on its block page */
  const char *message;
  const char *advice[3];
} Signature;

static const Signature signatures[] = {
  { "firewall-sucuri", "X-Sucuri-ID", NULL, "sucuri website firewall",
    N_("The Sucuri website firewall blocked the request."),
    { N_("In the Sucuri dashboard, open Firewall → Access Control and allow the checking machine’s IP address."),
      N_("Look up the block in Sucuri’s Audit Trail to see which rule matched."), NULL } },
  { "firewall-imunify360", "Server", "imunify360", "imunify360",
    N_("Imunify360 on the server blocked the request as a suspected bot or attack."),
    { N_("In cPanel or Plesk, open Imunify360 → Firewall and add the checking machine’s IP address to the White List."),
      N_("Ask the host to check the Imunify360 incident log for the time of the check."), NULL } },
  { "firewall-modsecurity", NULL, NULL, "mod_security",
    N_("A ModSecurity rule on the server rejected the request."),
    { N_("Find the rule id in the server’s ModSecurity audit log (or ask the host) and add an exclusion for it or for the checking machine’s IP address."),
      N_("In cPanel, ModSecurity can be switched off for one domain under Security → ModSecurity while you investigate."), NULL } },
  { "firewall-wordfence", NULL, NULL, "wordfence",
    N_("The Wordfence security plugin on the WordPress site blocked the request."),
    { N_("In WordPress, open Wordfence → Firewall → Blocking and remove the block, or add the checking machine’s IP address to the allowlisted IPs under Wordfence → All Options."),
      N_("Check Wordfence → Tools → Live Traffic for the time of the check to see why it was blocked."), NULL } },
};

static gboolean
signature_matches (ScDiagnosis     *d,
                   const Signature *sig)
{
  if (sig->header != NULL)
    {
      if (sig->header_value == NULL && sc_diagnosis_final_header (d, sig->header) != NULL)
        return TRUE;
      if (sig->header_value != NULL && header_contains (d, sig->header, sig->header_value))
        return TRUE;
    }
  return sc_diagnosis_body_contains (d, sig->body);
}

void
sc_rule_firewall_signature (ScDiagnosis *d)
{
  if (d->result->status < 400)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (signatures); i++)
    {
      const Signature *sig = &signatures[i];
      const char *advice[3] = { _(sig->advice[0]), _(sig->advice[1]), NULL };

      if (signature_matches (d, sig))
        {
          sc_diagnosis_answered_by (d, SC_ROLE_FIREWALL, NULL);
          sc_diagnosis_add (d, sig->id, SC_SEVERITY_WARNING, _(sig->message), advice);
          return;
        }
    }
}

/* nginx's "return 444" closes the connection without a word, which looks
 * exactly like a crash from outside. */
void
sc_rule_closed_without_answer (ScDiagnosis *d)
{
  const char * const advice[] = {
    _("If the site runs nginx, look for “return 444” in its configuration: it is often used to drop requests from unknown hosts or bots."),
    _("Check the server’s error log at the time of the check for a crashed worker process."),
    NULL
  };

  if (g_strcmp0 (d->result->error_detail, "closed-without-answer") == 0)
    sc_diagnosis_add (d, "closed-without-answer", SC_SEVERITY_WARNING,
                      _("The server accepted the connection and closed it without any answer. This is what nginx’s code 444 looks like on the wire; a firewall or a crashed server process does the same."),
                      advice);
}
