/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sc-catalog.h"
#include "sc-checker-private.h"
#include "sc-diagnosis.h"
#include "sc-result-private.h"
#include "sc-text.h"
#include "sc-url.h"

/* One check: a chain of requests, one per redirect, followed by hand so that
 * every hop is recorded.  A single deadline covers the whole chain; libsoup's
 * own timeout only notices a socket that goes silent. */

/* Headers kept per hop; a hostile server may send thousands. */
#define MAX_HEADERS_KEPT 200

/* How much of the final page is read for the diagnosis. */
#define SC_BODY_SNIFF_BYTES (32 * 1024)

/* A page from which nothing more arrives for this long has stalled; with a
 * short time limit for the whole check, half of it. */
#define SC_BODY_STALL_SECONDS 5

/* How long the proxy resolver may take to say whether a failure before
 * any connection was the proxy's (see ask_proxy_resolver()). */
#define PROXY_LOOKUP_GRACE_MS 2000

/* Interim (1xx) answers accepted before the final one; a real server sends
 * one or two. */
#define MAX_INTERIM_ANSWERS 100

typedef struct {
  ScChecker     *checker;
  ScCheckResult *result;
  GCancellable  *cancellable;      /* ours: cancelled by the deadline or the caller */
  GCancellable  *caller_cancellable;
  gulong         caller_handler;
  guint          deadline_id;
  guint          stall_id;         /* no byte of the page for a while */
  gboolean       deadline_passed;
  gint64         started_at;
  SoupCookieJar *cookies;          /* per check, in memory only; made by the first cookie */
  GHashTable    *visited;          /* url + cookies already requested */
  GUri          *uri;              /* what the current hop requests */
  char          *uri_shown;        /* the same, as shown: see sc_url_to_display() */
  SoupMessage   *message;
  ScHop         *hop;
  char          *method;
  gboolean       tried_get;        /* HEAD was refused and GET tried once */
  guint          n_redirects;
  guint          n_interim;        /* 1xx answers to the current request */
  gboolean       interim_flood;    /* too many of them: cancelled */
  gboolean       switched;         /* a 101 came: cancelled, and it is the answer */
  char          *proxy;            /* "address:port" of the proxy the hop's new connection goes to */
  gboolean       connecting;       /* the hop started a new connection */
  gboolean       connected;        /* ... and made it */
  GError        *failure;          /* kept while the proxy resolver is asked who failed */
  GCancellable  *lookup_cancellable;
  guint          lookup_timeout_id;
  char          *body_buffer;      /* being read into */
  gsize          body_length;      /* bytes in it */
  guint          stall_ms;
  gboolean       body_stalled;
  GBytes        *body;             /* the start of the final page, for the diagnosis */
} Check;

static void send_hop (GTask *task);

static void
check_free (Check *check)
{
  g_clear_handle_id (&check->deadline_id, g_source_remove);
  g_clear_handle_id (&check->stall_id, g_source_remove);
  g_clear_handle_id (&check->lookup_timeout_id, g_source_remove);
  if (check->caller_handler != 0)
    g_cancellable_disconnect (check->caller_cancellable, check->caller_handler);
  g_clear_object (&check->caller_cancellable);
  g_clear_object (&check->cancellable);
  g_clear_object (&check->lookup_cancellable);
  g_clear_object (&check->checker);
  g_clear_object (&check->result);
  g_clear_object (&check->cookies);
  g_clear_pointer (&check->visited, g_hash_table_unref);
  g_clear_pointer (&check->uri, g_uri_unref);
  g_free (check->uri_shown);
  g_clear_object (&check->message);
  g_clear_object (&check->hop);
  g_free (check->method);
  g_free (check->proxy);
  g_clear_error (&check->failure);
  g_free (check->body_buffer);
  g_clear_pointer (&check->body, g_bytes_unref);
  g_free (check);
}

static gboolean
on_deadline (gpointer user_data)
{
  Check *check = user_data;

  check->deadline_id = 0;
  check->deadline_passed = TRUE;
  g_cancellable_cancel (check->cancellable);
  return G_SOURCE_REMOVE;
}

