/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "sc-test-resolver.h"
#include "sc-test-server.h"

/* The check against real servers on 127.0.0.1: well-behaved answers from an
 * in-process SoupServer, broken ones from a raw socket. */

static ScTestServer *server;

static ScChecker *
new_checker (void)
{
  ScChecker *checker = sc_checker_new (8, 8);

  sc_checker_set_timeout (checker, 5);
  return checker;
}

static ScCheckResult *
check_path (ScChecker  *checker,
            const char *path)
{
  g_autofree char *url = sc_test_server_url (server, path);
  return sc_test_check (checker, url);
}

typedef struct {
  guint          status;
  ScStatusClass  class_;
  const char    *title;
} StatusCase;

static const StatusCase status_cases[] = {
  { 200, SC_STATUS_CLASS_SUCCESS, "OK" },
  { 204, SC_STATUS_CLASS_SUCCESS, "No Content" },
  { 299, SC_STATUS_CLASS_SUCCESS, NULL },
  { 304, SC_STATUS_CLASS_REDIRECTION, "Not Modified" },
  { 404, SC_STATUS_CLASS_CLIENT_ERROR, "Not Found" },
  { 418, SC_STATUS_CLASS_CLIENT_ERROR, NULL },
  { 500, SC_STATUS_CLASS_SERVER_ERROR, "Internal Server Error" },
  { 503, SC_STATUS_CLASS_SERVER_ERROR, "Service Unavailable" },
  { 521, SC_STATUS_CLASS_SERVER_ERROR, NULL },
  { 999, SC_STATUS_CLASS_CLIENT_ERROR, NULL },
};

static void
test_status (gconstpointer data)
{
  const StatusCase *c = data;
  g_autoptr(ScChecker) checker = new_checker ();
  g_autofree char *path = g_strdup_printf ("/status/%u", c->status);
  g_autoptr(ScCheckResult) result = check_path (checker, path);

  g_assert_cmpuint (sc_check_result_get_status (result), ==, c->status);
  g_assert_cmpint (sc_check_result_get_status_class (result), ==, c->class_);
  g_assert_cmpint (sc_check_result_get_error_kind (result), ==, SC_ERROR_KIND_NONE);
  g_assert_cmpstr (sc_check_result_get_title (result), !=, "");
  if (c->title != NULL)
    g_assert_cmpstr (sc_check_result_get_title (result), ==, c->title);
  g_assert_cmpuint (sc_check_result_get_hops (result)->len, ==, 1);
  g_assert_cmpstr (sc_hop_get_http_version (sc_test_hop_at (result, 0)), ==, "HTTP/1.1");
  g_assert_cmpstr (sc_hop_get_remote_address (sc_test_hop_at (result, 0)), ==, "127.0.0.1");
  g_assert_cmpstr (sc_hop_get_ip_family (sc_test_hop_at (result, 0)), ==, "ipv4");
  g_assert_true (sc_check_result_is_ok (result) == (c->class_ == SC_STATUS_CLASS_SUCCESS));
}

/* /chain/5 answers 301, 308, 307, 303, 302, alternating absolute and
 * relative Locations, then 200. */
static void
test_chain (void)
{
  static const guint expected[] = { 301, 308, 307, 303, 302, 200 };
  g_autoptr(ScChecker) checker = new_checker ();
  g_autoptr(ScCheckResult) result = check_path (checker, "/chain/5");
  g_autofree char *final = sc_test_server_url (server, "/chain/0");

  g_assert_cmpuint (sc_check_result_get_status (result), ==, 200);
  g_assert_cmpuint (sc_check_result_get_n_redirects (result), ==, 5);
  g_assert_cmpstr (sc_check_result_get_final_url (result), ==, final);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      ScHop *hop = sc_test_hop_at (result, i);
      g_autofree char *path = g_strdup_printf ("/chain/%u", 5 - i);
      g_autofree char *url = sc_test_server_url (server, path);

      g_assert_cmpuint (sc_hop_get_status (hop), ==, expected[i]);
      g_assert_cmpstr (sc_hop_get_url (hop), ==, url);
      g_assert_true (sc_hop_get_redirected (hop) == (i < 5));
      g_assert_cmpint (sc_hop_get_timing (hop)->first_byte_us, >=, 0);
    }
  /* The relative Location is kept as the server sent it. */
  g_assert_cmpstr (sc_hop_get_location (sc_test_hop_at (result, 1)), ==, "3");
  g_assert_cmpint (sc_check_result_get_total_us (result), >, 0);
}

