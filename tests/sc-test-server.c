/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

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
 *   /wp-login.php         200, a login page
 *   /wp-admin/            302 to /wp-login.php, as WordPress sends visitors who are not logged in
 *   /?to=URL              302 from the home page to URL
 *   /respond?status=N&h1=Name:Value&h2=Name:Value&body=TEXT&delay=MS
 *                         any answer, after an optional delay
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
add_header_param (SoupServerMessage *msg,
                  const char        *param)
{
  g_auto(GStrv) parts = param != NULL ? g_strsplit (param, ":", 2) : NULL;

  if (parts != NULL && parts[0] != NULL && parts[1] != NULL)
    soup_message_headers_append (soup_server_message_get_response_headers (msg), parts[0], g_strstrip (parts[1]));
}

static gboolean
unpause_later (gpointer msg)
{
  soup_server_message_unpause (msg);
  g_object_unref (msg);
  return G_SOURCE_REMOVE;
}

static void
handle_respond (SoupServerMessage *msg,
                GHashTable        *query)
{
  const char *status = query != NULL ? g_hash_table_lookup (query, "status") : NULL;
  const char *body = query != NULL ? g_hash_table_lookup (query, "body") : NULL;
  const char *delay = query != NULL ? g_hash_table_lookup (query, "delay") : NULL;

  soup_server_message_set_status (msg, status != NULL ? (guint) g_ascii_strtoull (status, NULL, 10) : 200, NULL);
  add_header_param (msg, query != NULL ? g_hash_table_lookup (query, "h1") : NULL);
  add_header_param (msg, query != NULL ? g_hash_table_lookup (query, "h2") : NULL);
  if (body != NULL)
    soup_server_message_set_response (msg, "text/html", SOUP_MEMORY_COPY, body, strlen (body));
  if (delay != NULL)
    {
      soup_server_message_pause (msg);
      g_timeout_add ((guint) g_ascii_strtoull (delay, NULL, 10), unpause_later, g_object_ref (msg));
    }
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
  else if (g_str_equal (path, "/respond"))
    handle_respond (msg, query);
  else if (g_str_has_prefix (path, "/wp-admin"))
    redirect_to (msg, 302, "/wp-login.php?redirect_to=%2Fwp-admin%2F&reauth=1");
  else if (g_str_equal (path, "/") && query != NULL && g_hash_table_lookup (query, "to") != NULL)
    redirect_to (msg, 302, g_hash_table_lookup (query, "to"));
  else if (g_str_equal (path, "/wp-login.php"))
    {
      soup_server_message_set_status (msg, 200, NULL);
      soup_server_message_set_response (msg, "text/html", SOUP_MEMORY_STATIC, "<form>Log in</form>", 19);
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

/* @address is a literal IPv4 address such as "127.0.0.2": the whole of
 * 127.0.0.0/8 is loopback, so a test can have two "hosts". */
ScTestServer *
sc_test_server_new_at (const char      *address,
                       GTlsCertificate *certificate)
{
  ScTestServer *self = g_new0 (ScTestServer, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GInetAddress) inet = g_inet_address_new_from_string (address);
  g_autoptr(GSocketAddress) listen_address = NULL;
  GSList *uris;
  SoupServerListenOptions options = 0;

  g_assert_nonnull (inet);
  listen_address = g_inet_socket_address_new (inet, 0);
  self->server = soup_server_new ("tls-certificate", certificate, NULL);
  soup_server_add_handler (self->server, NULL, handle, self, NULL);
  if (certificate != NULL)
    options |= SOUP_SERVER_LISTEN_HTTPS;
  soup_server_listen (self->server, listen_address, options, &error);
  g_assert_no_error (error);

  uris = soup_server_get_uris (self->server);
  self->port = g_uri_get_port (uris->data);
  self->base = g_strdup_printf ("%s://%s:%u", certificate != NULL ? "https" : "http", address, self->port);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  return self;
}

ScTestServer *
sc_test_server_new (GTlsCertificate *certificate)
{
  return sc_test_server_new_at ("127.0.0.1", certificate);
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

typedef struct {
  guint   delay_ms;
  GBytes *data;
} RawStep;

struct _ScRawServer
{
  GSocketService  *service;
  ScRawBehaviour   behaviour;
  GTlsCertificate *certificate;   /* SC_RAW_TLS_SLOW */
  guint            delay_ms;
  guint            port;
  guint            n_connections;
  GPtrArray       *steps;         /* RawStep *, SC_RAW_SCRIPT and SC_RAW_RESPONSE */
  GBytes          *flood_head;    /* SC_RAW_FLOOD */
  GBytes          *flood_repeat;
  GPtrArray       *connections;   /* kept open until the server is freed */
};

typedef struct {
  ScRawServer       *server;
  GSocketConnection *connection;
  GIOStream         *tls;
  GCancellable      *cancellable;
  GThread           *flood_thread;
  char               buffer[4096];
  guint              drip_offset;
  guint              step;
} RawPeer;

static void
raw_step_free (RawStep *step)
{
  g_bytes_unref (step->data);
  g_free (step);
}

static void
add_step (ScRawServer *self,
          guint        delay_ms,
          const char  *data,
          gssize       length)
{
  RawStep *step = g_new0 (RawStep, 1);

  step->delay_ms = delay_ms;
  step->data = g_bytes_new (data, length >= 0 ? (gsize) length : strlen (data));
  g_ptr_array_add (self->steps, step);
}

static void schedule_step (RawPeer *peer);

static void
on_step_written (GObject      *source,
                 GAsyncResult *res,
                 gpointer      user_data)
{
  RawPeer *peer = user_data;
  g_autoptr(GError) error = NULL;

  /* Freeing the server cancels the write, and then @peer is gone.  Any
   * other error means the client hung up: the script ends there. */
  if (!g_output_stream_write_all_finish (G_OUTPUT_STREAM (source), res, NULL, &error))
    return;
  peer->step++;
  schedule_step (peer);
}

/* Asynchronous, so that a response larger than the socket buffers does not
 * block the main loop the client runs on. */
static gboolean
send_step (gpointer user_data)
{
  RawPeer *peer = user_data;
  RawStep *step = g_ptr_array_index (peer->server->steps, peer->step);
  GOutputStream *out = g_io_stream_get_output_stream (G_IO_STREAM (peer->connection));
  gsize size;
  const void *data = g_bytes_get_data (step->data, &size);

  g_output_stream_write_all_async (out, data, size, G_PRIORITY_DEFAULT, peer->cancellable,
                                   on_step_written, peer);
  return G_SOURCE_REMOVE;
}

static void
schedule_step (RawPeer *peer)
{
  RawStep *step;

  if (peer->step == peer->server->steps->len)
    {
      g_io_stream_close (G_IO_STREAM (peer->connection), NULL, NULL);
      return;
    }
  step = g_ptr_array_index (peer->server->steps, peer->step);
  if (step->delay_ms == 0)
    send_step (peer);
  else
    g_timeout_add (step->delay_ms, send_step, peer);
}

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

static gboolean
send_all (GSocket      *socket,
          GBytes       *bytes,
          GCancellable *cancellable)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  while (size > 0)
    {
      gssize n = g_socket_send_with_blocking (socket, data, size, TRUE, cancellable, NULL);

      if (n <= 0)
        return FALSE;
      data += n;
      size -= n;
    }
  return TRUE;
}

/* A thread of its own, so that the data keeps coming even while the
 * client's main loop is busy: a peer in another process would do the same.
 * It stops when the client hangs up or the server is freed. */
static gpointer
flood (gpointer user_data)
{
  RawPeer *peer = user_data;
  GSocket *socket = g_socket_connection_get_socket (peer->connection);

  if (send_all (socket, peer->server->flood_head, peer->cancellable))
    while (send_all (socket, peer->server->flood_repeat, peer->cancellable))
      ;
  return NULL;
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
    case SC_RAW_SCRIPT:
      schedule_step (peer);
      break;
    case SC_RAW_FLOOD:
      peer->flood_thread = g_thread_new ("flood", flood, peer);
      break;
    case SC_RAW_CLOSE:
    case SC_RAW_TLS_SLOW:
    default:
      break;
    }
}

static void
on_tls_request_read (GObject      *source,
                     GAsyncResult *res,
                     gpointer      user_data)
{
  RawPeer *peer = user_data;
  static const char answer[] = "HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";

  if (g_input_stream_read_finish (G_INPUT_STREAM (source), res, NULL) <= 0)
    return;
  g_output_stream_write_all (g_io_stream_get_output_stream (peer->tls), answer, sizeof answer - 1, NULL, NULL, NULL);
  g_io_stream_close (peer->tls, NULL, NULL);
}

static void
on_handshake_done (GObject      *source,
                   GAsyncResult *res,
                   gpointer      user_data)
{
  RawPeer *peer = user_data;

  if (!g_tls_connection_handshake_finish (G_TLS_CONNECTION (source), res, NULL))
    return;
  g_input_stream_read_async (g_io_stream_get_input_stream (peer->tls), peer->buffer, sizeof peer->buffer,
                             G_PRIORITY_DEFAULT, NULL, on_tls_request_read, peer);
}

/* Waits before the TLS handshake, so the client measures a slow one. */
static gboolean
start_slow_handshake (gpointer user_data)
{
  RawPeer *peer = user_data;
  g_autoptr(GError) error = NULL;

  peer->tls = g_tls_server_connection_new (G_IO_STREAM (peer->connection), peer->server->certificate, &error);
  g_assert_no_error (error);
  g_tls_connection_handshake_async (G_TLS_CONNECTION (peer->tls), G_PRIORITY_DEFAULT, NULL, on_handshake_done, peer);
  return G_SOURCE_REMOVE;
}

static gboolean
on_client_hello (GSocket      *socket,
                 GIOCondition  condition,
                 gpointer      user_data)
{
  RawPeer *peer = user_data;

  g_timeout_add (peer->server->delay_ms, start_slow_handshake, peer);
  return G_SOURCE_REMOVE;
}

static void
raw_peer_free (RawPeer *peer)
{
  g_source_remove_by_user_data (peer);
  g_cancellable_cancel (peer->cancellable);
  g_clear_pointer (&peer->flood_thread, g_thread_join);
  g_clear_object (&peer->cancellable);
  g_clear_object (&peer->tls);
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

  self->n_connections++;
  if (self->behaviour == SC_RAW_CLOSE)
    {
      g_io_stream_close (G_IO_STREAM (connection), NULL, NULL);
      return TRUE;
    }
  peer = g_new0 (RawPeer, 1);
  peer->server = self;
  peer->connection = g_object_ref (connection);
  peer->cancellable = g_cancellable_new ();
  g_ptr_array_add (self->connections, peer);
  if (self->behaviour == SC_RAW_TLS_SLOW)
    {
      /* The wait starts when the client's hello arrives, not at accept:
       * a client under valgrind can take most of a second between
       * connecting and starting its handshake, which would eat the
       * delay and make the handshake look fast. */
      GSocket *socket = g_socket_connection_get_socket (connection);
      g_autoptr(GSource) hello = g_socket_create_source (socket, G_IO_IN, NULL);

      g_source_set_callback (hello, G_SOURCE_FUNC (on_client_hello), peer, NULL);
      g_source_attach (hello, NULL);
      return TRUE;
    }
  g_input_stream_read_async (g_io_stream_get_input_stream (G_IO_STREAM (connection)),
                             peer->buffer, sizeof peer->buffer, G_PRIORITY_DEFAULT,
                             NULL, on_request_read, peer);
  return TRUE;
}

static ScRawServer *
raw_server_new_at (const char     *address,
                   ScRawBehaviour  behaviour)
{
  ScRawServer *self = g_new0 (ScRawServer, 1);
  g_autoptr(GInetAddress) inet = g_inet_address_new_from_string (address);
  g_autoptr(GSocketAddress) listen_address = NULL;
  g_autoptr(GSocketAddress) effective = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (inet);
  listen_address = g_inet_socket_address_new (inet, 0);
  self->behaviour = behaviour;
  self->steps = g_ptr_array_new_with_free_func ((GDestroyNotify) raw_step_free);
  self->connections = g_ptr_array_new_with_free_func ((GDestroyNotify) raw_peer_free);
  self->service = g_socket_service_new ();
  g_socket_listener_add_address (G_SOCKET_LISTENER (self->service), listen_address, G_SOCKET_TYPE_STREAM,
                                 G_SOCKET_PROTOCOL_TCP, NULL, &effective, &error);
  g_assert_no_error (error);
  self->port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (effective));
  g_signal_connect (self->service, "incoming", G_CALLBACK (on_incoming), self);
  g_socket_service_start (self->service);
  return self;
}