static void
on_caller_cancelled (GCancellable *caller,
                     Check        *check)
{
  g_cancellable_cancel (check->cancellable);
  if (check->lookup_cancellable != NULL)
    g_cancellable_cancel (check->lookup_cancellable);
}

static void
set_entry (ScCheckResult  *result,
           ScCatalogEntry *entry)
{
  g_set_object (&result->entry, entry);
}

/* Ends the check with a failure of @kind; a hop under way is kept, so a
 * timeout on the second hop still shows the first. */
static void
finish (GTask *task)
{
  Check *check = g_task_get_task_data (task);
  ScCheckResult *result = check->result;

  g_clear_handle_id (&check->deadline_id, g_source_remove);
  if (check->started_at != 0)
    result->total_us = g_get_monotonic_time () - check->started_at;
  if (result->error_kind == SC_ERROR_KIND_NONE)
    result->status_class = sc_catalog_entry_get_class (result->entry);
  else
    result->status_class = SC_STATUS_CLASS_FAILURE;

  sc_diagnosis_run (result, check->body);
  g_task_return_pointer (task, g_object_ref (result), g_object_unref);
}

static void
fail (GTask       *task,
      ScErrorKind  kind,
      char        *message,
      const char  *detail_id)
{
  Check *check = g_task_get_task_data (task);
  ScCatalog *catalog = sc_catalog_get_default (NULL);

  ScHop *last = check->result->hops->len > 0
                ? g_ptr_array_index (check->result->hops, check->result->hops->len - 1) : NULL;

  /* A failure after an answer (a loop, a refused redirect target) still
   * reports the last status that came. */
  if (last != NULL && last->status != 0)
    {
      check->result->status = last->status;
      g_free (check->result->reason);
      check->result->reason = g_strdup (last->reason);
    }
  check->result->error_kind = kind;
  check->result->error_detail = detail_id;
  g_free (check->result->error_message);
  check->result->error_message = message;
  set_entry (check->result, sc_catalog_lookup_failure (catalog, kind, detail_id));
  finish (task);
}

static const char *
http_version_name (SoupHTTPVersion version)
{
  switch (version)
    {
    case SOUP_HTTP_1_0: return "HTTP/1.0";
    case SOUP_HTTP_1_1: return "HTTP/1.1";
    case SOUP_HTTP_2_0: return "HTTP/2";
    default: return NULL;
    }
}

static gint64
span (guint64 from,
      guint64 to)
{
  return (from != 0 && to != 0 && to >= from) ? (gint64) (to - from) : -1;
}

/* libsoup's metrics are absolute times, 0 for a phase that did not happen.
 * connect_end comes after the TLS handshake, which starts at tls_start. */
static void
record_timing (ScHop       *hop,
               SoupMessage *message)
{
  SoupMessageMetrics *m = soup_message_get_metrics (message);
  guint64 connect_start, connect_end, tls_start;

  if (m == NULL)
    return;

  connect_start = soup_message_metrics_get_connect_start (m);
  connect_end = soup_message_metrics_get_connect_end (m);
  tls_start = soup_message_metrics_get_tls_start (m);

  hop->timing.reused_connection = connect_start == 0;
  /* For an address such as 127.0.0.1 nothing is looked up: what libsoup
   * times as resolving is then the proxy lookup of the first connection,
   * which is not DNS.  The phase is left unknown; the hop's total keeps
   * the time. */
  if (g_hostname_is_ip_address (g_uri_get_host (soup_message_get_uri (message))))
    hop->timing.dns_us = -1;
  else
    hop->timing.dns_us = span (soup_message_metrics_get_dns_start (m), soup_message_metrics_get_dns_end (m));
  hop->timing.connect_us = span (connect_start, tls_start != 0 ? tls_start : connect_end);
  hop->timing.tls_us = span (tls_start, connect_end);
  hop->timing.first_byte_us = span (soup_message_metrics_get_request_start (m),
                                    soup_message_metrics_get_response_start (m));
  hop->timing.total_us = span (soup_message_metrics_get_fetch_start (m),
                               soup_message_metrics_get_response_start (m));
}

