/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib-unix.h>

#include "sc-batch.h"
#include "sc-cli-compare.h"
#include "sc-cli-history.h"
#include "sc-cli-private.h"
#include "sc-cli-progress.h"

/* One run of statuscope-cli: a batch over the core, each result printed
 * when its turn in the input order comes.  Sites are handed to the batch
 * only a window ahead of the next one to print, so that the results that
 * finished early and wait for a slow one stay few: memory does not grow
 * with the length of the list, and a list of any size streams. */

/* How far the batch may run ahead of the next result to print, at least.
 * A site that times out holds back printing for --timeout seconds; a
 * window this wide keeps the other jobs busy meanwhile on fast sites. */
#define MIN_WINDOW      1024
#define WINDOW_PER_JOB  16

typedef struct {
  ScCliOptions   *options;
  GMainLoop      *loop;
  ScBatch        *batch;
  GCancellable   *cancellable;
  ScReportWriter *writer;
  ScReportFormat  format;
  GPtrArray      *sites;      /* inputs; each freed once the batch has it */
  guint           n_added;
  guint           window;
  GHashTable     *waiting;    /* index → ScCheckResult that finished early */
  guint           next;       /* index of the next result to print */
  guint           n_verdicts[SC_VERDICT_PROBLEM + 1];
  guint           n_failing;  /* results whose verdict makes the exit status 1 */
  ScVerdict       fail_at;
  guint           flush_id;   /* pending flush of stdout */
  guint           sigint_id;
  ScCliProgress  *progress;
  ScCliCompare   *compare;    /* with --compare */
  GError         *error;
} Run;

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

/* Hands the batch the sites up to a window past the next one to print.
 * Called from the batch's own signal too, before it looks whether it is
 * done, so it never finishes while sites are still to come. */
static void
feed_batch (Run *run)
{
  if (g_cancellable_is_cancelled (run->cancellable))
    return;
  while (run->n_added < run->sites->len && run->n_added < run->next + run->window)
    {
      char **input = (char **) &g_ptr_array_index (run->sites, run->n_added);

      sc_batch_add (run->batch, *input);
      g_clear_pointer (input, g_free);
      run->n_added++;
    }
}

/* With --quiet only the sites that fail the run are shown, in every
 * format: a cron job that mails whatever is printed stays silent while
 * all is well. */
static void
print_result (Run           *run,
              ScCheckResult *result)
{
  ScVerdict verdict = sc_check_result_get_verdict (result);
  g_autoptr(ScChange) change = run->compare != NULL ? sc_cli_compare_result (run->compare, result) : NULL;
  g_autofree char *text = NULL;

  if (run->options->history != NULL)
    sc_cli_history_record (run->options->history, result);
  run->n_verdicts[verdict]++;
  if (verdict >= run->fail_at)
    run->n_failing++;
  else if (run->options->quiet)
    return;
  text = sc_report_writer_add_change (run->writer, result, change);
  if (run->compare != NULL)
    text = sc_cli_compare_hold (run->compare, change, g_steal_pointer (&text));
  if (text == NULL)
    return;
  write_out (text);
  schedule_flush (run);
}

static void
on_result_ready (ScBatch       *batch,
                 guint          index,
                 ScCheckResult *result,
                 Run           *run)
{
  ScCheckResult *next;

  g_hash_table_insert (run->waiting, GUINT_TO_POINTER (index), g_object_ref (result));
  if (run->progress != NULL)
    sc_cli_progress_set_done (run->progress, sc_batch_get_n_done (batch));

  while ((next = g_hash_table_lookup (run->waiting, GUINT_TO_POINTER (run->next))) != NULL)
    {
      print_result (run, next);
      g_hash_table_remove (run->waiting, GUINT_TO_POINTER (run->next));
      run->next++;
    }
  feed_batch (run);
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
  Run *run = user_data;

  /* Removed by returning: the id must not be removed again. */
  run->sigint_id = 0;
  g_cancellable_cancel (run->cancellable);
  return G_SOURCE_REMOVE;
}

/* "20 sites: 15 OK, 2 warnings, 3 problems", after the text format's
 * results; with --quiet only when something failed. */
static char *
describe_summary (Run      *run,
                  gboolean  interrupted)
{
  guint n_checked = run->next;
  guint n_warnings = run->n_verdicts[SC_VERDICT_WARNING];
  guint n_problems = run->n_verdicts[SC_VERDICT_PROBLEM];
  g_autofree char *sites = NULL;
  g_autofree char *warnings = NULL;
  g_autofree char *problems = NULL;

  if (interrupted)
    sites = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u site checked", "%u of %u sites checked",
                                          run->sites->len),
                             n_checked, run->sites->len);
  else
    sites = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u site", "%u sites", n_checked), n_checked);
  warnings = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings", n_warnings), n_warnings);
  problems = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u problem", "%u problems", n_problems), n_problems);
  /* TRANSLATORS: the summary after the results, for example
   * "20 sites: 15 OK, 2 warnings, 3 problems" */
  return g_strdup_printf (_("%s: %u OK, %s, %s"), sites, run->n_verdicts[SC_VERDICT_OK], warnings, problems);
}

