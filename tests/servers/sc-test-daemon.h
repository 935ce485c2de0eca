/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "sc-test-server.h"   /* sc_test_free_port () */

G_BEGIN_DECLS

/* Real server software started by a test: nginx, Apache, PHP-FPM, MariaDB,
 * HAProxy, Varnish, Squid, …  Each runs in the foreground as a child of the
 * test, in a process group of its own, with its standard output and error
 * kept in a log.  It is stopped by sc_test_daemon_stop(), and also when the
 * test dies: the child gets SIGTERM when its parent goes away, and a test
 * that aborts (a failed assertion) sends SIGTERM to every daemon's group on
 * its way out.
 *
 * Everything runs on 127.0.0.1 on ports the kernel chose; configuration,
 * pid files and logs belong in a directory from sc_test_daemon_make_dir(). */

typedef struct _ScTestDaemon ScTestDaemon;

typedef struct {
  const char         *name;         /* for messages: "nginx", "php-fpm" */
  const char * const *argv;         /* argv[0] a path or a name looked up in PATH and the sbin dirs */
  const char * const *env;          /* "NAME=VALUE" added to the test's environment, or NULL */
  const char         *cwd;          /* or NULL */
  const char         *package;      /* Debian package that ships argv[0]; NULL: guessed from its name */
  const char         *listen_host;  /* ready when host:port accepts a TCP connection … */
  guint               port;
  const char         *socket_path;  /* … or when this unix socket accepts one; neither: once started */
  guint               timeout_ms;   /* how long to wait for that; 0: 20 s */
} ScTestDaemonOptions;

/* Starts @argv and waits until @listen_host:@port accepts connections.
 * Fails when the program is missing (the message names the package to
 * install), exits early, or is not ready in time (the message ends with the
 * daemon's output). */
ScTestDaemon *sc_test_daemon_start       (const char         *name,
                                          const char * const *argv,
                                          const char         *listen_host,
                                          guint               port,
                                          GError            **error);
ScTestDaemon *sc_test_daemon_start_full  (const ScTestDaemonOptions *options,
                                          GError                   **error);

/* SIGTERM to the daemon's process group, then SIGKILL after @grace_ms if it
 * has not exited; the child is reaped.  Safe to call twice.  Returns FALSE
 * when it had to be killed. */
gboolean      sc_test_daemon_stop        (ScTestDaemon *daemon);
gboolean      sc_test_daemon_stop_full   (ScTestDaemon *daemon,
                                          guint         grace_ms);
/* Stops the daemon if it runs, removes its log and frees it.  Daemons not
 * freed are stopped and freed at exit; after a crash their logs stay in
 * the temporary directory (sc-NAME-XXXXXX.log) for a look. */
void          sc_test_daemon_free        (ScTestDaemon *daemon);

gboolean      sc_test_daemon_is_running  (ScTestDaemon *daemon);
GPid          sc_test_daemon_get_pid     (ScTestDaemon *daemon);
const char   *sc_test_daemon_get_name    (ScTestDaemon *daemon);
/* What the daemon wrote on its standard output and error so far. */
char         *sc_test_daemon_get_output  (ScTestDaemon *daemon);

/* Stops every daemon still running; called at exit, and by tests that
 * want to be sure before they remove a directory. */
void          sc_test_daemon_stop_all    (void);

/* Waits until @host:@port (or the unix socket @socket_path when @host is
 * NULL) accepts a connection, or until @timeout_ms have passed. */
gboolean      sc_test_wait_for_listener  (const char *host,
                                          guint       port,
                                          const char *socket_path,
                                          guint       timeout_ms);
/* Waits until nothing accepts on @host:@port any more. */
gboolean      sc_test_wait_for_closed    (const char *host,
                                          guint       port,
                                          guint       timeout_ms);

/* The full path of @program (searched in PATH, /usr/sbin and /sbin), or
 * NULL with an error naming @package (NULL: guessed) to install. */
char         *sc_test_find_program       (const char  *program,
                                          const char  *package,
                                          GError     **error);
/* Fails with an error naming @package when @path does not exist. */
gboolean      sc_test_require_file       (const char  *path,
                                          const char  *package,
                                          GError     **error);

/* A new directory under the temporary directory, mode 0755 so that workers
 * that drop privileges (www-data) can read what is put in it.  It is
 * removed at exit unless SC_TEST_KEEP_DIRS is set. */
char         *sc_test_daemon_make_dir    (const char  *prefix,
                                          GError     **error);
/* Writes @contents to @dir/@relative_path (mode 0644), making the folders
 * on the way (0755). */
gboolean      sc_test_daemon_write_file  (const char  *dir,
                                          const char  *relative_path,
                                          const char  *contents,
                                          GError     **error);
/* Removes @path and everything below it. */
void          sc_test_daemon_remove_tree (const char  *path);

/* @template with each "{KEY}" replaced by its value; the variable
 * arguments are KEY, value pairs ending with NULL.  Handy for configs. */
char         *sc_test_expand             (const char  *template,
                                          ...) G_GNUC_NULL_TERMINATED;

/* Runs @argv to completion (for setup steps: mariadb-install-db, php-cli),
 * failing with its output when it exits with anything but 0. */
gboolean      sc_test_run_program        (const char * const *argv,
                                          const char * const *env,
                                          guint               timeout_ms,
                                          char              **output,
                                          GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScTestDaemon, sc_test_daemon_free)

G_END_DECLS