/* "address:port", as a proxy is named in messages and in proxy_peers. */
static char *
describe_peer (GInetSocketAddress *address)
{
  g_autofree char *ip = g_inet_address_to_string (g_inet_socket_address_get_address (address));

  return g_strdup_printf (strchr (ip, ':') != NULL ? "[%s]:%u" : "%s:%u", ip,
                          g_inet_socket_address_get_port (address));
}

/* The peer is the proxy of the checking side when the connection went to
 * one: the answer may then be the proxy's own. */
static void
record_peer (ScHop       *hop,
             SoupMessage *message,
             ScChecker   *checker)
{
  GSocketAddress *address = soup_message_get_remote_address (message);
  g_autofree char *peer = NULL;
  GInetAddress *inet;

  if (!G_IS_INET_SOCKET_ADDRESS (address))
    return;
  inet = g_inet_socket_address_get_address (G_INET_SOCKET_ADDRESS (address));
  g_free (hop->remote_address);
  hop->remote_address = g_inet_address_to_string (inet);
  hop->ip_family = g_inet_address_get_family (inet) == G_SOCKET_FAMILY_IPV6 ? "ipv6" : "ipv4";
  peer = describe_peer (G_INET_SOCKET_ADDRESS (address));
  if (g_hash_table_contains (checker->proxy_peers, peer))
    {
      g_free (hop->proxy);
      hop->proxy = g_steal_pointer (&peer);
    }
}

static void
record_tls (ScHop       *hop,
            SoupMessage *message,
            GDateTime   *now)
{
  GTlsCertificate *cert = soup_message_get_tls_peer_certificate (message);

  if (cert == NULL)
    return;
  g_clear_object (&hop->tls);
  hop->tls = sc_tls_info_new_from_certificate (cert,
                                               soup_message_get_tls_peer_certificate_errors (message),
                                               now);
}

static void
record_headers (ScHop       *hop,
                SoupMessage *message)
{
  SoupMessageHeadersIter iter;
  const char *name, *value;
  guint n = 0;

  soup_message_headers_iter_init (&iter, soup_message_get_response_headers (message));
  while (soup_message_headers_iter_next (&iter, &name, &value) && n++ < MAX_HEADERS_KEPT)
    {
      g_autofree char *safe_name = sc_text_sanitize (name, -1, 128);
      g_autofree char *safe_value = NULL;

      /* A redirect target may carry a user name and password. */
      if (g_ascii_strcasecmp (name, "Location") == 0 || g_ascii_strcasecmp (name, "Content-Location") == 0)
        safe_value = sc_url_redact_string (value);
      else
        safe_value = sc_text_sanitize (value, -1, SC_TEXT_MAX_CHARS);
      sc_hop_add_header (hop, safe_name, safe_value);
    }
}

/* Whatever the request got, even when it then failed. */
static void
record_hop (Check *check)
{
  ScHop *hop = check->hop;
  SoupMessage *message = check->message;

  record_timing (hop, message);
  record_peer (hop, message, check->checker);
  record_tls (hop, message, check->result->checked_at);
}

static void
record_answer (Check *check)
{
  ScHop *hop = check->hop;
  SoupMessage *message = check->message;
  const char *location;

  hop->status = soup_message_get_status (message);
  /* libsoup says HTTP/1.1 before any answer came: only an answer has one. */
  hop->http_version = http_version_name (soup_message_get_http_version (message));
  hop->reason = sc_text_sanitize (soup_message_get_reason_phrase (message), -1, 256);
  location = soup_message_headers_get_one (soup_message_get_response_headers (message), "Location");
  hop->location = location != NULL ? sc_url_redact_string (location) : NULL;
  record_headers (hop, message);
}

static void
store_cookies (Check *check)
{
  GSList *cookies = soup_cookies_from_response (check->message);

  /* Most sites set no cookie: the jar is made only for those that do. */
  if (cookies != NULL && check->cookies == NULL)
    check->cookies = soup_cookie_jar_new ();
  for (GSList *l = cookies; l != NULL; l = l->next)
    soup_cookie_jar_add_cookie_full (check->cookies, l->data, check->uri, check->uri);
  g_slist_free (cookies);
}

