/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <libsoup/soup.h>

#include "sc-text.h"
#include "sc-url.h"

#define REDACTED "***"

static void
set_refusal (ScErrorKind *out_kind,
             char       **out_message,
             ScErrorKind  kind,
             char        *message)
{
  if (out_kind != NULL)
    *out_kind = kind;
  if (out_message != NULL)
    *out_message = message;
  else
    g_free (message);
}

static gboolean
has_control_character (const char *s)
{
  for (const guchar *p = (const guchar *) s; *p != '\0'; p++)
    if (*p < 0x20 || *p == 0x7f)
      return TRUE;
  return FALSE;
}

/* "example.com:8443/x" and "localhost:8080" look like "scheme:rest" to a URI
 * parser.  A colon followed by digits and then the end, a slash, a query or a
 * fragment is a port, not a scheme. */
static gboolean
colon_starts_port (const char *colon)
{
  const char *p = colon + 1;

  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;
  return *p == '\0' || *p == '/' || *p == '?' || *p == '#';
}

/* Returns the scheme the user wrote (lower-cased), or NULL when there is
 * none and https:// should be assumed. */
static char *
find_scheme (const char *input)
{
  const char *sep = strstr (input, "://");
  const char *colon;
  const char *p;

  if (sep != NULL)
    {
      for (p = input; p < sep; p++)
        if (!g_ascii_isalnum (*p) && *p != '+' && *p != '-' && *p != '.')
          break;
      if (p == sep && sep > input && g_ascii_isalpha (input[0]))
        return g_ascii_strdown (input, sep - input);
    }

  colon = strchr (input, ':');
  if (colon == NULL || colon == input || colon_starts_port (colon))
    return NULL;
  for (p = input; p < colon; p++)
    if (!g_ascii_isalnum (*p) && *p != '+' && *p != '-' && *p != '.')
      return NULL;
  if (!g_ascii_isalpha (input[0]))
    return NULL;
  return g_ascii_strdown (input, colon - input);
}

static gboolean
host_is_valid (const char *host)
{
  /* IPv6 literals arrive without their brackets. */
  if (strchr (host, ':') != NULL)
    return g_hostname_is_ip_address (host);

  for (const char *p = host; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '.' && *p != '_')
      return FALSE;
  return host[0] != '.' && strstr (host, "..") == NULL;
}

/* Checks a parsed URL that is about to be requested: the first one, or the
 * target of a redirect.  Only http and https are ever fetched. */
gboolean
sc_url_check_target (GUri        *uri,
                     ScErrorKind *out_kind,
                     char       **out_message)
{
  const char *scheme = g_uri_get_scheme (uri);
  const char *host = g_uri_get_host (uri);

  if (g_ascii_strcasecmp (scheme, "http") != 0 &&
      g_ascii_strcasecmp (scheme, "https") != 0)
    {
      set_refusal (out_kind, out_message, SC_ERROR_KIND_UNSUPPORTED_SCHEME,
                   g_strdup_printf (_("“%s:” addresses are not checked; Statuscope only requests http and https addresses."),
                                    scheme));
      return FALSE;
    }
  if (host == NULL || host[0] == '\0')
    {
      set_refusal (out_kind, out_message, SC_ERROR_KIND_INVALID_URL,
                   g_strdup (_("The address has no host name.")));
      return FALSE;
    }
  if (!host_is_valid (host))
    {
      g_autofree char *shown = sc_text_sanitize (host, -1, 80);
      set_refusal (out_kind, out_message, SC_ERROR_KIND_INVALID_URL,
                   g_strdup_printf (_("“%s” is not a valid host name."), shown));
      return FALSE;
    }
  return TRUE;
}

/* SCHEME_NORMALIZE makes GUri report 80 and 443 even when the URL does not
 * name a port; shown URLs leave the default out, as people write them. */
static int
explicit_port (GUri *uri)
{
  const char *scheme = g_uri_get_scheme (uri);
  int port = g_uri_get_port (uri);

  if ((port == 80 && g_ascii_strcasecmp (scheme, "http") == 0) ||
      (port == 443 && g_ascii_strcasecmp (scheme, "https") == 0))
    return -1;
  return port;
}

