/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <unistd.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "sc-csv.h"
#include "sc-site-list.h"
#include "sc-test-cli.h"
#include "sc-test-server.h"
#include "sc-text.h"
#include "sc-url.h"

/* Site lists no one should have to read: 100,000 lines, lines of 100 kB,
 * NUL bytes, invalid UTF-8, Windows line endings, byte order marks, CSV
 * with quoted fields and extra columns.  Every line becomes a result or a
 * clear error, in order: nothing is lost and nothing is read twice.  First
 * the parser and the URL check, then statuscope-cli end to end. */

#define N_LINES 100000
#define LONG_LINE_BYTES (100 * 1024)
#define N_CSV_COLUMNS 23
#define REPLACEMENT "\xef\xbf\xbd"

/* Each kind of line is refused before any request, so the whole list needs
 * no network. */
typedef enum {
  LINE_FTP,
  LINE_SPACE,
  LINE_JAVASCRIPT,
  LINE_BAD_PORT,
  LINE_NUL,
  LINE_BAD_UTF8,
  LINE_CREDENTIALS,
  LINE_ESCAPE,
  N_LINE_KINDS
} LineKind;

typedef struct {
  GString     *raw;         /* as written, before the line ending; may hold NUL */
  char        *parsed;      /* what sc_site_list_parse() returns for it */
  char        *shown;       /* the input field of its result */
  ScErrorKind  kind;
} Line;

static void
line_clear (Line *line)
{
  g_string_free (line->raw, TRUE);
  g_free (line->parsed);
  g_free (line->shown);
}

/* A line of 100 kB: refused for its length, and its input is the whole
 * line, as given (issue 14). */
static void
make_long_line (Line *line,
                guint i)
{
  line->raw = g_string_new (NULL);
  g_string_printf (line->raw, "https://long-%u.example/", i);
  while (line->raw->len < LONG_LINE_BYTES)
    g_string_append_c (line->raw, 'a');
  line->parsed = g_strdup (line->raw->str);
  line->shown = g_strdup (line->raw->str);
  line->kind = SC_ERROR_KIND_INVALID_URL;
}

static void
make_line (Line *line,
           guint i)
{
  if (i % 10000 == 9999)
    {
      make_long_line (line, i);
      return;
    }
  line->raw = g_string_new (NULL);
  switch ((LineKind) (i % N_LINE_KINDS))
    {
    case LINE_FTP:
      g_string_printf (line->raw, "ftp://host-%u.example/", i);
      line->kind = SC_ERROR_KIND_UNSUPPORTED_SCHEME;
      break;
    case LINE_SPACE:
      g_string_printf (line->raw, "bad line %u", i);
      line->kind = SC_ERROR_KIND_INVALID_URL;
      break;
    case LINE_JAVASCRIPT:
      g_string_printf (line->raw, "javascript:alert(%u)", i);
      line->kind = SC_ERROR_KIND_UNSUPPORTED_SCHEME;
      break;
    case LINE_BAD_PORT:
      g_string_printf (line->raw, "http://host-%u.example:99999/", i);
      line->kind = SC_ERROR_KIND_INVALID_URL;
      break;
    case LINE_NUL:
      g_string_append_len (line->raw, "nul\0line-", 9);
      g_string_append_printf (line->raw, "%u", i);
      line->parsed = g_strdup_printf ("nul\x1aline-%u", i);
      line->shown = g_strdup_printf ("nul" REPLACEMENT "line-%u", i);
      line->kind = SC_ERROR_KIND_INVALID_URL;
      return;
    case LINE_BAD_UTF8:
      g_string_printf (line->raw, "host-\xff\xfe-%u.example", i);
      line->shown = g_strdup_printf ("host-" REPLACEMENT REPLACEMENT "-%u.example", i);
      line->kind = SC_ERROR_KIND_INVALID_URL;
      break;
    case LINE_CREDENTIALS:
      g_string_printf (line->raw, "ftp://user-%u:secret-%u@host-%u.example/", i, i, i);
      line->shown = g_strdup_printf ("ftp://***@host-%u.example/", i);
      line->kind = SC_ERROR_KIND_UNSUPPORTED_SCHEME;
      break;
    case LINE_ESCAPE:
      g_string_printf (line->raw, "http://host-%u.example/\033[31m", i);
      line->shown = g_strdup_printf ("http://host-%u.example/" REPLACEMENT "[31m", i);
      line->kind = SC_ERROR_KIND_INVALID_URL;
      break;
    case N_LINE_KINDS:
    default:
      g_assert_not_reached ();
    }
  line->parsed = g_strdup (line->raw->str);
  if (line->shown == NULL)
    line->shown = g_strdup (line->raw->str);
}

