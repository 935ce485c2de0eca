/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "sc-checker.h"
#include "sc-test-daemon.h"
#include "sc-test-expect.h"
#include "sc-test-server.h"

/* WordPress made to fail for real: Debian's WordPress package, installed
 * into a MariaDB of its own, served by Apache with mod_php and by nginx
 * with PHP-FPM from one copy of the tree.  Each case breaks the site the
 * way it breaks in real life (the database stopped, a broken plugin, an
 * update left half done), checks it through each front, and mends it. */

typedef enum {
  APACHE,       /* Apache + mod_php, display_errors off as on a live site */
  NGINX,        /* nginx + PHP-FPM, display_errors off */
  NGINX_DEBUG,  /* the same nginx, a port whose PHP-FPM pool shows errors */
  N_FRONTS
} Front;

static const char * const front_names[N_FRONTS] = { "Apache", "nginx", "nginx" };

typedef enum {
  BREAK_NOTHING,
  BREAK_DATABASE,     /* MariaDB stopped */
  BREAK_PLUGIN,       /* a must-use plugin calling a function that does not exist */
  BREAK_MAINTENANCE,  /* the .maintenance file an update writes */
} Breakage;

typedef struct {
  const char *name;       /* test path under /wordpress/ */
  Front       front;
  Breakage    breakage;
  const char *path;
  guint       status;     /* of the final answer */
  const char *findings;   /* ids that must fire, space-separated */
  const char *verdict;    /* NULL: anything but "problem" */
  const char *redirect;   /* the first hop must redirect to this, or NULL */
} WordPressCase;

#define FRONT_CASES(front, name) \
  { name "/home", front, BREAK_NOTHING, "/", 200, "", "ok", NULL }, \
  { name "/not-found", front, BREAK_NOTHING, "/no-such-page/", 404, "", "problem", NULL }, \
  { name "/admin-login-redirect", front, BREAK_NOTHING, "/wp-admin/", 200, "", NULL, "/wp-login.php?redirect_to=" }, \
  { name "/database-stopped", front, BREAK_DATABASE, "/", 500, "wordpress-database-error", "problem", NULL }, \
  { name "/critical-error", front, BREAK_PLUGIN, "/", 500, "wordpress-critical-error", "problem", NULL }, \
  { name "/maintenance", front, BREAK_MAINTENANCE, "/", 503, "wordpress-maintenance", "problem", NULL }

static const WordPressCase cases[] = {
  FRONT_CASES (APACHE, "apache"),
  FRONT_CASES (NGINX, "nginx"),
  /* With display_errors on, the PHP error is printed above WordPress's
   * page: both findings, WordPress still the one that answered. */
  { "nginx-display-errors/critical-error", NGINX_DEBUG, BREAK_PLUGIN, "/", 500,
    "wordpress-critical-error php-error-shown", "problem", NULL },
  { "nginx-display-errors/home", NGINX_DEBUG, BREAK_NOTHING, "/", 200, "", "ok", NULL },
};

static const char * const known_findings[] = {
  "wordpress-database-error", "wordpress-critical-error", "wordpress-maintenance",
  "php-error-shown", "upstream-unreachable", "upstream-timeout", "default-server-page",
  "directory-listing", "server-misconfiguration", "php-script-not-found",
  "php-fpm-access-denied", "application-error-hidden",
};

/* The running site */

static char *dir;
static char *wp;             /* the copy of the WordPress tree */
static guint db_port;
static guint ports[N_FRONTS];
static GError *setup_error;  /* the database or the install failed: every case fails */
static GError *start_errors[N_FRONTS];
static ScTestDaemon *database;

/* DB_HOST and the home address follow the request, so that one install
 * answers on every port with links and redirects to that same port. */
