/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "sc-checker.h"
#include "sc-test-daemon.h"
#include "sc-test-expect.h"
#include "sc-test-server.h"

/* Origin web servers made to fail for real: nginx with PHP-FPM behind it,
 * Apache with mod_php, lighttpd, Caddy, Python applications on Django and
 * Flask (Debian's packages, on their own development servers), a Node.js
 * application on Express, a Ruby on Rails application on WEBrick and
 * Tomcat with a JSP application, each
 * started once from a temporary directory.  Every case checks one address and asserts the
 * status, who answered, the findings that must fire, that no other known
 * finding fires, and the verdict. */

typedef enum {
  NGINX,        /* nginx + PHP-FPM, a configured site */
  NGINX_FRESH,  /* the same nginx, a server block with no root: the package's welcome page */
  APACHE,       /* Apache 2.4 + mod_php */
  LIGHTTPD,
  CADDY_SITE,   /* Caddy, a listener whose only site is another host name */
  CADDY_PROXY,  /* Caddy, reverse_proxy to a closed port and to a silent server */
  DJANGO_DEBUG, /* Django with DEBUG = True */
  DJANGO,       /* Django as in production: DEBUG off, this host allowed */
  DJANGO_HOSTS, /* Django as in production, ALLOWED_HOSTS without this host */
  FLASK_DEBUG,  /* Flask in debug mode: the Werkzeug debugger */
  FLASK,        /* Flask, debug off */
  EXPRESS_DEV,  /* Express, NODE_ENV=development */
  EXPRESS,      /* Express, NODE_ENV=production */
  TOMCAT,       /* Tomcat 10 with Debian's ROOT page and an application under /app/ */
  RAILS_DEV,    /* Rails, RAILS_ENV=development */
  RAILS,        /* Rails, RAILS_ENV=production, with the generator's public/ pages */
  N_FRONTS
} Front;

static const char * const front_names[N_FRONTS] = {
  "nginx", "nginx", "Apache", "lighttpd", "Caddy", "Caddy",
  "Django", "Django", "Django", "Flask", "Flask", "Express", "Express", "Tomcat",
  "Rails", "Rails",
};

typedef struct {
  const char *name;      /* test path under /origin/ */
  Front       front;
  const char *path;
  guint       status;
  const char *role;
  const char *software;  /* NULL: not named */
  const char *findings;  /* ids that must fire, space-separated */
  const char *verdict;
} OriginCase;

