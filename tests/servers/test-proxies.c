/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <unistd.h>

#include "sc-checker.h"
#include "sc-test-daemon.h"
#include "sc-test-expect.h"
#include "sc-test-server.h"

/* Proxies, gateways, load balancers and caches, each the real program made
 * to fail for real: HAProxy, Varnish, nginx, Apache and Traffic Server in
 * front of a site, and Squid (and Apache) as the checking side's own
 * proxy.  Behind them are this program's own peers: a well-behaved server
 * whose /respond can answer late, a peer that answers with something that
 * is not HTTP, one that accepts and never answers, and a port nobody
 * listens on.  Each daemon is started once, on first use, and shared by
 * its cases; their timeouts are one second so that the whole program
 * stays short. */

/* How long a slow backend takes: well past every proxy's one second. */
#define SLOW_MS "3000"

#define TRAFFIC_SERVER_BODY_FACTORY "/etc/trafficserver/body_factory"

typedef enum {
  HAPROXY,
  VARNISH,
  NGINX,
  APACHE,
  SQUID,
  APACHE_FORWARD,   /* Apache as a forward proxy that wants a login */
  TRAFFIC_SERVER,
  N_DAEMONS
} Daemon;

static const char * const daemon_names[N_DAEMONS] = {
  "haproxy", "varnish", "nginx", "apache", "squid", "apache-forward", "traffic-server",
};

typedef struct {
  char         *dir;
  ScTestDaemon *daemon;
  guint         port;
} Running;

/* The backends, and the daemons started so far. */
static ScTestServer *backend;
static ScRawServer  *garbage;
static ScRawServer  *silent;
static guint         closed_port;
static Running       running[N_DAEMONS];
/* HAProxy listens on one port per backend. */
static guint         haproxy_ports[5];

/* The config of each daemon: {KEY}s are filled in by expand_config(). */

static const char haproxy_config[] =
  "global\n"
  "    log stderr format short local0 info\n"
  "defaults\n"
  "    mode http\n"
  "    log global\n"
  "    option httplog\n"
  /* A refused connection is retried after a second, three times by default. */
  "    retries 0\n"
  "    timeout connect 1s\n"
  "    timeout client 5s\n"
  "    timeout server 1s\n"
  "listen down\n"
  "    bind 127.0.0.1:{P0}\n"
  "    server s1 127.0.0.1:{CLOSED} check inter 100ms fall 1 rise 1\n"
  "listen slow\n"
  "    bind 127.0.0.1:{P1}\n"
  "    server s1 127.0.0.1:{BACKEND}\n"
  "listen garbage\n"
  "    bind 127.0.0.1:{P2}\n"
  "    server s1 127.0.0.1:{GARBAGE}\n"
  "listen denied\n"
  "    bind 127.0.0.1:{P3}\n"
  "    http-request deny\n"
  "    server s1 127.0.0.1:{BACKEND}\n"
  "listen healthy\n"
  "    bind 127.0.0.1:{P4}\n"
  "    server s1 127.0.0.1:{BACKEND}\n";

/* return (pass): no case should depend on what an earlier one cached. */
static const char varnish_vcl[] =
  "vcl 4.1;\n"
  "backend site { .host = \"127.0.0.1\"; .port = \"{BACKEND}\"; .first_byte_timeout = 1s; }\n"
  "backend down { .host = \"127.0.0.1\"; .port = \"{CLOSED}\"; .connect_timeout = 1s; }\n"
  "backend garbage { .host = \"127.0.0.1\"; .port = \"{GARBAGE}\"; .first_byte_timeout = 1s; }\n"
  "sub vcl_recv {\n"
  "  if (req.url ~ \"^/denied\") { return (synth (403, \"Forbidden\")); }\n"
  "  if (req.url ~ \"^/down/\") { set req.backend_hint = down; }\n"
  "  elsif (req.url ~ \"^/garbage/\") { set req.backend_hint = garbage; }\n"
  "  else { set req.backend_hint = site; }\n"
  "  set req.url = regsub (req.url, \"^/(down|garbage|slow)/\", \"/\");\n"
  "  return (pass);\n"
  "}\n";