static void
test_chain_too_many (void)
{
  g_autoptr(ScChecker) checker = new_checker ();
  g_autoptr(ScCheckResult) result = NULL;

  sc_checker_set_max_redirects (checker, 3);
  result = check_path (checker, "/chain/5");
  g_assert_cmpint (sc_check_result_get_error_kind (result), ==, SC_ERROR_KIND_TOO_MANY_REDIRECTS);
  g_assert_cmpint (sc_check_result_get_status_class (result), ==, SC_STATUS_CLASS_FAILURE);
  g_assert_cmpuint (sc_check_result_get_n_redirects (result), ==, 3);
  g_assert_cmpuint (sc_check_result_get_hops (result)->len, ==, 4);
  g_assert_cmpstr (sc_check_result_get_title (result), ==,
                   sc_catalog_entry_get_title (sc_check_result_get_entry (result)));
}

static void
test_cookie_then_redirect (void)
{
  g_autoptr(ScChecker) checker = new_checker ();
  g_autoptr(ScCheckResult) result = check_path (checker, "/cookie");

  g_assert_cmpint (sc_check_result_get_error_kind (result), ==, SC_ERROR_KIND_NONE);
  g_assert_cmpuint (sc_check_result_get_status (result), ==, 200);
  g_assert_cmpuint (sc_check_result_get_n_redirects (result), ==, 1);
}

/* Cookies belong to one check: a second check starts without them. */
static void
test_cookies_not_shared (void)
{
  g_autoptr(ScChecker) checker = new_checker ();
  g_autoptr(ScCheckResult) first = check_path (checker, "/cookie");
  g_autoptr(ScCheckResult) second = check_path (checker, "/cookie");

  g_assert_cmpuint (sc_check_result_get_n_redirects (second), ==, 1);
}

static void
test_loop (void)
{
  g_autoptr(ScChecker) checker = new_checker ();
  g_autoptr(ScCheckResult) result = check_path (checker, "/loop");

  g_assert_cmpint (sc_check_result_get_error_kind (result), ==, SC_ERROR_KIND_REDIRECT_LOOP);
  g_assert_cmpuint (sc_check_result_get_status (result), ==, 302);
  g_assert_cmpint (sc_check_result_get_status_class (result), ==, SC_STATUS_CLASS_FAILURE);
  g_assert_false (sc_check_result_is_ok (result));
  g_assert_nonnull (strstr (sc_check_result_get_error_message (result), "circle"));
}

static void
test_no_location (void)
{
  g_autoptr(ScChecker) checker = new_checker ();
  g_autoptr(ScCheckResult) result = check_path (checker, "/no-location");

  g_assert_cmpint (sc_check_result_get_error_kind (result), ==, SC_ERROR_KIND_NONE);
  g_assert_cmpuint (sc_check_result_get_status (result), ==, 302);
  g_assert_cmpint (sc_check_result_get_status_class (result), ==, SC_STATUS_CLASS_REDIRECTION);
  g_assert_cmpuint (sc_check_result_get_n_redirects (result), ==, 0);
}

static void
test_redirect_to_file (void)
{
  g_autoptr(ScChecker) checker = new_checker ();
  g_autoptr(ScCheckResult) result = check_path (checker, "/redirect/302?to=file:///etc/passwd");

  g_assert_cmpint (sc_check_result_get_error_kind (result), ==, SC_ERROR_KIND_UNSUPPORTED_SCHEME);
  g_assert_cmpuint (sc_check_result_get_n_redirects (result), ==, 0);
  g_assert_nonnull (strstr (sc_check_result_get_error_message (result), "file:"));
  /* Nothing but the first request reached any server. */
  g_assert_cmpuint (sc_check_result_get_hops (result)->len, ==, 1);
}

static void
test_redirect_to_credentials (void)
{
  g_autoptr(ScChecker) checker = new_checker ();
  g_autofree char *target = g_strdup_printf ("http://admin:hunter2@127.0.0.1:%u/status/200", server->port);
  g_autofree char *escaped = g_uri_escape_string (target, NULL, FALSE);
  g_autofree char *path = g_strdup_printf ("/redirect/301?to=%s", escaped);
  g_autoptr(ScCheckResult) result = check_path (checker, path);

  g_assert_cmpuint (sc_check_result_get_status (result), ==, 200);
  g_assert_null (strstr (sc_check_result_get_final_url (result), "hunter2"));
  g_assert_null (strstr (sc_hop_get_location (sc_test_hop_at (result, 0)), "hunter2"));
  g_assert_null (strstr (sc_hop_get_location (sc_test_hop_at (result, 0)), "admin"));
}

