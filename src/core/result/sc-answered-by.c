/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sc-answered-by.h"
#include "sc-text.h"

/* Who produced the final answer, read from what was seen on the wire: the
 * role (the site's web server, its application, a proxy, a CDN, …), the
 * product when it is known, the observations that led there, and the
 * intermediaries the answer passed through on its way (a cache or a CDN
 * that relayed the site's own page). */
struct _ScAnsweredBy
{
  GObject    parent_instance;

  ScRole     role;
  char      *software;
  GPtrArray *evidence;   /* NULL-terminated, for the getter */
  GPtrArray *through;
};

/* Enough to say why, not a copy of the headers. */
#define MAX_EVIDENCE 12
#define MAX_EVIDENCE_CHARS 200

G_DEFINE_FINAL_TYPE (ScAnsweredBy, sc_answered_by, G_TYPE_OBJECT)

static void
sc_answered_by_finalize (GObject *object)
{
  ScAnsweredBy *self = (ScAnsweredBy *) object;

  g_free (self->software);
  g_ptr_array_unref (self->evidence);
  g_ptr_array_unref (self->through);

  G_OBJECT_CLASS (sc_answered_by_parent_class)->finalize (object);
}

static void
sc_answered_by_class_init (ScAnsweredByClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sc_answered_by_finalize;
}

static GPtrArray *
new_strv_array (void)
{
  GPtrArray *array = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (array, NULL);
  return array;
}

static void
sc_answered_by_init (ScAnsweredBy *self)
{
  self->evidence = new_strv_array ();
  self->through = new_strv_array ();
}

/* Appends @text before the terminating NULL unless it is there already. */
static void
strv_array_add_unique (GPtrArray  *array,
                       char       *text,
                       guint       max)
{
  if (array->len > max || g_strv_contains ((const char * const *) array->pdata, text))
    {
      g_free (text);
      return;
    }
  g_ptr_array_insert (array, array->len - 1, text);
}

ScAnsweredBy *
sc_answered_by_new (ScRole      role,
                    const char *software)
{
  ScAnsweredBy *self;

  g_return_val_if_fail (role <= SC_ROLE_CLIENT, NULL);

  self = g_object_new (SC_TYPE_ANSWERED_BY, NULL);
  self->role = role;
  self->software = software != NULL ? sc_text_sanitize (software, -1, 60) : NULL;
  return self;
}

ScRole
sc_answered_by_get_role (ScAnsweredBy *self)
{
  g_return_val_if_fail (SC_IS_ANSWERED_BY (self), SC_ROLE_ORIGIN);
  return self->role;
}

/* The product as people name it ("nginx", "WordPress"), or NULL. */
const char *
sc_answered_by_get_software (ScAnsweredBy *self)
{
  g_return_val_if_fail (SC_IS_ANSWERED_BY (self), NULL);
  return self->software;
}

const char * const *
sc_answered_by_get_evidence (ScAnsweredBy *self)
{
  g_return_val_if_fail (SC_IS_ANSWERED_BY (self), NULL);
  return (const char * const *) self->evidence->pdata;
}

/* Proxies, caches and CDNs that relayed the answer, nearest the site first. */
const char * const *
sc_answered_by_get_through (ScAnsweredBy *self)
{
  g_return_val_if_fail (SC_IS_ANSWERED_BY (self), NULL);
  return (const char * const *) self->through->pdata;
}

/* @observation may hold server text: it is cleaned and shortened here. */
void
sc_answered_by_add_evidence (ScAnsweredBy *self,
                             const char   *observation)
{
  g_return_if_fail (SC_IS_ANSWERED_BY (self));
  g_return_if_fail (observation != NULL);

  strv_array_add_unique (self->evidence,
                         sc_text_sanitize (observation, -1, MAX_EVIDENCE_CHARS),
                         MAX_EVIDENCE);
}

void
sc_answered_by_add_through (ScAnsweredBy *self,
                            const char   *software)
{
  g_return_if_fail (SC_IS_ANSWERED_BY (self));
  g_return_if_fail (software != NULL);

  if (g_strcmp0 (software, self->software) == 0)
    return;
  strv_array_add_unique (self->through, sc_text_sanitize (software, -1, 60), MAX_EVIDENCE);
}

/* One sentence for people: "nginx, as a proxy or cache in front of the
 * site", or the role alone when the product is unknown. */
char *
sc_answered_by_describe (ScAnsweredBy *self)
{
  g_return_val_if_fail (SC_IS_ANSWERED_BY (self), NULL);

  if (self->software == NULL)
    return g_strdup (sc_role_describe (self->role));
  /* Translators: "nginx, the site’s web server"; the second part is a role
   * such as "a proxy or cache in front of the site". */
  return g_strdup_printf (_("%s, %s"), self->software, sc_role_describe (self->role));
}
