/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sc-check-result.h"

G_BEGIN_DECLS

void sc_diagnosis_run (ScCheckResult *result,
                       GBytes        *body);

G_END_DECLS