static char *
cookies_for (Check *check,
             GUri  *uri)
{
  if (check->cookies == NULL)
    return NULL;
  return soup_cookie_jar_get_cookies (check->cookies, uri, TRUE);
}

/* Every hop's URL is shown in the result, so it is worked out once. */
static void
set_uri (Check *check,
         GUri  *uri)
{
  g_clear_pointer (&check->uri, g_uri_unref);
  g_free (check->uri_shown);
  check->uri = uri;
  check->uri_shown = sc_url_to_display (uri);
}

static gboolean
on_accept_certificate (SoupMessage          *message,
                       GTlsCertificate      *certificate,
                       GTlsCertificateFlags  errors,
                       Check                *check)
{
  return check->checker->ignore_tls_errors;
}

static gboolean
is_redirect (guint status)
{
  return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

/* The final answer of the chain. */
static void
conclude (GTask *task)
{
  Check *check = g_task_get_task_data (task);
  ScCheckResult *result = check->result;
  ScHop *hop = check->hop;

  result->status = hop->status;
  result->reason = g_strdup (hop->reason);
  g_free (result->method);
  result->method = g_strdup (hop->method);
  set_entry (result, sc_catalog_lookup_status (sc_catalog_get_default (NULL), hop->status));
  finish (task);
}

static char *
visit_key (Check *check,
           GUri  *uri)
{
  g_autofree char *url = g_uri_to_string_partial (uri, G_URI_HIDE_FRAGMENT);
  g_autofree char *cookies = cookies_for (check, uri);

  return g_strdup_printf ("%s\n%s", url, cookies != NULL ? cookies : "");
}

/* The first URL is held to SC_URL_MAX_LENGTH in sc_url_normalize(); a
 * redirect target longer than that is refused too, rather than sent. */
static gboolean
target_too_long (GTask *task,
                 GUri  *target)
{
  g_autofree char *full = g_uri_to_string (target);
  g_autofree char *shown = NULL;
  g_autofree char *start = NULL;
  gsize length = strlen (full);

  if (length <= SC_URL_MAX_LENGTH)
    return FALSE;
  shown = sc_url_to_display (target);
  start = sc_text_sanitize (shown, -1, 80);
  fail (task, SC_ERROR_KIND_INVALID_URL,
        g_strdup_printf (_("The redirect target is too long: %zu characters, where the limit is %d, so it was not followed. It begins “%s”."),
                         length, SC_URL_MAX_LENGTH, start),
        NULL);
  return TRUE;
}

/* Follows the Location of the current hop, or ends the check when that is
 * not possible or would go round in a circle. */
static void
follow (GTask      *task,
        const char *location)
{
  Check *check = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GUri) target = NULL;
  g_autofree char *key = NULL;
  ScErrorKind kind;
  char *message = NULL;

  target = g_uri_parse_relative (check->uri, location, SOUP_HTTP_URI_FLAGS, &error);
  if (target == NULL)
    {
      g_autofree char *shown = sc_url_redact_string (location);
      fail (task, SC_ERROR_KIND_INVALID_URL,
            g_strdup_printf (_("The server redirected to “%s”, which is not a valid address."), shown),
            NULL);
      return;
    }
  if (target_too_long (task, target))
    return;
  if (!sc_url_check_target (target, &kind, &message))
    {
      g_autofree char *shown = sc_url_redact_string (location);
      fail (task, kind,
            g_strdup_printf (_("The server redirected to “%s”, which was not followed: %s"), shown, message),
            NULL);
      g_free (message);
      return;
    }

  check->hop->redirected = TRUE;
  check->n_redirects++;
  if (check->n_redirects > check->checker->max_redirects)
    {
      check->hop->redirected = FALSE;
      fail (task, SC_ERROR_KIND_TOO_MANY_REDIRECTS,
            g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "The site redirected more than %u time; the check stopped there.",
                                          "The site redirected more than %u times; the check stopped there.",
                                          check->checker->max_redirects),
                             check->checker->max_redirects),
            NULL);
      return;
    }

  /* The same URL with the same cookies means the next answer can only be
   * the same: that is a loop.  A new cookie makes it a different request. */
  key = visit_key (check, target);
  if (g_hash_table_contains (check->visited, key))
    {
      g_autofree char *shown = sc_url_to_display (target);
      check->hop->redirected = FALSE;
      fail (task, SC_ERROR_KIND_REDIRECT_LOOP,
            g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "The redirects go round in a circle: “%s” was reached a second time after %u redirect.",
                                          "The redirects go round in a circle: “%s” was reached a second time after %u redirects.",
                                          check->n_redirects),
                             shown, check->n_redirects),
            NULL);
      return;
    }

  /* 303 means "fetch the answer elsewhere with GET"; HEAD stays HEAD. */
  if (check->hop->status == 303 && !g_str_equal (check->method, "HEAD"))
    {
      g_free (check->method);
      check->method = g_strdup ("GET");
    }
  set_uri (check, g_steal_pointer (&target));
  send_hop (task);
}