static const char wp_config[] =
  "<?php\n"
  "define( 'DB_NAME', 'wordpress' );\n"
  "define( 'DB_USER', 'root' );\n"
  "define( 'DB_PASSWORD', '' );\n"
  "define( 'DB_HOST', '127.0.0.1:{DB_PORT}' );\n"
  "define( 'DB_CHARSET', 'utf8mb4' );\n"
  "define( 'DB_COLLATE', '' );\n"
  "define( 'AUTH_KEY', 'statuscope-test' );\n"
  "define( 'SECURE_AUTH_KEY', 'statuscope-test' );\n"
  "define( 'LOGGED_IN_KEY', 'statuscope-test' );\n"
  "define( 'NONCE_KEY', 'statuscope-test' );\n"
  "define( 'AUTH_SALT', 'statuscope-test' );\n"
  "define( 'SECURE_AUTH_SALT', 'statuscope-test' );\n"
  "define( 'LOGGED_IN_SALT', 'statuscope-test' );\n"
  "define( 'NONCE_SALT', 'statuscope-test' );\n"
  "$table_prefix = 'wp_';\n"
  "$sc_host = isset( $_SERVER['HTTP_HOST'] ) ? $_SERVER['HTTP_HOST'] : '127.0.0.1';\n"
  "define( 'WP_HOME', 'http://' . $sc_host );\n"
  "define( 'WP_SITEURL', 'http://' . $sc_host );\n"
  /* No network here, and nothing to wait for: no update checks, no cron
   * requests to itself. */
  "define( 'WP_HTTP_BLOCK_EXTERNAL', true );\n"
  "define( 'DISABLE_WP_CRON', true );\n"
  "define( 'AUTOMATIC_UPDATER_DISABLED', true );\n"
  "define( 'WP_DEBUG', false );\n"
  "if ( ! defined( 'ABSPATH' ) ) {\n"
  "  define( 'ABSPATH', __DIR__ . '/' );\n"
  "}\n"
  "require_once ABSPATH . 'wp-settings.php';\n";

/* Debian's package brings no theme (they are separate packages): a small
 * one that does what every theme does, wp_head() and body_class(). */
static const char theme_style[] =
  "/*\n"
  "Theme Name: Statuscope Test\n"
  "*/\n";

static const char theme_index[] =
  "<!DOCTYPE html>\n"
  "<html <?php language_attributes(); ?>>\n"
  "<head><meta charset=\"<?php bloginfo( 'charset' ); ?>\"><?php wp_head(); ?></head>\n"
  "<body <?php body_class(); ?>>\n"
  "<h1><?php bloginfo( 'name' ); ?></h1>\n"
  "<?php if ( is_404() ) : ?><p>Nothing here.</p><?php endif; ?>\n"
  "<?php while ( have_posts() ) : the_post(); ?>\n"
  "<article><h2><?php the_title(); ?></h2><?php the_content(); ?></article>\n"
  "<?php endwhile; ?>\n"
  "<?php wp_footer(); ?>\n"
  "</body>\n"
  "</html>\n";

/* What WordPress writes itself when permalinks are turned on. */
static const char htaccess[] =
  "# BEGIN WordPress\n"
  "<IfModule mod_rewrite.c>\n"
  "RewriteEngine On\n"
  "RewriteRule .* - [E=HTTP_AUTHORIZATION:%{HTTP:Authorization}]\n"
  "RewriteBase /\n"
  "RewriteRule ^index\\.php$ - [L]\n"
  "RewriteCond %{REQUEST_FILENAME} !-f\n"
  "RewriteCond %{REQUEST_FILENAME} !-d\n"
  "RewriteRule . /index.php [L]\n"
  "</IfModule>\n"
  "# END WordPress\n";

/* The installer's work, done from the command line: the database, the
 * tables, an administrator, the theme and pretty permalinks.  wp_mail() is
 * replaced first: there is no mail here, and install sends one. */
static const char install_php[] =
  "<?php\n"
  "$db = new mysqli( '127.0.0.1', 'root', '', '', {DB_PORT} );\n"
  "$db->query( 'CREATE DATABASE IF NOT EXISTS wordpress' );\n"
  "define( 'WP_INSTALLING', true );\n"
  "$_SERVER['HTTP_HOST'] = '127.0.0.1';\n"
  "function wp_mail() { return true; }\n"
  "require '{WP}/wp-load.php';\n"
  "require ABSPATH . 'wp-admin/includes/upgrade.php';\n"
  "wp_install( 'Statuscope test site', 'admin', 'admin@example.invalid', true, '', 'a password nobody uses' );\n"
  "switch_theme( 'statuscope-test' );\n"
  "update_option( 'permalink_structure', '/%postname%/' );\n"
  "echo \"installed\\n\";\n";

static const char broken_plugin[] =
  "<?php\n"
  "/* A plugin that calls a function of a plugin that is gone. */\n"
  "statuscope_function_that_does_not_exist();\n";

