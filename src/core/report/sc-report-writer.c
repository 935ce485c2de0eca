/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "sc-report-change.h"
#include "sc-report-private.h"

/* Renders results one at a time, so that the CLI can stream a long list and
 * the app can copy one site or all of them with the same code.  begin + add
 * for each result + end always forms one complete document.  JSON Lines is
 * the JSON format's result objects, one a line, with nothing around them:
 * each line stands on its own, so jq and line-by-line readers can take a
 * list of any length as it arrives.  Markdown is a document for people (a
 * ticket, a mail) that opens with a table of all its sites: it is held and
 * comes whole from end(). */

struct _ScReportWriter
{
  GObject          parent_instance;

  ScReportFormat   format;
  ScReportContext  context;
  ScChecker       *checker;
  ScBaseline      *baseline;   /* with --compare: the earlier run */
  guint            n_written;
  GString         *summary;    /* Markdown: the summary table's rows */
  GString         *details;    /* Markdown: each site's part */
};

G_DEFINE_FINAL_TYPE (ScReportWriter, sc_report_writer, G_TYPE_OBJECT)

static void
sc_report_writer_finalize (GObject *object)
{
  ScReportWriter *self = (ScReportWriter *) object;

  g_clear_object (&self->checker);
  g_clear_object (&self->baseline);
  g_string_free (self->summary, TRUE);
  g_string_free (self->details, TRUE);

  G_OBJECT_CLASS (sc_report_writer_parent_class)->finalize (object);
}

static void
sc_report_writer_class_init (ScReportWriterClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sc_report_writer_finalize;
}

static void
sc_report_writer_init (ScReportWriter *self)
{
  self->context.timeout = SC_DEFAULT_TIMEOUT;
  self->context.max_redirects = SC_DEFAULT_MAX_REDIRECTS;
  self->context.method = "GET";
  self->summary = g_string_new (NULL);
  self->details = g_string_new (NULL);
}

gboolean
sc_report_format_from_string (const char     *name,
                              ScReportFormat *out_format)
{
  static const char * const names[] = {
    [SC_REPORT_FORMAT_TEXT] = "text",
    [SC_REPORT_FORMAT_MARKDOWN] = "markdown",
    [SC_REPORT_FORMAT_JSON] = "json",
    [SC_REPORT_FORMAT_CSV] = "csv",
    [SC_REPORT_FORMAT_JSONL] = "jsonl",
  };

  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (names); i++)
    {
      if (g_ascii_strcasecmp (name, names[i]) == 0)
        {
          *out_format = (ScReportFormat) i;
          return TRUE;
        }
    }
  return FALSE;
}

ScReportWriter *
sc_report_writer_new (ScReportFormat format)
{
  ScReportWriter *self = g_object_new (SC_TYPE_REPORT_WRITER, NULL);

  self->format = format;
  return self;
}

void
sc_report_writer_set_color (ScReportWriter *self,
                            gboolean        color)
{
  g_return_if_fail (SC_IS_REPORT_WRITER (self));
  self->context.color = color;
}

/* The checker's settings go into the curl command of the Markdown report. */
void
sc_report_writer_set_checker (ScReportWriter *self,
                              ScChecker      *checker)
{
  g_return_if_fail (SC_IS_REPORT_WRITER (self));
  g_return_if_fail (!checker || SC_IS_CHECKER (checker));

  g_set_object (&self->checker, checker);
  if (checker == NULL)
    return;
  self->context.timeout = sc_checker_get_timeout (checker);
  self->context.max_redirects = sc_checker_get_max_redirects (checker);
  self->context.method = sc_checker_get_method (checker);
  self->context.user_agent = sc_checker_get_user_agent (checker);
  self->context.ignore_tls_errors = sc_checker_get_ignore_tls_errors (checker);
}

/* With a baseline, the document says what it was compared with and the
 * CSV header has the change columns; each result's change is then passed
 * to sc_report_writer_add_change(). */
void
sc_report_writer_set_baseline (ScReportWriter *self,
                               ScBaseline     *baseline)
{
  g_return_if_fail (SC_IS_REPORT_WRITER (self));
  g_return_if_fail (!baseline || SC_IS_BASELINE (baseline));
  g_set_object (&self->baseline, baseline);
}