static void
on_stream_closed (GObject      *source,
                  GAsyncResult *res,
                  gpointer      user_data)
{
  g_input_stream_close_finish (G_INPUT_STREAM (source), res, NULL);
}

/* Closing a body we do not want means an endless body costs as little as
 * an empty one.  Over HTTP/1.1 libsoup then drops the connection instead of
 * draining it, which is what we want. */
static void
close_stream (GInputStream *stream)
{
  g_input_stream_close_async (stream, G_PRIORITY_DEFAULT, NULL, on_stream_closed, NULL);
}

static void read_body (GTask        *task,
                       GInputStream *stream);

static gboolean
on_body_stalled (gpointer user_data)
{
  Check *check = user_data;

  check->stall_id = 0;
  check->body_stalled = TRUE;
  g_cancellable_cancel (check->cancellable);
  return G_SOURCE_REMOVE;
}

static void
on_body_read (GObject      *source,
              GAsyncResult *res,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Check *check = g_task_get_task_data (task);
  GInputStream *stream = G_INPUT_STREAM (source);
  gssize n_read = g_input_stream_read_finish (stream, res, NULL);

  g_clear_handle_id (&check->stall_id, g_source_remove);
  if (n_read > 0)
    {
      check->body_length += n_read;
      if (check->body_length < SC_BODY_SNIFF_BYTES && !g_cancellable_is_cancelled (check->cancellable))
        {
          read_body (task, stream);
          return;
        }
    }

  /* The end, enough of it, or a body cut short: that is still a body, as
   * the answer itself already came. */
  close_stream (stream);
  if (g_cancellable_is_cancelled (check->cancellable) && !check->deadline_passed && !check->body_stalled)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "Operation was cancelled");
      return;
    }
  if (check->body_stalled)
    check->result->body_stalled_seconds = MAX (check->stall_ms / 1000, 1);
  else if (check->deadline_passed)
    check->result->body_out_of_time = TRUE;
  check->result->body_bytes = check->body_length;
  check->body = g_bytes_new_take (g_steal_pointer (&check->body_buffer), check->body_length);
  conclude (task);
}

static void
read_body (GTask        *task,
           GInputStream *stream)
{
  Check *check = g_task_get_task_data (task);

  /* Not g_timeout_add_seconds(): that may fire up to a second early, and the
   * finding says how long the page was silent. */
  check->stall_id = g_timeout_add (check->stall_ms, on_body_stalled, check);
  g_input_stream_read_async (stream, check->body_buffer + check->body_length,
                             SC_BODY_SNIFF_BYTES - check->body_length, G_PRIORITY_DEFAULT,
                             check->cancellable, on_body_read, g_object_ref (task));
}

/* The start of the final page tells a captcha, a firewall's block page or a
 * parked domain from the real site.  Only the first SC_BODY_SNIFF_BYTES
 * are read; the rest is never downloaded.  A page that stops arriving is
 * noted for the diagnosis rather than waited for until the deadline. */
static void
sniff_body (GTask        *task,
            GInputStream *stream)
{
  Check *check = g_task_get_task_data (task);

  check->body_buffer = g_malloc (SC_BODY_SNIFF_BYTES);
  check->body_length = 0;
  check->stall_ms = check->checker->body_stall_ms;
  if (check->stall_ms == 0)
    check->stall_ms = 1000 * MIN (SC_BODY_STALL_SECONDS, MAX (check->checker->timeout / 2, 1));
  read_body (task, stream);
}

