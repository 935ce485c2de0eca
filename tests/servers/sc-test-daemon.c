/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sc-test-daemon.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <glib/gstdio.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <signal.h>
#include <stdarg.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#define DEFAULT_READY_MS  20000
#define DEFAULT_GRACE_MS  10000
#define POLL_MS           25
#define OUTPUT_TAIL       4000
#define MAX_DAEMONS       64

struct _ScTestDaemon {
  char    *name;
  GPid     pid;          /* also the process group */
  char    *log_path;
  gboolean running;
  int      exit_status;  /* as from waitpid(), once reaped */
};

/* The daemons still running, for the exit paths.  The pids are also kept
 * in a plain array that a signal handler may read. */
static GPtrArray *running_daemons;
static GPtrArray *all_daemons;       /* every one not freed yet, running or not */
static volatile sig_atomic_t running_pids[MAX_DAEMONS];
static GPtrArray *made_dirs;

/* Which Debian package ships each program we start, for the message that
 * tells the developer what to install (build-aux/install-deps.sh). */
static const struct {
  const char *program;
  const char *package;
} packages[] = {
  { "nginx", "nginx-light" },
  { "apache2", "apache2" },
  { "php-fpm8.2", "php-fpm" },
  { "php-fpm", "php-fpm" },
  { "php", "php-cli" },
  { "mariadbd", "mariadb-server" },
  { "mysqld", "mariadb-server" },
  { "mariadb-install-db", "mariadb-server" },
  { "mysql_install_db", "mariadb-server" },
  { "mariadb", "mariadb-client" },
  { "mariadb-admin", "mariadb-client" },
  { "lighttpd", "lighttpd" },
  { "caddy", "caddy" },
  { "haproxy", "haproxy" },
  { "varnishd", "varnish" },
  { "squid", "squid" },
  { "traffic_server", "trafficserver" },
  { "curl", "curl" },
};

static const char *
guess_package (const char *program)
{
  g_autofree char *base = g_path_get_basename (program);

  for (gsize i = 0; i < G_N_ELEMENTS (packages); i++)
    if (g_str_equal (base, packages[i].program))
      return packages[i].package;
  return NULL;
}

char *
sc_test_find_program (const char  *program,
                      const char  *package,
                      GError     **error)
{
  static const char * const sbin_dirs[] = { "/usr/sbin", "/sbin", "/usr/local/sbin" };
  char *path = NULL;

  g_return_val_if_fail (program != NULL, NULL);

  if (strchr (program, '/') != NULL)
    {
      if (g_file_test (program, G_FILE_TEST_IS_EXECUTABLE))
        return g_strdup (program);
    }
  else if ((path = g_find_program_in_path (program)) != NULL)
    return path;
  else
    {
      /* A user's PATH often lacks the sbin folders where daemons live. */
      for (gsize i = 0; i < G_N_ELEMENTS (sbin_dirs); i++)
        {
          path = g_build_filename (sbin_dirs[i], program, NULL);
          if (g_file_test (path, G_FILE_TEST_IS_EXECUTABLE))
            return path;
          g_clear_pointer (&path, g_free);
        }
    }

  if (package == NULL)
    package = guess_package (program);
  g_set_error (error, G_SPAWN_ERROR, G_SPAWN_ERROR_NOENT,
               "%s is not installed: install the Debian package %s "
               "(build-aux/install-deps.sh installs every server the tests start)",
               program, package != NULL ? package : "that provides it");
  return NULL;
}

gboolean
sc_test_require_file (const char  *path,
                      const char  *package,
                      GError     **error)
{
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return TRUE;
  g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT,
               "%s is missing: install the Debian package %s "
               "(build-aux/install-deps.sh installs every server the tests start)",
               path, package);
  return FALSE;
}

/* Exit paths */

static void
remember_pid (GPid pid)
{
  for (guint i = 0; i < MAX_DAEMONS; i++)
    if (running_pids[i] == 0)
      {
        running_pids[i] = pid;
        return;
      }
}

static void
forget_pid (GPid pid)
{
  for (guint i = 0; i < MAX_DAEMONS; i++)
    if (running_pids[i] == pid)
      running_pids[i] = 0;
}

/* A failed assertion aborts the test without running atexit handlers; the
 * daemons would then outlive it, holding ports and temporary files.  Only
 * kill() here: it is async-signal-safe.  The daemons shut down by
 * themselves on SIGTERM. */