static const char php_fpm_conf[] =
  "[global]\n"
  "pid = {DIR}/php-fpm.pid\n"
  "error_log = /proc/self/fd/2\n"
  "daemonize = no\n"
  "[live]\n"
  "{USER_LINES}"
  "listen = {DIR}/php-fpm.sock\n"
  "listen.mode = 0666\n"
  "pm = static\n"
  "pm.max_children = 2\n"
  "php_admin_flag[display_errors] = off\n"
  "[debug]\n"
  "{USER_LINES}"
  "listen = {DIR}/php-fpm-debug.sock\n"
  "listen.mode = 0666\n"
  "pm = static\n"
  "pm.max_children = 1\n"
  "php_admin_flag[display_errors] = on\n";

static const char nginx_server[] =
  "  server {\n"
  "    listen 127.0.0.1:{PORT};\n"
  "    root {WP};\n"
  "    index index.php;\n"
  "    location / { try_files $uri $uri/ /index.php?$args; }\n"
  "    location ~ \\.php$ {\n"
  "      try_files $uri =404;\n"
  "      include /etc/nginx/fastcgi_params;\n"
  "      fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n"
  /* Debian's fastcgi_params passes HTTP_HOST as $host, without the port
   * (a security update): WordPress on a port of its own would then link
   * and redirect to port 80.  The port we listen on is safe to add. */
  "      fastcgi_param HTTP_HOST $host:$server_port;\n"
  "      fastcgi_pass unix:{SOCKET};\n"
  "    }\n"
  "  }\n";

static const char nginx_conf[] =
  "pid {DIR}/nginx.pid;\n"
  "error_log stderr;\n"
  "{USER_LINE}\n"
  "worker_processes 1;\n"
  "events { worker_connections 64; }\n"
  "http {\n"
  "  access_log off;\n"
  "  include /etc/nginx/mime.types;\n"
  "  client_body_temp_path {DIR}/nginx-body;\n"
  "  fastcgi_temp_path {DIR}/nginx-fastcgi;\n"
  "  proxy_temp_path {DIR}/nginx-proxy;\n"
  "  scgi_temp_path {DIR}/nginx-scgi;\n"
  "  uwsgi_temp_path {DIR}/nginx-uwsgi;\n"
  "{SERVERS}"
  "}\n";

static const char apache_conf[] =
  "ServerRoot {DIR}\n"
  "DefaultRuntimeDir ${APACHE_RUN_DIR}\n"
  "PidFile ${APACHE_PID_FILE}\n"
  "Mutex file:${APACHE_LOCK_DIR} default\n"
  "Listen 127.0.0.1:{PORT}\n"
  "ServerName 127.0.0.1\n"
  "User ${APACHE_RUN_USER}\n"
  "Group ${APACHE_RUN_GROUP}\n"
  "ErrorLog /dev/stderr\n"
  "LogLevel warn\n"
  "LoadModule mpm_prefork_module /usr/lib/apache2/modules/mod_mpm_prefork.so\n"
  "LoadModule authz_core_module /usr/lib/apache2/modules/mod_authz_core.so\n"
  "LoadModule mime_module /usr/lib/apache2/modules/mod_mime.so\n"
  "LoadModule dir_module /usr/lib/apache2/modules/mod_dir.so\n"
  "LoadModule rewrite_module /usr/lib/apache2/modules/mod_rewrite.so\n"
  "LoadModule php_module /usr/lib/apache2/modules/libphp8.2.so\n"
  "StartServers 2\n"
  "MinSpareServers 1\n"
  "MaxSpareServers 3\n"
  "TypesConfig /etc/mime.types\n"
  "ServerTokens OS\n"
  "ServerSignature On\n"
  "DirectoryIndex index.php index.html\n"
  "<FilesMatch \".+\\.php$\">\n"
  "  SetHandler application/x-httpd-php\n"
  "</FilesMatch>\n"
  "DocumentRoot {WP}\n"
  "<Directory {WP}>\n"
  "  Options FollowSymLinks\n"
  "  AllowOverride All\n"
  "  Require all granted\n"
  "  php_admin_flag display_errors off\n"
  "</Directory>\n";

static char *
in_dir (const char *name)
{
  return g_build_filename (dir, name, NULL);
}

static char *
port_text (guint port)
{
  return g_strdup_printf ("%u", port);
}

/* The database */

static gboolean
install_database (GError **error)
{
  g_autofree char *datadir = g_strdup_printf ("--datadir=%s/db", dir);
  g_autofree char *user = g_strdup_printf ("--user=%s", g_get_user_name ());
  /* Small logs and buffers: the default 96 MB redo log is slow to write. */
  const char *argv[] = {
    "mariadb-install-db", "--no-defaults", datadir, user,
    "--auth-root-authentication-method=normal", "--skip-test-db",
    "--innodb-log-file-size=4M", "--innodb-buffer-pool-size=16M", NULL
  };

  return sc_test_run_program (argv, NULL, 60000, NULL, error);
}

