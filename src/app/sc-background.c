/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-background.h"

/* Keeps the application running without a window, for watching: holds
 * the GApplication and asks the desktop's Background portal
 * (org.freedesktop.portal.Background), asynchronously, whether it may.
 * Where there is no portal to ask (a session without xdg-desktop-portal,
 * the tests), the app runs on, as Geary and Polari do when the user chose
 * to keep them running: here the user chose it by turning watching on.
 * Only a "no" from the user or the portal stops it.  The first time in a
 * run, a notification says so and offers "Stop Watching". */

#define PORTAL_BUS_NAME  "org.freedesktop.portal.Desktop"
#define PORTAL_PATH      "/org/freedesktop/portal/desktop"

struct _ScBackground
{
  GObject             parent_instance;

  GApplication       *application;   /* weak: it owns this object */
  gboolean            active;
  ScBackgroundAnswer  answer;
  gboolean            told;          /* the notification was sent once */
  GCancellable       *cancellable;   /* the portal request in flight */
  GDBusConnection    *bus;           /* where it was made */
  guint               response_id;   /* its Response subscription there */
  char               *request_path;
};

enum { PROP_0, PROP_ACTIVE, N_PROPS };
static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (ScBackground, sc_background, G_TYPE_OBJECT)

/* On the connection the request was made on: by the time this object
 * goes, the application has ended and has no connection to ask for. */
static void
forget_request (ScBackground *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->response_id != 0)
    g_dbus_connection_signal_unsubscribe (self->bus, self->response_id);
  self->response_id = 0;
  g_clear_object (&self->bus);
  g_clear_pointer (&self->request_path, g_free);
}

static void
set_answer (ScBackground       *self,
            ScBackgroundAnswer  answer)
{
  self->answer = answer;
  if (answer == SC_BACKGROUND_DENIED)
    {
      g_message ("Watching in the background was not allowed; Statuscope stops with its window");
      sc_background_stop (self);
    }
}

static void
on_response (GDBusConnection *bus,
             const char      *sender,
             const char      *path,
             const char      *interface,
             const char      *signal,
             GVariant        *parameters,
             gpointer         user_data)
{
  ScBackground *self = user_data;
  guint32 response = 2;
  g_autoptr(GVariant) results = NULL;
  gboolean allowed = FALSE;

  g_variant_get (parameters, "(u@a{sv})", &response, &results);
  g_variant_lookup (results, "background", "b", &allowed);
  forget_request (self);
  /* 0 is an answer, 1 the user dismissing the question: both are the
   * user's word.  2 (the portal could not ask) leaves the choice made. */
  if (response == 0 && allowed)
    set_answer (self, SC_BACKGROUND_ALLOWED);
  else if (response <= 1)
    set_answer (self, SC_BACKGROUND_DENIED);
  else
    set_answer (self, SC_BACKGROUND_NO_PORTAL);
}

static void
subscribe (ScBackground    *self,
           GDBusConnection *bus,
           const char      *path)
{
  if (self->response_id != 0)
    g_dbus_connection_signal_unsubscribe (self->bus, self->response_id);
  g_set_object (&self->bus, bus);
  g_free (self->request_path);
  self->request_path = g_strdup (path);
  self->response_id = g_dbus_connection_signal_subscribe (bus, PORTAL_BUS_NAME, "org.freedesktop.portal.Request",
                                                          "Response", path, NULL, G_DBUS_SIGNAL_FLAGS_NONE,
                                                          on_response, self, NULL);
}

static void
on_requested (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(ScBackground) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &error);
  const char *handle = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (reply == NULL)
    {
      g_debug ("No Background portal (%s): watching goes on without a window", error->message);
      forget_request (self);
      set_answer (self, SC_BACKGROUND_NO_PORTAL);
      return;
    }
  if (self->request_path == NULL)   /* answered or stopped already */
    return;
  /* Portals before version 0.9 chose the path themselves. */
  g_variant_get (reply, "(&o)", &handle);
  if (g_strcmp0 (handle, self->request_path) != 0)
    subscribe (self, G_DBUS_CONNECTION (source), handle);
}

/* The Request object's path is known before the call, so the Response
 * cannot come before the subscription. */
