/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sc-check-result.h"
#include "sc-history.h"

G_BEGIN_DECLS

/* --history FILE: every result of the run recorded into the history
 * database the app reads too. */
ScHistory *sc_cli_history_open   (const char     *path,
                                  GError        **error);
void       sc_cli_history_record (ScHistory      *history,
                                  ScCheckResult  *result);
gboolean   sc_cli_history_finish (ScHistory      *history);

G_END_DECLS
