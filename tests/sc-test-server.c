/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "sc-test-server.h"

/* Fixture paths of ScTestServer:
 *   /status/NNN           answers NNN (reason phrase from libsoup)
 *   /redirect/NNN?to=URL  answers NNN with Location: URL (URL as given)
 *   /chain/N              N redirects (301, 302, 303, 307, 308 in turn) to /chain/N-1, then 200;
 *                         odd steps use absolute Locations, even ones relative
 *   /cookie               first visit sets a cookie and redirects to itself; then 200
 *   /loop                 302 to itself
 *   /no-location          302 without Location
 *   /head-405             405 to HEAD, 200 to GET
 *   /endless              200 with a body that never ends
 *   /slow                 200 after 300 ms, counting how many run at once
 *   /retry-after          503 with Retry-After: 120
 *   /headers              200, echoing User-Agent and Accept as X-Got-UA and X-Got-Accept
 */

static void
redirect_to (SoupServerMessage *msg,
             guint              status,
             const char        *location)
{
  soup_server_message_set_status (msg, status, NULL);
  soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Location", location);
}

static void
handle_chain (ScTestServer      *self,
              SoupServerMessage *msg,
              const char        *path)
{
  static const guint codes[] = { 301, 302, 303, 307, 308 };
  guint n = (guint) g_ascii_strtoull (path + strlen ("/chain/"), NULL, 10);
  g_autofree char *next = NULL;

  if (n == 0)
    {
      soup_server_message_set_status (msg, 200, NULL);
      return;
    }
  if (n % 2 == 1)
    next = g_strdup_printf ("%s/chain/%u", self->base, n - 1);
  else
    next = g_strdup_printf ("%u", n - 1);   /* relative to /chain/ */
  redirect_to (msg, codes[n % G_N_ELEMENTS (codes)], next);
}

static void
handle_cookie (SoupServerMessage *msg)
{
  const char *cookie = soup_message_headers_get_one (soup_server_message_get_request_headers (msg), "Cookie");

  if (cookie != NULL && strstr (cookie, "visited=yes") != NULL)
    {
      soup_server_message_set_status (msg, 200, NULL);
      return;
    }
  soup_message_headers_append (soup_server_message_get_response_headers (msg), "Set-Cookie", "visited=yes; Path=/");
  redirect_to (msg, 302, "/cookie");
}

static void
on_endless_chunk (SoupServerMessage *msg,
                  gpointer           user_data)
{
  static const char block[16384];

  soup_message_body_append (soup_server_message_get_response_body (msg), SOUP_MEMORY_STATIC,
                            block, sizeof block);
}

static void
handle_endless (SoupServerMessage *msg)
{
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);

  soup_server_message_set_status (msg, 200, NULL);
  soup_message_headers_set_encoding (headers, SOUP_ENCODING_CHUNKED);
  soup_message_body_set_accumulate (soup_server_message_get_response_body (msg), FALSE);
  g_signal_connect (msg, "wrote-chunk", G_CALLBACK (on_endless_chunk), NULL);
  on_endless_chunk (msg, NULL);
}

typedef struct {
  ScTestServer      *server;
  SoupServerMessage *msg;
} Paused;

static gboolean
finish_slow (gpointer user_data)
{
  Paused *p = user_data;

  soup_server_message_set_status (p->msg, 200, NULL);
  soup_server_message_unpause (p->msg);
  p->server->active--;
  g_object_unref (p->msg);
  g_free (p);
  return G_SOURCE_REMOVE;
}

static void
handle_slow (ScTestServer      *self,
             SoupServerMessage *msg)
{
  Paused *p = g_new0 (Paused, 1);

  self->active++;
  self->max_active = MAX (self->max_active, self->active);
  p->server = self;
  p->msg = g_object_ref (msg);
  soup_server_message_pause (msg);
  g_timeout_add (300, finish_slow, p);
}