static const char nginx_config[] =
  "daemon off;\n"
  "master_process off;\n"
  "worker_processes 1;\n"
  "pid {DIR}/nginx.pid;\n"
  "error_log stderr info;\n"
  "events { worker_connections 64; }\n"
  "http {\n"
  "  access_log off;\n"
  "  client_body_temp_path {DIR}/body;\n"
  "  proxy_temp_path {DIR}/proxy;\n"
  "  fastcgi_temp_path {DIR}/fastcgi;\n"
  "  uwsgi_temp_path {DIR}/uwsgi;\n"
  "  scgi_temp_path {DIR}/scgi;\n"
  "  proxy_connect_timeout 1s;\n"
  "  proxy_read_timeout 1s;\n"
  "  server {\n"
  "    listen 127.0.0.1:{PORT};\n"
  "    location /down/ { proxy_pass http://127.0.0.1:{CLOSED}/; }\n"
  /* nginx in front of the Varnish of these tests: Varnish's page passes. */
  "    location /varnish/ { proxy_pass http://127.0.0.1:{VARNISH}/; }\n"
  "    location /slow/ { proxy_pass http://127.0.0.1:{BACKEND}/; }\n"
  "    location / { proxy_pass http://127.0.0.1:{BACKEND}; }\n"
  "  }\n"
  "}\n";

/* /fcgi/ is Apache in front of PHP-FPM that is stuck: a FastCGI peer that
 * accepts and never answers. */
static const char apache_config[] =
  "ServerRoot {DIR}\n"
  "ServerName 127.0.0.1\n"
  "PidFile {DIR}/httpd.pid\n"
  "DefaultRuntimeDir {DIR}\n"
  "ErrorLog /dev/stderr\n"
  "LogLevel warn\n"
  "LoadModule mpm_event_module {MODULES}/mod_mpm_event.so\n"
  "LoadModule authz_core_module {MODULES}/mod_authz_core.so\n"
  "LoadModule proxy_module {MODULES}/mod_proxy.so\n"
  "LoadModule proxy_http_module {MODULES}/mod_proxy_http.so\n"
  "LoadModule proxy_fcgi_module {MODULES}/mod_proxy_fcgi.so\n"
  "{USER}"
  "Listen 127.0.0.1:{PORT}\n"
  "ProxyTimeout 1\n"
  "ProxyPass /down/ http://127.0.0.1:{CLOSED}/\n"
  "ProxyPass /slow/ http://127.0.0.1:{BACKEND}/\n"
  "ProxyPass /fcgi/ fcgi://127.0.0.1:{SILENT}/\n"
  "ProxyPass / http://127.0.0.1:{BACKEND}/\n";

static const char apache_forward_config[] =
  "ServerRoot {DIR}\n"
  "ServerName 127.0.0.1\n"
  "PidFile {DIR}/httpd.pid\n"
  "DefaultRuntimeDir {DIR}\n"
  "ErrorLog /dev/stderr\n"
  "LogLevel warn\n"
  "LoadModule mpm_event_module {MODULES}/mod_mpm_event.so\n"
  "LoadModule authz_core_module {MODULES}/mod_authz_core.so\n"
  "LoadModule authn_core_module {MODULES}/mod_authn_core.so\n"
  "LoadModule authn_file_module {MODULES}/mod_authn_file.so\n"
  "LoadModule authz_user_module {MODULES}/mod_authz_user.so\n"
  "LoadModule auth_basic_module {MODULES}/mod_auth_basic.so\n"
  "LoadModule proxy_module {MODULES}/mod_proxy.so\n"
  "LoadModule proxy_http_module {MODULES}/mod_proxy_http.so\n"
  "{USER}"
  "Listen 127.0.0.1:{PORT}\n"
  "ProxyRequests On\n"
  "<Proxy \"*\">\n"
  "  AuthType Basic\n"
  "  AuthName \"Statuscope test proxy\"\n"
  "  AuthUserFile {DIR}/htpasswd\n"
  "  Require valid-user\n"
  "</Proxy>\n";