static void
test_headers_sent (void)
{
  g_autoptr(ScChecker) checker = new_checker ();
  g_autoptr(ScCheckResult) result = check_path (checker, "/headers");
  g_autoptr(ScCheckResult) custom = NULL;

  g_assert_cmpstr (sc_hop_lookup_header (sc_test_hop_at (result, 0), "X-Got-UA"), ==, "Statuscope/" PACKAGE_VERSION);
  g_assert_nonnull (strstr (sc_hop_lookup_header (sc_test_hop_at (result, 0), "X-Got-Accept"), "text/html"));

  sc_checker_set_user_agent (checker, "Mozilla/5.0 (test)");
  sc_checker_set_accept (checker, "*/*");
  custom = check_path (checker, "/headers");
  g_assert_cmpstr (sc_hop_lookup_header (sc_test_hop_at (custom, 0), "X-Got-UA"), ==, "Mozilla/5.0 (test)");
  g_assert_cmpstr (sc_hop_lookup_header (sc_test_hop_at (custom, 0), "X-Got-Accept"), ==, "*/*");
}

static void
test_head_405_then_get (void)
{
  g_autoptr(ScChecker) checker = new_checker ();
  g_autoptr(ScCheckResult) result = NULL;

  sc_checker_set_method (checker, "HEAD");
  result = check_path (checker, "/head-405");
  g_assert_cmpuint (sc_check_result_get_status (result), ==, 200);
  g_assert_cmpstr (sc_check_result_get_method (result), ==, "GET");
  g_assert_cmpuint (sc_check_result_get_hops (result)->len, ==, 1);
  g_assert_cmpuint (sc_hop_get_head_status (sc_test_hop_at (result, 0)), ==, 405);
  g_assert_cmpstr (sc_hop_get_method (sc_test_hop_at (result, 0)), ==, "GET");
}

static void
test_head_plain (void)
{
  g_autoptr(ScChecker) checker = new_checker ();
  g_autoptr(ScCheckResult) result = NULL;

  sc_checker_set_method (checker, "HEAD");
  result = check_path (checker, "/status/200");
  g_assert_cmpuint (sc_check_result_get_status (result), ==, 200);
  g_assert_cmpstr (sc_check_result_get_method (result), ==, "HEAD");
  g_assert_cmpuint (sc_hop_get_head_status (sc_test_hop_at (result, 0)), ==, 0);
}

/* The body is never read: an endless one ends the check as fast as none. */
static void
test_endless_body (void)
{
  g_autoptr(ScChecker) checker = new_checker ();
  g_autoptr(ScCheckResult) result = NULL;

  sc_checker_set_timeout (checker, 3);
  result = check_path (checker, "/endless");
  g_assert_cmpint (sc_check_result_get_error_kind (result), ==, SC_ERROR_KIND_NONE);
  g_assert_cmpuint (sc_check_result_get_status (result), ==, 200);
  g_assert_cmpint (sc_check_result_get_total_us (result), <, G_USEC_PER_SEC);
}

static ScCheckResult *
check_raw (ScRawBehaviour behaviour,
           guint          timeout,
           const char    *response)
{
  g_autoptr(ScRawServer) raw = sc_raw_server_new (behaviour, response);
  g_autoptr(ScChecker) checker = new_checker ();
  g_autofree char *url = g_strdup_printf ("http://127.0.0.1:%u/", sc_raw_server_port (raw));

  sc_checker_set_timeout (checker, timeout);
  return sc_test_check (checker, url);
}

/* The deadline holds within half a second, whether the server is silent or
 * drips its headers so that the socket never goes quiet. */
static void
test_deadline (gconstpointer data)
{
  ScRawBehaviour behaviour = GPOINTER_TO_INT (data);
  gint64 start = g_get_monotonic_time ();
  g_autoptr(ScCheckResult) result = check_raw (behaviour, 1, NULL);
  gint64 elapsed = g_get_monotonic_time () - start;

  g_assert_cmpint (sc_check_result_get_error_kind (result), ==, SC_ERROR_KIND_TIMEOUT);
  g_assert_cmpint (sc_check_result_get_status_class (result), ==, SC_STATUS_CLASS_FAILURE);
  g_assert_cmpint (elapsed, >=, G_USEC_PER_SEC);
  g_assert_cmpint (elapsed, <, G_USEC_PER_SEC * 3 / 2);
  g_assert_nonnull (strstr (sc_check_result_get_error_message (result), "within 1 second "));
  /* A server that accepted and never sent a byte is told apart from one
   * whose answer came too slowly. */
  g_assert_cmpstr (sc_catalog_entry_get_id (sc_check_result_get_entry (result)), ==,
                   behaviour == SC_RAW_SILENT ? "timeout-no-answer" : "timeout");
}