static GUri *
rebuild_canonical (GUri *uri)
{
  const char *scheme = g_uri_get_scheme (uri);
  g_autofree char *scheme_down = g_ascii_strdown (scheme, -1);
  g_autofree char *host_down = g_ascii_strdown (g_uri_get_host (uri), -1);
  int port = explicit_port (uri);
  const char *path = g_uri_get_path (uri);

  return g_uri_build_with_user (g_uri_get_flags (uri),
                                scheme_down,
                                g_uri_get_user (uri),
                                g_uri_get_password (uri),
                                g_uri_get_auth_params (uri),
                                host_down,
                                port,
                                path[0] != '\0' ? path : "/",
                                g_uri_get_query (uri),
                                g_uri_get_fragment (uri));
}

/* "user@mail.example:pw@host": an "@" of the user info not written as %40.
 * GUri splits at the first one and quotes the rest, password included, in
 * its error message, so such input is refused before it is parsed. */
static gboolean
has_several_at_signs (const char *url)
{
  const char *start = strstr (url, "://");
  const char *at;
  gsize len;

  if (start == NULL)
    return FALSE;
  start += 3;
  len = strcspn (start, "/?#");
  at = memchr (start, '@', len);
  return at != NULL && memchr (at + 1, '@', len - (at + 1 - start)) != NULL;
}

static gboolean
is_too_long (const char  *url,
             ScErrorKind *out_kind,
             char       **out_message)
{
  gsize length = strlen (url);

  if (length <= SC_URL_MAX_LENGTH)
    return FALSE;
  set_refusal (out_kind, out_message, SC_ERROR_KIND_INVALID_URL,
               g_strdup_printf (_("The address is %zu characters long; the limit is %d."),
                                length, SC_URL_MAX_LENGTH));
  return TRUE;
}

/* Turns one line of user input into the URL to request, or explains why it
 * cannot be checked.  Returns NULL and sets @out_kind/@out_message on refusal. */
GUri *
sc_url_normalize (const char  *input,
                  ScErrorKind *out_kind,
                  char       **out_message)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *scheme = NULL;
  g_autofree char *full = NULL;
  g_autoptr(GUri) parsed = NULL;
  g_autoptr(GUri) canonical = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (input != NULL, NULL);

  if (!g_utf8_validate (input, -1, NULL))
    {
      set_refusal (out_kind, out_message, SC_ERROR_KIND_INVALID_URL,
                   g_strdup (_("The line is not valid UTF-8 text.")));
      return NULL;
    }

  trimmed = g_strstrip (g_strdup (input));
  if (trimmed[0] == '\0')
    {
      set_refusal (out_kind, out_message, SC_ERROR_KIND_INVALID_URL,
                   g_strdup (_("The line is empty.")));
      return NULL;
    }
  if (is_too_long (trimmed, out_kind, out_message))
    return NULL;
  if (has_control_character (trimmed))
    {
      set_refusal (out_kind, out_message, SC_ERROR_KIND_INVALID_URL,
                   g_strdup (_("The address contains a control character (such as a line break, a tab or a NUL byte).")));
      return NULL;
    }
  scheme = find_scheme (trimmed);
  if (scheme != NULL && !g_str_equal (scheme, "http") && !g_str_equal (scheme, "https"))
    {
      set_refusal (out_kind, out_message, SC_ERROR_KIND_UNSUPPORTED_SCHEME,
                   g_strdup_printf (_("“%s:” addresses are not checked; Statuscope only requests http and https addresses."),
                                    scheme));
      return NULL;
    }

  full = scheme != NULL ? g_strdup (trimmed) : g_strconcat ("https://", trimmed, NULL);
  if (has_several_at_signs (full))
    {
      /* xgettext:no-c-format */
      set_refusal (out_kind, out_message, SC_ERROR_KIND_INVALID_URL,
                   g_strdup (_("The address has more than one “@” before the host name. An “@” in a user name or password must be written as “%40”.")));
      return NULL;
    }
  parsed = g_uri_parse (full, SOUP_HTTP_URI_FLAGS, &error);
  if (parsed == NULL)
    {
      /* GUri quotes the offending part, which may hold a bidi override. */
      g_autofree char *detail = sc_text_sanitize (error->message, -1, 300);
      set_refusal (out_kind, out_message, SC_ERROR_KIND_INVALID_URL,
                   g_strdup_printf (_("The address cannot be parsed: %s."), detail));
      return NULL;
    }
  if (!sc_url_check_target (parsed, out_kind, out_message))
    return NULL;

  /* Percent-encoding can make the URL sent longer than the line: the
   * limit holds for what is sent, as for a redirect target. */
  canonical = rebuild_canonical (parsed);
  text = g_uri_to_string (canonical);
  if (is_too_long (text, out_kind, out_message))
    return NULL;
  return g_steal_pointer (&canonical);
}