/* The list as a file: a byte order mark, CRLF and LF line endings in turn,
 * blank lines and comments that are skipped, and white space around some
 * lines that is trimmed. */
static GBytes *
make_list (Line  *lines,
           guint  n_lines)
{
  GString *text = g_string_new ("\xef\xbb\xbf");

  for (guint i = 0; i < n_lines; i++)
    {
      if (i % 1000 == 500)
        g_string_append_printf (text, "# comment %u\r\n \t \r\n\n", i);
      if (i % 7 == 3)
        g_string_append (text, "  ");
      g_string_append_len (text, lines[i].raw->str, lines[i].raw->len);
      if (i % 7 == 3)
        g_string_append (text, " \t");
      g_string_append (text, i % 2 == 0 ? "\r\n" : "\n");
    }
  return g_string_free_to_bytes (text);
}

static Line *
make_lines (guint n_lines)
{
  Line *lines = g_new0 (Line, n_lines);

  for (guint i = 0; i < n_lines; i++)
    make_line (&lines[i], i);
  return lines;
}

static void
free_lines (Line  *lines,
            guint  n_lines)
{
  for (guint i = 0; i < n_lines; i++)
    line_clear (&lines[i]);
  g_free (lines);
}


/* A refusal names the problem in a sentence, without echoing the line. */
static void
assert_refused (const char  *input,
                ScErrorKind  expected)
{
  ScErrorKind kind = SC_ERROR_KIND_NONE;
  g_autofree char *message = NULL;
  g_autoptr(GUri) uri = sc_url_normalize (input, &kind, &message);

  g_assert_null (uri);
  g_assert_cmpstr (sc_error_kind_to_string (kind), ==, sc_error_kind_to_string (expected));
  g_assert_nonnull (message);
  g_assert_cmpuint (strlen (message), >, 10);
  g_assert_cmpuint (strlen (message), <, 600);
  sc_test_assert_clean_text (message, FALSE);
}

/* The parser. */

static void
test_parse_hundred_thousand (void)
{
  Line *lines = make_lines (N_LINES);
  g_autoptr(GBytes) list = make_list (lines, N_LINES);
  gint64 start = g_get_monotonic_time ();
  gsize size;
  const char *data = g_bytes_get_data (list, &size);
  g_autoptr(GPtrArray) sites = sc_site_list_parse (data, size);
  gint64 parsed_at = g_get_monotonic_time ();

  g_assert_cmpuint (sites->len, ==, N_LINES);
  for (guint i = 0; i < N_LINES; i++)
    {
      g_assert_cmpstr (g_ptr_array_index (sites, i), ==, lines[i].parsed);
      assert_refused (g_ptr_array_index (sites, i), lines[i].kind);
    }
  g_test_message ("%u lines, %" G_GSIZE_FORMAT " bytes: parsed in %" G_GINT64_FORMAT " ms, "
                  "all checked in %" G_GINT64_FORMAT " ms more",
                  N_LINES, size, (parsed_at - start) / 1000, (g_get_monotonic_time () - parsed_at) / 1000);
  free_lines (lines, N_LINES);
}

typedef struct {
  const char *name;
  const char *text;
  gsize       length;          /* 0: strlen */
  const char *expected[6];
} ListCase;

static const ListCase list_cases[] = {
  { "crlf-and-lone-cr", "a.example\r\nb.example\rc.example\r\n\r\nd.example", 0,
    { "a.example", "b.example\rc.example", "d.example", NULL } },
  { "bom-only-at-start", "\xef\xbb\xbf" "a.example\n", 0,
    { "a.example", NULL } },
  { "bom-of-joined-lists", "\xef\xbb\xbf" "a.example\n\xef\xbb\xbf" "b.example\r\n\xef\xbb\xbf# c\n", 0,
    { "a.example", "b.example", NULL } },
  { "bom-then-csv", "\xef\xbb\xbf" "Name,URL\r\nShop,https://shop.example/\r\n", 0,
    { "https://shop.example/", NULL } },
  { "nul-everywhere", "\0a.example\n\0\nb.ex\0\0ample\nc.example\0", 35,
    { "\x1a" "a.example", "\x1a", "b.ex\x1a\x1a" "ample", "c.example\x1a", NULL } },
  { "invalid-utf8", "\xff\xfe\n\xc0\xaf.example\n\xed\xa0\x80.example\nok.example\n", 0,
    { "\xff\xfe", "\xc0\xaf.example", "\xed\xa0\x80.example", "ok.example", NULL } },
  { "csv-quotes-and-extra-columns",
    "Name,URL,Notes\r\n"
    "\"Shop, Inc\",https://shop.example/,\"say \"\"hi\"\"\"\r\n"
    "Blog,blog.example,x,extra one,\"extra, two\",3\r\n"
    "\"Multi\nline\",\"https://multi.example/\",\"a\r\nb\"\r\n"
    "Last,last.example", 0,
    { "https://shop.example/", "blog.example", "https://multi.example/", "last.example", NULL } },
  { "csv-semicolon-bom", "\xef\xbb\xbf" "site;comment\nshop.example;\"a;b\"\n\"blog.example\";\n", 0,
    { "shop.example", "blog.example", NULL } },
  { "csv-newline-in-url", "url,n\n\"https://a.example/\nx\",1\nb.example,2\n", 0,
    { "https://a.example/\nx", "b.example", NULL } },
  { "csv-nul-in-cell", "name,url\nA,a.ex\0ample\nB,b.example\n", 34,
    { "a.ex\x1a" "ample", "b.example", NULL } },
};