/* A server that takes the connection and never says a word is stuck, not
 * unreachable: its own title and explanation, not "Connection timed out". */
static void
test_accepted_silent (void)
{
  g_autoptr(ScCheckResult) result = check_raw (SC_RAW_SILENT, 1, NULL);
  ScCatalogEntry *entry = sc_check_result_get_entry (result);

  g_assert_cmpint (sc_check_result_get_error_kind (result), ==, SC_ERROR_KIND_TIMEOUT);
  g_assert_cmpstr (sc_catalog_entry_get_id (entry), ==, "timeout-no-answer");
  g_assert_cmpstr (sc_check_result_get_title (result), !=, "Connection timed out");
  g_assert_nonnull (strstr (sc_check_result_get_error_message (result), "accepted the connection and was sent the request"));
}

/* The same through https: the handshake never ends. */
static void
test_accepted_silent_tls (void)
{
  g_autoptr(GTlsCertificate) cert = sc_test_make_certificate (30);
  g_autoptr(ScRawServer) raw = sc_raw_server_new_tls_slow (cert, 5000);
  g_autoptr(ScChecker) checker = new_checker ();
  g_autofree char *url = g_strdup_printf ("https://127.0.0.1:%u/", sc_raw_server_port (raw));
  g_autoptr(ScCheckResult) result = NULL;

  sc_checker_set_timeout (checker, 1);
  result = sc_test_check (checker, url);
  g_assert_cmpint (sc_check_result_get_error_kind (result), ==, SC_ERROR_KIND_TIMEOUT);
  g_assert_cmpstr (sc_catalog_entry_get_id (sc_check_result_get_entry (result)), ==, "timeout-no-answer");
  g_assert_nonnull (strstr (sc_check_result_get_error_message (result), "secure (TLS) connection"));
}

/* A listening socket whose queue of waiting connections is full drops
 * new ones unanswered, as a firewall that drops packets does: the
 * connection never opens, and that is "Connection timed out". */
static void
test_connect_timeout (void)
{
  g_autoptr(GSocket) listener = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, NULL);
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autoptr(GPtrArray) fillers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(ScChecker) checker = new_checker ();
  g_autoptr(ScCheckResult) result = NULL;
  g_autofree char *url = NULL;

  g_assert_true (g_socket_bind (listener, any, TRUE, NULL));
  g_socket_set_listen_backlog (listener, 0);
  g_assert_true (g_socket_listen (listener, NULL));
  bound = g_socket_get_local_address (listener, NULL);
  for (guint i = 0; i < 4; i++)
    {
      GSocket *filler = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, NULL);

      g_socket_set_blocking (filler, FALSE);
      g_socket_connect (filler, bound, NULL, NULL);
      g_ptr_array_add (fillers, filler);
    }
  url = g_strdup_printf ("http://127.0.0.1:%u/", g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound)));

  sc_checker_set_timeout (checker, 1);
  result = sc_test_check (checker, url);
  g_assert_cmpint (sc_check_result_get_error_kind (result), ==, SC_ERROR_KIND_TIMEOUT);
  g_assert_cmpstr (sc_catalog_entry_get_id (sc_check_result_get_entry (result)), ==, "timeout");
}

static void
test_refused (void)
{
  g_autoptr(ScChecker) checker = new_checker ();
  g_autoptr(ScCheckResult) result = sc_test_check (checker, "http://127.0.0.1:1/");

  g_assert_cmpint (sc_check_result_get_error_kind (result), ==, SC_ERROR_KIND_CONNECTION_REFUSED);
  g_assert_cmpuint (sc_check_result_get_status (result), ==, 0);
  g_assert_nonnull (strstr (sc_check_result_get_error_message (result), "127.0.0.1:1"));
  g_assert_cmpstr (sc_catalog_entry_get_id (sc_check_result_get_entry (result)), ==, "connection-refused");
  /* No answer, so no HTTP version either. */
  g_assert_null (sc_hop_get_http_version (sc_test_hop_at (result, 0)));
}

