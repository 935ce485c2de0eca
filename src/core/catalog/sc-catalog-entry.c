/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sc-catalog.h"
#include "sc-catalog-entry-private.h"
#include "sc-data-json-private.h"

struct _ScCatalogEntry
{
  GObject        parent_instance;

  char          *id;
  guint          code;
  char          *title;
  ScStatusClass  class_;
  char          *explanation;
  GStrv          suggestions;
  GStrv          producers;
  char          *vendor;
  gboolean       registered;
};

G_DEFINE_FINAL_TYPE (ScCatalogEntry, sc_catalog_entry, G_TYPE_OBJECT)

static void
sc_catalog_entry_finalize (GObject *object)
{
  ScCatalogEntry *self = (ScCatalogEntry *) object;

  g_free (self->id);
  g_free (self->title);
  g_free (self->explanation);
  g_strfreev (self->suggestions);
  g_strfreev (self->producers);
  g_free (self->vendor);

  G_OBJECT_CLASS (sc_catalog_entry_parent_class)->finalize (object);
}

static void
sc_catalog_entry_class_init (ScCatalogEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sc_catalog_entry_finalize;
}

static void
sc_catalog_entry_init (ScCatalogEntry *self)
{
}

static gboolean
fail (GError    **error,
      guint       index,
      const char *id,
      const char *problem)
{
  g_set_error (error, SC_CATALOG_ERROR, SC_CATALOG_ERROR_INVALID,
               "catalog entry %u (%s): %s", index, id != NULL ? id : "no id", problem);
  return FALSE;
}

static gboolean
producers_are_known (const char * const *producers)
{
  ScRole role;

  for (guint i = 0; producers[i] != NULL; i++)
    if (!sc_role_from_string (producers[i], &role))
      return FALSE;
  return TRUE;
}

static gboolean
needs_two_suggestions (ScStatusClass class_)
{
  return class_ != SC_STATUS_CLASS_INFORMATIONAL && class_ != SC_STATUS_CLASS_SUCCESS;
}

ScCatalogEntry *
sc_catalog_entry_new_from_json (JsonObject  *object,
                                guint        index,
                                GError     **error)
{
  g_autoptr(ScCatalogEntry) self = g_object_new (SC_TYPE_CATALOG_ENTRY, NULL);
  JsonNode *node;
  const char *class_name;
  gint64 code;
  gboolean ok;

  self->id = g_strdup (sc_data_string_member (object, "id"));
  if (self->id == NULL || self->id[0] == '\0')
    return fail (error, index, NULL, "missing \"id\""), NULL;

  node = sc_data_value_member (object, "code");
  code = node != NULL ? json_node_get_int (node) : 0;
  if (code < 0 || code > 999)
    return fail (error, index, self->id, "\"code\" is outside 0–999"), NULL;
  self->code = (guint) code;

  class_name = sc_data_string_member (object, "class");
  if (!sc_status_class_from_string (class_name, &self->class_))
    return fail (error, index, self->id, "missing or unknown \"class\""), NULL;

  self->title = sc_data_translated_string (object, "title");
  self->explanation = sc_data_translated_string (object, "explanation");
  if (self->title == NULL || self->explanation == NULL)
    return fail (error, index, self->id, "missing \"title\" or \"explanation\""), NULL;

  self->suggestions = sc_data_string_array (object, "suggestions", TRUE, &ok);
  if (!ok)
    return fail (error, index, self->id, "\"suggestions\" must be an array of non-empty strings"), NULL;
  if (needs_two_suggestions (self->class_) && g_strv_length (self->suggestions) < 2)
    return fail (error, index, self->id, "needs at least two suggestions"), NULL;

  self->producers = sc_data_string_array (object, "producers", FALSE, &ok);
  if (!ok || self->producers[0] == NULL || !producers_are_known ((const char * const *) self->producers))
    return fail (error, index, self->id, "\"producers\" must list known producers"), NULL;

  self->vendor = g_strdup (sc_data_string_member (object, "vendor"));
  node = sc_data_value_member (object, "registered");
  self->registered = node != NULL && json_node_get_boolean (node);

  return g_steal_pointer (&self);
}

const char *
sc_catalog_entry_get_id (ScCatalogEntry *self)
{
  g_return_val_if_fail (SC_IS_CATALOG_ENTRY (self), NULL);
  return self->id;
}

guint
sc_catalog_entry_get_code (ScCatalogEntry *self)
{
  g_return_val_if_fail (SC_IS_CATALOG_ENTRY (self), 0);
  return self->code;
}

const char *
sc_catalog_entry_get_title (ScCatalogEntry *self)
{
  g_return_val_if_fail (SC_IS_CATALOG_ENTRY (self), NULL);
  return self->title;
}

ScStatusClass
sc_catalog_entry_get_class (ScCatalogEntry *self)
{
  g_return_val_if_fail (SC_IS_CATALOG_ENTRY (self), SC_STATUS_CLASS_FAILURE);
  return self->class_;
}

const char *
sc_catalog_entry_get_explanation (ScCatalogEntry *self)
{
  g_return_val_if_fail (SC_IS_CATALOG_ENTRY (self), NULL);
  return self->explanation;
}

const char * const *
sc_catalog_entry_get_suggestions (ScCatalogEntry *self)
{
  g_return_val_if_fail (SC_IS_CATALOG_ENTRY (self), NULL);
  return (const char * const *) self->suggestions;
}

const char * const *
sc_catalog_entry_get_producers (ScCatalogEntry *self)
{
  g_return_val_if_fail (SC_IS_CATALOG_ENTRY (self), NULL);
  return (const char * const *) self->producers;
}

const char *
sc_catalog_entry_get_vendor (ScCatalogEntry *self)
{
  g_return_val_if_fail (SC_IS_CATALOG_ENTRY (self), NULL);
  return self->vendor;
}

gboolean
sc_catalog_entry_get_registered (ScCatalogEntry *self)
{
  g_return_val_if_fail (SC_IS_CATALOG_ENTRY (self), FALSE);
  return self->registered;
}

/* What a producer id means, for people. */
const char *
sc_producer_describe (const char *producer)
{
  static const struct { const char *id; const char *label; } labels[] = {
    { "origin", N_("the web server") },
    { "application", N_("the site’s application (for example WordPress or PHP)") },
    { "proxy", N_("a reverse proxy or load balancer") },
    { "cdn", N_("a CDN") },
    { "firewall", N_("a firewall or security plugin") },
    { "network", N_("the network between you and the site (DNS, routing, your connection)") },
    { "client", N_("this computer, or the address as it was typed") },
    { "hosting", N_("the host or registrar (a parking, suspension or default page)") },
    { "local-proxy", N_("a proxy on your own side, between you and the site") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_strcmp0 (producer, labels[i].id) == 0)
      return _(labels[i].label);
  return producer;
}
