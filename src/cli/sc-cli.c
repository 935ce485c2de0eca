/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <unistd.h>

#include <glib/gi18n.h>

#include "sc-catalog.h"
#include "sc-checker.h"
#include "sc-cli.h"
#include "sc-cli-history.h"
#include "sc-cli-private.h"
#include "sc-site-list.h"

/* statuscope-cli: reads the options and the sites, and hands them to a run
 * (sc-cli-run.c). */

static void
options_clear (ScCliOptions *o)
{
  g_free (o->input_file);
  g_free (o->format);
  g_free (o->method);
  g_free (o->user_agent);
  g_free (o->accept);
  g_free (o->color);
  g_free (o->fail_on);
  g_strfreev (o->urls);
  g_free (o->compare_file);
  g_clear_object (&o->baseline);
  g_free (o->history_file);
  g_clear_object (&o->history);
}

static int
usage_error (const char *message)
{
  g_printerr ("statuscope-cli: %s\n", message);
  g_printerr ("%s\n", _("Try “statuscope-cli --help” for more information."));
  return SC_CLI_EXIT_USAGE;
}

static GOptionContext *
make_context (ScCliOptions *o)
{
  const GOptionEntry entries[] = {
    { "input", 'i', 0, G_OPTION_ARG_FILENAME, &o->input_file,
      N_("Read sites from FILE, one per line, or a CSV with a url column; “-” reads standard input"), N_("FILE") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &o->format,
      N_("Output format: text, json, jsonl, csv or markdown (default: text)"), N_("FORMAT") },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &o->quiet,
      N_("Show only the sites that fail the run (see --fail-on), and the summary only if there are any"), NULL },
    { "fail-on", 0, 0, G_OPTION_ARG_STRING, &o->fail_on,
      N_("Exit with status 1 when a site’s verdict is at least this: problem or warning (default: problem)"), N_("VERDICT") },
    { "timeout", 't', 0, G_OPTION_ARG_INT, &o->timeout,
      N_("Give up on a site after this long, redirects included (default: 15)"), N_("SECONDS") },
    { "max-redirects", 0, 0, G_OPTION_ARG_INT, &o->max_redirects,
      N_("Follow at most N redirects (default: 10)"), "N" },
    { "jobs", 'j', 0, G_OPTION_ARG_INT, &o->jobs,
      N_("Check up to N sites at once (default: 50)"), "N" },
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
    { "no-progress", 0, 0, G_OPTION_ARG_NONE, &o->no_progress,
      N_("Never show progress on standard error (shown only when it is a terminal and the results go elsewhere)"), NULL },
    { "compare", 0, 0, G_OPTION_ARG_FILENAME, &o->compare_file,
      N_("Say what changed since an earlier run, given as its -f json output"), N_("FILE") },
    { "history", 0, 0, G_OPTION_ARG_FILENAME, &o->history_file,
      N_("Record every result in this history database (SQLite), which the app can read too"), N_("FILE") },
    { "version", 0, 0, G_OPTION_ARG_NONE, &o->version, N_("Show the version and exit"), NULL },
    /* No description of its own: the parameter string below names the
     * URLs, and GOption would print both. */
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_STRING_ARRAY, &o->urls, NULL, NULL },
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
      "when something needs a look, else “ok”.  The text format ends with a summary:\n"
      "“20 sites: 15 OK, 2 warnings, 3 problems”.\n"
      "\n"
      "Formats: text for people; json, one document; jsonl, one result object a line,\n"
      "written as results come in (for jq, and for lists of any length); csv; markdown,\n"
      "the report to paste into a support ticket.  --quiet keeps only the sites that\n"
      "fail the run, in every format; with text, nothing at all is printed when none does.\n"
      "\n"
      "Exit status: 0 when no site’s verdict is “problem” (with --fail-on warning: when\n"
      "every verdict is “ok”), 1 otherwise (an unusable line counts as a problem), 2 for\n"
      "a usage error, 130 when interrupted.\n"
      "\n"
      "Examples:\n"
      "  statuscope-cli example.com\n"
      "  statuscope-cli -f json -i sites.txt > results.json\n"
      "  statuscope-cli -f jsonl -i sites.txt | jq -r 'select(.verdict != \"ok\") | .input'\n"
      "  cat sites.csv | statuscope-cli -i - -j 16 --per-host 2 -f csv > results.csv\n"
      "  statuscope-cli -q --fail-on warning -i sites.txt || echo 'look at the sites'\n"));
  return context;
}

/* Range checks that GOptionContext cannot make. */
static gboolean
validate (ScCliOptions    *o,
          ScReportFormat  *format,
          char           **message)
{
  if (!sc_report_format_from_string (o->format, format))
    *message = g_strdup_printf (_("unknown format “%s”: use text, json, jsonl, csv or markdown"), o->format);
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
  g_ptr_array_extend_and_steal (sites, g_steal_pointer (&parsed));
  return TRUE;
}

/* Everything after option parsing; returns the exit status. */
static int
run_with_options (ScCliOptions *o)
{
  g_autoptr(GPtrArray) sites = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  ScReportFormat format;

  if (o->version)
    {
      g_print ("statuscope-cli %s\n", PACKAGE_VERSION);
      return SC_CLI_EXIT_ALL_OK;
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
  if (o->compare_file != NULL && (o->baseline = sc_baseline_new_from_file (o->compare_file, &error)) == NULL)
    return usage_error (error->message);
  if (o->history_file != NULL && (o->history = sc_cli_history_open (o->history_file, &error)) == NULL)
    return usage_error (error->message);

  return sc_cli_check_sites (o, format, sites);
}

int
sc_cli_run (int    argc,
            char **argv)
{
  ScCliOptions o = { .timeout = 15, .max_redirects = 10, .jobs = SC_DEFAULT_JOBS, .per_host = SC_DEFAULT_PER_HOST };
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