static void
test_parse_list (gconstpointer data)
{
  const ListCase *c = data;
  gsize length = c->length != 0 ? c->length : strlen (c->text);
  g_autoptr(GPtrArray) sites = sc_site_list_parse (c->text, length);
  guint n = 0;

  while (c->expected[n] != NULL)
    n++;
  g_assert_cmpuint (sites->len, ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (g_ptr_array_index (sites, i), ==, c->expected[i]);
}

/* Lines that the URL check must refuse with a clear, clean message. */
typedef struct {
  const char  *name;
  const char  *input;
  ScErrorKind  kind;
  const char  *message_part;
} RefusalCase;

static const RefusalCase refusal_cases[] = {
  { "nul", "b.ex\x1a" "ample", SC_ERROR_KIND_INVALID_URL, "control character" },
  { "lone-cr", "b.example\rc.example", SC_ERROR_KIND_INVALID_URL, "control character" },
  { "newline-from-csv", "https://a.example/\nx", SC_ERROR_KIND_INVALID_URL, "control character" },
  { "escape", "http://a.example/\033]0;title\007", SC_ERROR_KIND_INVALID_URL, "control character" },
  { "invalid-utf8", "\xff\xfe", SC_ERROR_KIND_INVALID_URL, "UTF-8" },
  { "overlong-utf8", "\xc0\xaf.example", SC_ERROR_KIND_INVALID_URL, "UTF-8" },
  { "surrogate", "\xed\xa0\x80.example", SC_ERROR_KIND_INVALID_URL, "UTF-8" },
  /* GUri quotes the bad part back: a C1 control or a bidi override there
   * must not reach the message. */
  { "c1-in-port", "http://a.example:99\xc2\x9b/", SC_ERROR_KIND_INVALID_URL, "port" },
  { "bidi-in-port", "http://a.example:\xe2\x80\xae" "99/", SC_ERROR_KIND_INVALID_URL, "port" },
  { "c1-in-ipv6", "http://[::1\xc2\x9b]/", SC_ERROR_KIND_INVALID_URL, "IPv6" },
  { "bidi-in-host", "http://\xe2\x80\xae" "evil.example/", SC_ERROR_KIND_INVALID_URL, "cannot be parsed" },
};

static void
test_refusal (gconstpointer data)
{
  const RefusalCase *c = data;
  ScErrorKind kind = SC_ERROR_KIND_NONE;
  g_autofree char *message = NULL;
  g_autoptr(GUri) uri = sc_url_normalize (c->input, &kind, &message);

  g_assert_null (uri);
  g_assert_cmpstr (sc_error_kind_to_string (kind), ==, sc_error_kind_to_string (c->kind));
  g_assert_nonnull (strstr (message, c->message_part));
  sc_test_assert_clean_text (message, FALSE);
}

/* Lines of 100 kB among short ones: kept whole, refused for their length
 * with a message that does not repeat them, and their neighbours intact. */
static void
test_parse_long_lines (void)
{
  GString *text = g_string_new ("a.example\n");
  g_autoptr(GPtrArray) sites = NULL;
  ScErrorKind kind = SC_ERROR_KIND_NONE;
  g_autofree char *message = NULL;
  g_autoptr(GUri) uri = NULL;

  for (guint i = 0; i < LONG_LINE_BYTES; i++)
    g_string_append_c (text, 'x');
  g_string_append (text, "\r\nb.example\nhttps://c.example/");
  for (guint i = 0; i < LONG_LINE_BYTES; i++)
    g_string_append_c (text, i % 1000 == 0 ? '\0' : 'y');
  g_string_append (text, "\nd.example");
  sites = sc_site_list_parse (text->str, text->len);
  g_string_free (text, TRUE);

  g_assert_cmpuint (sites->len, ==, 5);
  g_assert_cmpstr (g_ptr_array_index (sites, 0), ==, "a.example");
  g_assert_cmpuint (strlen (g_ptr_array_index (sites, 1)), ==, LONG_LINE_BYTES);
  g_assert_cmpstr (g_ptr_array_index (sites, 2), ==, "b.example");
  g_assert_cmpuint (strlen (g_ptr_array_index (sites, 3)), ==, strlen ("https://c.example/") + LONG_LINE_BYTES);
  g_assert_cmpstr (g_ptr_array_index (sites, 4), ==, "d.example");

  uri = sc_url_normalize (g_ptr_array_index (sites, 1), &kind, &message);
  g_assert_null (uri);
  g_assert_cmpint (kind, ==, SC_ERROR_KIND_INVALID_URL);
  g_assert_nonnull (strstr (message, "102400 characters long"));
  g_assert_cmpuint (strlen (message), <, 200);
  assert_refused (g_ptr_array_index (sites, 3), SC_ERROR_KIND_INVALID_URL);
}

/* A big CSV export: 10,000 rows with quoted names holding commas, quotes
 * and line breaks, and more columns in the rows than in the header. */
static void
test_parse_big_csv (void)
{
  GString *text = g_string_new ("\xef\xbb\xbf" "Site,Site URL,Client\r\n");
  g_autoptr(GPtrArray) sites = NULL;

  for (guint i = 0; i < 10000; i++)
    g_string_append_printf (text, "\"Shop %u, \"\"the\"\" best\nreally\",https://shop-%u.example/,ACME,%u,\"x,y\"\r\n",
                            i, i, i);
  sites = sc_site_list_parse (text->str, text->len);
  g_string_free (text, TRUE);

  g_assert_cmpuint (sites->len, ==, 10000);
  for (guint i = 0; i < 10000; i++)
    {
      g_autofree char *expected = g_strdup_printf ("https://shop-%u.example/", i);
      g_assert_cmpstr (g_ptr_array_index (sites, i), ==, expected);
    }
}

/* statuscope-cli end to end. */

/* Runs statuscope-cli -f @format with the list on @stdin_list, or from a
 * file when @path is given. */
static ScCliRun *
run_cli (const char *format,
         const char *path,
         GBytes     *stdin_list)
{
  const char *args[] = { "-f", format, "-i", path != NULL ? path : "-", NULL };

  return sc_test_run_cli (stdin_list, args);
}

static char *
write_list (GBytes *list)
{
  g_autoptr(GError) error = NULL;
  char *path = NULL;
  int fd = g_file_open_tmp ("statuscope-hostile-XXXXXX.txt", &path, &error);

  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, g_bytes_get_data (list, NULL), g_bytes_get_size (list), &error);
  g_assert_no_error (error);
  return path;
}

