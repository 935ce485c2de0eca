/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <unistd.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "sc-test-cli.h"
#include "sc-test-server.h"

/* statuscope-cli end to end: the built binary against servers in this
 * process, whose main loop keeps turning while the CLI runs. */

static ScTestServer *server;

/* Runs statuscope-cli with the arguments given (NULL-terminated) and
 * @input on its standard input. */
static ScCliRun *
run_cli (const char *input,
         ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GBytes) bytes = g_bytes_new (input != NULL ? input : "", input != NULL ? strlen (input) : 0);
  const char *arg;
  va_list ap;

  va_start (ap, input);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  return sc_test_run_cli (bytes, (const char * const *) args->pdata);
}

static JsonArray *
parse_results (JsonParser *parser,
               const char *json)
{
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  return json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "results");
}

static char *
url (const char *path)
{
  return sc_test_server_url (server, path);
}

/* Slow and fast sites mixed, eight at a time: output follows the input. */
static void
test_input_order (void)
{
  g_autofree char *slow = url ("/slow");
  g_autofree char *ok = url ("/status/200");
  g_autofree char *missing = url ("/status/404");
  g_autofree char *down = url ("/status/503");
  g_autoptr(ScCliRun) run = run_cli (NULL, "-j", "8", "--per-host", "8", "-f", "json",
                                   slow, ok, slow, missing, "ftp://example.com/", ok, slow, down, "", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonArray *results = parse_results (parser, run->out);
  const char *expected_status[] = { "200", "200", "200", "404", NULL, "200", "200", "503", NULL };

  g_assert_cmpint (run->status, ==, 1);
  g_assert_cmpuint (json_array_get_length (results), ==, 9);
  for (guint i = 0; i < 9; i++)
    {
      JsonObject *o = json_array_get_object_element (results, i);
      g_autofree char *status = NULL;

      if (!json_object_get_null_member (o, "status"))
        status = g_strdup_printf ("%" G_GINT64_FORMAT, json_object_get_int_member (o, "status"));
      g_assert_cmpstr (status, ==, expected_status[i]);
    }
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (results, 4), "input"),
                   ==, "ftp://example.com/");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (results, 8), "class"),
                   ==, "failure");
}

static void
test_exit_zero (void)
{
  g_autofree char *ok = url ("/status/200");
  g_autofree char *chain = url ("/chain/2");
  g_autoptr(ScCliRun) run = run_cli (NULL, ok, chain, NULL);

  g_assert_cmpint (run->status, ==, 0);
  g_assert_nonnull (strstr (run->out, "200 OK"));
  g_assert_null (strchr (run->out, '\033'));   /* not a terminal: no colour */
}

static void
test_color_always (void)
{
  g_autofree char *missing = url ("/status/404");
  g_autoptr(ScCliRun) run = run_cli (NULL, "--color", "always", missing, NULL);

  g_assert_cmpint (run->status, ==, 1);
  g_assert_nonnull (strchr (run->out, '\033'));
}

static void
test_input_file_csv (void)
{
  g_autofree char *path = NULL;
  g_autofree char *contents = g_strdup_printf ("name,url,notes\n"
                                               "first,%s/status/404,\"a, b\"\n"
                                               "second,%s/status/200,\n",
                                               server->base, server->base);
  g_autoptr(GError) error = NULL;
  int fd = g_file_open_tmp ("statuscope-XXXXXX.csv", &path, &error);
  g_autoptr(ScCliRun) run = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonArray *results;

  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);

  run = run_cli (NULL, "-i", path, "-f", "json", NULL);
  results = parse_results (parser, run->out);
  g_assert_cmpint (run->status, ==, 1);
  g_assert_cmpuint (json_array_get_length (results), ==, 2);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (results, 0), "status"), ==, 404);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (results, 1), "status"), ==, 200);
  g_unlink (path);
}

static void
test_input_stdin (void)
{
  g_autofree char *input = g_strdup_printf ("# a comment\n\n%s/status/200\r\n%s/status/204\n", server->base, server->base);
  g_autoptr(ScCliRun) run = run_cli (input, "-i", "-", "-f", "csv", NULL);
  g_auto(GStrv) lines = g_strsplit (run->out, "\r\n", -1);

  g_assert_cmpint (run->status, ==, 0);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);   /* header, 2 rows, trailing empty */
  g_assert_true (g_str_has_prefix (lines[0], "input,url,final_url,status"));
  g_assert_nonnull (strstr (lines[1], ",200,"));
  g_assert_nonnull (strstr (lines[2], ",204,"));
}

static void
test_formats_redact (gconstpointer data)
{
  const char *format = data;
  g_autofree char *secret = g_strdup_printf ("http://admin:hunter2@127.0.0.1:%u/status/200?token=t0psecret", server->port);
  g_autoptr(ScCliRun) run = run_cli (NULL, "-f", format, secret, NULL);

  g_assert_cmpint (run->status, ==, 0);
  g_assert_null (strstr (run->out, "hunter2"));
  g_assert_null (strstr (run->out, "admin"));
  g_assert_null (strstr (run->out, "t0psecret"));
  g_assert_nonnull (strstr (run->out, "***"));
}

/* LANGUAGE=de (or fr) explains a 404 in that language, with the translations
 * compiled in the build directory (STATUSCOPE_LOCALEDIR). */
typedef struct {
  const char *language;
  const char *title;
  const char *explanation_start;
} LanguageCase;

static const LanguageCase language_cases[] = {
  { "de", "Nicht gefunden", "Der Server" },
  { "fr", "Introuvable", "Le serveur fonctionne" },
};

