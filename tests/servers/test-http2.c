/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "sc-checker.h"
#include "sc-test-daemon.h"
#include "sc-test-expect.h"
#include "sc-test-server.h"

/* HTTP/2: libsoup 3.2 offers it through ALPN on every https connection, so
 * a site that offers it is checked over it, and the hop says so.  Proved
 * with real nginx on two ports, one with http2 and one without. */

static char *dir;
static ScTestDaemon *nginx;
static guint h2_port, h1_port;

static const char config[] =
  "daemon off;\n"
  "worker_processes 1;\n"
  "pid {DIR}/nginx.pid;\n"
  "error_log {DIR}/error.log;\n"
  "events { worker_connections 64; }\n"
  "http {\n"
  "  access_log off;\n"
  "  client_body_temp_path {DIR}/tmp/body;\n"
  "  proxy_temp_path {DIR}/tmp/proxy;\n"
  "  fastcgi_temp_path {DIR}/tmp/fastcgi;\n"
  "  uwsgi_temp_path {DIR}/tmp/uwsgi;\n"
  "  scgi_temp_path {DIR}/tmp/scgi;\n"
  "  ssl_certificate {DIR}/cert.pem;\n"
  "  ssl_certificate_key {DIR}/key.pem;\n"
  "  server { listen 127.0.0.1:{H2} ssl http2; location / { return 200 \"over h2\\n\"; } }\n"
  "  server { listen 127.0.0.1:{H1} ssl; location / { return 200 \"over h1\\n\"; } }\n"
  "}\n";

static void
start_nginx (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *h2 = NULL, *h1 = NULL, *conf = NULL, *conf_path = NULL, *error_log = NULL;
  const char *openssl[] = {
    "openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
    "-days", "30", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
    "-keyout", NULL, "-out", NULL, NULL
  };
  g_autofree char *key = NULL, *cert = NULL;

  dir = sc_test_daemon_make_dir ("statuscope-http2", &error);
  g_assert_no_error (error);
  key = g_build_filename (dir, "key.pem", NULL);
  cert = g_build_filename (dir, "cert.pem", NULL);
  openssl[15] = key;
  openssl[17] = cert;
  g_assert_true (sc_test_run_program (openssl, NULL, 20000, NULL, &error));
  g_assert_no_error (error);

  h2_port = sc_test_free_port ();
  h1_port = sc_test_free_port ();
  h2 = g_strdup_printf ("%u", h2_port);
  h1 = g_strdup_printf ("%u", h1_port);
  conf = sc_test_expand (config, "DIR", dir, "H2", h2, "H1", h1, NULL);
  g_assert_true (sc_test_daemon_write_file (dir, "nginx.conf", conf, &error));
  g_assert_true (sc_test_daemon_write_file (dir, "tmp/.keep", "", &error));
  g_assert_no_error (error);
  conf_path = g_build_filename (dir, "nginx.conf", NULL);
  error_log = g_build_filename (dir, "error.log", NULL);
  {
    const char *argv[] = { "nginx", "-e", error_log, "-p", dir, "-c", conf_path, NULL };

    nginx = sc_test_daemon_start ("nginx", argv, "127.0.0.1", h1_port, &error);
    g_assert_no_error (error);
  }
  g_assert_true (sc_test_wait_for_listener ("127.0.0.1", h2_port, NULL, 10000));
}

static ScCheckResult *
check_port (guint port)
{
  g_autoptr(ScChecker) checker = sc_checker_new (4, 4);
  g_autofree char *url = g_strdup_printf ("https://127.0.0.1:%u/", port);

  /* Self-signed: the certificate is still reported, the check goes on. */
  sc_checker_set_ignore_tls_errors (checker, TRUE);
  return sc_test_check (checker, url);
}

static void
test_h2 (void)
{
  g_autoptr(ScCheckResult) result = check_port (h2_port);

  g_assert_cmpuint (sc_check_result_get_status (result), ==, 200);
  g_assert_cmpstr (sc_hop_get_http_version (sc_test_hop_at (result, 0)), ==, "HTTP/2");
  /* HTTP/2 has no reason phrase; the catalog's title still names the code. */
  g_assert_cmpstr (sc_check_result_get_title (result), ==, "OK");
  sc_test_expect_who (result, "origin", "nginx");
}

static void
test_h1 (void)
{
  g_autoptr(ScCheckResult) result = check_port (h1_port);

  g_assert_cmpuint (sc_check_result_get_status (result), ==, 200);
  g_assert_cmpstr (sc_hop_get_http_version (sc_test_hop_at (result, 0)), ==, "HTTP/1.1");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  start_nginx ();
  g_test_add_func ("/http2/offered", test_h2);
  g_test_add_func ("/http2/not-offered", test_h1);
  status = g_test_run ();
  sc_test_daemon_free (nginx);
  g_free (dir);
  return status;
}