/* The CSV report read back: one record per line of the list, in order,
 * each with every column and the line's own input and error kind. */
static void
assert_csv_rows (const char *csv,
                 Line       *lines,
                 guint       n_lines)
{
  ScCsvCursor cursor = { csv, csv + strlen (csv) };
  g_autoptr(GPtrArray) header = sc_csv_read_record (&cursor, ',');
  guint n = 0;
  GPtrArray *row;

  g_assert_cmpuint (header->len, ==, N_CSV_COLUMNS);
  g_assert_cmpstr (g_ptr_array_index (header, 0), ==, "input");
  while ((row = sc_csv_read_record (&cursor, ',')) != NULL)
    {
      g_assert_cmpuint (n, <, n_lines);
      g_assert_cmpuint (row->len, ==, N_CSV_COLUMNS);
      g_assert_cmpstr (g_ptr_array_index (row, 0), ==, lines[n].shown);
      g_assert_cmpstr (g_ptr_array_index (row, 1), ==, "");
      g_assert_cmpstr (g_ptr_array_index (row, 5), ==, "failure");
      g_assert_cmpstr (g_ptr_array_index (row, 7), ==, sc_error_kind_to_string (lines[n].kind));
      g_assert_cmpstr (g_ptr_array_index (row, 8), !=, "");
      g_ptr_array_unref (row);
      n++;
    }
  g_assert_cmpuint (n, ==, n_lines);
}

