/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "sc-tls-info.h"

G_BEGIN_DECLS

/* One request and its answer in a chain of redirects.  Durations are in
 * microseconds; -1 means the phase did not happen or is unknown (a reused
 * connection has no DNS, connect or TLS phase). */
typedef struct {
  gint64   dns_us;
  gint64   connect_us;
  gint64   tls_us;
  gint64   first_byte_us;
  gint64   total_us;
  gboolean reused_connection;
} ScTiming;

#define SC_TYPE_HOP (sc_hop_get_type ())
G_DECLARE_FINAL_TYPE (ScHop, sc_hop, SC, HOP, GObject)

const char         *sc_hop_get_url            (ScHop *self);
const char         *sc_hop_get_method         (ScHop *self);
guint               sc_hop_get_status         (ScHop *self);
const char         *sc_hop_get_reason         (ScHop *self);
const char         *sc_hop_get_location       (ScHop *self);
gboolean            sc_hop_get_redirected     (ScHop *self);
const char         *sc_hop_get_http_version   (ScHop *self);
const char         *sc_hop_get_remote_address (ScHop *self);
const char         *sc_hop_get_ip_family      (ScHop *self);
const char         *sc_hop_get_proxy          (ScHop *self);
const char         *sc_hop_get_server         (ScHop *self);
guint               sc_hop_get_head_status    (ScHop *self);
const ScTiming     *sc_hop_get_timing         (ScHop *self);
ScTlsInfo          *sc_hop_get_tls            (ScHop *self);
guint               sc_hop_get_n_headers      (ScHop *self);
const char         *sc_hop_get_header_name    (ScHop *self,
                                               guint  index);
const char         *sc_hop_get_header_value   (ScHop *self,
                                               guint  index);
const char         *sc_hop_lookup_header      (ScHop      *self,
                                               const char *name);

G_END_DECLS