static void
on_fatal_signal (int signum)
{
  for (guint i = 0; i < MAX_DAEMONS; i++)
    if (running_pids[i] > 0)
      kill (-running_pids[i], SIGTERM);
  signal (signum, SIG_DFL);
  raise (signum);
}

static void
on_exit_cleanup (void)
{
  sc_test_daemon_stop_all ();
  /* Frees them, which removes their logs; freeing drops each from the list. */
  while (all_daemons != NULL && all_daemons->len > 0)
    sc_test_daemon_free (g_ptr_array_index (all_daemons, all_daemons->len - 1));
  g_clear_pointer (&all_daemons, g_ptr_array_unref);
  if (made_dirs != NULL && g_getenv ("SC_TEST_KEEP_DIRS") == NULL)
    for (guint i = 0; i < made_dirs->len; i++)
      sc_test_daemon_remove_tree (g_ptr_array_index (made_dirs, i));
  g_clear_pointer (&made_dirs, g_ptr_array_unref);
  g_clear_pointer (&running_daemons, g_ptr_array_unref);
}

static void
install_exit_paths (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      static const int signals[] = { SIGABRT, SIGSEGV, SIGBUS, SIGTRAP, SIGTERM, SIGINT, SIGHUP };

      running_daemons = g_ptr_array_new ();
      all_daemons = g_ptr_array_new ();
      made_dirs = g_ptr_array_new_with_free_func (g_free);
      for (gsize i = 0; i < G_N_ELEMENTS (signals); i++)
        signal (signals[i], on_fatal_signal);
      atexit (on_exit_cleanup);
      g_once_init_leave (&done, 1);
    }
}

/* Spawning */

typedef struct {
  gboolean own_group;
} ChildSetup;

static void
child_setup (gpointer data)
{
  ChildSetup *setup = data;

  /* A group of its own, so that stopping the daemon reaches its workers;
   * and SIGTERM when the test dies, whatever way it dies. */
  if (setup->own_group)
    setpgid (0, 0);
  prctl (PR_SET_PDEATHSIG, SIGTERM);
  /* The parent may have died before prctl(): then no signal will come. */
  if (getppid () == 1)
    _exit (127);
}

static char **
make_environment (const char * const *extra)
{
  char **env = g_get_environ ();

  for (guint i = 0; extra != NULL && extra[i] != NULL; i++)
    {
      const char *equals = strchr (extra[i], '=');
      g_autofree char *name = NULL;

      g_return_val_if_fail (equals != NULL, env);
      name = g_strndup (extra[i], equals - extra[i]);
      env = g_environ_setenv (env, name, equals + 1, TRUE);
    }
  return env;
}

static gboolean
spawn_logged (const char         *name,
              const char * const *argv,
              const char * const *extra_env,
              const char         *cwd,
              const char         *package,
              gboolean            own_group,
              GPid               *pid_out,
              char              **log_path_out,
              GError            **error)
{
  g_autofree char *program = NULL;
  g_autofree char *log_path = NULL;
  g_autofree char *template = NULL;
  g_auto(GStrv) env = NULL;
  g_auto(GStrv) full_argv = NULL;
  ChildSetup setup = { own_group };
  int log_fd;
  int null_fd;
  gboolean ok;

  program = sc_test_find_program (argv[0], package, error);
  if (program == NULL)
    return FALSE;

  template = g_strdup_printf ("sc-%s-XXXXXX.log", name);
  log_fd = g_file_open_tmp (template, &log_path, error);
  if (log_fd < 0)
    return FALSE;
  null_fd = open ("/dev/null", O_RDONLY | O_CLOEXEC);

  full_argv = g_strdupv ((char **) argv);
  g_free (full_argv[0]);
  full_argv[0] = g_steal_pointer (&program);
  env = make_environment (extra_env);

  ok = g_spawn_async_with_fds (cwd, full_argv, env,
                               G_SPAWN_DO_NOT_REAP_CHILD,
                               child_setup, &setup, pid_out,
                               null_fd, log_fd, log_fd, error);
  close (log_fd);
  if (null_fd >= 0)
    close (null_fd);
  if (!ok)
    {
      g_unlink (log_path);
      return FALSE;
    }
  *log_path_out = g_steal_pointer (&log_path);
  return TRUE;
}