/* Nothing is written to the directory: as root Squid works as "proxy",
 * which cannot write where root made it (its messages reach the test's
 * log through -d 1 instead).  The DNS server is one that does not
 * answer, so that a name fails after dns_timeout. */
static const char squid_config[] =
  "http_port 127.0.0.1:{PORT}\n"
  "pid_filename none\n"
  "cache_log /dev/null\n"
  "access_log none\n"
  "coredump_dir {DIR}\n"
  "cache deny all\n"
  "cache_mem 4 MB\n"
  "netdb_filename none\n"
  "pinger_enable off\n"
  "shutdown_lifetime 0 seconds\n"
  "connect_timeout 1 seconds\n"
  "read_timeout 1 seconds\n"
  "dns_nameservers 127.0.0.1\n"
  "dns_timeout 1 seconds\n"
  "dns_retransmit_interval 1 seconds\n"
  "auth_param basic program {HELPERS}/basic_fake_auth\n"
  "auth_param basic children 1 startup=0 idle=1\n"
  "auth_param basic realm Statuscope test proxy\n"
  "acl authed proxy_auth REQUIRED\n"
  "acl denied urlpath_regex ^/denied\n"
  "acl login urlpath_regex ^/login\n"
  "acl portal urlpath_regex ^/portal\n"
  "deny_info 511:ERR_AGENT_CONFIGURE portal\n"
  "http_access deny denied\n"
  /* proxy_auth last on a deny line: Squid asks for a login (407). */
  "http_access deny login !authed\n"
  "http_access deny portal\n"
  "http_access allow all\n";

/* Traffic Server finds everything through its run root.  "#-1" keeps the
 * user it was started as (as root it would become "trafficserver", which
 * cannot write here); its error pages are the ones Debian installs.  Only
 * /site/ and the failing paths are mapped, so that any other path has no
 * rule. */
static const char traffic_server_runroot[] =
  "prefix: /usr\n"
  "exec_prefix: /usr\n"
  "bindir: /usr/bin\n"
  "sbindir: /usr/sbin\n"
  "includedir: /usr/include\n"
  "libdir: /usr/lib/trafficserver\n"
  "libexecdir: /usr/lib/trafficserver/modules\n"
  "sysconfdir: {DIR}/etc\n"
  "datadir: {DIR}/cache\n"
  "localstatedir: {DIR}\n"
  "runtimedir: {DIR}/run\n"
  "logdir: {DIR}/log\n"
  "cachedir: {DIR}/cache\n";

static const char traffic_server_records[] =
  "CONFIG proxy.config.http.server_ports STRING {PORT}:ipv4:ip-in=127.0.0.1\n"
  "CONFIG proxy.config.admin.user_id STRING #-1\n"
  "CONFIG proxy.config.crash_log_helper STRING \"\"\n"
  "CONFIG proxy.config.body_factory.template_sets_dir STRING " TRAFFIC_SERVER_BODY_FACTORY "\n"
  "CONFIG proxy.config.http.cache.http INT 0\n"
  "CONFIG proxy.config.cache.ram_cache.size INT 1048576\n"
  "CONFIG proxy.config.log.logging_enabled INT 0\n"
  "CONFIG proxy.config.url_remap.remap_required INT 1\n"
  "CONFIG proxy.config.reverse_proxy.enabled INT 1\n"
  "CONFIG proxy.config.http.connect_attempts_timeout INT 1\n"
  "CONFIG proxy.config.http.connect_attempts_max_retries INT 0\n"
  "CONFIG proxy.config.http.connect_attempts_max_retries_dead_server INT 0\n"
  "CONFIG proxy.config.http.connect_attempts_rr_retries INT 0\n"
  "CONFIG proxy.config.http.transaction_no_activity_timeout_out INT 1\n";