/* A proxy that refuses the connection is the proxy's problem, not the
 * site's: the site (here a working one) was never asked. */
static void
test_proxy_refused (void)
{
  g_autoptr(ScChecker) checker = new_checker ();
  g_autoptr(GProxyResolver) proxies = g_simple_proxy_resolver_new ("http://user:hunter2@127.0.0.1:1", NULL);
  g_autoptr(ScCheckResult) result = NULL;
  g_autoptr(ScCheckResult) direct = NULL;
  const char *message;

  sc_checker_set_proxy_resolver (checker, proxies);
  result = check_path (checker, "/status/200");
  message = sc_check_result_get_error_message (result);

  g_assert_cmpint (sc_check_result_get_error_kind (result), ==, SC_ERROR_KIND_NETWORK);
  g_assert_cmpstr (sc_catalog_entry_get_id (sc_check_result_get_entry (result)), ==, "proxy-unreachable");
  g_assert_nonnull (strstr (message, "proxy server 127.0.0.1:1,"));
  g_assert_null (strstr (message, "hunter2"));
  g_assert_cmpuint (sc_check_result_get_status (result), ==, 0);

  /* Without the proxy the same site answers. */
  sc_checker_set_proxy_resolver (checker, NULL);
  direct = check_path (checker, "/status/200");
  g_assert_cmpuint (sc_check_result_get_status (direct), ==, 200);
}

/* A proxy whose name does not resolve fails before any connection starts,
 * as a site whose name does not resolve would: it is still the proxy's. */
static void
test_proxy_unknown_name (void)
{
  g_autoptr(GResolver) previous = g_resolver_get_default ();
  g_autoptr(GResolver) hermetic = sc_test_resolver_new ();
  g_autoptr(ScChecker) checker = new_checker ();
  g_autoptr(GProxyResolver) proxies = g_simple_proxy_resolver_new ("http://no-such-proxy.invalid:3128", NULL);
  g_autoptr(ScCheckResult) result = NULL;

  g_resolver_set_default (hermetic);
  sc_checker_set_proxy_resolver (checker, proxies);
  result = check_path (checker, "/status/200");
  g_resolver_set_default (previous);

  g_assert_cmpint (sc_check_result_get_error_kind (result), ==, SC_ERROR_KIND_NETWORK);
  g_assert_cmpstr (sc_catalog_entry_get_id (sc_check_result_get_entry (result)), ==, "proxy-unreachable");
  g_assert_nonnull (strstr (sc_check_result_get_error_message (result), "no-such-proxy.invalid:3128"));
}

/* A proxy list as a PAC file gives it: a proxy, then a direct connection
 * when the proxy fails. */
#define FALLBACK_TYPE_PROXIES (fallback_proxies_get_type ())
G_DECLARE_FINAL_TYPE (FallbackProxies, fallback_proxies, FALLBACK, PROXIES, GObject)
struct _FallbackProxies { GObject parent_instance; };
static void fallback_proxies_iface_init (GProxyResolverInterface *iface);
G_DEFINE_TYPE_WITH_CODE (FallbackProxies, fallback_proxies, G_TYPE_OBJECT,
                         G_IMPLEMENT_INTERFACE (G_TYPE_PROXY_RESOLVER, fallback_proxies_iface_init))

static char **
fallback_lookup (GProxyResolver  *resolver,
                 const char      *uri,
                 GCancellable    *cancellable,
                 GError         **error)
{
  const char *proxies[] = { "http://127.0.0.1:1", "direct://", NULL };
  return g_strdupv ((char **) proxies);
}

static void
fallback_lookup_async (GProxyResolver      *resolver,
                       const char          *uri,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (resolver, cancellable, callback, user_data);
  g_task_return_pointer (task, fallback_lookup (resolver, uri, cancellable, NULL), (GDestroyNotify) g_strfreev);
}