static void
take_hop (Check *check)
{
  g_ptr_array_add (check->result->hops, g_object_ref (check->hop));
}

/* Who failed: the site, or the proxy this computer sends its requests
 * through, when the connection to that proxy was not made. */
static void
fail_with_error (GTask        *task,
                 const GError *error)
{
  Check *check = g_task_get_task_data (task);
  ScErrorKind kind;
  char *message;
  const char *detail_id;

  if (check->proxy != NULL && !check->connected)
    kind = sc_checker_classify_proxy_error (error, check->proxy, check->deadline_passed,
                                            check->checker->timeout, &message, &detail_id);
  else
    kind = sc_checker_classify_error (error, check->message, check->uri, check->deadline_passed,
                                      check->checker->timeout, &message, &detail_id);
  fail (task, kind, message, detail_id);
}

/* A proxy whose name does not resolve, or that is still being looked up at
 * the deadline, fails before any connection starts, just as a site whose
 * name does not resolve: only the proxy resolver can tell them apart. */
static gboolean
failed_before_connecting (Check        *check,
                          const GError *error)
{
  SoupMessageMetrics *metrics = soup_message_get_metrics (check->message);

  /* A reused connection starts no connection either, but it sends the
   * request. */
  if (metrics != NULL && soup_message_metrics_get_request_start (metrics) != 0)
    return FALSE;
  return !check->checker->no_proxy && !check->connecting &&
         (error->domain == G_RESOLVER_ERROR || check->deadline_passed);
}

/* "host:port" of a proxy URI, never its user name or password. */
static char *
describe_proxy (const char *proxy_uri)
{
  g_autoptr(GUri) uri = g_uri_parse (proxy_uri, G_URI_FLAGS_NONE, NULL);
  g_autofree char *host = NULL;

  if (uri == NULL || g_uri_get_host (uri) == NULL)
    return g_strdup ("?");
  host = sc_text_sanitize (g_uri_get_host (uri), -1, 255);
  if (g_uri_get_port (uri) < 0)
    return g_steal_pointer (&host);
  return g_strdup_printf (strchr (host, ':') != NULL ? "[%s]:%d" : "%s:%d", host, g_uri_get_port (uri));
}

static void
on_proxy_lookup (GObject      *source,
                 GAsyncResult *res,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Check *check = g_task_get_task_data (task);
  g_auto(GStrv) proxies = g_proxy_resolver_lookup_finish (G_PROXY_RESOLVER (source), res, NULL);

  g_clear_handle_id (&check->lookup_timeout_id, g_source_remove);
  /* With "direct://" among them, the direct attempt came last and failed:
   * that failure is the site's. */
  if (proxies != NULL && proxies[0] != NULL && !g_strv_contains ((const char * const *) proxies, "direct://"))
    check->proxy = describe_proxy (proxies[0]);
  fail_with_error (task, check->failure);
}

static gboolean
on_lookup_timeout (gpointer user_data)
{
  Check *check = user_data;

  check->lookup_timeout_id = 0;
  g_cancellable_cancel (check->lookup_cancellable);
  return G_SOURCE_REMOVE;
}

/* The same question GLib asked before connecting: scheme, host and port,
 * never the path, the query or a password.  A resolver that is slow (a
 * PAC file that does not load) gets PROXY_LOOKUP_GRACE_MS past the
 * deadline, and the caller's cancel stops it at once; without an answer
 * the failure counts as the site's. */