static void
handle (SoupServer        *server,
        SoupServerMessage *msg,
        const char        *path,
        GHashTable        *query,
        gpointer           user_data)
{
  ScTestServer *self = user_data;
  const char *method = soup_server_message_get_method (msg);

  self->n_requests++;
  if (g_str_has_prefix (path, "/status/"))
    soup_server_message_set_status (msg, (guint) g_ascii_strtoull (path + 8, NULL, 10), NULL);
  else if (g_str_has_prefix (path, "/redirect/"))
    redirect_to (msg, (guint) g_ascii_strtoull (path + 10, NULL, 10),
                 query != NULL ? g_hash_table_lookup (query, "to") : NULL);
  else if (g_str_has_prefix (path, "/chain/"))
    handle_chain (self, msg, path);
  else if (g_str_equal (path, "/cookie"))
    handle_cookie (msg);
  else if (g_str_equal (path, "/loop"))
    redirect_to (msg, 302, "/loop");
  else if (g_str_equal (path, "/no-location"))
    soup_server_message_set_status (msg, 302, NULL);
  else if (g_str_equal (path, "/head-405"))
    soup_server_message_set_status (msg, g_str_equal (method, "HEAD") ? 405 : 200, NULL);
  else if (g_str_equal (path, "/endless"))
    handle_endless (msg);
  else if (g_str_equal (path, "/slow"))
    handle_slow (self, msg);
  else if (g_str_equal (path, "/retry-after"))
    {
      soup_server_message_set_status (msg, 503, NULL);
      soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Retry-After", "120");
    }
  else if (g_str_equal (path, "/headers"))
    {
      SoupMessageHeaders *in = soup_server_message_get_request_headers (msg);
      SoupMessageHeaders *out = soup_server_message_get_response_headers (msg);
      const char *ua = soup_message_headers_get_one (in, "User-Agent");
      const char *accept = soup_message_headers_get_one (in, "Accept");

      soup_server_message_set_status (msg, 200, NULL);
      soup_message_headers_replace (out, "X-Got-UA", ua != NULL ? ua : "(none)");
      soup_message_headers_replace (out, "X-Got-Accept", accept != NULL ? accept : "(none)");
    }
  else
    soup_server_message_set_status (msg, 404, NULL);
}

ScTestServer *
sc_test_server_new (GTlsCertificate *certificate)
{
  ScTestServer *self = g_new0 (ScTestServer, 1);
  g_autoptr(GError) error = NULL;
  GSList *uris;
  SoupServerListenOptions options = SOUP_SERVER_LISTEN_IPV4_ONLY;

  self->server = soup_server_new ("tls-certificate", certificate, NULL);
  soup_server_add_handler (self->server, NULL, handle, self, NULL);
  if (certificate != NULL)
    options |= SOUP_SERVER_LISTEN_HTTPS;
  soup_server_listen_local (self->server, 0, options, &error);
  g_assert_no_error (error);

  uris = soup_server_get_uris (self->server);
  self->port = g_uri_get_port (uris->data);
  self->base = g_strdup_printf ("%s://127.0.0.1:%u", certificate != NULL ? "https" : "http", self->port);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  return self;
}

void
sc_test_server_free (ScTestServer *self)
{
  soup_server_disconnect (self->server);
  g_object_unref (self->server);
  g_free (self->base);
  g_free (self);
}

char *
sc_test_server_url (ScTestServer *self,
                    const char   *path)
{
  return g_strconcat (self->base, path, NULL);
}

/* The raw server. */

struct _ScRawServer
{
  GSocketService *service;
  ScRawBehaviour  behaviour;
  char           *response;
  guint           port;
  GPtrArray      *connections;  /* kept open until the server is freed */
};

typedef struct {
  ScRawServer       *server;
  GSocketConnection *connection;
  char               buffer[4096];
  guint              drip_offset;
} RawPeer;