static void
write_summary (Run      *run,
               gboolean  interrupted)
{
  g_autofree char *summary = NULL;

  g_autofree char *changes = run->compare != NULL ? sc_cli_compare_summary (run->compare) : NULL;

  if (run->format != SC_REPORT_FORMAT_TEXT || (run->options->quiet && run->n_failing == 0))
    return;
  summary = describe_summary (run, interrupted);
  write_out ("\n");
  write_out (summary);
  write_out ("\n");
  if (changes != NULL)
    {
      write_out (changes);
      write_out ("\n");
    }
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
make_checker (ScCliOptions *o)
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

static void
run_start (Run           *run,
           ScCliOptions  *o,
           ScChecker     *checker,
           ScReportFormat format,
           GPtrArray     *sites)
{
  run->options = o;
  run->format = format;
  run->sites = sites;
  run->window = MAX (MIN_WINDOW, (guint) o->jobs * WINDOW_PER_JOB);
  run->loop = g_main_loop_new (NULL, FALSE);
  run->cancellable = g_cancellable_new ();
  run->batch = sc_batch_new (checker, o->jobs, o->per_host);
  run->writer = sc_report_writer_new (format);
  run->waiting = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  run->fail_at = g_strcmp0 (o->fail_on, "warning") == 0 ? SC_VERDICT_WARNING : SC_VERDICT_PROBLEM;
  sc_report_writer_set_color (run->writer, use_color (o->color));
  sc_report_writer_set_checker (run->writer, checker);
  if (o->baseline != NULL)
    {
      run->compare = sc_cli_compare_new (o->baseline, format);
      sc_report_writer_set_baseline (run->writer, o->baseline);
    }
  if (!o->no_progress && sc_cli_progress_wanted ())
    run->progress = sc_cli_progress_new (sites->len);
  g_signal_connect (run->batch, "result-ready", G_CALLBACK (on_result_ready), run);
  feed_batch (run);
}

static void
run_clear (Run *run)
{
  g_clear_handle_id (&run->flush_id, g_source_remove);
  g_clear_pointer (&run->progress, sc_cli_progress_free);
  g_clear_pointer (&run->loop, g_main_loop_unref);
  g_clear_object (&run->batch);
  g_clear_object (&run->cancellable);
  g_clear_object (&run->writer);
  g_clear_pointer (&run->waiting, g_hash_table_unref);
  g_clear_pointer (&run->compare, sc_cli_compare_free);
  g_clear_error (&run->error);
}

/* Checks @sites (the inputs, freed as they are handed over) and prints
 * the results; returns the exit status. */
int
sc_cli_check_sites (ScCliOptions   *o,
                    ScReportFormat  format,
                    GPtrArray      *sites)
{
  g_autoptr(ScChecker) checker = make_checker (o);
  g_autofree char *begin = NULL;
  g_autofree char *end = NULL;
  Run run = { 0 };
  gboolean interrupted;

  buffer_stdout ();
  run_start (&run, o, checker, format, sites);
  begin = sc_report_writer_begin (run.writer);
  write_out (begin);

  run.sigint_id = g_unix_signal_add (SIGINT, on_interrupt, &run);
  sc_batch_run_async (run.batch, run.cancellable, on_batch_done, &run);
  g_main_loop_run (run.loop);
  g_clear_handle_id (&run.sigint_id, g_source_remove);

  interrupted = run.error != NULL;
  g_clear_pointer (&run.progress, sc_cli_progress_free);
  if (run.compare != NULL)
    {
      g_autofree char *held = sc_cli_compare_release (run.compare);
      write_out (held);
    }
  end = sc_report_writer_end (run.writer);
  write_out (end);
  write_summary (&run, interrupted);
  fflush (stdout);
  /* A history that could not be written is said on standard error; the
   * exit status stays about the sites. */
  if (o->history != NULL)
    sc_cli_history_finish (o->history);
  run_clear (&run);

  if (interrupted)
    {
      g_printerr ("statuscope-cli: %s\n", _("interrupted; the remaining sites were not checked"));
      return SC_CLI_EXIT_INTERRUPTED;
    }
  return run.n_failing == 0 ? SC_CLI_EXIT_ALL_OK : SC_CLI_EXIT_PROBLEMS;
}