static const OriginCase cases[] = {
  /* nginx and PHP-FPM */
  { "nginx/healthy", NGINX, "/", 200, "origin", "nginx", "", "ok" },
  { "nginx/welcome-page", NGINX_FRESH, "/", 200, "origin", "nginx", "default-server-page", "problem" },
  { "nginx/directory-listing", NGINX, "/files/", 200, "origin", "nginx", "directory-listing", "warning" },
  { "nginx/not-found", NGINX, "/no-such-page", 404, "origin", "nginx", "", "problem" },
  { "nginx/forbidden", NGINX, "/noindex/", 403, "origin", "nginx", "", "problem" },
  { "nginx/bad-gateway-closed-port", NGINX, "/closed-port/", 502, "proxy", "nginx", "upstream-unreachable", "problem" },
  { "nginx/bad-gateway-dead-php-fpm", NGINX, "/dead-fpm/index.php", 502, "proxy", "nginx", "upstream-unreachable", "problem" },
  { "nginx/gateway-timeout", NGINX, "/slow.php", 504, "proxy", "nginx", "upstream-timeout", "problem" },
  { "php-fpm/healthy", NGINX, "/hello.php", 200, "origin", "nginx", "", "ok" },
  { "php-fpm/file-not-found", NGINX, "/missing.php", 404, "application", "PHP-FPM", "php-script-not-found", "problem" },
  { "php-fpm/access-denied", NGINX, "/all-to-php/page.html", 403, "application", "PHP-FPM", "php-fpm-access-denied", "problem" },
  { "php-fpm/fatal-error-shown", NGINX, "/fatal.php", 200, "application", "PHP", "php-error-shown", "problem" },
  { "php-fpm/warning-shown", NGINX, "/warning.php", 200, "application", "PHP", "php-error-shown", "warning" },
  { "php-fpm/fatal-error-hidden", NGINX, "/quiet/fatal.php", 500, "application", NULL, "application-error-hidden", "problem" },

  /* Apache and mod_php */
  { "apache/default-page", APACHE, "/", 200, "origin", "Apache", "default-server-page", "problem" },
  { "apache/healthy", APACHE, "/site/", 200, "origin", "Apache", "", "ok" },
  { "apache/directory-listing", APACHE, "/files/", 200, "origin", "Apache", "directory-listing", "warning" },
  { "apache/broken-htaccess", APACHE, "/broken/", 500, "origin", "Apache", "server-misconfiguration", "problem" },
  { "apache/not-found", APACHE, "/no-such-page", 404, "origin", "Apache", "", "problem" },
  { "apache/forbidden", APACHE, "/private/", 403, "origin", "Apache", "", "problem" },
  { "mod-php/healthy", APACHE, "/php/hello.php", 200, "origin", "Apache", "", "ok" },
  { "mod-php/fatal-error-shown", APACHE, "/php/fatal.php", 200, "application", "PHP", "php-error-shown", "problem" },
  { "mod-php/warning-shown", APACHE, "/php/warning.php", 200, "application", "PHP", "php-error-shown", "warning" },
  { "mod-php/fatal-error-shown-as-text", APACHE, "/php-text/fatal.php", 200, "application", "PHP", "php-error-shown", "problem" },
  { "mod-php/fatal-error-hidden", APACHE, "/php-quiet/fatal.php", 500, "application", NULL, "application-error-hidden", "problem" },

  /* lighttpd */
  { "lighttpd/healthy", LIGHTTPD, "/site/", 200, "origin", "lighttpd", "", "ok" },
  { "lighttpd/placeholder-page", LIGHTTPD, "/", 200, "origin", "lighttpd", "default-server-page", "problem" },
  { "lighttpd/directory-listing", LIGHTTPD, "/files/", 200, "origin", "lighttpd", "directory-listing", "warning" },
  { "lighttpd/not-found", LIGHTTPD, "/no-such-page", 404, "origin", "lighttpd", "", "problem" },
  { "lighttpd/forbidden", LIGHTTPD, "/noindex/", 403, "origin", "lighttpd", "", "problem" },

  /* Caddy */
  { "caddy/healthy", CADDY_PROXY, "/", 200, "origin", "Caddy", "", "ok" },
  { "caddy/unknown-host", CADDY_SITE, "/", 200, "origin", "Caddy", "default-server-page", "problem" },
  { "caddy/bad-gateway", CADDY_PROXY, "/app/", 502, "proxy", "Caddy", "upstream-unreachable", "problem" },
  { "caddy/gateway-timeout", CADDY_PROXY, "/slow/", 504, "proxy", "Caddy", "upstream-timeout", "problem" },

  /* Django */
  { "django/healthy", DJANGO, "/", 200, "origin", NULL, "", "ok" },
  { "django/debug-page", DJANGO_DEBUG, "/boom/", 500, "application", "Django", "app-debug-page", "problem" },
  { "django/debug-page-not-found", DJANGO_DEBUG, "/no-such-page", 404, "application", "Django", "app-debug-page", "problem" },
  { "django/server-error", DJANGO, "/boom/", 500, "application", "Django", "app-unhandled-error", "problem" },
  { "django/not-found", DJANGO, "/no-such-page", 404, "application", "Django", "", "problem" },
  { "django/host-not-allowed", DJANGO_HOSTS, "/", 400, "application", "Django", "app-host-not-allowed", "problem" },

  /* Flask */
  { "flask/healthy", FLASK, "/", 200, "origin", NULL, "", "ok" },
  { "flask/debugger", FLASK_DEBUG, "/boom/", 500, "application", "Flask", "app-debug-page", "problem" },
  { "flask/internal-error", FLASK, "/boom/", 500, "application", "Flask", "app-unhandled-error", "problem" },
  { "flask/not-found", FLASK, "/no-such-page", 404, "application", "Flask", "", "problem" },

  /* Express */
  { "express/healthy", EXPRESS, "/", 200, "application", "Express", "", "ok" },
  { "express/stack-trace", EXPRESS_DEV, "/boom/", 500, "application", "Express", "app-debug-page", "problem" },
  { "express/internal-error", EXPRESS, "/boom/", 500, "application", "Express", "app-unhandled-error", "problem" },
  { "express/no-route", EXPRESS, "/no-such-page", 404, "application", "Express", "app-no-route", "problem" },

  /* Tomcat */
  { "tomcat/healthy", TOMCAT, "/app/", 200, "origin", NULL, "", "ok" },
  { "tomcat/default-page", TOMCAT, "/", 200, "origin", "Tomcat", "default-server-page", "problem" },
  { "tomcat/exception-report", TOMCAT, "/app/boom.jsp", 500, "application", "Tomcat", "app-debug-page", "problem" },
  { "tomcat/not-found", TOMCAT, "/app/no-such-page", 404, "application", "Tomcat", "", "problem" },

  /* Ruby on Rails */
  { "rails/healthy", RAILS, "/", 200, "origin", NULL, "", "ok" },
  { "rails/debug-exceptions", RAILS_DEV, "/boom", 500, "application", "Ruby on Rails", "app-debug-page", "problem" },
  { "rails/public-500", RAILS, "/boom", 500, "application", "Ruby on Rails", "app-unhandled-error", "problem" },
  { "rails/public-404", RAILS, "/no-such-page", 404, "application", "Ruby on Rails", "", "problem" },
};

/* Every finding these families can raise: a case asserts that those it
 * does not expect stay quiet. */
static const char * const known_findings[] = {
  "wordpress-database-error", "wordpress-critical-error", "wordpress-maintenance",
  "php-error-shown", "upstream-unreachable", "upstream-timeout", "default-server-page",
  "directory-listing", "server-misconfiguration", "php-script-not-found",
  "php-fpm-access-denied", "application-error-hidden", "app-debug-page",
  "app-unhandled-error", "app-host-not-allowed", "app-no-route",
};

/* The running servers */

static char *dir;
static guint ports[N_FRONTS];
static GError *start_errors[N_FRONTS];
static ScRawServer *silent_upstream;

