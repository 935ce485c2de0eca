/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "sc-url.h"

typedef struct {
  const char  *input;
  const char  *expected;     /* display form, NULL when refused */
  ScErrorKind  kind;
  const char  *message_part; /* a piece of the refusal message */
} UrlCase;

static const UrlCase cases[] = {
  { "example.com", "https://example.com/", 0, NULL },
  { "  Example.COM  ", "https://example.com/", 0, NULL },
  { "example.com:8443/x", "https://example.com:8443/x", 0, NULL },
  { "localhost:8080/x", "https://localhost:8080/x", 0, NULL },
  { "localhost:8080", "https://localhost:8080/", 0, NULL },
  { "HTTP://Example.COM", "http://example.com/", 0, NULL },
  { "https://example.com:443/", "https://example.com/", 0, NULL },
  { "http://example.com:8080/a?b=c#d", "http://example.com:8080/a?b=c#d", 0, NULL },
  { "http://[::1]:8080/", "http://[::1]:8080/", 0, NULL },
  { "[::1]:8443", "https://[::1]:8443/", 0, NULL },
  { "http://bücher.example/", "http://xn--bcher-kva.example/", 0, NULL },
  { "https://user:pa%40ss@host.example:8443/p", "https://***@host.example:8443/p", 0, NULL },
  { "https://user@host.example/", "https://***@host.example/", 0, NULL },
  { "http://h.example/?token=abc&x=1&api_key=k&Signature=s", "http://h.example/?token=***&x=1&api_key=***&Signature=***", 0, NULL },
  { "http://host.example/a b", "http://host.example/a%20b", 0, NULL },
  { "ftp://example.com/", NULL, SC_ERROR_KIND_UNSUPPORTED_SCHEME, "ftp:" },
  { "file:///etc/passwd", NULL, SC_ERROR_KIND_UNSUPPORTED_SCHEME, "file:" },
  { "javascript:alert(1)", NULL, SC_ERROR_KIND_UNSUPPORTED_SCHEME, "javascript:" },
  { "mailto:someone@example.com", NULL, SC_ERROR_KIND_UNSUPPORTED_SCHEME, "mailto:" },
  { "FTP://EXAMPLE.COM", NULL, SC_ERROR_KIND_UNSUPPORTED_SCHEME, "ftp:" },
  { "", NULL, SC_ERROR_KIND_INVALID_URL, "empty" },
  { "   ", NULL, SC_ERROR_KIND_INVALID_URL, "empty" },
  { "http://", NULL, SC_ERROR_KIND_INVALID_URL, NULL },
  { "http:example.com", NULL, SC_ERROR_KIND_INVALID_URL, "host" },
  { "http://a b.example/", NULL, SC_ERROR_KIND_INVALID_URL, "not a valid host name" },
  { "http://host.example/a\r\nInjected: 1", NULL, SC_ERROR_KIND_INVALID_URL, "control character" },
  { "http://host.example/\x1b[31m", NULL, SC_ERROR_KIND_INVALID_URL, "control character" },
  { "http://host.example:99999/", NULL, SC_ERROR_KIND_INVALID_URL, "cannot be parsed" },
  { "http://host.example/%zz", NULL, SC_ERROR_KIND_INVALID_URL, "cannot be parsed" },
  { "\xff\xfe" "example.com", NULL, SC_ERROR_KIND_INVALID_URL, "UTF-8" },
  { "http://..example/", NULL, SC_ERROR_KIND_INVALID_URL, "host name" },
};

static void
test_normalize (gconstpointer data)
{
  const UrlCase *c = data;
  ScErrorKind kind = SC_ERROR_KIND_NONE;
  g_autofree char *message = NULL;
  g_autoptr(GUri) uri = sc_url_normalize (c->input, &kind, &message);

  if (c->expected != NULL)
    {
      g_autofree char *shown = NULL;

      g_assert_nonnull (uri);
      g_assert_null (message);
      shown = sc_url_to_display (uri);
      g_assert_cmpstr (shown, ==, c->expected);
    }
  else
    {
      g_assert_null (uri);
      g_assert_cmpint (kind, ==, c->kind);
      g_assert_nonnull (message);
      if (c->message_part != NULL)
        g_assert_true (strstr (message, c->message_part) != NULL);
    }
}

static void
test_too_long (void)
{
  g_autofree char *path = g_strnfill (SC_URL_MAX_LENGTH, 'a');
  g_autofree char *input = g_strconcat ("https://example.com/", path, NULL);
  ScErrorKind kind = SC_ERROR_KIND_NONE;
  g_autofree char *message = NULL;
  g_autoptr(GUri) uri = sc_url_normalize (input, &kind, &message);

  g_assert_null (uri);
  g_assert_cmpint (kind, ==, SC_ERROR_KIND_INVALID_URL);
  g_assert_true (strstr (message, "limit") != NULL);
}