static const char traffic_server_remap[] =
  "map http://127.0.0.1:{PORT}/down/ http://127.0.0.1:{CLOSED}/\n"
  "map http://127.0.0.1:{PORT}/slow/ http://127.0.0.1:{BACKEND}/\n"
  "map http://127.0.0.1:{PORT}/garbage/ http://127.0.0.1:{GARBAGE}/\n"
  "map http://127.0.0.1:{PORT}/site/ http://127.0.0.1:{BACKEND}/\n";

static const char traffic_server_ip_allow[] =
  "ip_allow:\n"
  "  - apply: in\n"
  "    ip_addrs: 127.0.0.1\n"
  "    action: allow\n"
  "  - apply: out\n"
  "    ip_addrs: 0/0\n"
  "    action: allow\n";

static char *
expand_config (const char *template,
               Running    *run)
{
  g_autofree char *port = g_strdup_printf ("%u", run->port);
  g_autofree char *closed = g_strdup_printf ("%u", closed_port);
  g_autofree char *backend_port = g_strdup_printf ("%u", backend->port);
  g_autofree char *garbage_port = g_strdup_printf ("%u", sc_raw_server_port (garbage));
  g_autofree char *silent_port = g_strdup_printf ("%u", sc_raw_server_port (silent));
  g_autofree char *varnish_port = g_strdup_printf ("%u", running[VARNISH].port);
  g_autofree char *nginx_port = g_strdup_printf ("%u", running[NGINX].port);
  char p[G_N_ELEMENTS (haproxy_ports)][16];
  /* Apache refuses to serve as root; it needs a user to become. */
  const char *user = geteuid () == 0 ? "User nobody\nGroup nogroup\n" : "";

  for (guint i = 0; i < G_N_ELEMENTS (haproxy_ports); i++)
    g_snprintf (p[i], sizeof p[i], "%u", haproxy_ports[i]);
  return sc_test_expand (template,
                         "DIR", run->dir, "PORT", port, "CLOSED", closed,
                         "BACKEND", backend_port, "GARBAGE", garbage_port, "SILENT", silent_port,
                         "VARNISH", varnish_port, "NGINX", nginx_port,
                         "P0", p[0], "P1", p[1], "P2", p[2], "P3", p[3], "P4", p[4],
                         "MODULES", "/usr/lib/apache2/modules", "HELPERS", "/usr/lib/squid",
                         "USER", user, NULL);
}

static void
write_config (Running    *run,
              const char *name,
              const char *template)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = expand_config (template, run);

  sc_test_daemon_write_file (run->dir, name, text, &error);
  g_assert_no_error (error);
}

static ScTestDaemon *
start (const char         *name,
       const char * const *argv,
       guint               port)
{
  const ScTestDaemonOptions options = {
    .name = name,
    .argv = argv,
    .listen_host = "127.0.0.1",
    .port = port,
  };
  g_autoptr(GError) error = NULL;
  ScTestDaemon *daemon = sc_test_daemon_start_full (&options, &error);

  g_assert_no_error (error);
  return daemon;
}

static void
start_haproxy (Running *run)
{
  g_autofree char *config = g_build_filename (run->dir, "haproxy.cfg", NULL);
  const char * const argv[] = { "haproxy", "-db", "-f", config, NULL };

  for (guint i = 0; i < G_N_ELEMENTS (haproxy_ports); i++)
    haproxy_ports[i] = sc_test_free_port ();
  write_config (run, "haproxy.cfg", haproxy_config);
  run->daemon = start ("haproxy", argv, haproxy_ports[G_N_ELEMENTS (haproxy_ports) - 1]);
  /* The health check marks the only server of "down" as down at once;
   * either way HAProxy answers the same 503. */
}

static void
start_varnish (Running *run)
{
  g_autofree char *vcl = g_build_filename (run->dir, "default.vcl", NULL);
  g_autofree char *workdir = g_build_filename (run->dir, "varnish", NULL);
  g_autofree char *listen = g_strdup_printf ("127.0.0.1:%u", run->port);
  const char * const argv[] = { "varnishd", "-F", "-a", listen, "-f", vcl, "-n", workdir,
                                "-s", "malloc,16m", NULL };

  write_config (run, "default.vcl", varnish_vcl);
  run->daemon = start ("varnishd", argv, run->port);
}