static void
test_cli_hundred_thousand (void)
{
  Line *lines = make_lines (N_LINES);
  g_autoptr(GBytes) list = make_list (lines, N_LINES);
  g_autofree char *path = write_list (list);
  g_autoptr(ScCliRun) run = run_cli ("csv", path, NULL);
  gint64 read_start = g_get_monotonic_time ();

  g_assert_cmpint (run->status, ==, 1);
  g_assert_cmpstr (run->err, ==, "");
  sc_test_assert_clean_text (run->out, TRUE);
  assert_csv_rows (run->out, lines, N_LINES);
  g_assert_null (strstr (run->out, "secret-"));
  g_test_message ("statuscope-cli -f csv: %u lines (%" G_GSIZE_FORMAT " bytes in, %" G_GSIZE_FORMAT " bytes out) "
                  "in %" G_GINT64_FORMAT " ms; the test read the report back in %" G_GINT64_FORMAT " ms",
                  N_LINES, g_bytes_get_size (list), strlen (run->out), run->elapsed_us / 1000,
                  (g_get_monotonic_time () - read_start) / 1000);
  g_unlink (path);
  free_lines (lines, N_LINES);
}

#define N_SMALL 2000

/* Markdown headings escape the characters that would format. */
static char *
markdown_escape (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (strchr ("\\`*_[]<>|#!~", *p) != NULL)
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/* The same kinds of line through standard input and every format: the
 * JSON parses with one result per line in order, CSV reads back, and no
 * format lets a control character or invalid UTF-8 through. */
static void
test_cli_formats (gconstpointer data)
{
  const char *format = data;
  Line *lines = make_lines (N_SMALL);
  g_autoptr(GBytes) list = NULL;
  g_autoptr(ScCliRun) run = NULL;

  /* Two long lines among the short ones. */
  line_clear (&lines[10]);
  make_long_line (&lines[10], 10);
  line_clear (&lines[1500]);
  make_long_line (&lines[1500], 1500);
  list = make_list (lines, N_SMALL);
  run = run_cli (format, NULL, list);

  g_assert_cmpint (run->status, ==, 1);
  g_assert_cmpstr (run->err, ==, "");
  sc_test_assert_clean_text (run->out, g_str_equal (format, "csv"));
  g_assert_null (strstr (run->out, "secret-"));
  if (g_str_equal (format, "csv"))
    assert_csv_rows (run->out, lines, N_SMALL);
  else if (g_str_equal (format, "json"))
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;
      JsonArray *results;

      json_parser_load_from_data (parser, run->out, -1, &error);
      g_assert_no_error (error);
      results = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "results");
      g_assert_cmpuint (json_array_get_length (results), ==, N_SMALL);
      for (guint i = 0; i < N_SMALL; i++)
        {
          JsonObject *object = json_array_get_object_element (results, i);
          JsonObject *error_object = json_object_get_object_member (object, "error");

          g_assert_cmpstr (json_object_get_string_member (object, "input"), ==, lines[i].shown);
          g_assert_true (json_object_get_null_member (object, "url"));
          g_assert_cmpstr (json_object_get_string_member (error_object, "kind"), ==,
                           sc_error_kind_to_string (lines[i].kind));
        }
    }
  else
    {
      /* One entry per line, in order: each input appears after the last. */
      const char *p = run->out;

      for (guint i = 0; i < N_SMALL; i++)
        {
          g_autofree char *shown = g_str_equal (format, "markdown") ? markdown_escape (lines[i].shown)
                                                                    : g_strdup (lines[i].shown);

          p = strstr (p, shown);
          g_assert_nonnull (p);
          p += strlen (shown);
        }
    }
  free_lines (lines, N_SMALL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hostile-input/parse/hundred-thousand", test_parse_hundred_thousand);
  for (guint i = 0; i < G_N_ELEMENTS (list_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/hostile-input/parse/%s", list_cases[i].name);
      g_test_add_data_func (path, &list_cases[i], test_parse_list);
    }
  g_test_add_func ("/hostile-input/parse/long-lines", test_parse_long_lines);
  g_test_add_func ("/hostile-input/parse/big-csv", test_parse_big_csv);
  for (guint i = 0; i < G_N_ELEMENTS (refusal_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/hostile-input/refused/%s", refusal_cases[i].name);
      g_test_add_data_func (path, &refusal_cases[i], test_refusal);
    }
  g_test_add_func ("/hostile-input/cli/hundred-thousand", test_cli_hundred_thousand);
  g_test_add_data_func ("/hostile-input/cli/text", "text", test_cli_formats);
  g_test_add_data_func ("/hostile-input/cli/markdown", "markdown", test_cli_formats);
  g_test_add_data_func ("/hostile-input/cli/json", "json", test_cli_formats);
  g_test_add_data_func ("/hostile-input/cli/csv", "csv", test_cli_formats);

  return g_test_run ();
}
