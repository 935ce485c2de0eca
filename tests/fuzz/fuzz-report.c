/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "fuzz-common.h"
#include "sc-catalog.h"
#include "sc-csv.h"
#include "sc-report-writer.h"
#include "sc-result-json.h"

/* Result-to-report rendering: the app restores saved results from a JSON
 * file that may be damaged or edited by hand, and any of them can then be
 * exported in every format.  Every report must be clean UTF-8, the JSON
 * report must read back to the same result, and the CSV one must keep its
 * columns. */

/* Two copies of the result, so that the separators between results are
 * rendered too. */
#define N_COPIES 2

/* Columns of the CSV report (sc_report_csv_header). */
#define N_CSV_COLUMNS 23

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  sc_fuzz_init (argc, argv);
  /* Restoring looks entries up in the bundled catalog, which is loaded
   * once per process: loading it now keeps that out of the first input. */
  g_assert (sc_catalog_get_default (NULL) != NULL);
  return 0;
}

static char *
render (ScReportFormat  format,
        ScCheckResult  *result)
{
  ScCheckResult *results[N_COPIES];

  for (guint i = 0; i < N_COPIES; i++)
    results[i] = result;
  return sc_report_render (format, NULL, results, N_COPIES);
}

/* What the app does with its saved list: the result's object, read back. */
static ScCheckResult *
restore (JsonNode *node)
{
  g_autoptr(GError) error = NULL;
  ScCheckResult *result;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  result = sc_check_result_new_from_json (json_node_get_object (node), &error);
  g_assert ((result == NULL) == (error != NULL));
  return result;
}

/* The JSON report parses, and each result in it restores to one that
 * renders exactly the same: a saved list survives being saved again. */
static void
check_json (const char *report)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  JsonArray *results;

  g_assert (sc_fuzz_text_is_safe (report, "\n"));
  if (!json_parser_load_from_data (parser, report, -1, &error))
    g_error ("the JSON report does not parse: %s", error->message);
  g_assert (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert (json_object_has_member (root, "results"));
  results = json_object_get_array_member (root, "results");
  g_assert (results != NULL && json_array_get_length (results) == N_COPIES);

  for (guint i = 0; i < N_COPIES; i++)
    {
      g_autoptr(ScCheckResult) again = restore (json_array_get_element (results, i));
      g_autofree char *report_again = NULL;

      g_assert (again != NULL);
      report_again = render (SC_REPORT_FORMAT_JSON, again);
      g_assert_cmpstr (report_again, ==, report);
    }
}

/* Read back with the importer's own RFC 4180 reader: a header and one
 * record per result, each with every column. */
static void
check_csv (const char *report)
{
  ScCsvCursor cursor = { report, report + strlen (report) };
  GPtrArray *record;
  guint n_records = 0;

  g_assert (sc_fuzz_text_is_safe (report, "\r\n"));
  while ((record = sc_csv_read_record (&cursor, ',')) != NULL)
    {
      g_assert_cmpuint (record->len, ==, N_CSV_COLUMNS);
      g_ptr_array_unref (record);
      n_records++;
    }
  g_assert_cmpuint (n_records, ==, 1 + N_COPIES);
}

/* Server text is escaped, so the only headings are the report's own. */
static void
check_markdown (const char *report)
{
  g_auto(GStrv) lines = g_strsplit (report, "\n", -1);

  g_assert (sc_fuzz_text_is_safe (report, "\n"));
  for (guint i = 0; lines[i] != NULL; i++)
    g_assert (lines[i][0] != '#' || g_str_has_prefix (lines[i], "## ") ||
              g_str_has_prefix (lines[i], "### "));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(ScCheckResult) result = NULL;
  g_autofree char *text = NULL;
  g_autofree char *markdown = NULL;
  g_autofree char *json = NULL;
  g_autofree char *csv = NULL;

  if (!sc_fuzz_json_is_one_value (data, size) ||
      !json_parser_load_from_data (parser, (const char *) data, size, NULL))
    return 0;
  if ((result = restore (json_parser_get_root (parser))) == NULL)
    return 0;

  /* Without colour, as in a file: a terminal escape here came from the
   * input. */
  text = render (SC_REPORT_FORMAT_TEXT, result);
  g_assert (sc_fuzz_text_is_safe (text, "\n"));
  markdown = render (SC_REPORT_FORMAT_MARKDOWN, result);
  check_markdown (markdown);
  json = render (SC_REPORT_FORMAT_JSON, result);
  check_json (json);
  csv = render (SC_REPORT_FORMAT_CSV, result);
  check_csv (csv);
  return 0;
}
