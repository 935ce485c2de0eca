/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sc-checker.h"
#include "sc-site.h"

G_BEGIN_DECLS

#define SC_TYPE_CHECK_QUEUE (sc_check_queue_get_type ())
G_DECLARE_FINAL_TYPE (ScCheckQueue, sc_check_queue, SC, CHECK_QUEUE, GObject)

ScCheckQueue *sc_check_queue_new         (GSettings    *settings);
void          sc_check_queue_add         (ScCheckQueue *self,
                                          ScSite       *site);
void          sc_check_queue_add_sites   (ScCheckQueue *self,
                                          ScSite      **sites,
                                          guint         n_sites);
void          sc_check_queue_cancel      (ScCheckQueue *self);
gboolean      sc_check_queue_get_busy    (ScCheckQueue *self);
guint         sc_check_queue_get_n_total (ScCheckQueue *self);
guint         sc_check_queue_get_n_done  (ScCheckQueue *self);
ScChecker    *sc_check_queue_get_checker (ScCheckQueue *self);

G_END_DECLS