static gboolean
query_key_is_secret (const char *key,
                     gsize       len)
{
  static const char * const exact[] = {
    "token", "key", "password", "passwd", "pass", "pwd", "secret", "sig",
    "signature", "auth", "apikey", "session", "sid", "code", "otp",
  };
  static const char * const suffixes[] = {
    "token", "_key", "-key", "secret", "password", "_sig", "signature", "_auth",
  };
  g_autofree char *lower = g_ascii_strdown (key, len);
  g_autofree char *decoded = g_uri_unescape_string (lower, NULL);
  const char *k = decoded != NULL ? decoded : lower;

  for (guint i = 0; i < G_N_ELEMENTS (exact); i++)
    if (g_str_equal (k, exact[i]))
      return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (g_str_has_suffix (k, suffixes[i]))
      return TRUE;
  return FALSE;
}

static char *
redact_query (const char *query)
{
  g_auto(GStrv) pairs = g_strsplit (query, "&", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; pairs[i] != NULL; i++)
    {
      const char *eq = strchr (pairs[i], '=');

      if (i > 0)
        g_string_append_c (out, '&');
      if (eq != NULL && query_key_is_secret (pairs[i], eq - pairs[i]))
        {
          g_string_append_len (out, pairs[i], eq - pairs[i] + 1);
          g_string_append (out, REDACTED);
        }
      else
        g_string_append (out, pairs[i]);
    }
  return g_string_free (out, FALSE);
}

/* The URL as shown anywhere: user name, password and secret-looking query
 * values are replaced by ***, and the result is safe to print. */
char *
sc_url_to_display (GUri *uri)
{
  g_autofree char *query = NULL;
  g_autofree char *fragment = NULL;
  g_autofree char *raw = NULL;
  g_autoptr(GUri) shown = NULL;
  gboolean had_userinfo;

  g_return_val_if_fail (uri != NULL, NULL);

  had_userinfo = g_uri_get_user (uri) != NULL || g_uri_get_password (uri) != NULL ||
                 g_uri_get_userinfo (uri) != NULL;
  if (g_uri_get_query (uri) != NULL)
    query = redact_query (g_uri_get_query (uri));
  if (g_uri_get_fragment (uri) != NULL)
    fragment = redact_query (g_uri_get_fragment (uri));

  shown = g_uri_build (G_URI_FLAGS_ENCODED, g_uri_get_scheme (uri),
                       had_userinfo ? REDACTED : NULL,
                       g_uri_get_host (uri), explicit_port (uri),
                       g_uri_get_path (uri), query, fragment);
  raw = g_uri_to_string (shown);
  /* Whole: this is the URL that was requested, and scripts match on it.
   * A URL to request is at most SC_URL_MAX_LENGTH long. */
  return sc_text_sanitize (raw, -1, 0);
}

/* For URL text from a server that may not parse (a Location header), cut
 * to SC_TEXT_MAX_CHARS; a line of input goes through sc_url_redact_input(). */
