/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sc-result-private.h"

G_DEFINE_FINAL_TYPE (ScHop, sc_hop, G_TYPE_OBJECT)

static void
sc_hop_finalize (GObject *object)
{
  ScHop *self = (ScHop *) object;

  g_free (self->url);
  g_free (self->method);
  g_free (self->reason);
  g_free (self->location);
  g_free (self->remote_address);
  g_free (self->proxy);
  g_clear_object (&self->tls);
  g_clear_pointer (&self->headers, g_ptr_array_unref);

  G_OBJECT_CLASS (sc_hop_parent_class)->finalize (object);
}

static void
sc_hop_class_init (ScHopClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sc_hop_finalize;
}

static void
sc_hop_init (ScHop *self)
{
  self->headers = g_ptr_array_new_with_free_func (g_free);
  self->timing = (ScTiming) { -1, -1, -1, -1, -1, FALSE };
}

ScHop *
sc_hop_new (const char *url,
            const char *method)
{
  ScHop *self = g_object_new (SC_TYPE_HOP, NULL);

  self->url = g_strdup (url);
  self->method = g_strdup (method);
  return self;
}

/* Headers are kept as name, value, name, value … already sanitized. */
void
sc_hop_add_header (ScHop      *self,
                   const char *name,
                   const char *value)
{
  g_ptr_array_add (self->headers, g_strdup (name));
  g_ptr_array_add (self->headers, g_strdup (value));
}

const char *
sc_hop_get_url (ScHop *self)
{
  g_return_val_if_fail (SC_IS_HOP (self), NULL);
  return self->url;
}

const char *
sc_hop_get_method (ScHop *self)
{
  g_return_val_if_fail (SC_IS_HOP (self), NULL);
  return self->method;
}

guint
sc_hop_get_status (ScHop *self)
{
  g_return_val_if_fail (SC_IS_HOP (self), 0);
  return self->status;
}

const char *
sc_hop_get_reason (ScHop *self)
{
  g_return_val_if_fail (SC_IS_HOP (self), NULL);
  return self->reason;
}

const char *
sc_hop_get_location (ScHop *self)
{
  g_return_val_if_fail (SC_IS_HOP (self), NULL);
  return self->location;
}

gboolean
sc_hop_get_redirected (ScHop *self)
{
  g_return_val_if_fail (SC_IS_HOP (self), FALSE);
  return self->redirected;
}

const char *
sc_hop_get_http_version (ScHop *self)
{
  g_return_val_if_fail (SC_IS_HOP (self), NULL);
  return self->http_version;
}

/* The checking side's own proxy ("address:port") when the answer came
 * through one, else NULL. */
const char *
sc_hop_get_proxy (ScHop *self)
{
  g_return_val_if_fail (SC_IS_HOP (self), NULL);
  return self->proxy;
}

const char *
sc_hop_get_remote_address (ScHop *self)
{
  g_return_val_if_fail (SC_IS_HOP (self), NULL);
  return self->remote_address;
}

const char *
sc_hop_get_ip_family (ScHop *self)
{
  g_return_val_if_fail (SC_IS_HOP (self), NULL);
  return self->ip_family;
}

const char *
sc_hop_get_server (ScHop *self)
{
  g_return_val_if_fail (SC_IS_HOP (self), NULL);
  return sc_hop_lookup_header (self, "Server");
}

guint
sc_hop_get_head_status (ScHop *self)
{
  g_return_val_if_fail (SC_IS_HOP (self), 0);
  return self->head_status;
}

const ScTiming *
sc_hop_get_timing (ScHop *self)
{
  g_return_val_if_fail (SC_IS_HOP (self), NULL);
  return &self->timing;
}

ScTlsInfo *
sc_hop_get_tls (ScHop *self)
{
  g_return_val_if_fail (SC_IS_HOP (self), NULL);
  return self->tls;
}

guint
sc_hop_get_n_headers (ScHop *self)
{
  g_return_val_if_fail (SC_IS_HOP (self), 0);
  return self->headers->len / 2;
}

const char *
sc_hop_get_header_name (ScHop *self,
                        guint  index)
{
  g_return_val_if_fail (SC_IS_HOP (self), NULL);
  g_return_val_if_fail (index * 2 < self->headers->len, NULL);
  return g_ptr_array_index (self->headers, index * 2);
}

const char *
sc_hop_get_header_value (ScHop *self,
                         guint  index)
{
  g_return_val_if_fail (SC_IS_HOP (self), NULL);
  g_return_val_if_fail (index * 2 < self->headers->len, NULL);
  return g_ptr_array_index (self->headers, index * 2 + 1);
}

/* First value of a header, case-insensitively; NULL when absent. */
const char *
sc_hop_lookup_header (ScHop      *self,
                      const char *name)
{
  g_return_val_if_fail (SC_IS_HOP (self), NULL);

  for (guint i = 0; i + 1 < self->headers->len; i += 2)
    if (g_ascii_strcasecmp (g_ptr_array_index (self->headers, i), name) == 0)
      return g_ptr_array_index (self->headers, i + 1);
  return NULL;
}
