/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sc-diagnosis-private.h"

/* Refusals that are not a pattern in a page: a bot block by code 999, and
 * a connection closed without a word.  The block pages of CDNs, captchas
 * and firewalls are signatures (data/signatures/30-firewalls.json). */

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
