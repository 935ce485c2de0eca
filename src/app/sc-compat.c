/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-compat.h"

#if GTK_CHECK_VERSION (4, 10, 0)

static void
on_dialog_done (GObject      *source,
                GAsyncResult *res,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  GFile *file = g_task_get_task_data (task) != NULL
                ? gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), res, &error)
                : gtk_file_dialog_open_finish (GTK_FILE_DIALOG (source), res, &error);

  if (file == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, file, g_object_unref);
}

void
sc_choose_file_async (GtkWindow           *parent,
                      const char          *title,
                      gboolean             save,
                      const char          *initial_name,
                      GListModel          *filters,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  GTask *task = g_task_new (parent, cancellable, callback, user_data);

  g_task_set_task_data (task, save ? GINT_TO_POINTER (1) : NULL, NULL);
  gtk_file_dialog_set_title (dialog, title);
  gtk_file_dialog_set_filters (dialog, filters);
  if (initial_name != NULL)
    gtk_file_dialog_set_initial_name (dialog, initial_name);
  if (save)
    gtk_file_dialog_save (dialog, parent, cancellable, on_dialog_done, task);
  else
    gtk_file_dialog_open (dialog, parent, cancellable, on_dialog_done, task);
}

void
sc_open_uri (GtkWindow  *parent,
             const char *uri)
{
  g_autoptr(GtkUriLauncher) launcher = gtk_uri_launcher_new (uri);

  gtk_uri_launcher_launch (launcher, parent, NULL, NULL, NULL);
}

#else

static void
on_native_response (GtkNativeDialog *native,
                    int              response,
                    gpointer         user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      GtkFileFilter *chosen = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (native));

      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      if (chosen != NULL)
        g_task_set_task_data (task, g_object_ref (chosen), g_object_unref);
    }
  if (file != NULL)
    g_task_return_pointer (task, g_steal_pointer (&file), g_object_unref);
  else
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "No file was chosen");
  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

void
sc_choose_file_async (GtkWindow           *parent,
                      const char          *title,
                      gboolean             save,
                      const char          *initial_name,
                      GListModel          *filters,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  GtkFileChooserNative *native =
    gtk_file_chooser_native_new (title, parent,
                                 save ? GTK_FILE_CHOOSER_ACTION_SAVE : GTK_FILE_CHOOSER_ACTION_OPEN,
                                 save ? _("_Save") : _("_Open"), _("_Cancel"));
  GTask *task = g_task_new (parent, cancellable, callback, user_data);

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  for (guint i = 0; filters != NULL && i < g_list_model_get_n_items (filters); i++)
    {
      g_autoptr(GtkFileFilter) filter = g_list_model_get_item (filters, i);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
    }
  if (save && initial_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), initial_name);
  g_signal_connect (native, "response", G_CALLBACK (on_native_response), task);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

void
sc_open_uri (GtkWindow  *parent,
             const char *uri)
{
  gtk_show_uri (parent, uri, GDK_CURRENT_TIME);
}

#endif

/* @out_filter: the filter the user chose, where the dialog tells (GTK 4.8's
 * file chooser does; 4.10's GtkFileDialog does not), else NULL. */
GFile *
sc_choose_file_finish (GAsyncResult   *result,
                       GtkFileFilter **out_filter,
                       GError        **error)
{
  gpointer data = g_task_get_task_data (G_TASK (result));

  if (out_filter != NULL)
    *out_filter = GTK_IS_FILE_FILTER (data) ? g_object_ref (data) : NULL;
  return g_task_propagate_pointer (G_TASK (result), error);
}

static gboolean
has_render_node (void)
{
  g_autoptr(GDir) dir = g_dir_open ("/dev/dri", 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "renderD"))
      return TRUE;
  return FALSE;
}

/* GTK 4.8 to 4.12 draw with OpenGL even on a machine without a GPU, where
 * Mesa runs it on the CPU (llvmpipe).  Measured on such a machine (2 cores,
 * bench/RESULTS.md): compiling GTK's shaders takes a third of a second
 * before the first frame, llvmpipe holds 70 MB, and every frame takes CPU
 * from the checks.  Cairo draws this window the same, pixel for pixel but
 * for a few glyph positions, in 300 ms instead of 530.  Without a DRM
 * render node there is no GPU, so cairo is chosen then, unless
 * GSK_RENDERER says otherwise; a browser opened from here inherits the
 * choice, which suits a machine without a GPU too.  GTK 4.14 and later
 * choose their renderer differently and are left alone.  Called before GTK
 * starts, while the process has a single thread. */
void
sc_choose_renderer (void)
{
  if (gtk_get_minor_version () >= 14 || g_getenv ("GSK_RENDERER") != NULL)
    return;
  if (!has_render_node ())
    g_setenv ("GSK_RENDERER", "cairo", FALSE);
}

/* Stands in for the window, which is gone: a size computation asked of a
 * destroyed surface changes nothing. */
static void
keep_size (GdkToplevel     *toplevel,
           GdkToplevelSize *size,
           gpointer         user_data)
{
  GdkSurface *surface = GDK_SURFACE (toplevel);

  gdk_toplevel_size_set_size (size, gdk_surface_get_width (surface), gdk_surface_get_height (surface));
}

/* Run for every window as it is unrealized, before GTK's own unrealize (see
 * sc_compat_detach_window_surfaces()).  GTK 4.8's
 * gtk_window_unrealize() disconnects its handlers from the window's
 * GdkSurface but one: "compute-size", whose data is the window.  On X11,
 * an event for the window (hiding it, for one) makes GDK compute its size
 * from an idle, which destroying the surface does not cancel, and GDK
 * keeps the destroyed surface alive: the idle then hands GTK's handler a
 * window already freed ("invalid unclassed pointer in cast to
 * 'GtkWindow'", then a crash).  Its job is done once the window goes. */
void
sc_window_detach_surface (GtkWindow *window)
{
  GdkSurface *surface;

  g_return_if_fail (GTK_IS_WINDOW (window));

  surface = gtk_native_get_surface (GTK_NATIVE (window));
  if (surface == NULL || !GDK_IS_TOPLEVEL (surface))
    return;
  if (g_signal_handlers_disconnect_matched (surface, G_SIGNAL_MATCH_ID | G_SIGNAL_MATCH_DATA,
                                            g_signal_lookup ("compute-size", GDK_TYPE_TOPLEVEL), 0,
                                            NULL, NULL, window) > 0)
    g_signal_connect (surface, "compute-size", G_CALLBACK (keep_size), NULL);
}

static gboolean
on_unrealize (GSignalInvocationHint *hint,
              guint                  n_params,
              const GValue          *params,
              gpointer               user_data)
{
  GObject *object = g_value_get_object (&params[0]);

  if (GTK_IS_WINDOW (object))
    sc_window_detach_surface (GTK_WINDOW (object));
  return TRUE;
}

/* Every window goes through sc_window_detach_surface() as it is
 * unrealized: ours, but also GTK's and libadwaita's dialogs and the About
 * window, which may go with a size computation pending too.  An emission
 * hook runs before the class handler of a RUN_LAST signal such as
 * "unrealize", so it comes before gtk_window_unrealize().  Once per
 * process. */
void
sc_compat_detach_window_surfaces (void)
{
  static gsize installed = 0;

  if (g_once_init_enter (&installed))
    {
      g_signal_add_emission_hook (g_signal_lookup ("unrealize", GTK_TYPE_WIDGET), 0,
                                  on_unrealize, NULL, NULL);
      g_once_init_leave (&installed, 1);
    }
}