static void
start_nginx (Running *run)
{
  g_autofree char *config = g_build_filename (run->dir, "nginx.conf", NULL);
  const char * const argv[] = { "nginx", "-p", run->dir, "-e", "stderr", "-c", config, NULL };

  write_config (run, "nginx.conf", nginx_config);
  run->daemon = start ("nginx", argv, run->port);
}

static void
start_apache (Running    *run,
              const char *template)
{
  g_autofree char *config = g_build_filename (run->dir, "httpd.conf", NULL);
  const char * const argv[] = { "apache2", "-X", "-f", config, NULL };
  g_autoptr(GError) error = NULL;

  /* The password file only has to exist: no test sends a login. */
  sc_test_daemon_write_file (run->dir, "htpasswd", "user:$apr1$notused$notusednotusednotuse.\n", &error);
  g_assert_no_error (error);
  write_config (run, "httpd.conf", template);
  run->daemon = start ("apache2", argv, run->port);
}

static void
start_squid (Running *run)
{
  g_autofree char *config = g_build_filename (run->dir, "squid.conf", NULL);
  const char * const argv[] = { "squid", "-N", "-d", "1", "-f", config, NULL };

  write_config (run, "squid.conf", squid_config);
  run->daemon = start ("squid", argv, run->port);
}

static void
start_traffic_server (Running *run)
{
  g_autofree char *runroot = g_build_filename (run->dir, "runroot.yaml", NULL);
  g_autofree char *option = g_strconcat ("--run-root=", runroot, NULL);
  const char * const argv[] = { "traffic_server", option, NULL };
  const char * const dirs[] = { "run", "log", "cache" };
  g_autoptr(GError) error = NULL;

  sc_test_require_file (TRAFFIC_SERVER_BODY_FACTORY "/default/connect#failed_connect", "trafficserver", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      g_autofree char *path = g_build_filename (run->dir, dirs[i], NULL);

      g_assert_cmpint (g_mkdir_with_parents (path, 0755), ==, 0);
    }
  write_config (run, "etc/storage.config", "{DIR}/cache.db 16M\n");
  write_config (run, "runroot.yaml", traffic_server_runroot);
  write_config (run, "etc/records.config", traffic_server_records);
  write_config (run, "etc/remap.config", traffic_server_remap);
  write_config (run, "etc/ip_allow.yaml", traffic_server_ip_allow);
  run->daemon = start ("traffic_server", argv, run->port);
}

static Running *
ensure_running (Daemon which)
{
  Running *run = &running[which];
  g_autoptr(GError) error = NULL;

  if (run->daemon != NULL)
    {
      g_assert_true (sc_test_daemon_is_running (run->daemon));
      return run;
    }
  /* nginx's config and the URLs through Squid name Varnish's and nginx's
   * ports. */
  if (which == NGINX || which == SQUID)
    ensure_running (VARNISH);
  if (which == SQUID)
    ensure_running (NGINX);
  run->dir = sc_test_daemon_make_dir (daemon_names[which], &error);
  g_assert_no_error (error);
  run->port = sc_test_free_port ();
  switch (which)
    {
    case HAPROXY: start_haproxy (run); break;
    case VARNISH: start_varnish (run); break;
    case NGINX: start_nginx (run); break;
    case APACHE: start_apache (run, apache_config); break;
    case SQUID: start_squid (run); break;
    case APACHE_FORWARD: start_apache (run, apache_forward_config); break;
    case TRAFFIC_SERVER: start_traffic_server (run); break;
    case N_DAEMONS:
    default: g_assert_not_reached ();
    }
  return run;
}

/* One case: a request, and what Statuscope must make of the answer. */
typedef struct {
  const char *path;
  Daemon      daemon;
  gboolean    forward;     /* the daemon is the checker's proxy, not the site's */
  const char *url;         /* the site; {PORT} is the daemon's (or {P0}… HAProxy's) */
  guint       status;
  const char *role;
  const char *software;    /* NULL: none required */
  const char *finding;     /* NULL: none of upstream_findings */
  const char *through;     /* a relay that must be named, or NULL */
} ProxyCase;