/* nginx runs its workers as the user that started it when that is not
 * root; as root, the "user" line keeps them root so that they can reach
 * PHP-FPM's socket, which belongs to root. */
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
  "  server {\n"
  "    listen 127.0.0.1:{PORT};\n"
  "    root {DIR}/nginx;\n"
  "    index index.html;\n"
  "    location /files/ { autoindex on; }\n"
  "    location ~ \\.php$ {\n"
  "      include /etc/nginx/fastcgi_params;\n"
  "      fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n"
  "      fastcgi_pass unix:{DIR}/php-fpm.sock;\n"
  /* Short, so that /slow.php times out fast. */
  "      fastcgi_read_timeout 1s;\n"
  "    }\n"
  "    location ^~ /quiet/ {\n"
  "      include /etc/nginx/fastcgi_params;\n"
  "      fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n"
  "      fastcgi_pass unix:{DIR}/php-fpm-quiet.sock;\n"
  "    }\n"
  /* A common mistake: every file handed to PHP, static ones included. */
  "    location ^~ /all-to-php/ {\n"
  "      include /etc/nginx/fastcgi_params;\n"
  "      fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n"
  "      fastcgi_pass unix:{DIR}/php-fpm.sock;\n"
  "    }\n"
  /* The socket of a PHP-FPM that died without removing it. */
  "    location ^~ /dead-fpm/ {\n"
  "      include /etc/nginx/fastcgi_params;\n"
  "      fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n"
  "      fastcgi_pass unix:{DIR}/dead-php-fpm.sock;\n"
  "    }\n"
  "    location ^~ /closed-port/ { proxy_pass http://127.0.0.1:{CLOSED}; }\n"
  "  }\n"
  /* A server block as a fresh install has it: no root, so nginx serves
   * its own html folder, /usr/share/nginx/html on Debian. */
  "  server {\n"
  "    listen 127.0.0.1:{FRESH_PORT};\n"
  "  }\n"
  "}\n";

static const char php_fpm_conf[] =
  "[global]\n"
  "pid = {DIR}/php-fpm.pid\n"
  "error_log = /proc/self/fd/2\n"
  "daemonize = no\n"
  "[www]\n"
  "{USER_LINES}"
  "listen = {DIR}/php-fpm.sock\n"
  "listen.mode = 0666\n"
  "pm = static\n"
  "pm.max_children = 3\n"
  "catch_workers_output = yes\n"
  "php_admin_flag[display_errors] = on\n"
  "php_admin_value[error_reporting] = E_ALL\n"
  /* As in production: errors go to the log only. */
  "[quiet]\n"
  "{USER_LINES}"
  "listen = {DIR}/php-fpm-quiet.sock\n"
  "listen.mode = 0666\n"
  "pm = static\n"
  "pm.max_children = 1\n"
  "php_admin_flag[display_errors] = off\n";

/* Apache always drops to an unprivileged user when started as root. */
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
  "LoadModule authz_host_module /usr/lib/apache2/modules/mod_authz_host.so\n"
  "LoadModule mime_module /usr/lib/apache2/modules/mod_mime.so\n"
  "LoadModule dir_module /usr/lib/apache2/modules/mod_dir.so\n"
  "LoadModule alias_module /usr/lib/apache2/modules/mod_alias.so\n"
  "LoadModule autoindex_module /usr/lib/apache2/modules/mod_autoindex.so\n"
  "LoadModule php_module /usr/lib/apache2/modules/libphp8.2.so\n"
  "StartServers 2\n"
  "MinSpareServers 1\n"
  "MaxSpareServers 3\n"
  "TypesConfig /etc/mime.types\n"
  /* Debian's security.conf and autoindex.conf, as a stock install has them. */
  "ServerTokens OS\n"
  "ServerSignature On\n"
  "Include /etc/apache2/mods-available/autoindex.conf\n"
  "DirectoryIndex index.html index.php\n"
  "<FilesMatch \".+\\.php$\">\n"
  "  SetHandler application/x-httpd-php\n"
  "</FilesMatch>\n"
  "DocumentRoot {DIR}/apache\n"
  "<Directory {DIR}/apache>\n"
  "  Options Indexes FollowSymLinks\n"
  "  AllowOverride All\n"
  "  Require all granted\n"
  "</Directory>\n"
  "<Directory {DIR}/apache/php>\n"
  "  php_admin_flag display_errors on\n"
  "  php_admin_value error_reporting -1\n"
  "</Directory>\n"
  "<Directory {DIR}/apache/php-text>\n"
  "  php_admin_flag display_errors on\n"
  "  php_admin_flag html_errors off\n"
  "</Directory>\n"
  "<Directory {DIR}/apache/php-quiet>\n"
  "  php_admin_flag display_errors off\n"
  "</Directory>\n";

static const char lighttpd_conf[] =
  "server.document-root = \"{DIR}/lighttpd\"\n"
  "server.bind = \"127.0.0.1\"\n"
  "server.port = {PORT}\n"
  "server.pid-file = \"{DIR}/lighttpd.pid\"\n"
  "server.errorlog = \"/dev/stderr\"\n"
  "server.modules = ( \"mod_dirlisting\" )\n"
  /* Debian's lighttpd.conf names the placeholder page as the last index. */
  "index-file.names = ( \"index.html\", \"index.lighttpd.html\" )\n"
  "mimetype.assign = ( \".html\" => \"text/html\", \".txt\" => \"text/plain\" )\n"
  "$HTTP[\"url\"] =^ \"/files/\" { dir-listing.activate = \"enable\" }\n";