static void
ask_proxy_resolver (GTask *task)
{
  Check *check = g_task_get_task_data (task);
  GProxyResolver *resolver = soup_session_get_proxy_resolver (check->checker->session);
  const char *scheme = g_uri_get_scheme (check->uri);
  int port = g_uri_get_port (check->uri);
  g_autofree char *uri = NULL;

  if (resolver == NULL)
    {
      fail_with_error (task, check->failure);
      return;
    }
  if (port < 0)
    port = g_str_equal (scheme, "https") ? 443 : 80;
  uri = g_uri_join (G_URI_FLAGS_NONE, scheme, NULL, g_uri_get_host (check->uri), port, "", NULL, NULL);
  check->lookup_cancellable = g_cancellable_new ();
  if (check->caller_cancellable != NULL && g_cancellable_is_cancelled (check->caller_cancellable))
    g_cancellable_cancel (check->lookup_cancellable);
  check->lookup_timeout_id = g_timeout_add (PROXY_LOOKUP_GRACE_MS, on_lookup_timeout, check);
  g_proxy_resolver_lookup_async (resolver, uri, check->lookup_cancellable, on_proxy_lookup, g_object_ref (task));
}

static void
on_sent (GObject      *source,
         GAsyncResult *res,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Check *check = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GInputStream) stream = NULL;
  const char *location;
  guint status;

  stream = soup_session_send_finish (SOUP_SESSION (source), res, &error);
  record_hop (check);

  if (stream == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) &&
          !check->deadline_passed && !check->interim_flood && !check->switched)
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
      take_hop (check);
      if (check->switched)
        {
          conclude (task);
          return;
        }
      if (check->interim_flood)
        {
          fail (task, SC_ERROR_KIND_PROTOCOL,
                g_strdup_printf (_("The server sent more than %d interim (1xx) answers to one request without a final answer; the check stopped there. A broken server or proxy does this."),
                                 MAX_INTERIM_ANSWERS),
                NULL);
          return;
        }
      if (failed_before_connecting (check, error))
        {
          check->failure = g_steal_pointer (&error);
          ask_proxy_resolver (task);
        }
      else
        fail_with_error (task, error);
      return;
    }

  record_answer (check);
  store_cookies (check);
  status = check->hop->status;

  if (g_str_equal (check->method, "HEAD") && status >= 400 && !check->tried_get)
    {
      /* Many servers refuse or mishandle HEAD; ask once more with GET and
       * remember what HEAD said. */
      guint head_status = status;

      close_stream (stream);
      check->tried_get = TRUE;
      g_free (check->method);
      check->method = g_strdup ("GET");
      send_hop (task);
      check->hop->head_status = head_status;
      return;
    }

  take_hop (check);
  location = soup_message_headers_get_one (soup_message_get_response_headers (check->message), "Location");
  if (is_redirect (status) && location != NULL && location[0] != '\0')
    {
      close_stream (stream);
      follow (task, location);
    }
  else if (g_str_equal (check->method, "GET"))
    sniff_body (task, stream);
  else
    {
      close_stream (stream);
      conclude (task);
    }
}

/* When a proxy is used, the address being connected to is the proxy's:
 * a failure before the connection is made is then the proxy's. */
static void
on_network_event (SoupMessage        *message,
                  GSocketClientEvent  event,
                  GIOStream          *connection,
                  Check              *check)
{
  g_autoptr(GSocketAddress) address = NULL;

  if (event == G_SOCKET_CLIENT_CONNECTED)
    check->connected = TRUE;
  if (event != G_SOCKET_CLIENT_CONNECTING || !G_IS_SOCKET_CONNECTION (connection))
    return;
  check->connecting = TRUE;
  address = g_socket_connection_get_remote_address (G_SOCKET_CONNECTION (connection), NULL);
  g_clear_pointer (&check->proxy, g_free);
  /* Not a proxy: a direct connection, perhaps after the proxy failed (a
   * PAC file may list "direct://" after the proxy). */
  if (!G_IS_PROXY_ADDRESS (address))
    return;

  /* The proxy's own address, never its URI: that may hold a password. */
  check->proxy = describe_peer (G_INET_SOCKET_ADDRESS (address));
  g_hash_table_add (check->checker->proxy_peers, g_strdup (check->proxy));
}

/* libsoup reads 1xx answers one after another without returning to the
 * main loop while more are waiting, so a server that sends them without
 * end would hold off the deadline and the caller's cancel for ever. */
