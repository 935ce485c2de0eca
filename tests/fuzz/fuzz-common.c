/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz-common.h"

/* What every fuzz target shares: warnings are fatal, and text that reaches
 * a person is checked the same way everywhere. */

/* Our code logs without a domain, but a critical from GLib or json-glib
 * during one input is just as much our bug: the core called them with
 * something they refuse.  So every domain is fatal, not only ours. */
static void
abort_on_warning (const char     *domain,
                  GLogLevelFlags  level,
                  const char     *message,
                  gpointer        user_data)
{
  if (!(level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING)))
    {
      g_log_default_handler (domain, level, message, user_data);
      return;
    }
  g_printerr ("fuzz: %s from %s: %s\n",
              (level & G_LOG_LEVEL_WARNING) ? "warning" : "critical",
              domain != NULL ? domain : "statuscope", message);
  abort ();
}

#ifdef SC_FUZZ_ENGINE
/* GLib 2.74 hands out GObjects and hash tables from its slice allocator,
 * whose slabs stay reachable: LeakSanitizer would never see a leaked
 * result.  The allocator reads G_SLICE when GLib loads, before any code of
 * ours runs, so the variable is set and the fuzzer started again. */
static void
ensure_plain_malloc (char **argv)
{
  if (g_strcmp0 (g_getenv ("G_SLICE"), "always-malloc") == 0)
    return;
  g_setenv ("G_SLICE", "always-malloc", TRUE);
  execv ("/proc/self/exe", argv);
  g_printerr ("fuzz: could not restart with G_SLICE=always-malloc; leaks may go unseen\n");
}
#endif

/* UBSan reads this when it is linked in.  It reports and carries on by
 * default, so libFuzzer would never see undefined behaviour as a crash. */
const char *__ubsan_default_options (void);

const char *
__ubsan_default_options (void)
{
  return "halt_on_error=1:print_stacktrace=1";
}

void
sc_fuzz_init (int    *argc,
              char ***argv)
{
#ifdef SC_FUZZ_ENGINE
  ensure_plain_malloc (*argv);
#endif
  g_log_set_default_handler (abort_on_warning, NULL);
}

/* The input as a C string: an embedded NUL ends it, as it would for text
 * that came through a text field or a command line. */
char *
sc_fuzz_dup_string (const uint8_t *data,
                    size_t         size)
{
  return g_strndup ((const char *) data, size);
}

/* What sc_text_sanitize() promises: valid UTF-8 without control, bidi
 * override or line separator characters.  @allowed_controls lists the few
 * a format itself writes (a report's line ends). */
gboolean
sc_fuzz_text_is_safe (const char *text,
                      const char *allowed_controls)
{
  if (!g_utf8_validate (text, -1, NULL))
    return FALSE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x20 && strchr (allowed_controls, (int) c) != NULL)
        continue;
      if (c < 0x20 || (c >= 0x7f && c < 0xa0) ||
          (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) ||
          c == 0x2028 || c == 0x2029 || c == 0xfeff)
        return FALSE;
    }
  return TRUE;
}

/* json-glib 1.6 (Debian 12) leaks the first value of a document that holds
 * several ("{}{}"); later versions gather them into an array.  That is not
 * ours to fix, and a leak suppression cannot name it: GLib has no frame
 * pointers, so LeakSanitizer's stacks end in g_malloc().  So the targets
 * only parse documents that are empty or one whole object or array,
 * followed by nothing but white space. */
gboolean
sc_fuzz_json_is_one_value (const uint8_t *data,
                           size_t         size)
{
  size_t i = 0;
  guint depth = 0;
  gboolean in_string = FALSE;

  while (i < size && g_ascii_isspace (data[i]))
    i++;
  if (i == size)
    return TRUE;   /* no value at all, which the callers must refuse */
  if (data[i] != '{' && data[i] != '[')
    return FALSE;
  for (; i < size; i++)
    {
      if (in_string)
        {
          if (data[i] == '\\')
            i++;
          else if (data[i] == '"')
            in_string = FALSE;
        }
      else if (data[i] == '"')
        in_string = TRUE;
      else if (data[i] == '/')
        return FALSE;   /* a comment, which json-glib skips and this does not */
      else if (data[i] == '{' || data[i] == '[')
        depth++;
      else if ((data[i] == '}' || data[i] == ']') && --depth == 0)
        break;
    }
  /* A document cut short only reaches json-glib's error path, not ours. */
  if (i >= size)
    return FALSE;
  for (i++; i < size; i++)
    if (!g_ascii_isspace (data[i]))
      return FALSE;
  return TRUE;
}