static gboolean
drip_one_byte (gpointer user_data)
{
  RawPeer *peer = user_data;
  static const char line[] = "HTTP/1.1 200 OK\r\nX-Drip: ";
  GOutputStream *out = g_io_stream_get_output_stream (G_IO_STREAM (peer->connection));
  char byte = peer->drip_offset < sizeof line - 1 ? line[peer->drip_offset] : 'a';

  peer->drip_offset++;
  return g_output_stream_write (out, &byte, 1, NULL, NULL) == 1 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static void
on_request_read (GObject      *source,
                 GAsyncResult *res,
                 gpointer      user_data)
{
  RawPeer *peer = user_data;
  GOutputStream *out = g_io_stream_get_output_stream (G_IO_STREAM (peer->connection));
  gssize n = g_input_stream_read_finish (G_INPUT_STREAM (source), res, NULL);

  if (n <= 0)
    return;
  switch (peer->server->behaviour)
    {
    case SC_RAW_SILENT:
      break;
    case SC_RAW_GARBAGE:
      {
        static const char garbage[] = "SSH-2.0-OpenSSH_9.2\r\nnot http at all\r\n\r\n";
        g_output_stream_write_all (out, garbage, sizeof garbage - 1, NULL, NULL, NULL);
      }
      break;
    case SC_RAW_CLOSE_AFTER_READ:
      g_io_stream_close (G_IO_STREAM (peer->connection), NULL, NULL);
      break;
    case SC_RAW_DRIP:
      g_timeout_add_full (G_PRIORITY_DEFAULT, 100, drip_one_byte, peer, NULL);
      break;
    case SC_RAW_RESPONSE:
      g_output_stream_write_all (out, peer->server->response, strlen (peer->server->response), NULL, NULL, NULL);
      g_io_stream_close (G_IO_STREAM (peer->connection), NULL, NULL);
      break;
    case SC_RAW_CLOSE:
    default:
      break;
    }
}

static void
raw_peer_free (RawPeer *peer)
{
  g_source_remove_by_user_data (peer);
  g_io_stream_close (G_IO_STREAM (peer->connection), NULL, NULL);
  g_object_unref (peer->connection);
  g_free (peer);
}

static gboolean
on_incoming (GSocketService    *service,
             GSocketConnection *connection,
             GObject           *source,
             ScRawServer       *self)
{
  RawPeer *peer;

  if (self->behaviour == SC_RAW_CLOSE)
    {
      g_io_stream_close (G_IO_STREAM (connection), NULL, NULL);
      return TRUE;
    }
  peer = g_new0 (RawPeer, 1);
  peer->server = self;
  peer->connection = g_object_ref (connection);
  g_ptr_array_add (self->connections, peer);
  g_input_stream_read_async (g_io_stream_get_input_stream (G_IO_STREAM (connection)),
                             peer->buffer, sizeof peer->buffer, G_PRIORITY_DEFAULT,
                             NULL, on_request_read, peer);
  return TRUE;
}

ScRawServer *
sc_raw_server_new (ScRawBehaviour  behaviour,
                   const char     *response)
{
  ScRawServer *self = g_new0 (ScRawServer, 1);
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) address = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) effective = NULL;
  g_autoptr(GError) error = NULL;

  self->behaviour = behaviour;
  self->response = g_strdup (response);
  self->connections = g_ptr_array_new_with_free_func ((GDestroyNotify) raw_peer_free);
  self->service = g_socket_service_new ();
  g_socket_listener_add_address (G_SOCKET_LISTENER (self->service), address, G_SOCKET_TYPE_STREAM,
                                 G_SOCKET_PROTOCOL_TCP, NULL, &effective, &error);
  g_assert_no_error (error);
  self->port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (effective));
  g_signal_connect (self->service, "incoming", G_CALLBACK (on_incoming), self);
  g_socket_service_start (self->service);
  return self;
}

guint
sc_raw_server_port (ScRawServer *self)
{
  return self->port;
}

void
sc_raw_server_free (ScRawServer *self)
{
  g_socket_service_stop (self->service);
  g_socket_listener_close (G_SOCKET_LISTENER (self->service));
  g_clear_pointer (&self->connections, g_ptr_array_unref);
  g_object_unref (self->service);
  g_free (self->response);
  g_free (self);
}

/* Helpers. */

void
sc_test_wait_for (gboolean *flag)
{
  while (!*flag)
    g_main_context_iteration (NULL, TRUE);
}

typedef struct {
  gboolean       done;
  ScCheckResult *result;
} Waiter;

static void
on_checked (GObject      *source,
            GAsyncResult *res,
            gpointer      user_data)
{
  Waiter *w = user_data;
  g_autoptr(GError) error = NULL;

  w->result = sc_checker_check_finish (SC_CHECKER (source), res, &error);
  g_assert_no_error (error);
  w->done = TRUE;
}

ScCheckResult *
sc_test_check (ScChecker  *checker,
               const char *input)
{
  Waiter w = { 0 };

  sc_checker_check_async (checker, input, NULL, on_checked, &w);
  sc_test_wait_for (&w.done);
  return w.result;
}

GTlsCertificate *
sc_test_make_certificate (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("statuscope-cert-XXXXXX", &error);
  g_autofree char *cert = g_build_filename (dir, "cert.pem", NULL);
  g_autofree char *key = g_build_filename (dir, "key.pem", NULL);
  const char *argv[] = {
    "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "20",
    "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
    "-keyout", key, "-out", cert, NULL
  };
  int status = 0;
  GTlsCertificate *certificate;

  g_assert_no_error (error);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);

  certificate = g_tls_certificate_new_from_files (cert, key, &error);
  g_assert_no_error (error);
  g_unlink (cert);
  g_unlink (key);
  g_rmdir (dir);
  return certificate;
}