/* Listening */

static gboolean
try_connect (const char *host,
             guint       port,
             const char *socket_path)
{
  int fd;
  int rc;

  if (host != NULL)
    {
      struct sockaddr_in address = { .sin_family = AF_INET, .sin_port = htons (port) };

      if (inet_pton (AF_INET, host, &address.sin_addr) != 1)
        return FALSE;
      fd = socket (AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
      rc = connect (fd, (struct sockaddr *) &address, sizeof address);
    }
  else
    {
      struct sockaddr_un address = { .sun_family = AF_UNIX };

      if (strlen (socket_path) >= sizeof address.sun_path)
        return FALSE;
      strcpy (address.sun_path, socket_path);
      fd = socket (AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
      rc = connect (fd, (struct sockaddr *) &address, sizeof address);
    }
  close (fd);
  return rc == 0;
}

gboolean
sc_test_wait_for_listener (const char *host,
                           guint       port,
                           const char *socket_path,
                           guint       timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) timeout_ms * 1000;

  do
    {
      if (try_connect (host, port, socket_path))
        return TRUE;
      g_usleep (POLL_MS * 1000);
    }
  while (g_get_monotonic_time () < deadline);
  return FALSE;
}

gboolean
sc_test_wait_for_closed (const char *host,
                         guint       port,
                         guint       timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) timeout_ms * 1000;

  while (try_connect (host, port, NULL))
    {
      if (g_get_monotonic_time () >= deadline)
        return FALSE;
      g_usleep (POLL_MS * 1000);
    }
  return TRUE;
}

/* The daemon */

static char *
read_tail (const char *path)
{
  g_autofree char *text = NULL;
  gsize length = 0;

  if (path == NULL || !g_file_get_contents (path, &text, &length, NULL))
    return g_strdup ("(no output)");
  if (length == 0)
    return g_strdup ("(no output)");
  if (length > OUTPUT_TAIL)
    return g_strdup_printf ("…%s", text + length - OUTPUT_TAIL);
  return g_steal_pointer (&text);
}

static char *
describe_exit (int status)
{
  if (WIFEXITED (status))
    return g_strdup_printf ("exited with status %d", WEXITSTATUS (status));
  if (WIFSIGNALED (status))
    return g_strdup_printf ("was killed by signal %d (%s)", WTERMSIG (status), g_strsignal (WTERMSIG (status)));
  return g_strdup ("stopped");
}

/* Reaps the child if it has exited. */
static gboolean
poll_exit (ScTestDaemon *self)
{
  int status = 0;

  if (!self->running)
    return TRUE;
  if (waitpid (self->pid, &status, WNOHANG) == self->pid)
    {
      self->running = FALSE;
      self->exit_status = status;
      forget_pid (self->pid);
      if (running_daemons != NULL)
        g_ptr_array_remove (running_daemons, self);
      return TRUE;
    }
  return FALSE;
}

static ScTestDaemon *
daemon_new (const char *name,
            GPid        pid,
            char       *log_path)
{
  ScTestDaemon *self = g_new0 (ScTestDaemon, 1);

  self->name = g_strdup (name);
  self->pid = pid;
  self->log_path = log_path;
  self->running = TRUE;
  remember_pid (pid);
  g_ptr_array_add (running_daemons, self);
  g_ptr_array_add (all_daemons, self);
  return self;
}