char *
sc_url_redact_string (const char *url)
{
  g_autoptr(GUri) uri = NULL;
  g_autofree char *cut = NULL;
  const char *at;
  const char *sep;
  const char *start;

  if (url == NULL)
    return NULL;

  /* Without SCHEME_NORMALIZE, so ftp://host/ does not become ftp://host:21/. */
  uri = g_uri_parse (url, SOUP_HTTP_URI_FLAGS & ~G_URI_FLAGS_SCHEME_NORMALIZE, NULL);
  if (uri != NULL && g_uri_get_host (uri) != NULL)
    {
      /* Server text (a Location header) is kept to the usual length. */
      g_autofree char *shown = sc_url_to_display (uri);
      return sc_text_sanitize (shown, -1, SC_TEXT_MAX_CHARS);
    }

  /* Unparsable: still cut out anything that looks like user:password@, in
   * the whole text, before it is shortened for display.  The user info
   * follows "scheme://" or a leading "//" (an address without a scheme),
   * else it starts the text; it ends at the last "@" before the path, as
   * browsers read it: a password may hold an "@" not written as %40. */
  sep = strstr (url, "//");
  start = sep != NULL && memchr (url, '/', sep - url) == NULL ? sep + 2 : url;
  at = g_strrstr_len (start, strcspn (start, "/"), "@");
  if (at != NULL)
    cut = g_strdup_printf ("%.*s" REDACTED "%s", (int) (start - url), url, at);
  return sc_text_sanitize (cut != NULL ? cut : url, -1, SC_TEXT_MAX_CHARS);
}

/* Where the authority (user info, host, port) of a line may start: after
 * the first "//" when no "/" comes before it, as a URI parser reads it;
 * else after "scheme:" and any slashes or backslashes ("http:/user@host",
 * which browsers read as "http://"); else at the start of the line, which
 * is then checked as "https://" followed by the line. */
static const char *
authority_start (const char *text)
{
  const char *sep = strstr (text, "//");
  const char *p = text;

  if (sep != NULL && memchr (text, '/', sep - text) == NULL)
    return sep + 2;
  while (g_ascii_isalnum (*p) || *p == '+' || *p == '-' || *p == '.')
    p++;
  if (!g_ascii_isalpha (text[0]) || *p != ':' || (p[1] != '/' && p[1] != '\\'))
    return text;
  p++;
  while (*p == '/' || *p == '\\')
    p++;
  return p;
}

/* Appends @len bytes of @text, key=value pairs with secret-looking keys
 * redacted. */
static void
append_redacted_pairs (GString    *out,
                       const char *text,
                       gsize       len)
{
  g_autofree char *pairs = g_strndup (text, len);
  g_autofree char *redacted = redact_query (pairs);

  g_string_append (out, redacted);
}

/* A line of input as the user wrote it, for the result's "input": only
 * the user info and secret-looking query and fragment values are replaced
 * by ***, and control characters made safe.  Nothing is parsed, decoded,
 * re-encoded or cut, so an IDN host stays in Unicode and a script can
 * join the result to its own list.  Where readings of the line differ
 * (a URI parser's, a browser's, the line taken as a site without a
 * scheme), the widest user info is hidden: an "@" in a query that follows
 * the host without a "/" hides the host too, which is safe if not pretty. */
char *
sc_url_redact_input (const char *line)
{
  g_autoptr(GString) out = NULL;
  const char *authority;
  const char *rest;
  const char *at;
  const char *hash;
  const char *query;

  if (line == NULL)
    return NULL;

  out = g_string_sized_new (strlen (line) + 8);
  authority = authority_start (line);
  /* The user info ends at the last "@" before the first slash after the
   * authority's start.  Only a slash ends it: a URI parser takes a
   * backslash as part of the user info.  The search starts at the start of
   * the line, which is where the authority is when the line is checked as
   * "https://" followed by it; an "@" before the authority found above
   * means that reading, and then everything up to the last "@" is hidden.
   * Hiding too much is better than showing a password. */
  rest = authority + strcspn (authority, "/");
  at = g_strrstr_len (line, rest - line, "@");
  if (at != NULL && memchr (line, '@', authority - line) != NULL)
    authority = line;
  g_string_append_len (out, line, authority - line);
  if (at != NULL)
    {
      g_string_append (out, REDACTED);
      authority = at;
    }

  /* The query starts at the first "?" after the user info, the fragment
   * at the first "#" after that. */
  query = strchr (authority, '?');
  hash = strchr (query != NULL ? query : authority, '#');
  if (query == NULL)
    query = hash != NULL ? hash : authority + strlen (authority);
  g_string_append_len (out, authority, query - authority);
  if (*query == '?')
    {
      const char *end = hash != NULL ? hash : query + strlen (query);

      g_string_append_c (out, '?');
      append_redacted_pairs (out, query + 1, end - query - 1);
      query = end;
    }
  if (*query == '#')
    {
      g_string_append_c (out, '#');
      append_redacted_pairs (out, query + 1, strlen (query + 1));
    }
  return sc_text_sanitize (out->str, out->len, 0);
}