#define HEALTHY_PAGE "/respond?body=Welcome"
#define SLOW_PAGE    "/respond?body=Late&delay=" SLOW_MS

static const ProxyCase cases[] = {
  { "/proxies/haproxy/no-backend", HAPROXY, FALSE, "http://127.0.0.1:{P0}/",
    503, "proxy", "HAProxy", "upstream-unreachable", NULL },
  { "/proxies/haproxy/slow-backend", HAPROXY, FALSE, "http://127.0.0.1:{P1}" SLOW_PAGE,
    504, "proxy", "HAProxy", "upstream-timeout", NULL },
  { "/proxies/haproxy/invalid-response", HAPROXY, FALSE, "http://127.0.0.1:{P2}/",
    502, "proxy", "HAProxy", "upstream-invalid-response", NULL },
  { "/proxies/haproxy/denied", HAPROXY, FALSE, "http://127.0.0.1:{P3}" HEALTHY_PAGE,
    403, "proxy", "HAProxy", "proxy-rule-denied", NULL },
  { "/proxies/haproxy/healthy", HAPROXY, FALSE, "http://127.0.0.1:{P4}" HEALTHY_PAGE,
    200, "origin", NULL, NULL, NULL },

  /* Varnish's page is the same whatever failed behind it; only the wait
   * tells a slow backend from a refused one. */
  { "/proxies/varnish/backend-down", VARNISH, FALSE, "http://127.0.0.1:{PORT}/down/",
    503, "proxy", "Varnish", "upstream-unreachable", NULL },
  { "/proxies/varnish/slow-backend", VARNISH, FALSE, "http://127.0.0.1:{PORT}/slow" SLOW_PAGE,
    503, "proxy", "Varnish", "upstream-timeout", NULL },
  { "/proxies/varnish/invalid-response", VARNISH, FALSE, "http://127.0.0.1:{PORT}/garbage/",
    503, "proxy", "Varnish", "upstream-unreachable", NULL },
  { "/proxies/varnish/synthetic", VARNISH, FALSE, "http://127.0.0.1:{PORT}/denied",
    403, "proxy", "Varnish", NULL, NULL },
  { "/proxies/varnish/healthy", VARNISH, FALSE, "http://127.0.0.1:{PORT}" HEALTHY_PAGE,
    200, "origin", NULL, NULL, "Varnish" },

  { "/proxies/nginx/backend-down", NGINX, FALSE, "http://127.0.0.1:{PORT}/down/",
    502, "proxy", "nginx", "upstream-unreachable", NULL },
  { "/proxies/nginx/slow-backend", NGINX, FALSE, "http://127.0.0.1:{PORT}/slow" SLOW_PAGE,
    504, "proxy", "nginx", "upstream-timeout", NULL },
  { "/proxies/nginx/healthy", NGINX, FALSE, "http://127.0.0.1:{PORT}" HEALTHY_PAGE,
    200, "origin", NULL, NULL, NULL },
  /* nginx passes on the 503 that Varnish made: Varnish answered. */
  { "/proxies/nginx/varnish-backend-down", NGINX, FALSE, "http://127.0.0.1:{PORT}/varnish/down/",
    503, "proxy", "Varnish", "upstream-unreachable", "nginx" },
  { "/proxies/nginx/varnish-healthy", NGINX, FALSE, "http://127.0.0.1:{PORT}/varnish" HEALTHY_PAGE,
    200, "origin", NULL, NULL, "Varnish" },

  /* Apache 2.4 answers a backend read timeout with a 502 of its own, and
   * only a FastCGI one with a 504. */
  { "/proxies/apache/backend-down", APACHE, FALSE, "http://127.0.0.1:{PORT}/down/",
    503, "proxy", "Apache", "upstream-unreachable", NULL },
  { "/proxies/apache/slow-backend", APACHE, FALSE, "http://127.0.0.1:{PORT}/slow" SLOW_PAGE,
    502, "proxy", "Apache", "upstream-timeout", NULL },
  { "/proxies/apache/fastcgi-timeout", APACHE, FALSE, "http://127.0.0.1:{PORT}/fcgi/index.php",
    504, "proxy", "Apache", "upstream-timeout", NULL },
  { "/proxies/apache/healthy", APACHE, FALSE, "http://127.0.0.1:{PORT}" HEALTHY_PAGE,
    200, "origin", NULL, NULL, NULL },

  { "/proxies/traffic-server/backend-down", TRAFFIC_SERVER, FALSE, "http://127.0.0.1:{PORT}/down/",
    502, "proxy", "Apache Traffic Server", "upstream-unreachable", NULL },
  { "/proxies/traffic-server/slow-backend", TRAFFIC_SERVER, FALSE, "http://127.0.0.1:{PORT}/slow" SLOW_PAGE,
    504, "proxy", "Apache Traffic Server", "upstream-timeout", NULL },
  { "/proxies/traffic-server/invalid-response", TRAFFIC_SERVER, FALSE, "http://127.0.0.1:{PORT}/garbage/",
    502, "proxy", "Apache Traffic Server", "upstream-invalid-response", NULL },
  { "/proxies/traffic-server/no-mapping", TRAFFIC_SERVER, FALSE, "http://127.0.0.1:{PORT}/elsewhere/",
    404, "proxy", "Apache Traffic Server", "proxy-no-route", NULL },
  { "/proxies/traffic-server/healthy", TRAFFIC_SERVER, FALSE, "http://127.0.0.1:{PORT}/site" HEALTHY_PAGE,
    200, "origin", NULL, NULL, "Apache Traffic Server" },

  /* The checker's own proxy: its word, never the site's. */
  { "/proxies/squid/connect-fail", SQUID, TRUE, "http://127.0.0.1:{CLOSED}/",
    503, "local-proxy", "Squid", "local-proxy-answered", NULL },
  { "/proxies/squid/access-denied", SQUID, TRUE, "http://127.0.0.1:{BACKEND}/denied",
    403, "local-proxy", "Squid", "local-proxy-answered", NULL },
  { "/proxies/squid/auth-required", SQUID, TRUE, "http://127.0.0.1:{BACKEND}/login",
    407, "local-proxy", "Squid", "local-proxy-answered", NULL },
  { "/proxies/squid/unresolvable", SQUID, TRUE, "http://statuscope-test.invalid/",
    502, "local-proxy", "Squid", "local-proxy-answered", NULL },
  { "/proxies/squid/read-timeout", SQUID, TRUE, "http://127.0.0.1:{BACKEND}" SLOW_PAGE,
    504, "local-proxy", "Squid", "local-proxy-answered", NULL },
  { "/proxies/squid/captive-portal", SQUID, TRUE, "http://127.0.0.1:{BACKEND}/portal",
    511, "local-proxy", "Squid", "captive-portal", NULL },
  { "/proxies/squid/healthy", SQUID, TRUE, "http://127.0.0.1:{BACKEND}" HEALTHY_PAGE,
    200, "origin", NULL, NULL, "Squid" },
  /* Squid carries the site's own failure (its Varnish could not reach the
   * backend): that is the site's answer, not the proxy's. */
  { "/proxies/squid/carries-site-varnish-503", SQUID, TRUE, "http://127.0.0.1:{VARNISH}/down/",
    503, "proxy", "Varnish", "upstream-unreachable", "Squid" },
  { "/proxies/squid/carries-site-nginx-502", SQUID, TRUE, "http://127.0.0.1:{NGINX}/down/",
    502, "proxy", "nginx", "upstream-unreachable", "Squid" },

  { "/proxies/apache-forward/auth-required", APACHE_FORWARD, TRUE, "http://127.0.0.1:{BACKEND}" HEALTHY_PAGE,
    407, "local-proxy", NULL, "local-proxy-answered", NULL },
};