static void
ask_portal (ScBackground *self,
            const char   *reason)
{
  GDBusConnection *bus = g_application_get_dbus_connection (self->application);
  g_autofree char *sender = NULL;
  g_autofree char *token = g_strdup_printf ("statuscope%u", g_random_int ());
  g_autofree char *path = NULL;
  GVariantBuilder options;

  if (bus == NULL)
    {
      set_answer (self, SC_BACKGROUND_NO_PORTAL);
      return;
    }
  sender = g_strdup (g_dbus_connection_get_unique_name (bus) + 1);
  g_strdelimit (sender, ".", '_');
  path = g_strdup_printf (PORTAL_PATH "/request/%s/%s", sender, token);
  subscribe (self, bus, path);
  self->cancellable = g_cancellable_new ();
  g_variant_builder_init (&options, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&options, "{sv}", "handle_token", g_variant_new_string (token));
  g_variant_builder_add (&options, "{sv}", "reason", g_variant_new_string (reason));
  g_variant_builder_add (&options, "{sv}", "autostart", g_variant_new_boolean (FALSE));
  /* Not started for this: in a desktop session the portal already runs
   * (GTK talks to it), and elsewhere starting one could take 25 s to fail. */
  g_dbus_connection_call (bus, PORTAL_BUS_NAME, PORTAL_PATH, "org.freedesktop.portal.Background",
                          "RequestBackground", g_variant_new ("(sa{sv})", "", &options), G_VARIANT_TYPE ("(o)"),
                          G_DBUS_CALL_FLAGS_NO_AUTO_START, -1, self->cancellable, on_requested,
                          g_object_ref (self));
}

static void
tell_user (ScBackground *self)
{
  g_autoptr(GNotification) notification = g_notification_new (_("Statuscope keeps watching in the background"));

  if (self->told || !g_application_get_is_registered (self->application))
    return;
  self->told = TRUE;
  g_notification_set_body (notification, _("Your sites are still checked on schedule, and you will be notified "
                                            "when one breaks or works again."));
  /* With no default action, clicking it activates the application,
   * which shows the window again. */
  g_notification_add_button (notification, _("Stop Watching"), "app.stop-watching");
  g_application_send_notification (self->application, "background", notification);
}

/* Holds the application with no window, asking the portal with @reason. */
void
sc_background_start (ScBackground *self,
                     const char   *reason)
{
  g_return_if_fail (SC_IS_BACKGROUND (self));
  g_return_if_fail (reason != NULL);

  if (self->active)
    return;
  self->active = TRUE;
  self->answer = SC_BACKGROUND_ASKING;
  g_application_hold (self->application);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
  tell_user (self);
  ask_portal (self, reason);
}

/* Lets the application end once it has no window. */
void
sc_background_stop (ScBackground *self)
{
  g_return_if_fail (SC_IS_BACKGROUND (self));

  if (!self->active)
    return;
  forget_request (self);
  self->active = FALSE;
  g_application_withdraw_notification (self->application, "background");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
  /* Last: this may end the application. */
  g_application_release (self->application);
}

gboolean
sc_background_get_active (ScBackground *self)
{
  g_return_val_if_fail (SC_IS_BACKGROUND (self), FALSE);
  return self->active;
}

ScBackgroundAnswer
sc_background_get_answer (ScBackground *self)
{
  g_return_val_if_fail (SC_IS_BACKGROUND (self), SC_BACKGROUND_ASKING);
  return self->answer;
}

static void
sc_background_dispose (GObject *object)
{
  ScBackground *self = (ScBackground *) object;

  forget_request (self);
  g_clear_weak_pointer (&self->application);
  G_OBJECT_CLASS (sc_background_parent_class)->dispose (object);
}

static void
sc_background_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  ScBackground *self = SC_BACKGROUND (object);

  switch (prop_id)
    {
    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_background_class_init (ScBackgroundClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sc_background_dispose;
  object_class->get_property = sc_background_get_property;
  /* Whether the application is being kept running without a window. */
  properties[PROP_ACTIVE] = g_param_spec_boolean ("active", NULL, NULL, FALSE,
                                                  G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sc_background_init (ScBackground *self)
{
}

ScBackground *
sc_background_new (GApplication *application)
{
  ScBackground *self;

  g_return_val_if_fail (G_IS_APPLICATION (application), NULL);

  self = g_object_new (SC_TYPE_BACKGROUND, NULL);
  g_set_weak_pointer (&self->application, application);
  return self;
}
