/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* statuscope-cli run to completion, its output as text (never cut at a NUL:
 * a NUL in the output fails the test). */
typedef struct {
  char   *out;
  char   *err;
  int     status;
  gint64  elapsed_us;
} ScCliRun;

/* How to run it, beyond the arguments. */
typedef struct {
  const char         *program;     /* NULL: the built statuscope-cli */
  const char * const *set_env;     /* NAME=VALUE, NULL-terminated */
  const char * const *unset_env;
  gboolean            stderr_pty;  /* standard error is a terminal (read into ->err) */
  guint               interrupt_after_ms;  /* sends SIGINT then, unless 0 */
} ScTestRunOptions;

ScCliRun *sc_test_run_cli             (GBytes             *input,
                                       const char * const *args);
ScCliRun *sc_test_run_cli_full        (GBytes                 *input,
                                       const char * const     *args,
                                       const ScTestRunOptions *options);
void      sc_cli_run_free             (ScCliRun           *run);
void      sc_test_assert_clean_text   (const char         *text,
                                       gboolean            allow_cr);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScCliRun, sc_cli_run_free)

G_END_DECLS