/* What no healthy answer may carry, and what an answer of the checker's
 * own proxy must never say about the site. */
static const char * const upstream_findings[] = {
  "upstream-unreachable", "upstream-timeout", "upstream-invalid-response", "local-proxy-answered",
};

static void
expect_quiet (ScCheckResult *result)
{
  for (guint i = 0; i < G_N_ELEMENTS (upstream_findings); i++)
    sc_test_expect_no_finding (result, upstream_findings[i]);
  sc_test_expect_verdict (result, "ok");
}

static void
expect_status (ScCheckResult *result,
               guint          status)
{
  g_autofree char *reading = NULL;

  if (sc_check_result_get_status (result) == status)
    return;
  reading = sc_test_describe_reading (result);
  g_error ("expected the status %u, got %s", status, reading);
}

static void
expect_evidence (ScCheckResult *result)
{
  g_autofree char *reading = NULL;

  if (sc_answered_by_get_evidence (sc_check_result_get_answered_by (result))[0] != NULL)
    return;
  reading = sc_test_describe_reading (result);
  g_error ("expected evidence of who answered, got %s", reading);
}

/* A failure: the finding that names its cause, and nothing that blames
 * the site for what the checker's own proxy did. */
static void
expect_failure (const ProxyCase *c,
                ScCheckResult   *result)
{
  gboolean local = g_str_equal (c->role, "local-proxy");

  expect_evidence (result);
  if (c->finding != NULL)
    sc_test_expect_finding (result, c->finding);
  /* One cause: a timeout is not also a refusal. */
  for (guint i = 0; i < G_N_ELEMENTS (upstream_findings); i++)
    if (g_strcmp0 (upstream_findings[i], c->finding) != 0 &&
        !(local && g_str_equal (upstream_findings[i], "local-proxy-answered")))
      sc_test_expect_no_finding (result, upstream_findings[i]);
  sc_test_expect_verdict (result, "problem");
  if (local)
    {
      sc_test_expect_finding (result, "local-proxy-answered");
      sc_test_expect_no_finding (result, "upstream-unreachable");
      sc_test_expect_no_finding (result, "upstream-timeout");
    }
}