static void
on_got_informational (SoupMessage *message,
                      Check       *check)
{
  /* After a 101 libsoup stops reading and waits for its caller to take
   * the connection over, as a WebSocket client would; the check asked for
   * no new protocol, so it would wait there until its deadline.  The 101
   * is the answer: recorded now, while the message still holds it. */
  if (soup_message_get_status (message) == SOUP_STATUS_SWITCHING_PROTOCOLS)
    {
      record_answer (check);
      check->switched = TRUE;
      g_cancellable_cancel (check->cancellable);
      return;
    }
  if (++check->n_interim <= MAX_INTERIM_ANSWERS)
    return;
  check->interim_flood = TRUE;
  g_cancellable_cancel (check->cancellable);
}

static void
send_hop (GTask *task)
{
  Check *check = g_task_get_task_data (task);
  ScChecker *checker = check->checker;
  SoupMessageHeaders *headers;
  g_autofree char *cookies = NULL;

  g_hash_table_add (check->visited, visit_key (check, check->uri));

  g_clear_object (&check->message);
  check->message = soup_message_new_from_uri (check->method, check->uri);
  soup_message_add_flags (check->message, SOUP_MESSAGE_NO_REDIRECT | SOUP_MESSAGE_COLLECT_METRICS);
  if (g_str_equal (g_uri_get_scheme (check->uri), "https"))
    g_signal_connect (check->message, "accept-certificate", G_CALLBACK (on_accept_certificate), check);
  g_signal_connect (check->message, "got-informational", G_CALLBACK (on_got_informational), check);
  if (!checker->no_proxy)
    g_signal_connect (check->message, "network-event", G_CALLBACK (on_network_event), check);
  check->n_interim = 0;
  check->connecting = FALSE;
  check->connected = FALSE;
  g_clear_pointer (&check->proxy, g_free);

  headers = soup_message_get_request_headers (check->message);
  soup_message_headers_replace (headers, "User-Agent", checker->user_agent);
  soup_message_headers_replace (headers, "Accept", checker->accept);
  cookies = cookies_for (check, check->uri);
  if (cookies != NULL)
    soup_message_headers_replace (headers, "Cookie", cookies);

  g_clear_object (&check->hop);
  check->hop = sc_hop_new (check->uri_shown, check->method);
  g_free (check->result->final_url);
  check->result->final_url = g_strdup (check->uri_shown);

  soup_session_send_async (checker->session, check->message, G_PRIORITY_DEFAULT,
                           check->cancellable, on_sent, g_object_ref (task));
}

void
sc_checker_check_async (ScChecker           *self,
                        const char          *input,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GUri) uri = NULL;
  ScErrorKind kind = SC_ERROR_KIND_NONE;
  char *message = NULL;
  Check *check;

  g_return_if_fail (SC_IS_CHECKER (self));
  g_return_if_fail (input != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, sc_checker_check_async);

  check = g_new0 (Check, 1);
  check->checker = g_object_ref (self);
  check->result = sc_check_result_new (input);
  /* Whole seconds, as the reports write it, so that a saved result reads
   * back equal to the one checked. */
  check->result->checked_at = g_date_time_new_from_unix_utc (g_get_real_time () / G_USEC_PER_SEC);
  check->result->method = g_strdup (self->method);
  check->method = g_strdup (self->method);
  check->cancellable = g_cancellable_new ();
  check->visited = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_task_set_task_data (task, check, (GDestroyNotify) check_free);

  uri = sc_url_normalize (input, &kind, &message);
  if (uri == NULL)
    {
      fail (task, kind, message, NULL);
      return;
    }

  set_uri (check, g_steal_pointer (&uri));
  check->result->url = g_strdup (check->uri_shown);
  check->result->host = sc_url_host_for_display (check->uri);

  if (cancellable != NULL)
    {
      check->caller_cancellable = g_object_ref (cancellable);
      check->caller_handler = g_cancellable_connect (cancellable, G_CALLBACK (on_caller_cancelled),
                                                     check, NULL);
    }
  check->started_at = g_get_monotonic_time ();
  check->deadline_id = g_timeout_add (self->timeout * 1000, on_deadline, check);

  send_hop (task);
}

/* Returns the result, which is a failure result for any problem with the
 * site; the only error is G_IO_ERROR_CANCELLED when the caller cancelled. */
ScCheckResult *
sc_checker_check_finish (ScChecker     *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (SC_IS_CHECKER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