static char **
fallback_lookup_finish (GProxyResolver  *resolver,
                        GAsyncResult    *result,
                        GError         **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
fallback_proxies_iface_init (GProxyResolverInterface *iface)
{
  iface->lookup = fallback_lookup;
  iface->lookup_async = fallback_lookup_async;
  iface->lookup_finish = fallback_lookup_finish;
}

static void fallback_proxies_class_init (FallbackProxiesClass *klass) { }
static void fallback_proxies_init (FallbackProxies *self) { }

/* The proxy refuses, the direct connection is tried: what happens then is
 * the site's, good or bad. */
static void
test_proxy_then_direct (void)
{
  g_autoptr(ScChecker) checker = new_checker ();
  g_autoptr(GProxyResolver) proxies = g_object_new (FALLBACK_TYPE_PROXIES, NULL);
  g_autoptr(ScCheckResult) refused = NULL;
  g_autoptr(ScCheckResult) answered = NULL;

  sc_checker_set_proxy_resolver (checker, proxies);
  refused = sc_test_check (checker, "http://127.0.0.1:2/");
  g_assert_cmpint (sc_check_result_get_error_kind (refused), ==, SC_ERROR_KIND_CONNECTION_REFUSED);
  g_assert_nonnull (strstr (sc_check_result_get_error_message (refused), "127.0.0.1:2 refused"));

  answered = check_path (checker, "/status/200");
  g_assert_cmpuint (sc_check_result_get_status (answered), ==, 200);
}

/* A proxy resolver that answers only when cancelled, as one whose PAC file
 * never loads. */
#define HANGING_TYPE_PROXIES (hanging_proxies_get_type ())
G_DECLARE_FINAL_TYPE (HangingProxies, hanging_proxies, HANGING, PROXIES, GObject)
struct _HangingProxies { GObject parent_instance; };
static void hanging_proxies_iface_init (GProxyResolverInterface *iface);
G_DEFINE_TYPE_WITH_CODE (HangingProxies, hanging_proxies, G_TYPE_OBJECT,
                         G_IMPLEMENT_INTERFACE (G_TYPE_PROXY_RESOLVER, hanging_proxies_iface_init))

static void
on_hanging_cancelled (GCancellable *cancellable,
                      GTask        *task)
{
  g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "cancelled");
}

static void
hanging_lookup_async (GProxyResolver      *resolver,
                      const char          *uri,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  GTask *task = g_task_new (resolver, NULL, callback, user_data);

  g_assert_nonnull (cancellable);   /* without one it would hang for ever */
  g_cancellable_connect (cancellable, G_CALLBACK (on_hanging_cancelled), task, g_object_unref);
}

