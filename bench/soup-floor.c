/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The least a libsoup 3 client can do per URL: a GET with 8 requests in
 * flight and the body read, nothing else; no result, no output.  The
 * throughput benchmark runs it beside statuscope-cli and curl, to show how
 * much of the difference to curl is libsoup's own.
 *
 * Usage: soup-floor FILE-OF-URLS */
#include <libsoup/soup.h>
#include <stdio.h>

typedef struct {
  SoupSession *session;
  GPtrArray   *urls;
  guint        next, running;
  GMainLoop   *loop;
  char         buffer[32 * 1024];
} Run;

static void start_next (Run *run);

static void
on_read (GObject *source, GAsyncResult *res, gpointer data)
{
  Run *run = data;
  gssize n = g_input_stream_read_finish (G_INPUT_STREAM (source), res, NULL);

  if (n > 0)
    {
      g_input_stream_read_async (G_INPUT_STREAM (source), run->buffer, sizeof run->buffer,
                                 G_PRIORITY_DEFAULT, NULL, on_read, run);
      return;
    }
  g_input_stream_close (G_INPUT_STREAM (source), NULL, NULL);
  g_object_unref (source);
  run->running--;
  start_next (run);
}

static void
on_sent (GObject *source, GAsyncResult *res, gpointer data)
{
  Run *run = data;
  GInputStream *stream = soup_session_send_finish (SOUP_SESSION (source), res, NULL);

  if (stream == NULL)
    {
      run->running--;
      start_next (run);
      return;
    }
  g_input_stream_read_async (stream, run->buffer, sizeof run->buffer,
                             G_PRIORITY_DEFAULT, NULL, on_read, run);
}

static void
start_next (Run *run)
{
  while (run->running < 8 && run->next < run->urls->len)
    {
      SoupMessage *msg = soup_message_new ("GET", g_ptr_array_index (run->urls, run->next++));
      run->running++;
      soup_session_send_async (run->session, msg, G_PRIORITY_DEFAULT, NULL, on_sent, run);
      g_object_unref (msg);
    }
  if (run->running == 0 && run->next == run->urls->len)
    g_main_loop_quit (run->loop);
}

int
main (int argc, char **argv)
{
  Run run = { 0 };
  char line[4096];
  FILE *f = fopen (argv[1], "r");

  run.urls = g_ptr_array_new_with_free_func (g_free);
  while (fgets (line, sizeof line, f))
    g_ptr_array_add (run.urls, g_strstrip (g_strdup (line)));
  run.session = soup_session_new_with_options ("max-conns", 8, "max-conns-per-host", 8,
                                               "proxy-resolver", NULL, NULL);
  run.loop = g_main_loop_new (NULL, FALSE);
  start_next (&run);
  g_main_loop_run (run.loop);
  return 0;
}