static void
test_idn_display (void)
{
  g_autoptr(GUri) uri = sc_url_normalize ("http://bücher.example/", NULL, NULL);
  g_autofree char *host = sc_url_host_for_display (uri);

  g_assert_cmpstr (g_uri_get_host (uri), ==, "xn--bcher-kva.example");
  g_assert_cmpstr (host, ==, "bücher.example");
}

/* A host that could pass for another is shown as punycode. */
static void
test_idn_homographs (void)
{
  static const struct {
    const char *input;
    gboolean    unicode_shown;
  } hosts[] = {
    { "http://pаypal.com/", FALSE },           /* Cyrillic а among Latin letters */
    { "http://аррӏе.com/", FALSE },            /* a Cyrillic word that reads "apple" */
    { "http://gοοgle.com/", FALSE },           /* Greek ο */
    { "http://пример.рф/", TRUE },             /* Cyrillic that reads as Cyrillic */
    { "http://παράδειγμα.ελ/", TRUE },         /* Greek */
    { "http://日本語.jp/", TRUE },
    { "http://ひらがなカタカナ漢字.jp/", TRUE }, /* Japanese mixes its scripts */
    { "http://münchen-2024.de/", TRUE },       /* Latin with a digit and a hyphen */
    { "http://col·legi.cat/", TRUE },          /* the Catalan middle dot */
    { "http://ラーメン.jp/", TRUE },             /* the long-vowel mark is Common */
  };

  for (guint i = 0; i < G_N_ELEMENTS (hosts); i++)
    {
      g_autoptr(GUri) uri = sc_url_normalize (hosts[i].input, NULL, NULL);
      g_autofree char *host = sc_url_host_for_display (uri);

      const char *start = hosts[i].input + strlen ("http://");
      g_autofree char *written = g_strndup (start, strchr (start, '/') - start);

      g_assert_nonnull (uri);
      g_assert_true (g_str_has_prefix (g_uri_get_host (uri), "xn--"));
      g_assert_cmpstr (host, ==, hosts[i].unicode_shown ? written : g_uri_get_host (uri));
    }
}

/* Punycode that decodes to something that only imitates a host: an
 * invisible character, a full-width dot or a fraction slash, a surrogate,
 * a code point beyond Unicode. */
static void
test_idn_deceptive (void)
{
  static const char * const hosts[] = {
    "xn--paypal-gf0c.com",                        /* pay<U+200B>pal */
    "xn--paypalcomsignin-0h0i82343a.evil.example", /* paypal．com⁄signin */
    "xn--ib9b.example",                           /* a surrogate */
    "xn--8016146o.example",                       /* beyond U+10FFFF */
    "paypal.xn--comsignin-i74h.evil.example",     /* paypal.comノsignin */
    "xn--paypalcom-5pa.evil.example",             /* paypal·com */
  };

  for (guint i = 0; i < G_N_ELEMENTS (hosts); i++)
    {
      g_autofree char *input = g_strdup_printf ("http://%s/", hosts[i]);
      g_autoptr(GUri) uri = sc_url_normalize (input, NULL, NULL);
      g_autofree char *shown = NULL;

      if (uri == NULL)
        continue;   /* refused outright is fine too */
      shown = sc_url_host_for_display (uri);
      g_assert_cmpstr (shown, ==, g_uri_get_host (uri));
    }
}

static void
test_redact_string (void)
{
  g_autofree char *parsed = sc_url_redact_string ("http://admin:secret@example.com/x");
  g_autofree char *broken = sc_url_redact_string ("http://admin:secret@[::1/x");

  g_assert_cmpstr (parsed, ==, "http://***@example.com/x");
  g_assert_null (strstr (broken, "secret"));
  g_assert_null (strstr (broken, "admin"));
}

static void
test_dedup_key (void)
{
  g_autofree char *a = sc_url_dedup_key ("Example.com");
  g_autofree char *b = sc_url_dedup_key ("https://example.com:443/");
  g_autofree char *c = sc_url_dedup_key ("http://example.com/");

  g_assert_cmpstr (a, ==, b);
  g_assert_cmpstr (a, !=, c);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/url/normalize/%u", i);
      g_test_add_data_func (path, &cases[i], test_normalize);
    }
  g_test_add_func ("/url/too-long", test_too_long);
  g_test_add_func ("/url/idn-display", test_idn_display);
  g_test_add_func ("/url/idn-homographs", test_idn_homographs);
  g_test_add_func ("/url/idn-deceptive", test_idn_deceptive);
  g_test_add_func ("/url/redact-string", test_redact_string);
  g_test_add_func ("/url/dedup-key", test_dedup_key);

  return g_test_run ();
}
