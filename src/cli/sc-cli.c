/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib-unix.h>

#include "sc-batch.h"
#include "sc-catalog.h"
#include "sc-report-writer.h"
#include "sc-site-list.h"
#include "sc-cli.h"

/* statuscope-cli: reads the sites, runs one batch over the core and prints
 * each result when its turn in the input order comes, so that a long list
 * streams and only the results that finished early are held back. */

enum {
  EXIT_ALL_OK = 0,
  EXIT_PROBLEMS = 1,
  EXIT_USAGE = 2,
};

typedef struct {
  char     *input_file;
  char     *format;
  int       timeout;
  int       max_redirects;
  int       jobs;
  int       per_host;
  char     *method;
  gboolean  ignore_tls_errors;
  char     *user_agent;
  char     *accept;
  char     *color;
  char     *fail_on;
  gboolean  version;
  char    **urls;
} Options;

typedef struct {
  GMainLoop      *loop;
  ScReportWriter *writer;
  GHashTable     *waiting;    /* index → ScCheckResult that finished early */
  guint           next;       /* index of the next result to print */
  guint           n_problems;
  ScVerdict       fail_at;    /* the verdict that makes the exit status 1 */
  guint           flush_id;   /* pending flush of stdout */
  GError         *error;
} Run;

static void
options_clear (Options *o)
{
  g_free (o->input_file);
  g_free (o->format);
  g_free (o->method);
  g_free (o->user_agent);
  g_free (o->accept);
  g_free (o->color);
  g_free (o->fail_on);
  g_strfreev (o->urls);
}

static int
usage_error (const char *message)
{
  g_printerr ("statuscope-cli: %s\n", message);
  g_printerr ("%s\n", _("Try “statuscope-cli --help” for more information."));
  return EXIT_USAGE;
}

static GOptionContext *
make_context (Options *o)
{
  const GOptionEntry entries[] = {
    { "input", 'i', 0, G_OPTION_ARG_FILENAME, &o->input_file,
      N_("Read sites from FILE, one per line, or a CSV with a url column; “-” reads standard input"), N_("FILE") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &o->format,
      N_("Output format: text, json, csv or markdown (default: text)"), N_("FORMAT") },
    { "timeout", 't', 0, G_OPTION_ARG_INT, &o->timeout,
      N_("Give up on a site after this long, redirects included (default: 15)"), N_("SECONDS") },
    { "max-redirects", 0, 0, G_OPTION_ARG_INT, &o->max_redirects,
      N_("Follow at most N redirects (default: 10)"), "N" },
    { "jobs", 'j', 0, G_OPTION_ARG_INT, &o->jobs,
      N_("Check up to N sites at once (default: 8)"), "N" },
    { "per-host", 0, 0, G_OPTION_ARG_INT, &o->per_host,
      N_("At most N checks at once against one host (default: 4)"), "N" },
    { "method", 0, 0, G_OPTION_ARG_STRING, &o->method,
      N_("GET or HEAD (default: GET; the body is never downloaded)"), N_("METHOD") },
    { "ignore-tls-errors", 0, 0, G_OPTION_ARG_NONE, &o->ignore_tls_errors,
      N_("Carry on past certificate problems, still reporting them"), NULL },
    { "user-agent", 'A', 0, G_OPTION_ARG_STRING, &o->user_agent,
      N_("User-Agent header (default: Statuscope/VERSION)"), N_("STRING") },
    { "accept", 0, 0, G_OPTION_ARG_STRING, &o->accept,
      N_("Accept header (default: what a browser sends for a page)"), N_("STRING") },
    { "color", 0, 0, G_OPTION_ARG_STRING, &o->color,
      N_("Colour the text format: auto, always or never (default: auto; NO_COLOR is honoured)"), N_("WHEN") },
    { "fail-on", 0, 0, G_OPTION_ARG_STRING, &o->fail_on,
      N_("Exit with status 1 when a site’s verdict is at least this: problem or warning (default: problem)"), N_("VERDICT") },
    { "version", 0, 0, G_OPTION_ARG_NONE, &o->version, N_("Show the version and exit"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_STRING_ARRAY, &o->urls, NULL, N_("[URL…]") },
    { NULL }
  };
  GOptionContext *context = g_option_context_new (_("[URL…] — what web sites answer, and what to do about it"));

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
    _("Checks each site: follows its redirects, records every hop, and explains the final\n"
      "answer with a plain-language meaning and suggested fixes.  A site without a\n"
      "scheme is checked as https://.  Results come out in input order."));
  g_option_context_set_description (context,
    _("Each site gets a verdict: “problem” when it gave no 2xx answer or a 2xx that is\n"
      "not the site (a parked domain, a captcha, a PHP error in the page), “warning”\n"
      "when something needs a look, else “ok”.\n"
      "\n"
      "Exit status: 0 when no site’s verdict is “problem” (with --fail-on warning: when\n"
      "every verdict is “ok”), 1 otherwise (an unusable line counts as a problem), 2 for\n"
      "a usage error.\n"
      "\n"
      "Examples:\n"
      "  statuscope-cli example.com\n"
      "  statuscope-cli -f json -i sites.txt > results.json\n"
      "  cat sites.csv | statuscope-cli -i - -j 16 --per-host 2 -f csv\n"
      "  statuscope-cli --fail-on warning -i sites.txt || mail -s 'sites' admin\n"));
  return context;
}