static void
test_language (gconstpointer data)
{
  const LanguageCase *c = data;
  g_autofree char *missing = url ("/status/404");
  g_autoptr(ScCliRun) run = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *result;

  g_setenv ("LANGUAGE", c->language, TRUE);
  run = run_cli (NULL, "-f", "json", missing, NULL);
  g_unsetenv ("LANGUAGE");

  result = json_array_get_object_element (parse_results (parser, run->out), 0);
  g_assert_cmpint (run->status, ==, 1);
  g_assert_cmpstr (json_object_get_string_member (result, "title"), ==, c->title);
  g_assert_true (g_str_has_prefix (json_object_get_string_member (result, "explanation"), c->explanation_start));
}

/* http_proxy is honoured, as by curl: the test server acts as the proxy
 * for a host that does not resolve, so a 204 can only come through it;
 * no_proxy sends the same request direct, where DNS fails. */
static void
test_proxy_environment (void)
{
  g_autofree char *proxy = g_strdup_printf ("http://127.0.0.1:%u", server->port);
  g_autoptr(ScCliRun) proxied = NULL;
  g_autoptr(ScCliRun) direct = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonParser) parser2 = json_parser_new ();
  JsonObject *result;

  g_setenv ("http_proxy", proxy, TRUE);
  proxied = run_cli (NULL, "-f", "json", "http://through-the-proxy.invalid/status/204", NULL);
  g_setenv ("no_proxy", "through-the-proxy.invalid", TRUE);
  direct = run_cli (NULL, "-f", "json", "http://through-the-proxy.invalid/status/204", NULL);
  g_unsetenv ("http_proxy");
  g_unsetenv ("no_proxy");

  result = json_array_get_object_element (parse_results (parser, proxied->out), 0);
  g_assert_cmpint (proxied->status, ==, 0);
  g_assert_cmpint (json_object_get_int_member (result, "status"), ==, 204);
  result = json_array_get_object_element (parse_results (parser2, direct->out), 0);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (result, "error"), "kind"), ==, "dns");
}

typedef struct {
  const char *name;
  const char *args[4];
  const char *message_part;
} UsageCase;

static const UsageCase usage_cases[] = {
  { "unknown-option", { "--bogus", "example.com", NULL }, "Unknown option" },
  { "unreadable-file", { "-i", "/nonexistent/sites.txt", NULL }, "sites.txt" },
  { "bad-format", { "-f", "xml", "example.com", NULL }, "xml" },
  { "bad-method", { "--method", "POST", "example.com", NULL }, "POST" },
  { "bad-timeout", { "-t", "0", "example.com", NULL }, "--timeout" },
  { "bad-jobs", { "-j", "0", "example.com", NULL }, "--jobs" },
  { "no-sites", { NULL }, "no sites" },
};

static void
test_usage_error (gconstpointer data)
{
  const UsageCase *c = data;
  g_autoptr(ScCliRun) run = run_cli (NULL, c->args[0], c->args[1], c->args[2], c->args[3], NULL);
  g_auto(GStrv) lines = g_strsplit (run->err, "\n", -1);

  g_assert_cmpint (run->status, ==, 2);
  g_assert_true (g_str_has_prefix (lines[0], "statuscope-cli: "));
  g_assert_nonnull (strstr (lines[0], c->message_part));
  g_assert_cmpstr (run->out, ==, "");
}

static void
test_version_and_help (void)
{
  g_autoptr(ScCliRun) version = run_cli (NULL, "--version", NULL);
  g_autoptr(ScCliRun) help = run_cli (NULL, "--help", NULL);

  g_assert_cmpint (version->status, ==, 0);
  g_assert_cmpstr (version->out, ==, "statuscope-cli " PACKAGE_VERSION "\n");
  g_assert_cmpint (help->status, ==, 0);
  for (guint i = 0; i < 3; i++)
    {
      static const char * const options[] = { "--max-redirects", "--per-host", "--ignore-tls-errors" };
      g_assert_nonnull (strstr (help->out, options[i]));
    }
  g_assert_nonnull (strstr (help->out, "Exit status"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  server = sc_test_server_new (NULL);

  g_test_add_func ("/cli/input-order", test_input_order);
  g_test_add_func ("/cli/exit-zero", test_exit_zero);
  g_test_add_func ("/cli/color-always", test_color_always);
  g_test_add_func ("/cli/input-file-csv", test_input_file_csv);
  g_test_add_func ("/cli/input-stdin", test_input_stdin);
  g_test_add_data_func ("/cli/redact/text", "text", test_formats_redact);
  g_test_add_data_func ("/cli/redact/json", "json", test_formats_redact);
  g_test_add_data_func ("/cli/redact/csv", "csv", test_formats_redact);
  g_test_add_data_func ("/cli/redact/markdown", "markdown", test_formats_redact);
  for (guint i = 0; i < G_N_ELEMENTS (usage_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/cli/usage/%s", usage_cases[i].name);
      g_test_add_data_func (path, &usage_cases[i], test_usage_error);
    }
  g_test_add_func ("/cli/version-and-help", test_version_and_help);
  g_test_add_func ("/cli/proxy-environment", test_proxy_environment);
  for (guint i = 0; i < G_N_ELEMENTS (language_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/cli/language/%s", language_cases[i].language);
      g_test_add_data_func (path, &language_cases[i], test_language);
    }

  status = g_test_run ();
  sc_test_server_free (server);
  return status;
}
