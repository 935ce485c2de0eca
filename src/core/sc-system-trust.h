/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define SC_TYPE_SYSTEM_TRUST (sc_system_trust_get_type ())
G_DECLARE_FINAL_TYPE (ScSystemTrust, sc_system_trust, SC, SYSTEM_TRUST, GTlsDatabase)

void sc_system_trust_install (void);

G_END_DECLS