/* GLib decodes a bare "xn--" label to nothing, so "xn--.example" would
 * read ".example" and "xn--" nothing at all: the Unicode form is only used
 * when each label is still there. */
static gboolean
same_labels (const char *ascii,
             const char *unicode)
{
  g_auto(GStrv) a = g_strsplit (ascii, ".", -1);
  g_auto(GStrv) u = g_strsplit (unicode, ".", -1);

  if (g_strv_length (a) != g_strv_length (u))
    return FALSE;
  for (guint i = 0; a[i] != NULL; i++)
    if ((a[i][0] == '\0') != (u[i][0] == '\0'))
      return FALSE;
  return TRUE;
}

/* Scripts that are written together: Japanese mixes Han, Hiragana and
 * Katakana, Chinese Han and Bopomofo, Korean Han and Hangul; any of them
 * with Latin.  Anything else mixed with another script is suspect. */
static gboolean
scripts_go_together (GUnicodeScript a,
                     GUnicodeScript b)
{
  static const GUnicodeScript cjk[] = {
    G_UNICODE_SCRIPT_HAN, G_UNICODE_SCRIPT_HIRAGANA, G_UNICODE_SCRIPT_KATAKANA,
    G_UNICODE_SCRIPT_BOPOMOFO, G_UNICODE_SCRIPT_HANGUL,
  };
  gboolean a_cjk = FALSE, b_cjk = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (cjk); i++)
    {
      a_cjk |= a == cjk[i];
      b_cjk |= b == cjk[i];
    }
  if (a == G_UNICODE_SCRIPT_LATIN || b == G_UNICODE_SCRIPT_LATIN)
    return a_cjk || b_cjk;
  /* Close enough: a real label does not mix Hangul with Kana. */
  return a_cjk && b_cjk;
}

/* Cyrillic letters that look like Latin ones: a label made only of them
 * ("аррӏе") reads as an English word. */
static gboolean
looks_latin (gunichar c)
{
  static const char lookalikes[] = "аеорсухіјѕԁԛԝһӏвкмнт";

  return g_utf8_strchr (lookalikes, -1, c) != NULL;
}

/* Letters, digits and combining marks make a name; so does the hyphen.
 * Anything else in a label (an invisible format character, a full-width
 * dot, a fraction slash that reads as "/") only serves to imitate another
 * host.  The Catalan middle dot is checked by label_is_readable(). */
static gboolean
may_appear_in_name (gunichar c)
{
  GUnicodeType type = g_unichar_type (c);

  if (c == '-' || c == 0x00B7)
    return TRUE;
  return type == G_UNICODE_LOWERCASE_LETTER || type == G_UNICODE_UPPERCASE_LETTER ||
         type == G_UNICODE_TITLECASE_LETTER || type == G_UNICODE_MODIFIER_LETTER ||
         type == G_UNICODE_OTHER_LETTER || type == G_UNICODE_DECIMAL_NUMBER ||
         type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_SPACING_MARK ||
         type == G_UNICODE_ENCLOSING_MARK;
}

/* Han and Kana characters that read as a slash, a dash or a backslash next
 * to Latin letters: "paypal.comノsignin" (Chromium refuses the same ones). */
static gboolean
looks_like_punctuation (gunichar c)
{
  static const char lookalikes[] = "ノンソゾ一丶丨";

  return g_utf8_strchr (lookalikes, -1, c) != NULL;
}