ScRawServer *
sc_raw_server_new (ScRawBehaviour  behaviour,
                   const char     *response)
{
  ScRawServer *self = raw_server_new_at ("127.0.0.1", behaviour);

  if (response != NULL)
    add_step (self, 0, response, -1);
  return self;
}

/* Answers every request with @steps, on @address (NULL: 127.0.0.1). */
ScRawServer *
sc_raw_server_new_script (const char      *address,
                          const ScRawStep *steps,
                          guint            n_steps)
{
  ScRawServer *self = raw_server_new_at (address != NULL ? address : "127.0.0.1", SC_RAW_SCRIPT);

  for (guint i = 0; i < n_steps; i++)
    add_step (self, steps[i].delay_ms, steps[i].data, steps[i].length);
  return self;
}

/* Sends @response one byte every @interval_ms, then closes. */
ScRawServer *
sc_raw_server_new_drip (const char *response,
                        guint       interval_ms)
{
  ScRawServer *self = raw_server_new_at ("127.0.0.1", SC_RAW_SCRIPT);

  for (const char *p = response; *p != '\0'; p++)
    add_step (self, interval_ms, p, 1);
  return self;
}

ScRawServer *
sc_raw_server_new_tls_slow (GTlsCertificate *certificate,
                            guint            delay_ms)
{
  ScRawServer *self = sc_raw_server_new (SC_RAW_TLS_SLOW, NULL);

  self->certificate = g_object_ref (certificate);
  self->delay_ms = delay_ms;
  return self;
}