ScTestDaemon *
sc_test_daemon_start_full (const ScTestDaemonOptions *options,
                           GError                   **error)
{
  g_autoptr(ScTestDaemon) self = NULL;
  const char *name;
  guint timeout_ms;
  gint64 deadline;
  GPid pid;
  char *log_path = NULL;

  g_return_val_if_fail (options != NULL && options->argv != NULL && options->argv[0] != NULL, NULL);

  install_exit_paths ();
  name = options->name != NULL ? options->name : options->argv[0];
  timeout_ms = options->timeout_ms != 0 ? options->timeout_ms : DEFAULT_READY_MS;

  if (!spawn_logged (name, options->argv, options->env, options->cwd, options->package,
                     TRUE, &pid, &log_path, error))
    {
      g_prefix_error (error, "Cannot start %s: ", name);
      return NULL;
    }
  self = daemon_new (name, pid, log_path);

  if (options->listen_host == NULL && options->socket_path == NULL)
    return g_steal_pointer (&self);

  /* Poll the listener and the child in turn: a daemon that dies at once
   * (a bad config) is reported at once, not after the whole deadline. */
  deadline = g_get_monotonic_time () + (gint64) timeout_ms * 1000;
  for (;;)
    {
      if (try_connect (options->listen_host, options->port, options->socket_path))
        return g_steal_pointer (&self);
      if (poll_exit (self))
        {
          g_autofree char *how = describe_exit (self->exit_status);
          g_autofree char *output = read_tail (self->log_path);

          g_set_error (error, G_SPAWN_ERROR, G_SPAWN_ERROR_FAILED,
                       "%s %s before it accepted connections; its output:\n%s", name, how, output);
          return NULL;
        }
      if (g_get_monotonic_time () >= deadline)
        {
          g_autofree char *output = read_tail (self->log_path);
          g_autofree char *where = options->socket_path != NULL
            ? g_strdup (options->socket_path)
            : g_strdup_printf ("%s:%u", options->listen_host, options->port);

          g_set_error (error, G_SPAWN_ERROR, G_SPAWN_ERROR_FAILED,
                       "%s did not accept connections on %s within %u ms; its output:\n%s",
                       name, where, timeout_ms, output);
          return NULL;
        }
      g_usleep (POLL_MS * 1000);
    }
}

ScTestDaemon *
sc_test_daemon_start (const char         *name,
                      const char * const *argv,
                      const char         *listen_host,
                      guint               port,
                      GError            **error)
{
  ScTestDaemonOptions options = {
    .name = name,
    .argv = argv,
    .listen_host = listen_host,
    .port = port,
  };

  return sc_test_daemon_start_full (&options, error);
}

static void
wait_for_group (GPid   pgid,
                gint64 deadline)
{
  while (kill (-pgid, 0) == 0 && g_get_monotonic_time () < deadline)
    g_usleep (POLL_MS * 1000);
}

gboolean
sc_test_daemon_stop_full (ScTestDaemon *self,
                          guint         grace_ms)
{
  gint64 deadline;
  gboolean clean = TRUE;

  g_return_val_if_fail (self != NULL, FALSE);

  if (poll_exit (self))
    {
      /* Workers the leader left behind still hold the group. */
      if (kill (-self->pid, 0) == 0)
        kill (-self->pid, SIGKILL);
      return TRUE;
    }

  deadline = g_get_monotonic_time () + (gint64) grace_ms * 1000;
  kill (-self->pid, SIGTERM);
  while (!poll_exit (self) && g_get_monotonic_time () < deadline)
    g_usleep (POLL_MS * 1000);

  if (self->running)
    {
      int status = 0;

      clean = FALSE;
      kill (-self->pid, SIGKILL);
      waitpid (self->pid, &status, 0);
      self->running = FALSE;
      self->exit_status = status;
      forget_pid (self->pid);
      if (running_daemons != NULL)
        g_ptr_array_remove (running_daemons, self);
    }

  /* The leader is gone; give its workers a moment to follow it, so that
   * the port is free when this returns. */
  wait_for_group (self->pid, g_get_monotonic_time () + 2 * G_USEC_PER_SEC);
  if (kill (-self->pid, 0) == 0)
    {
      clean = FALSE;
      kill (-self->pid, SIGKILL);
      wait_for_group (self->pid, g_get_monotonic_time () + 2 * G_USEC_PER_SEC);
    }
  return clean;
}

gboolean
sc_test_daemon_stop (ScTestDaemon *self)
{
  return sc_test_daemon_stop_full (self, DEFAULT_GRACE_MS);
}

void
sc_test_daemon_free (ScTestDaemon *self)
{
  if (self == NULL)
    return;
  sc_test_daemon_stop (self);
  if (all_daemons != NULL)
    g_ptr_array_remove (all_daemons, self);
  if (self->log_path != NULL)
    g_unlink (self->log_path);
  g_free (self->log_path);
  g_free (self->name);
  g_free (self);
}

gboolean
sc_test_daemon_is_running (ScTestDaemon *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return !poll_exit (self);
}

GPid
sc_test_daemon_get_pid (ScTestDaemon *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->pid;
}

const char *
sc_test_daemon_get_name (ScTestDaemon *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->name;
}