/* Range checks that GOptionContext cannot make. */
static gboolean
validate (Options         *o,
          ScReportFormat  *format,
          char           **message)
{
  if (!sc_report_format_from_string (o->format, format))
    *message = g_strdup_printf (_("unknown format “%s”: use text, json, csv or markdown"), o->format);
  else if (o->timeout < 1 || o->timeout > 3600)
    *message = g_strdup (_("--timeout must be between 1 and 3600 seconds"));
  else if (o->max_redirects < 0 || o->max_redirects > 100)
    *message = g_strdup (_("--max-redirects must be between 0 and 100"));
  else if (o->jobs < 1 || o->jobs > 1000)
    *message = g_strdup (_("--jobs must be between 1 and 1000"));
  else if (o->per_host < 1 || o->per_host > 1000)
    *message = g_strdup (_("--per-host must be between 1 and 1000"));
  else if (g_ascii_strcasecmp (o->method, "GET") != 0 && g_ascii_strcasecmp (o->method, "HEAD") != 0)
    *message = g_strdup_printf (_("unknown method “%s”: use GET or HEAD"), o->method);
  else if (o->color != NULL && !g_strv_contains ((const char * const[]) { "auto", "always", "never", NULL }, o->color))
    *message = g_strdup_printf (_("unknown colour mode “%s”: use auto, always or never"), o->color);
  else if (o->fail_on != NULL && g_strcmp0 (o->fail_on, "problem") != 0 && g_strcmp0 (o->fail_on, "warning") != 0)
    *message = g_strdup_printf (_("unknown verdict “%s” for --fail-on: use problem or warning"), o->fail_on);
  else
    return TRUE;
  return FALSE;
}

static gboolean
read_input_file (const char  *path,
                 GPtrArray   *sites,
                 GError     **error)
{
  g_autofree char *contents = NULL;
  g_autoptr(GPtrArray) parsed = NULL;
  gsize length;

  if (g_str_equal (path, "-"))
    {
      g_autoptr(GIOChannel) channel = g_io_channel_unix_new (STDIN_FILENO);

      g_io_channel_set_encoding (channel, NULL, NULL);
      if (g_io_channel_read_to_end (channel, &contents, &length, error) != G_IO_STATUS_NORMAL)
        return FALSE;
    }
  else if (!g_file_get_contents (path, &contents, &length, error))
    return FALSE;

  parsed = sc_site_list_parse (contents, length);
  for (guint i = 0; i < parsed->len; i++)
    g_ptr_array_add (sites, g_strdup (g_ptr_array_index (parsed, i)));
  return TRUE;
}

static gboolean
use_color (const char *mode)
{
  if (g_strcmp0 (mode, "always") == 0)
    return TRUE;
  if (g_strcmp0 (mode, "never") == 0)
    return FALSE;
  return isatty (STDOUT_FILENO) && g_getenv ("NO_COLOR") == NULL &&
         g_strcmp0 (g_getenv ("TERM"), "dumb") != 0;
}