static char **
hanging_lookup_finish (GProxyResolver  *resolver,
                       GAsyncResult    *result,
                       GError         **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
hanging_proxies_iface_init (GProxyResolverInterface *iface)
{
  iface->lookup_async = hanging_lookup_async;
  iface->lookup_finish = hanging_lookup_finish;
}

static void hanging_proxies_class_init (HangingProxiesClass *klass) { }
static void hanging_proxies_init (HangingProxies *self) { }

/* The check still ends soon after its time limit, as the site's timeout. */
static void
test_proxy_resolver_hangs (void)
{
  g_autoptr(ScChecker) checker = new_checker ();
  g_autoptr(GProxyResolver) proxies = g_object_new (HANGING_TYPE_PROXIES, NULL);
  g_autoptr(ScCheckResult) result = NULL;
  gint64 started = g_get_monotonic_time ();

  sc_checker_set_timeout (checker, 1);
  sc_checker_set_proxy_resolver (checker, proxies);
  result = check_path (checker, "/status/200");

  g_assert_cmpint (sc_check_result_get_error_kind (result), ==, SC_ERROR_KIND_TIMEOUT);
  g_assert_cmpint (g_get_monotonic_time () - started, <, 8 * G_USEC_PER_SEC);
}

static void
test_dns (void)
{
  g_autoptr(ScChecker) checker = new_checker ();
  g_autoptr(ScCheckResult) result = sc_test_check (checker, "nonexistent.invalid");

  g_assert_cmpint (sc_check_result_get_error_kind (result), ==, SC_ERROR_KIND_DNS);
  g_assert_nonnull (strstr (sc_check_result_get_error_message (result), "nonexistent.invalid"));
  g_assert_nonnull (strstr (sc_check_result_get_error_message (result), "DNS"));
}

static void
test_protocol (gconstpointer data)
{
  g_autoptr(ScCheckResult) result = check_raw (GPOINTER_TO_INT (data), 3, NULL);

  g_assert_cmpint (sc_check_result_get_error_kind (result), ==, SC_ERROR_KIND_PROTOCOL);
  g_assert_cmpint (sc_check_result_get_status_class (result), ==, SC_STATUS_CLASS_FAILURE);
  g_assert_cmpuint (sc_check_result_get_status (result), ==, 0);
}

/* Server text is untrusted: escape sequences never reach the result. */
static void
test_hostile_reason (void)
{
  g_autoptr(ScCheckResult) result =
    check_raw (SC_RAW_RESPONSE, 3,
               "HTTP/1.1 200 O\033[31mK\xff\r\nX-Evil: a\033]0;title\007b\r\nContent-Length: 0\r\n\r\n");

  g_assert_cmpuint (sc_check_result_get_status (result), ==, 200);
  g_assert_null (strchr (sc_check_result_get_reason (result), '\033'));
  g_assert_true (g_utf8_validate (sc_check_result_get_reason (result), -1, NULL));
  g_assert_null (strchr (sc_hop_lookup_header (sc_test_hop_at (result, 0), "X-Evil"), '\033'));
  g_assert_null (strchr (sc_hop_lookup_header (sc_test_hop_at (result, 0), "X-Evil"), '\007'));
}

static void
test_invalid_input (void)
{
  g_autoptr(ScChecker) checker = new_checker ();
  g_autoptr(ScCheckResult) result = sc_test_check (checker, "javascript:alert(1)");

  g_assert_cmpint (sc_check_result_get_error_kind (result), ==, SC_ERROR_KIND_UNSUPPORTED_SCHEME);
  g_assert_null (sc_check_result_get_url (result));
  g_assert_null (sc_check_result_get_final_url (result));
  g_assert_cmpstr (sc_check_result_get_input (result), ==, "javascript:alert(1)");
  /* Nothing answered: said in plain words, not "the request itself". */
  {
    g_autofree char *who = sc_answered_by_describe (sc_check_result_get_answered_by (result));

    g_assert_cmpint (sc_answered_by_get_role (sc_check_result_get_answered_by (result)), ==, SC_ROLE_CLIENT);
    g_assert_nonnull (strstr (who, "this computer"));
    g_assert_null (strstr (who, "request itself"));
    g_assert_null (strstr (sc_producer_describe ("client"), "request itself"));
  }
}

static void
test_credentials_redacted (void)
{
  g_autoptr(ScChecker) checker = new_checker ();
  g_autofree char *url = g_strdup_printf ("http://admin:hunter2@127.0.0.1:%u/status/200", server->port);
  g_autoptr(ScCheckResult) result = sc_test_check (checker, url);

  g_assert_cmpuint (sc_check_result_get_status (result), ==, 200);
  g_assert_null (strstr (sc_check_result_get_input (result), "hunter2"));
  g_assert_null (strstr (sc_check_result_get_url (result), "hunter2"));
  g_assert_null (strstr (sc_check_result_get_final_url (result), "hunter2"));
  g_assert_null (strstr (sc_hop_get_url (sc_test_hop_at (result, 0)), "admin"));
}

static void
on_cancelled_check (GObject      *source,
                    GAsyncResult *res,
                    gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScCheckResult) result = sc_checker_check_finish (SC_CHECKER (source), res, &error);

  g_assert_null (result);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  *(gboolean *) user_data = TRUE;
}

static void
test_cancel (void)
{
  g_autoptr(ScRawServer) raw = sc_raw_server_new (SC_RAW_SILENT, NULL);
  g_autoptr(ScChecker) checker = new_checker ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *url = g_strdup_printf ("http://127.0.0.1:%u/", sc_raw_server_port (raw));
  gboolean done = FALSE;

  sc_checker_check_async (checker, url, cancellable, on_cancelled_check, &done);
  g_timeout_add_once (100, (GSourceOnceFunc) g_cancellable_cancel, cancellable);
  sc_test_wait_for (&done);
}

/* A self-signed certificate: refused, then accepted with TLS errors ignored,
 * and still reported either way. */