char *
sc_report_writer_begin (ScReportWriter *self)
{
  g_autoptr(GString) out = g_string_new (NULL);

  g_return_val_if_fail (SC_IS_REPORT_WRITER (self), NULL);

  self->n_written = 0;
  g_string_truncate (self->summary, 0);
  g_string_truncate (self->details, 0);
  if (self->format == SC_REPORT_FORMAT_JSON)
    {
      g_string_append (out, "{\n  \"generator\": \"Statuscope " PACKAGE_VERSION "\",");
      if (self->baseline != NULL)
        sc_report_change_compared_with (out, self->baseline);
      g_string_append (out, "\n  \"results\": [");
    }
  else if (self->format == SC_REPORT_FORMAT_CSV)
    {
      sc_report_csv_header (out);
      if (self->baseline != NULL)
        sc_report_change_csv_header (out);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* One result, on its own line and indented to sit inside "results". */
static void
append_json (GString       *out,
             ScCheckResult *result,
             ScChange      *change)
{
  sc_report_json_write_full (out, result, change, 2, TRUE);
}

char *
sc_report_writer_add (ScReportWriter *self,
                      ScCheckResult  *result)
{
  return sc_report_writer_add_change (self, result, NULL);
}

/* One result and, when @change is given, how it differs from the earlier
 * run: each format's own hook is in sc-report-change.c. */
char *
sc_report_writer_add_change (ScReportWriter *self,
                             ScCheckResult  *result,
                             ScChange       *change)
{
  /* A JSON result is about 2 to 4 KB; one allocation is enough for most. */
  g_autoptr(GString) out = g_string_sized_new (4096);

  g_return_val_if_fail (SC_IS_REPORT_WRITER (self), NULL);
  g_return_val_if_fail (SC_IS_CHECK_RESULT (result), NULL);

  switch (self->format)
    {
    case SC_REPORT_FORMAT_TEXT:
      sc_report_text_result (out, result, &self->context);
      if (change != NULL)
        sc_report_change_text (out, change, &self->context);
      break;
    case SC_REPORT_FORMAT_MARKDOWN:
      if (self->n_written > 0)
        g_string_append (out, "\n---\n\n");
      {
        gsize start = out->len;

        sc_report_markdown_result (out, result, &self->context);
        if (change != NULL)
          sc_report_change_markdown (out, start, change);
      }
      sc_report_markdown_summary_row (self->summary, result);
      g_string_append_len (self->details, out->str, out->len);
      g_string_truncate (out, 0);
      break;
    case SC_REPORT_FORMAT_JSON:
      if (self->n_written > 0)
        g_string_append_c (out, ',');
      append_json (out, result, change);
      break;
    case SC_REPORT_FORMAT_CSV:
      sc_report_csv_result (out, result);
      if (change != NULL)
        sc_report_change_csv (out, change);
      break;
    case SC_REPORT_FORMAT_JSONL:
      sc_report_json_write_full (out, result, change, 0, FALSE);
      g_string_append_c (out, '\n');
      break;
    default:
      g_assert_not_reached ();
    }
  self->n_written++;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The held document: with several sites, the summary table first. */
static char *
end_markdown (ScReportWriter *self)
{
  GString *out = g_string_new (NULL);

  if (self->n_written > 1)
    {
      sc_report_markdown_summary_head (out);
      g_string_append (out, self->summary->str);
      g_string_append (out, "\n---\n\n");
    }
  g_string_append (out, self->details->str);
  g_string_truncate (self->summary, 0);
  g_string_truncate (self->details, 0);
  return g_string_free (out, FALSE);
}

char *
sc_report_writer_end (ScReportWriter *self)
{
  g_return_val_if_fail (SC_IS_REPORT_WRITER (self), NULL);

  if (self->format == SC_REPORT_FORMAT_JSON)
    return g_strdup (self->n_written > 0 ? "\n  ]\n}\n" : "]\n}\n");
  if (self->format == SC_REPORT_FORMAT_MARKDOWN)
    return end_markdown (self);
  return g_strdup ("");
}

/* A whole document at once, for the app's Copy Report and Export. */
char *
sc_report_render (ScReportFormat   format,
                  ScChecker       *checker,
                  ScCheckResult  **results,
                  guint            n_results)
{
  g_autoptr(ScReportWriter) writer = sc_report_writer_new (format);
  GString *out = g_string_new (NULL);
  g_autofree char *begin = NULL;
  g_autofree char *end = NULL;

  sc_report_writer_set_checker (writer, checker);
  begin = sc_report_writer_begin (writer);
  g_string_append (out, begin);
  for (guint i = 0; i < n_results; i++)
    {
      g_autofree char *part = sc_report_writer_add (writer, results[i]);
      g_string_append (out, part);
    }
  end = sc_report_writer_end (writer);
  g_string_append (out, end);
  return g_string_free (out, FALSE);
}

gint64
sc_report_round_ms (gint64 us)
{
  return us < 0 ? -1 : (us + 500) / 1000;
}

static void
append_shell_quoted (GString    *out,
                     const char *text)
{
  g_autofree char *quoted = g_shell_quote (text);

  g_string_append_c (out, ' ');
  g_string_append (out, quoted);
}

/* A curl command line that makes the same request: same method, deadline,
 * redirect limit, User-Agent and TLS leniency.  The URL is the redacted one,
 * so credentials have to be put back by hand. */
char *
sc_report_curl_command (ScCheckResult         *result,
                        const ScReportContext *context)
{
  GString *out;
  g_autofree char *max_redirs = NULL;
  g_autofree char *timeout = NULL;

  if (sc_check_result_get_url (result) == NULL)
    return NULL;

  out = g_string_new ("curl -sS -o /dev/null -D -");
  if (g_strcmp0 (context->method, "HEAD") == 0)
    g_string_append (out, " -I");
  max_redirs = g_strdup_printf (" -L --max-redirs %u", context->max_redirects);
  timeout = g_strdup_printf (" -m %u", context->timeout);
  g_string_append (out, max_redirs);
  g_string_append (out, timeout);
  if (context->ignore_tls_errors)
    g_string_append (out, " -k");
  g_string_append (out, " -A");
  append_shell_quoted (out, context->user_agent != NULL ? context->user_agent : "Statuscope/" PACKAGE_VERSION);
  append_shell_quoted (out, sc_check_result_get_url (result));
  return g_string_free (out, FALSE);
}