/* Sends @head, then @repeat over and over until the client hangs up. */
ScRawServer *
sc_raw_server_new_flood (const char *head,
                         const char *repeat)
{
  ScRawServer *self = raw_server_new_at ("127.0.0.1", SC_RAW_FLOOD);
  GString *block = g_string_new (NULL);

  /* Fewer, larger writes. */
  while (block->len < 16384)
    g_string_append (block, repeat);
  self->flood_head = g_bytes_new (head, strlen (head));
  self->flood_repeat = g_string_free_to_bytes (block);
  return self;
}

guint
sc_raw_server_port (ScRawServer *self)
{
  return self->port;
}

/* How many connections the server accepted: 0 proves nothing reached it. */
guint
sc_raw_server_get_n_connections (ScRawServer *self)
{
  return self->n_connections;
}

void
sc_raw_server_free (ScRawServer *self)
{
  g_socket_service_stop (self->service);
  g_socket_listener_close (G_SOCKET_LISTENER (self->service));
  g_clear_pointer (&self->connections, g_ptr_array_unref);
  g_object_unref (self->service);
  g_clear_object (&self->certificate);
  g_clear_pointer (&self->steps, g_ptr_array_unref);
  g_clear_pointer (&self->flood_head, g_bytes_unref);
  g_clear_pointer (&self->flood_repeat, g_bytes_unref);
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

ScHop *
sc_test_hop_at (ScCheckResult *result,
                guint          index)
{
  GPtrArray *hops = sc_check_result_get_hops (result);

  g_assert_cmpuint (index, <, hops->len);
  return g_ptr_array_index (hops, index);
}

/* Runs a shell script in a new temporary directory, which is returned. */
static char *
run_in_tmpdir (const char *script)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("statuscope-cert-XXXXXX", &error);
  const char *argv[] = { "sh", "-ec", script, NULL };
  int status = 0;

  g_assert_no_error (error);
  g_spawn_sync (dir, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  return dir;
}

static GTlsCertificate *
load_certificate (const char *dir,
                  const char *cert_name,
                  const char *key_name)
{
  g_autofree char *cert = g_build_filename (dir, cert_name, NULL);
  g_autofree char *key = g_build_filename (dir, key_name, NULL);
  g_autoptr(GError) error = NULL;
  GTlsCertificate *certificate = g_tls_certificate_new_from_files (cert, key, &error);

  g_assert_no_error (error);
  return certificate;
}

static void
remove_tmpdir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      /* openssl ca keeps its database in a folder of its own. */
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        remove_tmpdir (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

#define EC_KEY "-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes"

GTlsCertificate *
sc_test_make_certificate (guint days)
{
  g_autofree char *script =
    g_strdup_printf ("openssl req -x509 " EC_KEY " -days %u -subj /CN=localhost"
                     " -addext subjectAltName=DNS:localhost,IP:127.0.0.1 -keyout key.pem -out cert.pem", days);
  g_autofree char *dir = run_in_tmpdir (script);
  GTlsCertificate *certificate = load_certificate (dir, "cert.pem", "key.pem");

  remove_tmpdir (dir);
  return certificate;
}

/* "20261206120000Z", @days from now (negative: in the past), for openssl. */
static char *
openssl_date (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y%m%d%H%M%SZ");
}

/* A self-signed certificate issued for @lifetime_days, of which
 * @days_left remain: OpenSSL 3.0's req cannot date a certificate in the
 * past, its ca command can. */
GTlsCertificate *
sc_test_make_certificate_aged (guint lifetime_days,
                               guint days_left)
{
  g_autofree char *start = openssl_date ((int) days_left - (int) lifetime_days);
  g_autofree char *end = openssl_date ((int) days_left);
  g_autofree char *script = g_strdup_printf (
    "mkdir db && touch db/index.txt && echo 01 > db/serial\n"
    "printf '[ca]\\ndefault_ca=d\\n[d]\\ndatabase=db/index.txt\\nnew_certs_dir=db\\nserial=db/serial\\n"
    "default_md=sha256\\npolicy=p\\ncopy_extensions=copy\\nunique_subject=no\\n[p]\\ncommonName=supplied\\n' > ca.cnf\n"
    "openssl req -new " EC_KEY " -subj /CN=localhost -addext subjectAltName=DNS:localhost,IP:127.0.0.1"
    " -keyout key.pem -out req.csr\n"
    "openssl ca -batch -config ca.cnf -selfsign -keyfile key.pem -in req.csr -startdate %s -enddate %s"
    " -notext -out cert.pem\n", start, end);
  g_autofree char *dir = run_in_tmpdir (script);
  GTlsCertificate *certificate = load_certificate (dir, "cert.pem", "key.pem");

  remove_tmpdir (dir);
  return certificate;
}

/* What @script (run by sh -e in a new temporary directory) writes to
 * cert.pem and key.pem: for certificates a test describes itself. */
GTlsCertificate *
sc_test_make_certificate_from_script (const char *script)
{
  g_autofree char *dir = run_in_tmpdir (script);
  GTlsCertificate *certificate = load_certificate (dir, "cert.pem", "key.pem");

  remove_tmpdir (dir);
  return certificate;
}

/* A root, an intermediate and a leaf for localhost/127.0.0.1. */
ScTestChain *
sc_test_make_chain (void)
{
  static const char script[] =
    "printf 'basicConstraints=critical,CA:TRUE\\nkeyUsage=critical,keyCertSign,cRLSign\\n' > ca.ext\n"
    "printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\\n' > leaf.ext\n"
    "openssl req -x509 " EC_KEY " -days 30 -subj '/CN=Statuscope Test Root' -keyout root.key -out root.pem"
    " -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign\n"
    "openssl req " EC_KEY " -subj '/CN=Statuscope Test Intermediate' -keyout int.key -out int.csr\n"
    "openssl x509 -req -in int.csr -CA root.pem -CAkey root.key -CAcreateserial -days 30 -extfile ca.ext -out int.pem\n"
    "openssl req " EC_KEY " -subj /CN=localhost -keyout leaf.key -out leaf.csr\n"
    "openssl x509 -req -in leaf.csr -CA int.pem -CAkey int.key -CAcreateserial -days 30 -extfile leaf.ext -out leaf.pem\n"
    "cat leaf.pem int.pem > full.pem\n";
  g_autofree char *dir = run_in_tmpdir (script);
  g_autofree char *root = g_build_filename (dir, "root.pem", NULL);
  g_autoptr(GError) error = NULL;
  ScTestChain *chain = g_new0 (ScTestChain, 1);

  chain->leaf_only = load_certificate (dir, "leaf.pem", "leaf.key");
  chain->full_chain = load_certificate (dir, "full.pem", "leaf.key");
  chain->trust = g_tls_file_database_new (root, &error);
  g_assert_no_error (error);
  /* The database reads root.pem again later, so the files stay until the
   * chain is freed. */
  chain->dir = g_steal_pointer (&dir);
  return chain;
}

void
sc_test_chain_free (ScTestChain *chain)
{
  g_clear_object (&chain->leaf_only);
  g_clear_object (&chain->full_chain);
  g_clear_object (&chain->trust);
  remove_tmpdir (chain->dir);
  g_free (chain->dir);
  g_free (chain);
}

guint
sc_test_free_port (void)
{
  struct sockaddr_in address = { .sin_family = AF_INET, .sin_port = 0 };
  socklen_t length = sizeof address;
  int fd = socket (AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  guint port;

  g_assert_cmpint (fd, >=, 0);
  address.sin_addr.s_addr = htonl (INADDR_LOOPBACK);
  g_assert_cmpint (bind (fd, (struct sockaddr *) &address, sizeof address), ==, 0);
  g_assert_cmpint (getsockname (fd, (struct sockaddr *) &address, &length), ==, 0);
  port = ntohs (address.sin_port);
  close (fd);
  return port;
}
