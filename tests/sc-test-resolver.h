/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Hermetic DNS for tests: every name ending in ".test" is 127.0.0.1 (after
 * 600 ms for names starting with "slow-dns."); everything else does not
 * exist.  Install it with g_resolver_set_default(). */
#define SC_TYPE_TEST_RESOLVER (sc_test_resolver_get_type ())
G_DECLARE_FINAL_TYPE (ScTestResolver, sc_test_resolver, SC, TEST_RESOLVER, GResolver)

GResolver *sc_test_resolver_new (void);

G_END_DECLS