/* A pipe or file gets the output in large writes; the flush timer still
 * delivers each result within a tenth of a second.  Called before anything
 * is written to stdout, as setvbuf() requires; glibc ignores the size unless
 * it is given the buffer. */
static void
buffer_stdout (void)
{
  static char buffer[64 * 1024];

  if (!isatty (STDOUT_FILENO))
    setvbuf (stdout, buffer, _IOFBF, sizeof buffer);
}

static void
write_out (const char *text)
{
  fputs (text, stdout);
}

static gboolean
flush_output (gpointer user_data)
{
  Run *run = user_data;

  run->flush_id = 0;
  fflush (stdout);
  return G_SOURCE_REMOVE;
}

/* Results reach a pipe at most a tenth of a second after they are known,
 * without a write() for each of them: on a fast list those cost as much as
 * a tenth of every check.  A terminal is line-buffered anyway. */
static void
schedule_flush (Run *run)
{
  if (run->flush_id == 0)
    run->flush_id = g_timeout_add (100, flush_output, run);
}

static void
on_result_ready (ScBatch       *batch,
                 guint          index,
                 ScCheckResult *result,
                 Run           *run)
{
  ScCheckResult *next;

  g_hash_table_insert (run->waiting, GUINT_TO_POINTER (index), g_object_ref (result));

  while ((next = g_hash_table_lookup (run->waiting, GUINT_TO_POINTER (run->next))) != NULL)
    {
      g_autofree char *text = sc_report_writer_add (run->writer, next);

      write_out (text);
      schedule_flush (run);
      if (sc_check_result_get_verdict (next) >= run->fail_at)
        run->n_problems++;
      g_hash_table_remove (run->waiting, GUINT_TO_POINTER (run->next));
      run->next++;
    }
}

static void
on_batch_done (GObject      *source,
               GAsyncResult *res,
               gpointer      user_data)
{
  Run *run = user_data;

  sc_batch_run_finish (SC_BATCH (source), res, &run->error);
  g_main_loop_quit (run->loop);
}

static gboolean
on_interrupt (gpointer user_data)
{
  g_cancellable_cancel (user_data);
  return G_SOURCE_REMOVE;
}

static const char *
getenv_either (const char *lower,
               const char *upper)
{
  const char *value = g_getenv (lower);

  if (value == NULL || value[0] == '\0')
    value = g_getenv (upper);
  return value != NULL && value[0] != '\0' ? value : NULL;
}

/* Proxies as curl and other command-line tools take them: http_proxy,
 * https_proxy, all_proxy and no_proxy (or in capitals).  GLib's default
 * resolver would load libproxy and the desktop's settings on every run,
 * which costs more than a whole check of a local site. */
static GProxyResolver *
make_proxy_resolver (void)
{
  const char *all = getenv_either ("all_proxy", "ALL_PROXY");
  const char *http = getenv_either ("http_proxy", "HTTP_PROXY");
  const char *https = getenv_either ("https_proxy", "HTTPS_PROXY");
  const char *no_proxy = getenv_either ("no_proxy", "NO_PROXY");
  g_auto(GStrv) ignore = no_proxy != NULL ? g_strsplit (no_proxy, ",", -1) : NULL;
  GProxyResolver *resolver;

  /* No proxy at all rather than a resolver that never names one: with a
   * resolver, GIO loads every proxy module on the system at the first
   * connection (libproxy, the desktop's settings through dconf), about
   * 5 ms of a 20 ms run. */
  if (all == NULL && http == NULL && https == NULL)
    return NULL;

  for (guint i = 0; ignore != NULL && ignore[i] != NULL; i++)
    g_strstrip (ignore[i]);
  resolver = g_simple_proxy_resolver_new (all, ignore);
  if (http != NULL)
    g_simple_proxy_resolver_set_uri_proxy (G_SIMPLE_PROXY_RESOLVER (resolver), "http", http);
  if (https != NULL)
    g_simple_proxy_resolver_set_uri_proxy (G_SIMPLE_PROXY_RESOLVER (resolver), "https", https);
  return resolver;
}