static void
test_proxy_case (gconstpointer data)
{
  const ProxyCase *c = data;
  Running *run = ensure_running (c->daemon);
  g_autoptr(ScChecker) checker = sc_checker_new (8, 4);
  g_autofree char *url = expand_config (c->url, run);
  g_autoptr(ScCheckResult) result = NULL;
  g_autofree char *reading = NULL;

  sc_checker_set_timeout (checker, 10);
  if (c->forward)
    {
      g_autofree char *proxy = g_strdup_printf ("http://127.0.0.1:%u", run->port);
      g_autoptr(GProxyResolver) resolver = g_simple_proxy_resolver_new (proxy, NULL);

      sc_checker_set_proxy_resolver (checker, resolver);
    }
  result = sc_test_check (checker, url);
  reading = sc_test_describe_reading (result);
  g_test_message ("%s: %s", url, reading);

  expect_status (result, c->status);
  sc_test_expect_who (result, c->role, c->software);
  if (c->through != NULL)
    sc_test_expect_through (result, c->through);
  if (c->status < 300)
    expect_quiet (result);
  else
    expect_failure (c, result);
}

static void
start_backends (void)
{
  backend = sc_test_server_new (NULL);
  garbage = sc_raw_server_new (SC_RAW_GARBAGE, NULL);
  silent = sc_raw_server_new (SC_RAW_SILENT, NULL);
  closed_port = sc_test_free_port ();
}

static void
stop_all (void)
{
  for (guint i = 0; i < N_DAEMONS; i++)
    {
      g_clear_pointer (&running[i].daemon, sc_test_daemon_free);
      g_clear_pointer (&running[i].dir, g_free);
    }
  g_clear_pointer (&silent, sc_raw_server_free);
  g_clear_pointer (&garbage, sc_raw_server_free);
  g_clear_pointer (&backend, sc_test_server_free);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  start_backends ();
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    g_test_add_data_func (cases[i].path, &cases[i], test_proxy_case);
  status = g_test_run ();
  stop_all ();
  return status;
}