static gboolean
start_database (GError **error)
{
  g_autofree char *datadir = g_strdup_printf ("--datadir=%s/db", dir);
  g_autofree char *user = g_strdup_printf ("--user=%s", g_get_user_name ());
  g_autofree char *socket = g_strdup_printf ("--socket=%s/mysql.sock", dir);
  g_autofree char *pid_file = g_strdup_printf ("--pid-file=%s/mysql.pid", dir);
  g_autofree char *port = g_strdup_printf ("--port=%u", db_port);
  const char *argv[] = {
    "mariadbd", "--no-defaults", datadir, user, socket, pid_file, port,
    "--bind-address=127.0.0.1", "--skip-name-resolve", "--skip-log-bin",
    "--innodb-log-file-size=4M", "--innodb-buffer-pool-size=16M", NULL
  };
  ScTestDaemonOptions options = {
    .name = "mariadbd", .argv = argv, .package = "mariadb-server",
    .listen_host = "127.0.0.1", .port = db_port, .timeout_ms = 30000,
  };

  g_clear_pointer (&database, sc_test_daemon_free);
  database = sc_test_daemon_start_full (&options, error);
  return database != NULL;
}

/* WordPress */

static gboolean
install_wordpress (GError **error)
{
  g_autofree char *db_port_text = port_text (db_port);
  g_autofree char *config = sc_test_expand (wp_config, "DB_PORT", db_port_text, NULL);
  g_autofree char *install = sc_test_expand (install_php, "DB_PORT", db_port_text, "WP", wp, NULL);
  g_autofree char *install_path = in_dir ("install.php");
  g_autofree char *content = g_build_filename (wp, "wp-content", NULL);
  g_autofree char *debian_htaccess = g_build_filename (wp, ".htaccess", NULL);
  const char *copy_argv[] = { "cp", "-a", "/usr/share/wordpress", wp, NULL };
  const char *install_argv[] = { "php", install_path, NULL };
  g_autofree char *output = NULL;

  /* Debian's wp-config.php looks for a config in /etc/wordpress, and its
   * wp-content lives in /var/lib: a copy of the tree with our own. */
  if (!sc_test_require_file ("/usr/share/wordpress/wp-settings.php", "wordpress", error) ||
      !sc_test_run_program (copy_argv, NULL, 60000, NULL, error))
    return FALSE;
  sc_test_daemon_remove_tree (content);
  g_unlink (debian_htaccess);
  if (!sc_test_daemon_write_file (wp, "wp-config.php", config, error) ||
      !sc_test_daemon_write_file (wp, ".htaccess", htaccess, error) ||
      !sc_test_daemon_write_file (wp, "wp-content/themes/statuscope-test/style.css", theme_style, error) ||
      !sc_test_daemon_write_file (wp, "wp-content/themes/statuscope-test/index.php", theme_index, error) ||
      !sc_test_daemon_write_file (wp, "wp-content/plugins/index.php", "<?php\n", error) ||
      !sc_test_daemon_write_file (wp, "wp-content/mu-plugins/index.php", "<?php\n", error) ||
      !sc_test_daemon_write_file (dir, "install.php", install, error) ||
      !sc_test_run_program (install_argv, NULL, 60000, &output, error))
    return FALSE;
  if (strstr (output, "installed") == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "WordPress did not install:\n%s", output);
      return FALSE;
    }
  return TRUE;
}

/* The fronts */

static char *
find_php_fpm (GError **error)
{
  char *path = sc_test_find_program ("php-fpm8.2", "php-fpm", NULL);

  return path != NULL ? path : sc_test_find_program ("php-fpm", "php-fpm", error);
}

