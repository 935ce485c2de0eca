/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* One code path per feature whatever the GTK version: GtkFileDialog and
 * GtkUriLauncher from 4.10 on, GtkFileChooserNative and gtk_show_uri() on
 * Debian 12's 4.8.  Both go through the portals inside a Flatpak. */

void   sc_choose_file_async  (GtkWindow           *parent,
                              const char          *title,
                              gboolean             save,
                              const char          *initial_name,
                              GListModel          *filters,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data);
GFile *sc_choose_file_finish (GAsyncResult        *result,
                              GtkFileFilter      **out_filter,
                              GError             **error);
void   sc_open_uri           (GtkWindow           *parent,
                              const char          *uri);

void   sc_choose_renderer    (void);

void   sc_window_detach_surface (GtkWindow   *window);
void   sc_compat_detach_window_surfaces (void);

G_END_DECLS
