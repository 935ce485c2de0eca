/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "fuzz-common.h"
#include "sc-text.h"
#include "sc-url.h"

/* Input normalization: whatever a person types or pastes as a site either
 * becomes an http(s) URL with a host, or is refused with a message; and no
 * form of it that is shown gives away a password. */

/* Stands in for a password, to see whether a refusal message or the
 * redacted input quotes it. */
#define MARKER "Pw7marker"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  sc_fuzz_init (argc, argv);
  return 0;
}

/* @secret may show only where it is part of the URL anyway (in the host,
 * say), which @anonymous, the same URL without user info, tells. */
static void
check_hidden (const char *secret,
              const char *shown,
              const char *anonymous)
{
  if (secret == NULL || secret[0] == '\0')
    return;
  g_assert (strstr (shown, secret) == NULL || strstr (anonymous, secret) != NULL);
}

/* The shown form is the URL without its user info, with *** in its place:
 * a cut at the length limit aside, nothing else may differ. */
static void
check_display (GUri       *uri,
               const char *shown)
{
  g_autoptr(GUri) anonymous_uri = g_uri_build (g_uri_get_flags (uri), g_uri_get_scheme (uri), NULL,
                                               g_uri_get_host (uri), g_uri_get_port (uri),
                                               g_uri_get_path (uri), g_uri_get_query (uri),
                                               g_uri_get_fragment (uri));
  g_autofree char *anonymous = sc_url_to_display (anonymous_uri);
  g_autofree char *prefix = g_strconcat (g_uri_get_scheme (uri), "://***@", NULL);
  g_autofree char *rest = NULL;
  const char *anonymous_rest = anonymous + strlen (g_uri_get_scheme (uri)) + 3;

  g_assert (sc_fuzz_text_is_safe (shown, ""));
  if (g_uri_get_user (uri) == NULL && g_uri_get_password (uri) == NULL)
    {
      g_assert_cmpstr (shown, ==, anonymous);
      return;
    }

  g_assert (g_str_has_prefix (shown, prefix));
  rest = g_strdup (shown + strlen (prefix));
  if (g_str_has_suffix (rest, "…"))
    rest[strlen (rest) - strlen ("…")] = '\0';
  g_assert (g_str_has_prefix (anonymous_rest, rest));
  check_hidden (g_uri_get_user (uri), rest, anonymous_rest);
  check_hidden (g_uri_get_password (uri), rest, anonymous_rest);
}

static void
check_accepted (const char *input,
                GUri       *uri)
{
  const char *scheme = g_uri_get_scheme (uri);
  g_autofree char *shown = sc_url_to_display (uri);
  g_autofree char *host = sc_url_host_for_display (uri);
  g_autofree char *host_key = sc_url_host_key (uri);
  g_autofree char *canonical = g_uri_to_string (uri);
  g_autofree char *key = sc_url_dedup_key (input);
  g_autofree char *key_again = sc_url_dedup_key (canonical);
  g_autofree char *redacted = sc_url_redact_string (canonical);

  g_assert (g_str_equal (scheme, "http") || g_str_equal (scheme, "https"));
  g_assert (g_uri_get_host (uri) != NULL && g_uri_get_host (uri)[0] != '\0');
  /* A redirect to this very URL must pass the same checks. */
  g_assert (sc_url_check_target (uri, NULL, NULL));
  check_display (uri, shown);
  g_assert (host != NULL && host[0] != '\0' && sc_fuzz_text_is_safe (host, ""));
  g_assert (host_key != NULL && host_key[0] != '\0');

  /* Normalizing is idempotent, or the same site could be added twice. */
  g_assert_cmpstr (key, ==, canonical);
  g_assert_cmpstr (key_again, ==, canonical);
  /* URL text from a server is cut for display; the URL requested is not. */
  {
    g_autofree char *shown_cut = sc_text_sanitize (shown, -1, SC_TEXT_MAX_CHARS);

    g_assert_cmpstr (redacted, ==, shown_cut);
  }
}

/* @input with the password of its user info, as GUri reads it, swapped
 * for MARKER; NULL when there is no password. */
static char *
with_marker_password (const char *input)
{
  g_autofree char *full = strstr (input, "//") != NULL ? g_strdup (input)
                                                       : g_strconcat ("https://", input, NULL);
  g_autofree char *user = NULL;
  g_autofree char *password = NULL;
  g_autofree char *userinfo = NULL;
  const char *authority;

  if (!g_uri_split_with_user (full, G_URI_FLAGS_ENCODED | G_URI_FLAGS_HAS_PASSWORD | G_URI_FLAGS_PARSE_RELAXED,
                              NULL, &user, &password, NULL, NULL, NULL, NULL, NULL, NULL, NULL) ||
      password == NULL)
    return NULL;
  /* The authority follows the first "//". */
  authority = strstr (full, "//") + 2;
  userinfo = g_strconcat (user != NULL ? user : "", ":", password, "@", NULL);
  if (!g_str_has_prefix (authority, userinfo))
    return NULL;
  return g_strdup_printf ("%.*s%s:" MARKER "%s", (int) (authority - full), full,
                          user != NULL ? user : "", authority + strlen (userinfo) - 1);
}

/* Refused inputs still show up in reports, as their redacted text and the
 * reason for the refusal: neither may quote a password. */
static void
check_refusal_hides_password (const char *input)
{
  g_autofree char *marked = NULL;
  g_autoptr(GUri) uri = NULL;
  g_autofree char *message = NULL;
  g_autofree char *redacted = NULL;

  /* The fuzzer learns MARKER from the strstr() below; in a host it is no
   * password. */
  if (strstr (input, MARKER) != NULL || (marked = with_marker_password (input)) == NULL)
    return;
  redacted = sc_url_redact_string (marked);
  g_assert (strstr (redacted, MARKER) == NULL);
  uri = sc_url_normalize (marked, NULL, &message);
  if (uri == NULL)
    g_assert (strstr (message, MARKER) == NULL);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *input = sc_fuzz_dup_string (data, size);
  g_autofree char *message = NULL;
  g_autofree char *redacted = sc_url_redact_string (input);
  ScErrorKind kind = SC_ERROR_KIND_NONE;
  g_autoptr(GUri) uri = sc_url_normalize (input, &kind, &message);

  g_assert (sc_fuzz_text_is_safe (redacted, ""));
  if (uri != NULL)
    {
      g_assert (message == NULL && kind == SC_ERROR_KIND_NONE);
      check_accepted (input, uri);
    }
  else
    {
      g_assert (message != NULL && kind != SC_ERROR_KIND_NONE);
      g_assert (sc_fuzz_text_is_safe (message, ""));
    }
  if (g_utf8_validate (input, -1, NULL))
    check_refusal_hides_password (g_strstrip (input));
  return 0;
}