static void
test_self_signed (void)
{
  g_autoptr(GTlsCertificate) cert = sc_test_make_certificate (20);
  g_autoptr(ScTestServer) tls_server = sc_test_server_new (cert);
  g_autoptr(ScChecker) checker = new_checker ();
  g_autofree char *url = sc_test_server_url (tls_server, "/status/200");
  g_autoptr(ScCheckResult) refused = sc_test_check (checker, url);
  g_autoptr(ScCheckResult) accepted = NULL;
  g_auto(GStrv) errors = NULL;
  ScTlsInfo *tls;

  g_assert_cmpint (sc_check_result_get_error_kind (refused), ==, SC_ERROR_KIND_TLS);
  g_assert_cmpstr (sc_catalog_entry_get_id (sc_check_result_get_entry (refused)), ==, "tls-unknown-issuer");
  g_assert_nonnull (strstr (sc_check_result_get_error_message (refused), "self-signed"));
  tls = sc_check_result_get_tls (refused);
  g_assert_nonnull (tls);
  g_assert_true (sc_tls_info_get_errors (tls) & G_TLS_CERTIFICATE_UNKNOWN_CA);

  sc_checker_set_ignore_tls_errors (checker, TRUE);
  accepted = sc_test_check (checker, url);
  g_assert_cmpint (sc_check_result_get_error_kind (accepted), ==, SC_ERROR_KIND_NONE);
  g_assert_cmpuint (sc_check_result_get_status (accepted), ==, 200);
  tls = sc_check_result_get_tls (accepted);
  g_assert_nonnull (tls);
  errors = sc_tls_info_dup_error_names (tls);
  g_assert_true (g_strv_contains ((const char * const *) errors, "unknown-ca"));
  g_assert_nonnull (strstr (sc_tls_info_get_subject (tls), "localhost"));
  g_assert_cmpint (sc_tls_info_get_days_left (tls), >=, 18);
  g_assert_cmpint (sc_tls_info_get_days_left (tls), <=, 20);
  g_assert_true (g_strv_contains (sc_tls_info_get_dns_names (tls), "localhost"));
  g_assert_cmpint (sc_hop_get_timing (sc_test_hop_at (accepted, 0))->tls_us, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  server = sc_test_server_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (status_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/checker/status/%u", status_cases[i].status);
      g_test_add_data_func (path, &status_cases[i], test_status);
    }
  g_test_add_func ("/checker/redirect/chain", test_chain);
  g_test_add_func ("/checker/redirect/too-many", test_chain_too_many);
  g_test_add_func ("/checker/redirect/cookie", test_cookie_then_redirect);
  g_test_add_func ("/checker/redirect/cookies-not-shared", test_cookies_not_shared);
  g_test_add_func ("/checker/redirect/loop", test_loop);
  g_test_add_func ("/checker/redirect/no-location", test_no_location);
  g_test_add_func ("/checker/redirect/to-file", test_redirect_to_file);
  g_test_add_func ("/checker/redirect/to-credentials", test_redirect_to_credentials);
  g_test_add_func ("/checker/headers-sent", test_headers_sent);
  g_test_add_func ("/checker/head/405-then-get", test_head_405_then_get);
  g_test_add_func ("/checker/head/plain", test_head_plain);
  g_test_add_func ("/checker/endless-body", test_endless_body);
  g_test_add_data_func ("/checker/deadline/silent", GINT_TO_POINTER (SC_RAW_SILENT), test_deadline);
  g_test_add_data_func ("/checker/deadline/drip", GINT_TO_POINTER (SC_RAW_DRIP), test_deadline);
  g_test_add_func ("/checker/deadline/accepted-silent", test_accepted_silent);
  g_test_add_func ("/checker/deadline/accepted-silent-tls", test_accepted_silent_tls);
  g_test_add_func ("/checker/deadline/connect", test_connect_timeout);
  g_test_add_func ("/checker/refused", test_refused);
  g_test_add_func ("/checker/proxy-refused", test_proxy_refused);
  g_test_add_func ("/checker/proxy-unknown-name", test_proxy_unknown_name);
  g_test_add_func ("/checker/proxy-then-direct", test_proxy_then_direct);
  g_test_add_func ("/checker/proxy-resolver-hangs", test_proxy_resolver_hangs);
  g_test_add_func ("/checker/dns", test_dns);
  g_test_add_data_func ("/checker/protocol/garbage", GINT_TO_POINTER (SC_RAW_GARBAGE), test_protocol);
  g_test_add_data_func ("/checker/protocol/close-on-accept", GINT_TO_POINTER (SC_RAW_CLOSE), test_protocol);
  g_test_add_data_func ("/checker/protocol/close-after-request", GINT_TO_POINTER (SC_RAW_CLOSE_AFTER_READ), test_protocol);
  g_test_add_func ("/checker/hostile-reason", test_hostile_reason);
  g_test_add_func ("/checker/invalid-input", test_invalid_input);
  g_test_add_func ("/checker/credentials-redacted", test_credentials_redacted);
  g_test_add_func ("/checker/cancel", test_cancel);
  g_test_add_func ("/checker/tls/self-signed", test_self_signed);

  status = g_test_run ();
  sc_test_server_free (server);
  return status;
}