static const char caddyfile[] =
  "{\n"
  "\tadmin off\n"
  "\tauto_https off\n"
  "\tstorage file_system {DIR}/caddy-data\n"
  "}\n"
  "http://www.example.test:{SITE_PORT} {\n"
  "\trespond \"the site\"\n"
  "}\n"
  "http://127.0.0.1:{PROXY_PORT} {\n"
  "\thandle /app/* {\n"
  "\t\treverse_proxy 127.0.0.1:{CLOSED}\n"
  "\t}\n"
  "\thandle /slow/* {\n"
  "\t\treverse_proxy 127.0.0.1:{SILENT} {\n"
  "\t\t\ttransport http {\n"
  "\t\t\t\tresponse_header_timeout 1s\n"
  "\t\t\t}\n"
  "\t\t}\n"
  "\t}\n"
  "\thandle {\n"
  "\t\trespond \"healthy page\" 200\n"
  "\t}\n"
  "}\n";

/* Tomcat with one connector and no shutdown port, deploying what is in
 * webapps/ at start; conf/web.xml (the default and JSP servlets) is
 * Debian's. */
static const char tomcat_server_xml[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<Server port=\"-1\" shutdown=\"SHUTDOWN\">\n"
  "  <Service name=\"Catalina\">\n"
  "    <Connector port=\"{PORT}\" address=\"127.0.0.1\" protocol=\"HTTP/1.1\"/>\n"
  "    <Engine name=\"Catalina\" defaultHost=\"localhost\">\n"
  "      <Host name=\"localhost\" appBase=\"webapps\" unpackWARs=\"false\" autoDeploy=\"false\"/>\n"
  "    </Engine>\n"
  "  </Service>\n"
  "</Server>\n";

static const struct {
  const char *path;
  const char *contents;
} site_files[] = {
  { "nginx/index.html", "<!DOCTYPE html>\n<html><head><title>A healthy site</title></head><body><p>Served by nginx.</p></body></html>\n" },
  { "nginx/files/report.txt", "a file\n" },
  { "nginx/files/notes.txt", "another file\n" },
  { "nginx/noindex/data.txt", "no index in this folder\n" },
  { "nginx/hello.php", "<?php echo '<p>Hello from PHP.</p>';\n" },
  { "nginx/fatal.php", "<?php\necho '<p>Start</p>';\nundefined_function_called_here();\n" },
  { "nginx/warning.php", "<?php\necho $undefined_variable;\necho '<p>The rest of the page.</p>';\n" },
  { "nginx/slow.php", "<?php sleep(3); echo 'late';\n" },
  { "nginx/quiet/fatal.php", "<?php\nundefined_function_called_here();\n" },
  { "nginx/all-to-php/page.html", "<p>A static page.</p>\n" },

  { "apache/site/index.html", "<!DOCTYPE html>\n<html><head><title>A healthy site</title></head><body><p>Served by Apache.</p></body></html>\n" },
  { "apache/files/report.txt", "a file\n" },
  { "apache/broken/.htaccess", "# A typo, or a directive of a module that is not loaded.\nRewriteEngin On\n" },
  { "apache/broken/index.html", "<p>never shown</p>\n" },
  { "apache/private/.htaccess", "Require all denied\n" },
  { "apache/private/index.html", "<p>never shown</p>\n" },
  { "apache/php/hello.php", "<?php echo '<p>Hello from PHP.</p>';\n" },
  { "apache/php/fatal.php", "<?php\necho '<p>Start</p>';\nundefined_function_called_here();\n" },
  { "apache/php/warning.php", "<?php\necho $undefined_variable;\necho '<p>The rest of the page.</p>';\n" },
  { "apache/php-text/fatal.php", "<?php\nundefined_function_called_here();\n" },
  { "apache/php-quiet/fatal.php", "<?php\nundefined_function_called_here();\n" },

  { "lighttpd/site/index.html", "<!DOCTYPE html>\n<html><head><title>A healthy site</title></head><body><p>Served by lighttpd.</p></body></html>\n" },
  { "lighttpd/files/report.txt", "a file\n" },
  { "lighttpd/noindex/data.txt", "no index in this folder\n" },

  /* One Django project in two files; the environment says how it runs. */
  { "python/site_settings.py",
    "import os\n"
    "DEBUG = os.environ['SITE_DEBUG'] == '1'\n"
    "ALLOWED_HOSTS = os.environ['SITE_HOSTS'].split()\n"
    "SECRET_KEY = 'only-for-this-test'\n"
    "ROOT_URLCONF = 'site_urls'\n"
    /* CommonMiddleware reads the host, which checks ALLOWED_HOSTS. */
    "MIDDLEWARE = ['django.middleware.common.CommonMiddleware']\n"
    "INSTALLED_APPS = []\n"
    "DATABASES = {}\n" },
  { "python/site_urls.py",
    "from django.http import HttpResponse\n"
    "from django.urls import path\n"
    "def home(request):\n"
    "    return HttpResponse('<!DOCTYPE html><html><head><title>A healthy site</title></head>'\n"
    "                        '<body><p>Served by Django.</p></body></html>')\n"
    "def boom(request):\n"
    "    raise RuntimeError('the view failed')\n"
    "urlpatterns = [path('', home), path('boom/', boom)]\n" },
  { "python/flask_site.py",
    "import sys\n"
    "from flask import Flask\n"
    "app = Flask(__name__)\n"
    "@app.route('/')\n"
    "def home():\n"
    "    return ('<!DOCTYPE html><html><head><title>A healthy site</title></head>'\n"
    "            '<body><p>Served by Flask.</p></body></html>')\n"
    "@app.route('/boom/')\n"
    "def boom():\n"
    "    raise RuntimeError('the view failed')\n"
    "app.run(host='127.0.0.1', port=int(sys.argv[1]), debug=sys.argv[2] == 'debug', use_reloader=False)\n" },
  { "tomcat/webapps/app/index.html",
    "<!DOCTYPE html>\n<html><head><title>A healthy site</title></head><body><p>Served by Tomcat.</p></body></html>\n" },
  { "tomcat/webapps/app/boom.jsp", "<% if (true) throw new IllegalStateException(\"the page failed\"); %>\n" },
  /* A Rails application in one file, on Rack's WEBrick handler. */
  { "rails/app.rb",
    "require 'action_controller/railtie'\n"
    "require 'rack/handler/webrick'\n"
    "class SiteApp < Rails::Application\n"
    "  config.root = __dir__\n"
    "  config.eager_load = false\n"
    "  config.consider_all_requests_local = ENV['RAILS_ENV'] == 'development'\n"
    "  config.secret_key_base = 'only-for-this-test'\n"
    "  config.logger = Logger.new($stderr)\n"
    "  config.hosts.clear\n"
    "  routes.append do\n"
    "    root to: 'pages#home'\n"
    "    get 'boom' => 'pages#boom'\n"
    "  end\n"
    "end\n"
    "class PagesController < ActionController::Base\n"
    "  def home\n"
    "    render html: ('<!DOCTYPE html><html><head><title>A healthy site</title></head>' \\\n"
    "                  '<body><p>Served by Rails.</p></body></html>').html_safe\n"
    "  end\n"
    "  def boom\n"
    "    raise 'the action failed'\n"
    "  end\n"
    "end\n"
    "SiteApp.initialize!\n"
    "Rack::Handler::WEBrick.run SiteApp, Host: '127.0.0.1', Port: Integer(ARGV[0])\n" },
  { "node/app.js",
    "const express = require('express');\n"
    "const app = express();\n"
    "app.get('/', (req, res) => res.send('<!DOCTYPE html><html><head><title>A healthy site</title></head>'\n"
    "                                    + '<body><p>Served by Express.</p></body></html>'));\n"
    "app.get('/boom/', () => { throw new Error('the route failed'); });\n"
    "app.listen(Number(process.argv[2]), '127.0.0.1');\n" },
};

static char *
conf_path (const char *name)
{
  return g_build_filename (dir, name, NULL);
}

static gboolean
copy_file (const char  *from,
           const char  *to_relative,
           GError     **error)
{
  g_autofree char *contents = NULL;

  if (!g_file_get_contents (from, &contents, NULL, error))
    return FALSE;
  return sc_test_daemon_write_file (dir, to_relative, contents, error);
}

static gboolean
write_sites (GError **error)
{
  for (gsize i = 0; i < G_N_ELEMENTS (site_files); i++)
    if (!sc_test_daemon_write_file (dir, site_files[i].path, site_files[i].contents, error))
      return FALSE;
  return TRUE;
}

/* A unix socket that nothing listens on, as a PHP-FPM that was killed
 * leaves behind: connecting to it is refused. */
static gboolean
make_dead_socket (const char  *path,
                  GError     **error)
{
  struct sockaddr_un address = { .sun_family = AF_UNIX };
  int fd = socket (AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  int rc;

  g_strlcpy (address.sun_path, path, sizeof address.sun_path);
  rc = bind (fd, (struct sockaddr *) &address, sizeof address);
  close (fd);
  if (rc != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Cannot make %s", path);
      return FALSE;
    }
  return TRUE;
}

static char *
find_php_fpm (GError **error)
{
  char *path = sc_test_find_program ("php-fpm8.2", "php-fpm", NULL);

  return path != NULL ? path : sc_test_find_program ("php-fpm", "php-fpm", error);
}

static ScTestDaemon *
start_nginx (guint    closed_port,
             GError **error)
{
  g_autofree char *port = g_strdup_printf ("%u", ports[NGINX]);
  g_autofree char *fresh_port = g_strdup_printf ("%u", ports[NGINX_FRESH]);
  g_autofree char *closed = g_strdup_printf ("%u", closed_port);
  g_autofree char *fpm_conf_path = conf_path ("php-fpm.conf");
  g_autofree char *fpm_socket = conf_path ("php-fpm.sock");
  g_autofree char *dead_socket = conf_path ("dead-php-fpm.sock");
  g_autofree char *nginx_conf_path = conf_path ("nginx.conf");
  g_autofree char *fpm = NULL;
  g_autofree char *fpm_text = NULL;
  g_autofree char *nginx_text = NULL;
  ScTestDaemon *php_fpm = NULL;
  const char *fpm_argv[] = { NULL, "--nodaemonize", "--allow-to-run-as-root", "--fpm-config", fpm_conf_path, NULL };
  const char *nginx_argv[] = { "nginx", "-c", nginx_conf_path, "-g", "daemon off;", NULL };
  ScTestDaemonOptions fpm_options = {
    .name = "php-fpm", .argv = fpm_argv, .package = "php-fpm", .socket_path = fpm_socket,
  };
  gboolean root = getuid () == 0;

  fpm_text = sc_test_expand (php_fpm_conf, "DIR", dir,
                             "USER_LINES", root ? "user = root\ngroup = root\n" : "", NULL);
  nginx_text = sc_test_expand (nginx_conf, "DIR", dir, "PORT", port, "FRESH_PORT", fresh_port,
                               "CLOSED", closed, "USER_LINE", root ? "user root root;" : "", NULL);
  if (!sc_test_daemon_write_file (dir, "php-fpm.conf", fpm_text, error) ||
      !sc_test_daemon_write_file (dir, "nginx.conf", nginx_text, error) ||
      !make_dead_socket (dead_socket, error))
    return NULL;

  if ((fpm = find_php_fpm (error)) == NULL)
    return NULL;
  fpm_argv[0] = fpm;
  if ((php_fpm = sc_test_daemon_start_full (&fpm_options, error)) == NULL)
    return NULL;
  /* PHP-FPM stays in the list of running daemons, stopped at exit. */
  return sc_test_daemon_start ("nginx", nginx_argv, "127.0.0.1", ports[NGINX], error);
}

static ScTestDaemon *
start_apache (GError **error)
{
  g_autofree char *port = g_strdup_printf ("%u", ports[APACHE]);
  g_autofree char *conf = conf_path ("apache2.conf");
  g_autofree char *text = sc_test_expand (apache_conf, "DIR", dir, "PORT", port, NULL);
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
  const char *default_page = "/usr/share/apache2/default-site/index.html";

  if (!sc_test_require_file ("/usr/lib/apache2/modules/libphp8.2.so", "libapache2-mod-php", error) ||
      !sc_test_require_file (default_page, "apache2", error) ||
      !copy_file (default_page, "apache/index.html", error) ||
      !sc_test_daemon_write_file (dir, "apache2.conf", text, error))
    return NULL;
  return sc_test_daemon_start_full (&options, error);
}

static ScTestDaemon *
start_lighttpd (GError **error)
{
  g_autofree char *port = g_strdup_printf ("%u", ports[LIGHTTPD]);
  g_autofree char *conf = conf_path ("lighttpd.conf");
  g_autofree char *text = sc_test_expand (lighttpd_conf, "DIR", dir, "PORT", port, NULL);
  const char *argv[] = { "lighttpd", "-D", "-f", conf, NULL };
  const char *placeholder = "/usr/share/lighttpd/index.html";

  /* Debian installs this page as /var/www/html/index.lighttpd.html. */
  if (!sc_test_require_file (placeholder, "lighttpd", error) ||
      !copy_file (placeholder, "lighttpd/index.lighttpd.html", error) ||
      !sc_test_daemon_write_file (dir, "lighttpd.conf", text, error))
    return NULL;
  return sc_test_daemon_start ("lighttpd", argv, "127.0.0.1", ports[LIGHTTPD], error);
}

static ScTestDaemon *
start_caddy (guint    closed_port,
             GError **error)
{
  g_autofree char *site_port = g_strdup_printf ("%u", ports[CADDY_SITE]);
  g_autofree char *proxy_port = g_strdup_printf ("%u", ports[CADDY_PROXY]);
  g_autofree char *closed = g_strdup_printf ("%u", closed_port);
  g_autofree char *silent = g_strdup_printf ("%u", sc_raw_server_port (silent_upstream));
  g_autofree char *conf = conf_path ("Caddyfile");
  g_autofree char *text = sc_test_expand (caddyfile, "DIR", dir, "SITE_PORT", site_port,
                                          "PROXY_PORT", proxy_port, "CLOSED", closed,
                                          "SILENT", silent, NULL);
  g_autofree char *home = g_strdup_printf ("HOME=%s", dir);
  g_autofree char *config_home = g_strdup_printf ("XDG_CONFIG_HOME=%s/caddy-config", dir);
  g_autofree char *data_home = g_strdup_printf ("XDG_DATA_HOME=%s/caddy-data", dir);
  const char *argv[] = { "caddy", "run", "--config", conf, "--adapter", "caddyfile", NULL };
  /* Caddy saves its config under XDG_CONFIG_HOME: keep it in our folder. */
  const char *env[] = { home, config_home, data_home, NULL };
  ScTestDaemonOptions options = {
    .name = "caddy", .argv = argv, .env = env,
    .listen_host = "127.0.0.1", .port = ports[CADDY_PROXY],
  };
  ScTestDaemon *caddy;

  if (!sc_test_daemon_write_file (dir, "Caddyfile", text, error))
    return NULL;
  caddy = sc_test_daemon_start_full (&options, error);
  if (caddy != NULL && !sc_test_wait_for_listener ("127.0.0.1", ports[CADDY_SITE], NULL, 5000))
    {
      g_autofree char *output = sc_test_daemon_get_output (caddy);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT,
                   "caddy does not listen on 127.0.0.1:%u; its output:\n%s", ports[CADDY_SITE], output);
      return NULL;
    }
  return caddy;
}

/* Debian's python3, not another one earlier in PATH that lacks the
 * packages. */
#define SC_DEBIAN_PYTHON "/usr/bin/python3"

/* Django's own development server, without its reloader: one process. */
static void
start_django (Front        front,
              const char  *debug,
              const char  *hosts,
              GError     **error)
{
  g_autofree char *listen = g_strdup_printf ("127.0.0.1:%u", ports[front]);
  g_autofree char *python_dir = conf_path ("python");
  g_autofree char *python_path = g_strdup_printf ("PYTHONPATH=%s", python_dir);
  g_autofree char *debug_env = g_strdup_printf ("SITE_DEBUG=%s", debug);
  g_autofree char *hosts_env = g_strdup_printf ("SITE_HOSTS=%s", hosts);
  const char *argv[] = { SC_DEBIAN_PYTHON, "-m", "django", "runserver", "--noreload", listen, NULL };
  const char *env[] = { python_path, debug_env, hosts_env, "DJANGO_SETTINGS_MODULE=site_settings", NULL };
  ScTestDaemonOptions options = {
    .name = "django", .argv = argv, .env = env, .package = "python3-django",
    .listen_host = "127.0.0.1", .port = ports[front],
  };

  if (sc_test_require_file ("/usr/lib/python3/dist-packages/django/__init__.py", "python3-django", error))
    sc_test_daemon_start_full (&options, error);
}

static void
start_flask (Front        front,
             const char  *mode,
             GError     **error)
{
  g_autofree char *port = g_strdup_printf ("%u", ports[front]);
  g_autofree char *script = conf_path ("python/flask_site.py");
  const char *argv[] = { SC_DEBIAN_PYTHON, script, port, mode, NULL };
  ScTestDaemonOptions options = {
    .name = "flask", .argv = argv, .package = "python3-flask",
    .listen_host = "127.0.0.1", .port = ports[front],
  };

  if (sc_test_require_file ("/usr/lib/python3/dist-packages/flask/__init__.py", "python3-flask", error))
    sc_test_daemon_start_full (&options, error);
}

/* Debian's node-express lives in /usr/share/nodejs, which a node from
 * elsewhere does not search by itself. */
static void
start_express (Front        front,
               const char  *node_env,
               GError     **error)
{
  g_autofree char *port = g_strdup_printf ("%u", ports[front]);
  g_autofree char *script = conf_path ("node/app.js");
  g_autofree char *env_line = g_strdup_printf ("NODE_ENV=%s", node_env);
  const char *argv[] = { "/usr/bin/node", script, port, NULL };
  const char *env[] = { "NODE_PATH=/usr/share/nodejs", env_line, NULL };
  ScTestDaemonOptions options = {
    .name = "express", .argv = argv, .env = env, .package = "nodejs",
    .listen_host = "127.0.0.1", .port = ports[front],
  };

  if (sc_test_require_file ("/usr/share/nodejs/express/index.js", "node-express", error))
    sc_test_daemon_start_full (&options, error);
}

static void
start_tomcat (GError **error)
{
  g_autofree char *port = g_strdup_printf ("%u", ports[TOMCAT]);
  g_autofree char *text = sc_test_expand (tomcat_server_xml, "PORT", port, NULL);
  g_autofree char *base = conf_path ("tomcat");
  g_autofree char *base_env = g_strdup_printf ("CATALINA_BASE=%s", base);
  const char *argv[] = { "/usr/share/tomcat10/bin/catalina.sh", "run", NULL };
  const char *env[] = { "CATALINA_HOME=/usr/share/tomcat10", base_env, NULL };
  /* A JVM starting on a busy machine. */
  ScTestDaemonOptions options = {
    .name = "tomcat", .argv = argv, .env = env, .package = "tomcat10",
    .listen_host = "127.0.0.1", .port = ports[TOMCAT], .timeout_ms = 60000,
  };
  const char *root_page = "/usr/share/tomcat10-root/default_root/index.html";

  if (!sc_test_require_file (argv[0], "tomcat10", error) ||
      !sc_test_require_file (root_page, "tomcat10", error) ||
      !copy_file (root_page, "tomcat/webapps/ROOT/index.html", error) ||
      !copy_file ("/etc/tomcat10/web.xml", "tomcat/conf/web.xml", error) ||
      !sc_test_daemon_write_file (dir, "tomcat/conf/server.xml", text, error))
    return;
  for (guint i = 0; i < 3; i++)
    {
      const char *empty[] = { "tomcat/logs", "tomcat/temp", "tomcat/work" };
      g_autofree char *path = conf_path (empty[i]);

      g_mkdir_with_parents (path, 0755);
    }
  sc_test_daemon_start_full (&options, error);
}

/* The public/ pages that `rails new` writes, from Debian's railties, whose
 * folder is named after its version. */
static char *
find_rails_templates (GError **error)
{
  const char *gems = "/usr/share/rubygems-integration/all/gems";
  g_autoptr(GDir) dir_handle = g_dir_open (gems, 0, NULL);
  const char *name;

  while (dir_handle != NULL && (name = g_dir_read_name (dir_handle)) != NULL)
    if (g_str_has_prefix (name, "railties-"))
      return g_build_filename (gems, name, "lib/rails/generators/rails/app/templates/public", NULL);
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
               "No railties in %s: install the Debian package ruby-rails", gems);
  return NULL;
}