/* Browsers show a host in Unicode only when it cannot pass for another
 * one; the same rule, simplified, for each label: only characters that
 * make names, one script (or scripts that are written together), not a
 * Cyrillic word spelt with letters that look Latin, no CJK character that
 * looks like punctuation among Latin letters, and the middle dot only
 * between two l's, where Catalan writes it. */
static gboolean
label_is_readable (const char *label)
{
  GUnicodeScript seen = G_UNICODE_SCRIPT_COMMON;
  gboolean all_latin_lookalikes = TRUE;
  gboolean cyrillic = FALSE;
  gboolean latin = FALSE;
  gboolean punctuation_lookalike = FALSE;
  gunichar previous = 0;

  for (const char *p = label; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeScript script = g_unichar_get_script (c);

      if (!may_appear_in_name (c) || script == G_UNICODE_SCRIPT_UNKNOWN)
        return FALSE;
      if (c == 0x00B7 && (previous != 'l' || g_utf8_get_char (g_utf8_next_char (p)) != 'l'))
        return FALSE;
      previous = c;
      latin |= script == G_UNICODE_SCRIPT_LATIN;
      punctuation_lookalike |= looks_like_punctuation (c);
      if (script == G_UNICODE_SCRIPT_COMMON || script == G_UNICODE_SCRIPT_INHERITED)
        continue;
      cyrillic |= script == G_UNICODE_SCRIPT_CYRILLIC;
      all_latin_lookalikes &= looks_latin (c);
      if (seen == G_UNICODE_SCRIPT_COMMON)
        seen = script;
      else if (script != seen && !scripts_go_together (seen, script))
        return FALSE;
    }
  if (latin && punctuation_lookalike)
    return FALSE;
  return !(cyrillic && all_latin_lookalikes);
}

/* GLib decodes punycode without checking what comes out: a surrogate or a
 * code point beyond Unicode gives invalid UTF-8, and a decoded form that
 * does not encode back to the same host is not the host. */
static gboolean
is_readable (const char *ascii_host,
             const char *unicode_host)
{
  g_auto(GStrv) labels = NULL;
  g_autofree char *back = NULL;

  if (!g_utf8_validate (unicode_host, -1, NULL))
    return FALSE;
  back = g_hostname_to_ascii (unicode_host);
  if (back == NULL || g_ascii_strcasecmp (back, ascii_host) != 0)
    return FALSE;
  labels = g_strsplit (unicode_host, ".", -1);
  for (guint i = 0; labels[i] != NULL; i++)
    if (!label_is_readable (labels[i]))
      return FALSE;
  return TRUE;
}

/* IDN hosts travel as punycode; people read them in Unicode, unless the
 * Unicode form could pass for another host ("pаypal.com" with a Cyrillic
 * "а"): then the punycode form is what they get to see. */
char *
sc_url_host_for_display (GUri *uri)
{
  const char *host = g_uri_get_host (uri);
  g_autofree char *unicode = NULL;

  if (host == NULL)
    return NULL;
  /* Only an "xn--" label has a Unicode form to show. */
  if (strstr (host, "xn--") == NULL)
    return sc_text_sanitize (host, -1, 255);
  unicode = g_hostname_to_unicode (host);
  if (unicode == NULL || !same_labels (host, unicode) || !is_readable (host, unicode))
    return sc_text_sanitize (host, -1, 255);
  return sc_text_sanitize (unicode, -1, 255);
}

/* The key that limits how many checks run at once against one server. */
char *
sc_url_host_key (GUri *uri)
{
  return g_ascii_strdown (g_uri_get_host (uri), -1);
}

/* Two inputs that name the same URL share this key (used to skip
 * duplicates when a list is added).  Refused inputs key on their text. */
char *
sc_url_dedup_key (const char *input)
{
  g_autoptr(GUri) uri = sc_url_normalize (input, NULL, NULL);
  g_autofree char *trimmed = NULL;

  if (uri != NULL)
    return g_uri_to_string (uri);
  trimmed = g_strstrip (g_strdup (input));
  return g_steal_pointer (&trimmed);
}
