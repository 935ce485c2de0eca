/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sc-check-result.h"

G_BEGIN_DECLS

/* Assertions on who answered and what was found, with messages that show
 * the whole reading of the result when they fail. */
void        sc_test_expect_who         (ScCheckResult *result,
                                        const char    *role,
                                        const char    *software);
void        sc_test_expect_finding     (ScCheckResult *result,
                                        const char    *id);
void        sc_test_expect_no_finding  (ScCheckResult *result,
                                        const char    *id);
void        sc_test_expect_verdict     (ScCheckResult *result,
                                        const char    *verdict);
void        sc_test_expect_through     (ScCheckResult *result,
                                        const char    *software);
gboolean    sc_test_has_finding        (ScCheckResult *result,
                                        const char    *id);
char       *sc_test_describe_reading   (ScCheckResult *result);

G_END_DECLS