static gboolean
start_nginx (GError **error)
{
  gboolean root = getuid () == 0;
  g_autofree char *port = port_text (ports[NGINX]);
  g_autofree char *debug_port = port_text (ports[NGINX_DEBUG]);
  g_autofree char *socket = in_dir ("php-fpm.sock");
  g_autofree char *debug_socket = in_dir ("php-fpm-debug.sock");
  g_autofree char *live = sc_test_expand (nginx_server, "PORT", port, "WP", wp, "SOCKET", socket, NULL);
  g_autofree char *debug = sc_test_expand (nginx_server, "PORT", debug_port, "WP", wp, "SOCKET", debug_socket, NULL);
  g_autofree char *servers = g_strconcat (live, debug, NULL);
  g_autofree char *nginx_text = sc_test_expand (nginx_conf, "DIR", dir, "SERVERS", servers,
                                                "USER_LINE", root ? "user root root;" : "", NULL);
  g_autofree char *fpm_text = sc_test_expand (php_fpm_conf, "DIR", dir,
                                              "USER_LINES", root ? "user = root\ngroup = root\n" : "", NULL);
  g_autofree char *fpm_conf_path = in_dir ("php-fpm.conf");
  g_autofree char *nginx_conf_path = in_dir ("nginx.conf");
  g_autofree char *fpm = NULL;
  const char *fpm_argv[] = { NULL, "--nodaemonize", "--allow-to-run-as-root", "--fpm-config", fpm_conf_path, NULL };
  const char *nginx_argv[] = { "nginx", "-c", nginx_conf_path, "-g", "daemon off;", NULL };
  ScTestDaemonOptions fpm_options = {
    .name = "php-fpm", .argv = fpm_argv, .package = "php-fpm", .socket_path = socket,
  };

  if (!sc_test_daemon_write_file (dir, "php-fpm.conf", fpm_text, error) ||
      !sc_test_daemon_write_file (dir, "nginx.conf", nginx_text, error) ||
      (fpm = find_php_fpm (error)) == NULL)
    return FALSE;
  fpm_argv[0] = fpm;
  /* Both stay in the list of running daemons, stopped at exit. */
  return sc_test_daemon_start_full (&fpm_options, error) != NULL &&
         sc_test_wait_for_listener (NULL, 0, debug_socket, 5000) &&
         sc_test_daemon_start ("nginx", nginx_argv, "127.0.0.1", ports[NGINX], error) != NULL &&
         sc_test_wait_for_listener ("127.0.0.1", ports[NGINX_DEBUG], NULL, 5000);
}

static gboolean
start_apache (GError **error)
{
  g_autofree char *port = port_text (ports[APACHE]);
  g_autofree char *conf = in_dir ("apache2.conf");
  g_autofree char *text = sc_test_expand (apache_conf, "DIR", dir, "WP", wp, "PORT", port, NULL);
  g_autofree char *run_dir = g_strdup_printf ("APACHE_RUN_DIR=%s", dir);
  g_autofree char *lock_dir = g_strdup_printf ("APACHE_LOCK_DIR=%s", dir);
  g_autofree char *log_dir = g_strdup_printf ("APACHE_LOG_DIR=%s", dir);
  g_autofree char *pid_file = g_strdup_printf ("APACHE_PID_FILE=%s/apache2.pid", dir);
  const char *argv[] = { "apache2", "-f", conf, "-DFOREGROUND", NULL };
  const char *env[] = {
    "APACHE_RUN_USER=www-data", "APACHE_RUN_GROUP=www-data",
    run_dir, lock_dir, log_dir, pid_file, NULL
  };
  ScTestDaemonOptions options = {
    .name = "apache2", .argv = argv, .env = env,
    .listen_host = "127.0.0.1", .port = ports[APACHE],
  };

  if (!sc_test_require_file ("/usr/lib/apache2/modules/libphp8.2.so", "libapache2-mod-php", error) ||
      !sc_test_daemon_write_file (dir, "apache2.conf", text, error))
    return FALSE;
  return sc_test_daemon_start_full (&options, error) != NULL;
}

static void
set_up (void)
{
  if ((dir = sc_test_daemon_make_dir ("wordpress", &setup_error)) == NULL)
    return;
  wp = in_dir ("wordpress");
  db_port = sc_test_free_port ();
  for (guint i = 0; i < N_FRONTS; i++)
    ports[i] = sc_test_free_port ();

  if (!install_database (&setup_error) ||
      !start_database (&setup_error) ||
      !install_wordpress (&setup_error))
    return;

  /* Each front on its own: one that cannot start fails its cases only. */
  if (!start_apache (&start_errors[APACHE]) && start_errors[APACHE] == NULL)
    g_set_error (&start_errors[APACHE], G_IO_ERROR, G_IO_ERROR_FAILED, "Apache did not start");
  if (!start_nginx (&start_errors[NGINX]) && start_errors[NGINX] == NULL)
    g_set_error (&start_errors[NGINX], G_IO_ERROR, G_IO_ERROR_FAILED,
                 "nginx or PHP-FPM did not listen on every port and socket");
  if (start_errors[NGINX] != NULL)
    start_errors[NGINX_DEBUG] = g_error_copy (start_errors[NGINX]);
}