static ScChecker *
make_checker (Options *o)
{
  g_autofree char *method = g_ascii_strup (o->method, -1);
  ScChecker *checker = sc_checker_new (o->jobs, o->per_host);
  g_autoptr(GProxyResolver) proxies = make_proxy_resolver ();

  g_object_set (checker,
                "timeout", (guint) o->timeout,
                "max-redirects", (guint) o->max_redirects,
                "method", method,
                "ignore-tls-errors", o->ignore_tls_errors,
                "user-agent", o->user_agent,
                "accept", o->accept,
                NULL);
  sc_checker_set_proxy_resolver (checker, proxies);
  return checker;
}

static int
check_sites (Options        *o,
             ScReportFormat  format,
             GPtrArray      *sites)
{
  g_autoptr(ScChecker) checker = make_checker (o);
  g_autoptr(ScBatch) batch = sc_batch_new (checker, o->jobs, o->per_host);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *begin = NULL;
  g_autofree char *end = NULL;
  Run run = { 0 };
  guint sigint_id;

  buffer_stdout ();
  run.loop = g_main_loop_new (NULL, FALSE);
  run.writer = sc_report_writer_new (format);
  run.waiting = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  run.fail_at = g_strcmp0 (o->fail_on, "warning") == 0 ? SC_VERDICT_WARNING : SC_VERDICT_PROBLEM;
  sc_report_writer_set_color (run.writer, use_color (o->color));
  sc_report_writer_set_checker (run.writer, checker);

  for (guint i = 0; i < sites->len; i++)
    sc_batch_add (batch, g_ptr_array_index (sites, i));
  g_signal_connect (batch, "result-ready", G_CALLBACK (on_result_ready), &run);

  begin = sc_report_writer_begin (run.writer);
  write_out (begin);
  sigint_id = g_unix_signal_add (SIGINT, on_interrupt, cancellable);
  sc_batch_run_async (batch, cancellable, on_batch_done, &run);
  g_main_loop_run (run.loop);
  g_source_remove (sigint_id);
  g_clear_handle_id (&run.flush_id, g_source_remove);
  end = sc_report_writer_end (run.writer);
  write_out (end);
  fflush (stdout);

  g_main_loop_unref (run.loop);
  g_object_unref (run.writer);
  g_hash_table_unref (run.waiting);

  if (run.error != NULL)
    {
      g_printerr ("statuscope-cli: %s\n", _("interrupted; the remaining sites were not checked"));
      g_error_free (run.error);
      return 130;
    }
  return run.n_problems == 0 ? EXIT_ALL_OK : EXIT_PROBLEMS;
}

/* Everything after option parsing; returns the exit status. */
static int
run_with_options (Options *o)
{
  g_autoptr(GPtrArray) sites = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  ScReportFormat format;

  if (o->version)
    {
      g_print ("statuscope-cli %s\n", PACKAGE_VERSION);
      return EXIT_ALL_OK;
    }
  if (!validate (o, &format, &message))
    return usage_error (message);
  if (sc_catalog_get_default (&error) == NULL)
    return usage_error (error->message);

  for (guint i = 0; o->urls != NULL && o->urls[i] != NULL; i++)
    g_ptr_array_add (sites, g_strdup (o->urls[i]));
  if (o->input_file != NULL && !read_input_file (o->input_file, sites, &error))
    return usage_error (error->message);
  if (sites->len == 0)
    return usage_error (_("no sites to check: give URLs as arguments or a list with --input"));

  return check_sites (o, format, sites);
}

int
sc_cli_run (int    argc,
            char **argv)
{
  Options o = { .timeout = 15, .max_redirects = 10, .jobs = 8, .per_host = 4 };
  g_autoptr(GOptionContext) context = make_context (&o);
  g_autoptr(GError) error = NULL;
  int status;

  if (g_option_context_parse (context, &argc, &argv, &error))
    {
      /* GOption does not free a default it replaces, so string defaults are
       * filled in after parsing. */
      if (o.format == NULL)
        o.format = g_strdup ("text");
      if (o.method == NULL)
        o.method = g_strdup ("GET");
      status = run_with_options (&o);
    }
  else
    status = usage_error (error->message);

  options_clear (&o);
  return status;
}
