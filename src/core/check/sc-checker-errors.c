/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sc-checker-private.h"
#include "sc-text.h"
#include "sc-tls-info.h"
#include "sc-url.h"

/* Every way a request can fail maps to exactly one error kind of the
 * contract, with a sentence a site admin can act on.  The library's own
 * message follows in parentheses for the support ticket. */

static char *
with_detail (char         *sentence,
             const GError *error)
{
  g_autofree char *detail = sc_text_sanitize (error->message, -1, 300);
  char *message = g_strdup_printf ("%s (%s)", sentence, detail);

  g_free (sentence);
  return message;
}

static char *
host_port (GUri *uri)
{
  g_autofree char *host = sc_url_host_for_display (uri);
  int port = g_uri_get_port (uri);

  if (port < 0)
    port = g_str_equal (g_uri_get_scheme (uri), "https") ? 443 : 80;
  if (strchr (host, ':') != NULL)
    return g_strdup_printf ("[%s]:%d", host, port);
  return g_strdup_printf ("%s:%d", host, port);
}

static ScErrorKind
classify_resolver (const GError *error,
                   GUri         *uri,
                   char        **out_message)
{
  g_autofree char *host = sc_url_host_for_display (uri);

  if (g_error_matches (error, G_RESOLVER_ERROR, G_RESOLVER_ERROR_TEMPORARY_FAILURE))
    *out_message = g_strdup_printf (_("The DNS lookup of “%s” failed for now: the name servers did not answer. Check your own connection, then try again."),
                                    host);
  else
    *out_message = g_strdup_printf (_("The name “%s” does not exist in DNS: check the spelling, that the domain is registered and paid for, and that it has an A or AAAA record."),
                                    host);
  *out_message = with_detail (*out_message, error);
  return SC_ERROR_KIND_DNS;
}

static ScErrorKind
classify_tls (const GError  *error,
              SoupMessage   *message,
              char         **out_message,
              const char   **out_detail_id)
{
  GTlsCertificateFlags flags = message != NULL ? soup_message_get_tls_peer_certificate_errors (message) : 0;

  if (g_error_matches (error, G_TLS_ERROR, G_TLS_ERROR_BAD_CERTIFICATE) && flags != 0)
    {
      GTlsCertificate *cert = soup_message_get_tls_peer_certificate (message);
      g_autoptr(ScTlsInfo) info = cert != NULL ? sc_tls_info_new_from_certificate (cert, flags, NULL) : NULL;
      g_autofree char *problems = info != NULL ? sc_tls_info_describe_errors (info) : NULL;

      *out_detail_id = sc_tls_error_detail_id (flags);
      *out_message = g_strdup_printf (_("The site’s certificate was refused: %s."),
                                      problems != NULL ? problems : _("it could not be verified"));
      return SC_ERROR_KIND_TLS;
    }

  *out_message = with_detail (g_strdup (_("The secure (TLS) connection could not be set up. The server may not speak https on this port, or it offers only protocols or ciphers that are no longer considered safe.")),
                              error);
  return SC_ERROR_KIND_TLS;
}

/* libsoup stops reading headers beyond 64 kB with the same code as for a
 * connection closed early; only its message, translated in its own domain,
 * tells the two apart. */
static gboolean
is_header_too_big (const GError *error)
{
  return g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT) &&
         (g_str_equal (error->message, "Header too big") ||
          g_str_equal (error->message, g_dgettext ("libsoup-3.0", "Header too big")));
}

static ScErrorKind
classify_io (const GError  *error,
             GUri          *uri,
             guint          timeout,
             char         **out_message,
             const char   **out_detail_id)
{
  g_autofree char *where = host_port (uri);

  if (is_header_too_big (error))
    {
      *out_message = with_detail (g_strdup_printf (_("%s sent more than 64 kB of headers, more than browsers accept, so the answer cannot be read. An application or proxy that repeats a header, or very large cookies, usually cause this."),
                                                   where), error);
      return SC_ERROR_KIND_PROTOCOL;
    }

  switch (error->code)
    {
    case G_IO_ERROR_CONNECTION_REFUSED:
      *out_message = g_strdup_printf (_("%s refused the connection: no web server is listening on that port, or a firewall turned the connection away."),
                                      where);
      return SC_ERROR_KIND_CONNECTION_REFUSED;

    case G_IO_ERROR_TIMED_OUT:
      *out_message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "%s stopped answering: nothing arrived for %u second.",
                                                   "%s stopped answering: nothing arrived for %u seconds.",
                                                   timeout),
                                      where, timeout);
      return SC_ERROR_KIND_TIMEOUT;

    case G_IO_ERROR_PARTIAL_INPUT:
    case G_IO_ERROR_CONNECTION_CLOSED:  /* the same value as BROKEN_PIPE */
    case G_IO_ERROR_NOT_CONNECTED:
      *out_detail_id = "closed-without-answer";
      *out_message = with_detail (g_strdup_printf (_("%s closed the connection without a complete answer. A crashed server process, a firewall, or an nginx “return 444” rule does this."),
                                                   where), error);
      return SC_ERROR_KIND_PROTOCOL;

    case G_IO_ERROR_HOST_UNREACHABLE:
    case G_IO_ERROR_NETWORK_UNREACHABLE:
      *out_message = with_detail (g_strdup_printf (_("%s cannot be reached from this computer: there is no route to it. Check your own connection, VPN and firewall."),
                                                   where), error);
      return SC_ERROR_KIND_NETWORK;

    default:
      *out_message = with_detail (g_strdup_printf (_("The connection to %s failed."), where), error);
      return SC_ERROR_KIND_NETWORK;
    }
}