static void
start_rails (Front        front,
             const char  *rails_env,
             GError     **error)
{
  g_autofree char *port = g_strdup_printf ("%u", ports[front]);
  g_autofree char *script = conf_path ("rails/app.rb");
  g_autofree char *env_line = g_strdup_printf ("RAILS_ENV=%s", rails_env);
  g_autofree char *templates = find_rails_templates (error);
  g_autofree char *page_500 = NULL;
  g_autofree char *page_404 = NULL;
  const char *argv[] = { "/usr/bin/ruby", script, port, NULL };
  const char *env[] = { env_line, NULL };
  ScTestDaemonOptions options = {
    .name = "rails", .argv = argv, .env = env, .package = "ruby-rails",
    .listen_host = "127.0.0.1", .port = ports[front], .timeout_ms = 60000,
  };

  if (templates == NULL)
    return;
  page_500 = g_build_filename (templates, "500.html", NULL);
  page_404 = g_build_filename (templates, "404.html", NULL);
  if (!copy_file (page_500, "rails/public/500.html", error) ||
      !copy_file (page_404, "rails/public/404.html", error))
    return;
  sc_test_daemon_start_full (&options, error);
}

static void
start_servers (void)
{
  g_autoptr(GError) error = NULL;
  guint closed_port;

  dir = sc_test_daemon_make_dir ("origin-servers", &error);
  if (dir == NULL || !write_sites (&error))
    {
      for (guint i = 0; i < N_FRONTS; i++)
        start_errors[i] = g_error_copy (error);
      return;
    }
  for (guint i = 0; i < N_FRONTS; i++)
    ports[i] = sc_test_free_port ();
  /* Free now, and nothing will listen there: the upstream that is down. */
  closed_port = sc_test_free_port ();
  silent_upstream = sc_raw_server_new (SC_RAW_SILENT, NULL);

  /* Each server on its own: one that cannot start fails its cases only. */
  if (start_nginx (closed_port, &start_errors[NGINX]) == NULL)
    start_errors[NGINX_FRESH] = g_error_copy (start_errors[NGINX]);
  start_apache (&start_errors[APACHE]);
  start_lighttpd (&start_errors[LIGHTTPD]);
  if (start_caddy (closed_port, &start_errors[CADDY_SITE]) == NULL)
    start_errors[CADDY_PROXY] = g_error_copy (start_errors[CADDY_SITE]);
  start_django (DJANGO_DEBUG, "1", "127.0.0.1", &start_errors[DJANGO_DEBUG]);
  start_django (DJANGO, "0", "127.0.0.1", &start_errors[DJANGO]);
  start_django (DJANGO_HOSTS, "0", "www.example.test", &start_errors[DJANGO_HOSTS]);
  start_flask (FLASK_DEBUG, "debug", &start_errors[FLASK_DEBUG]);
  start_flask (FLASK, "production", &start_errors[FLASK]);
  start_express (EXPRESS_DEV, "development", &start_errors[EXPRESS_DEV]);
  start_express (EXPRESS, "production", &start_errors[EXPRESS]);
  start_tomcat (&start_errors[TOMCAT]);
  start_rails (RAILS_DEV, "development", &start_errors[RAILS_DEV]);
  start_rails (RAILS, "production", &start_errors[RAILS]);
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
test_origin (gconstpointer data)
{
  const OriginCase *c = data;
  g_autoptr(ScChecker) checker = NULL;
  g_autoptr(ScCheckResult) result = NULL;
  g_autofree char *url = NULL;
  g_autofree char *reading = NULL;

  if (start_errors[c->front] != NULL)
    {
      g_test_fail_printf ("%s could not be started: %s", front_names[c->front],
                          start_errors[c->front]->message);
      return;
    }

  checker = sc_checker_new (8, 4);
  sc_checker_set_timeout (checker, 10);
  url = g_strdup_printf ("http://127.0.0.1:%u%s", ports[c->front], c->path);
  result = sc_test_check (checker, url);
  reading = sc_test_describe_reading (result);
  g_test_message ("%s: %s", url, reading);

  if (sc_check_result_get_status (result) != c->status)
    g_error ("%s: expected status %u, got %s", url, c->status, reading);
  sc_test_expect_who (result, c->role, c->software);
  expect_findings (result, c->findings);
  sc_test_expect_verdict (result, c->verdict);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/origin/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_origin);
    }

  /* Started once for all cases, and stopped when they are done. */
  start_servers ();
  status = g_test_run ();

  sc_test_daemon_stop_all ();
  g_clear_pointer (&silent_upstream, sc_raw_server_free);
  for (guint i = 0; i < N_FRONTS; i++)
    g_clear_error (&start_errors[i]);
  g_free (dir);
  return status;
}
