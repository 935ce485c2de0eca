/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "sc-change.h"
#include "sc-check-result.h"

G_BEGIN_DECLS

#define SC_TYPE_SITE (sc_site_get_type ())
G_DECLARE_FINAL_TYPE (ScSite, sc_site, SC, SITE, GObject)

ScSite        *sc_site_new           (const char    *input);
const char    *sc_site_get_input     (ScSite        *self);
const char    *sc_site_get_key       (ScSite        *self);
ScCheckResult *sc_site_get_result    (ScSite        *self);
void           sc_site_set_result    (ScSite        *self,
                                      ScCheckResult *result);
ScChange      *sc_site_get_change    (ScSite        *self);
void           sc_site_set_change    (ScSite        *self,
                                      ScChange      *change);
gboolean       sc_site_has_changed   (ScSite        *self);
gboolean       sc_site_get_checking  (ScSite        *self);
void           sc_site_set_checking  (ScSite        *self,
                                      gboolean       checking);
char          *sc_site_dup_display_name (ScSite     *self);
char          *sc_site_describe      (ScSite        *self);
gboolean       sc_site_is_problem    (ScSite        *self);
const char    *sc_site_get_name      (ScSite        *self);
const char * const *sc_site_get_groups (ScSite       *self);
void           sc_site_set_label     (ScSite        *self,
                                      const char    *name,
                                      const char * const *groups);
gboolean       sc_site_is_stale      (ScSite        *self,
                                      GDateTime     *now);
char          *sc_site_describe_age  (ScSite        *self,
                                      GDateTime     *now,
                                      gboolean      *out_stale);
gboolean       sc_site_matches       (ScSite        *self,
                                      const char    *text);
gboolean       sc_site_follow        (ScSite       **slot,
                                      gulong        *handler_id,
                                      ScSite        *site,
                                      GCallback      on_notify,
                                      gpointer       user_data);

G_END_DECLS