/* Breaking and mending */

static void
break_site (Breakage breakage)
{
  g_autoptr(GError) error = NULL;

  switch (breakage)
    {
    case BREAK_NOTHING:
      return;
    case BREAK_DATABASE:
      sc_test_daemon_stop (database);
      return;
    case BREAK_PLUGIN:
      sc_test_daemon_write_file (wp, "wp-content/mu-plugins/statuscope-broken.php", broken_plugin, &error);
      break;
    case BREAK_MAINTENANCE:
      /* What the updater writes: maintenance for ten minutes from now. */
      sc_test_daemon_write_file (wp, ".maintenance", "<?php $upgrading = time(); ?>\n", &error);
      break;
    default:
      g_assert_not_reached ();
    }
  g_assert_no_error (error);
}

static void
mend_site (Breakage breakage)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *plugin = g_build_filename (wp, "wp-content/mu-plugins/statuscope-broken.php", NULL);
  g_autofree char *maintenance = g_build_filename (wp, ".maintenance", NULL);

  switch (breakage)
    {
    case BREAK_NOTHING:
      return;
    case BREAK_DATABASE:
      if (!start_database (&error))
        g_error ("MariaDB did not start again: %s", error->message);
      return;
    case BREAK_PLUGIN:
      g_assert_cmpint (g_unlink (plugin), ==, 0);
      return;
    case BREAK_MAINTENANCE:
      g_assert_cmpint (g_unlink (maintenance), ==, 0);
      return;
    default:
      g_assert_not_reached ();
    }
}

/* The cases */

static void
expect_findings (ScCheckResult *result,
                 const char    *expected)
{
  g_auto(GStrv) ids = g_strsplit (expected, " ", -1);

  for (guint i = 0; ids[i] != NULL; i++)
    if (*ids[i] != '\0')
      sc_test_expect_finding (result, ids[i]);
  for (gsize i = 0; i < G_N_ELEMENTS (known_findings); i++)
    if (!g_strv_contains ((const char * const *) ids, known_findings[i]))
      sc_test_expect_no_finding (result, known_findings[i]);
}

static void
expect_redirect (ScCheckResult *result,
                 const char    *target,
                 const char    *reading)
{
  ScHop *first = sc_test_hop_at (result, 0);
  const char *location = sc_hop_get_location (first);

  if (sc_hop_get_status (first) != 302 || location == NULL || strstr (location, target) == NULL)
    g_error ("expected a 302 to %s first, got %u to %s; %s", target, sc_hop_get_status (first),
             location != NULL ? location : "nowhere", reading);
}

static void
test_wordpress (gconstpointer data)
{
  const WordPressCase *c = data;
  g_autoptr(ScChecker) checker = NULL;
  g_autoptr(ScCheckResult) result = NULL;
  g_autofree char *url = NULL;
  g_autofree char *reading = NULL;
  GError *not_started = setup_error != NULL ? setup_error : start_errors[c->front];

  if (not_started != NULL)
    {
      g_test_fail_printf ("WordPress behind %s could not be set up: %s", front_names[c->front],
                          not_started->message);
      return;
    }

  checker = sc_checker_new (8, 4);
  sc_checker_set_timeout (checker, 10);
  url = g_strdup_printf ("http://127.0.0.1:%u%s", ports[c->front], c->path);
  break_site (c->breakage);
  result = sc_test_check (checker, url);
  mend_site (c->breakage);
  reading = sc_test_describe_reading (result);
  g_test_message ("%s: %s", url, reading);

  if (sc_check_result_get_status (result) != c->status)
    g_error ("%s: expected status %u, got %s", url, c->status, reading);
  if (c->redirect != NULL)
    expect_redirect (result, c->redirect, reading);
  sc_test_expect_who (result, "application", "WordPress");
  expect_findings (result, c->findings);
  if (c->verdict != NULL)
    sc_test_expect_verdict (result, c->verdict);
  else if (sc_check_result_get_verdict (result) == SC_VERDICT_PROBLEM)
    g_error ("%s: expected no problem, got %s", url, reading);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/wordpress/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_wordpress);
    }

  /* Installed and started once for all cases, stopped when they are done. */
  set_up ();
  status = g_test_run ();

  sc_test_daemon_stop_all ();
  g_clear_error (&setup_error);
  for (guint i = 0; i < N_FRONTS; i++)
    g_clear_error (&start_errors[i]);
  g_free (wp);
  g_free (dir);
  return status;
}