char *
sc_test_daemon_get_output (ScTestDaemon *self)
{
  char *text = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  if (!g_file_get_contents (self->log_path, &text, NULL, NULL))
    return g_strdup ("");
  return text;
}

void
sc_test_daemon_stop_all (void)
{
  /* Stopping removes the daemon from the list. */
  while (running_daemons != NULL && running_daemons->len > 0)
    {
      ScTestDaemon *daemon = g_ptr_array_index (running_daemons, running_daemons->len - 1);

      sc_test_daemon_stop (daemon);
      if (running_daemons != NULL)
        g_ptr_array_remove (running_daemons, daemon);
    }
}

/* Setup programs */

gboolean
sc_test_run_program (const char * const *argv,
                     const char * const *env,
                     guint               timeout_ms,
                     char              **output,
                     GError            **error)
{
  g_autofree char *log_path = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  gint64 deadline;
  GPid pid;
  int status = 0;
  gboolean done = FALSE;

  install_exit_paths ();
  name = g_path_get_basename (argv[0]);
  if (!spawn_logged (name, argv, env, NULL, NULL, FALSE, &pid, &log_path, error))
    return FALSE;

  deadline = g_get_monotonic_time () + (gint64) (timeout_ms != 0 ? timeout_ms : DEFAULT_READY_MS) * 1000;
  while (!(done = waitpid (pid, &status, WNOHANG) == pid) && g_get_monotonic_time () < deadline)
    g_usleep (POLL_MS * 1000);
  if (!done)
    {
      kill (pid, SIGKILL);
      waitpid (pid, &status, 0);
    }
  g_file_get_contents (log_path, &text, NULL, NULL);
  g_unlink (log_path);

  if (!done || !WIFEXITED (status) || WEXITSTATUS (status) != 0)
    {
      g_autofree char *how = done ? describe_exit (status) : g_strdup ("took too long and was killed");
      g_autofree char *joined = g_strjoinv (" ", (char **) argv);

      g_set_error (error, G_SPAWN_ERROR, G_SPAWN_ERROR_FAILED, "%s %s; its output:\n%s",
                   joined, how, text != NULL && *text != '\0' ? text : "(no output)");
      return FALSE;
    }
  if (output != NULL)
    *output = g_steal_pointer (&text);
  return TRUE;
}

/* Files */

char *
sc_test_daemon_make_dir (const char  *prefix,
                         GError     **error)
{
  g_autofree char *template = g_strdup_printf ("sc-%s-XXXXXX", prefix);
  char *dir;

  install_exit_paths ();
  dir = g_dir_make_tmp (template, error);
  if (dir == NULL)
    return NULL;
  /* g_dir_make_tmp() makes it 0700: www-data could not enter. */
  g_chmod (dir, 0755);
  g_ptr_array_add (made_dirs, g_strdup (dir));
  return dir;
}

gboolean
sc_test_daemon_write_file (const char  *dir,
                           const char  *relative_path,
                           const char  *contents,
                           GError     **error)
{
  g_autofree char *path = g_build_filename (dir, relative_path, NULL);
  g_autofree char *parent = g_path_get_dirname (path);

  if (g_mkdir_with_parents (parent, 0755) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "Cannot make %s: %s", parent, g_strerror (saved_errno));
      return FALSE;
    }
  if (!g_file_set_contents (path, contents, -1, error))
    return FALSE;
  g_chmod (path, 0644);
  return TRUE;
}

static int
remove_one (const char        *path,
            const struct stat *info,
            int                flag,
            struct FTW        *ftw)
{
  remove (path);
  return 0;
}

void
sc_test_daemon_remove_tree (const char *path)
{
  if (path != NULL)
    nftw (path, remove_one, 16, FTW_DEPTH | FTW_PHYS);
}

char *
sc_test_expand (const char *template,
                ...)
{
  char *text = g_strdup (template);
  const char *key;
  va_list args;

  va_start (args, template);
  while ((key = va_arg (args, const char *)) != NULL)
    {
      const char *value = va_arg (args, const char *);
      g_autofree char *marker = g_strdup_printf ("{%s}", key);
      g_auto(GStrv) parts = g_strsplit (text, marker, -1);

      g_free (text);
      text = g_strjoinv (value, parts);
    }
  va_end (args);
  return text;
}