/* Time ran out on a server that took the connection: nothing of an
 * answer came (the request went out, or the secure handshake never
 * finished).  That is a stuck server, not an unreachable one, and is told
 * apart from a connection that never opened.  A server that began to
 * answer and stalled keeps the general timeout. */
static gboolean
accepted_but_silent (SoupMessage  *message,
                     GUri         *uri,
                     guint         timeout,
                     char        **out_message,
                     const char  **out_detail_id)
{
  SoupMessageMetrics *metrics = message != NULL ? soup_message_get_metrics (message) : NULL;
  g_autofree char *where = NULL;

  if (metrics == NULL || soup_message_metrics_get_response_start (metrics) != 0 ||
      soup_message_metrics_get_response_header_bytes_received (metrics) != 0)
    return FALSE;
  where = host_port (uri);
  if (soup_message_metrics_get_request_start (metrics) != 0)
    *out_message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 "%s accepted the connection and was sent the request, but sent nothing back within %u second (the time allowed for the whole check). The web server runs but does not answer: it is stuck or overloaded, or waits on something behind it.",
                                                 "%s accepted the connection and was sent the request, but sent nothing back within %u seconds (the time allowed for the whole check). The web server runs but does not answer: it is stuck or overloaded, or waits on something behind it.",
                                                 timeout),
                                    where, timeout);
  else if (soup_message_metrics_get_tls_start (metrics) != 0)
    *out_message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 "%s accepted the connection, but did not finish setting up the secure (TLS) connection within %u second (the time allowed for the whole check). The server is stuck or overloaded, or the port does not speak https.",
                                                 "%s accepted the connection, but did not finish setting up the secure (TLS) connection within %u seconds (the time allowed for the whole check). The server is stuck or overloaded, or the port does not speak https.",
                                                 timeout),
                                    where, timeout);
  else
    return FALSE;
  *out_detail_id = "timeout-no-answer";
  return TRUE;
}

ScErrorKind
sc_checker_classify_error (const GError  *error,
                           SoupMessage   *message,
                           GUri          *uri,
                           gboolean       deadline_passed,
                           guint          timeout,
                           char         **out_message,
                           const char   **out_detail_id)
{
  *out_detail_id = NULL;

  if (deadline_passed && accepted_but_silent (message, uri, timeout, out_message, out_detail_id))
    return SC_ERROR_KIND_TIMEOUT;
  if (deadline_passed)
    {
      g_autofree char *where = host_port (uri);
      *out_message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "No complete answer within %u second (the time allowed for the whole check, redirects included); the last request went to %s.",
                                                   "No complete answer within %u seconds (the time allowed for the whole check, redirects included); the last request went to %s.",
                                                   timeout),
                                      timeout, where);
      return SC_ERROR_KIND_TIMEOUT;
    }

  if (error->domain == G_RESOLVER_ERROR)
    return classify_resolver (error, uri, out_message);
  if (error->domain == G_TLS_ERROR)
    return classify_tls (error, message, out_message, out_detail_id);
  if (error->domain == SOUP_SESSION_ERROR)
    {
      *out_message = with_detail (g_strdup (_("The server’s answer is not valid HTTP, so it cannot be read. The port may belong to another kind of service, or the server is broken.")),
                                  error);
      return SC_ERROR_KIND_PROTOCOL;
    }
  if (error->domain == G_IO_ERROR)
    return classify_io (error, uri, timeout, out_message, out_detail_id);

  *out_message = with_detail (g_strdup (_("The request failed.")), error);
  return SC_ERROR_KIND_NETWORK;
}

/* The connection to the proxy this computer is set to use failed before
 * the site was asked anything: saying that the site refused or timed out
 * would send the admin to the wrong machine. */
ScErrorKind
sc_checker_classify_proxy_error (const GError  *error,
                                 const char    *proxy,
                                 gboolean       deadline_passed,
                                 guint          timeout,
                                 char         **out_message,
                                 const char   **out_detail_id)
{
  *out_detail_id = "proxy-unreachable";
  if (deadline_passed)
    *out_message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 "The proxy server %s, which this computer is set to use, did not take the connection within %u second, so the site itself was not contacted.",
                                                 "The proxy server %s, which this computer is set to use, did not take the connection within %u seconds, so the site itself was not contacted.",
                                                 timeout),
                                    proxy, timeout);
  else
    *out_message = with_detail (g_strdup_printf (_("The proxy server %s, which this computer is set to use, could not be reached, so the site itself was not contacted."),
                                                 proxy), error);
  return SC_ERROR_KIND_NETWORK;
}
