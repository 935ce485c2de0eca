/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sc-finding.h"

/* Something the diagnosis noticed beyond the status code itself. */
struct _ScFinding
{
  GObject     parent_instance;

  char       *id;
  ScSeverity  severity;
  char       *message;
  GStrv       suggestions;
};

G_DEFINE_FINAL_TYPE (ScFinding, sc_finding, G_TYPE_OBJECT)

static void
sc_finding_finalize (GObject *object)
{
  ScFinding *self = (ScFinding *) object;

  g_free (self->id);
  g_free (self->message);
  g_strfreev (self->suggestions);

  G_OBJECT_CLASS (sc_finding_parent_class)->finalize (object);
}

static void
sc_finding_class_init (ScFindingClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sc_finding_finalize;
}

static void
sc_finding_init (ScFinding *self)
{
}

ScFinding *
sc_finding_new (const char         *id,
                ScSeverity          severity,
                const char         *message,
                const char * const *suggestions)
{
  ScFinding *self;
  const char * const none[] = { NULL };

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (message != NULL, NULL);

  self = g_object_new (SC_TYPE_FINDING, NULL);
  self->id = g_strdup (id);
  self->severity = severity;
  self->message = g_strdup (message);
  self->suggestions = g_strdupv ((char **) (suggestions != NULL ? suggestions : none));
  return self;
}

const char *
sc_finding_get_id (ScFinding *self)
{
  g_return_val_if_fail (SC_IS_FINDING (self), NULL);
  return self->id;
}

ScSeverity
sc_finding_get_severity (ScFinding *self)
{
  g_return_val_if_fail (SC_IS_FINDING (self), SC_SEVERITY_INFO);
  return self->severity;
}

const char *
sc_finding_get_message (ScFinding *self)
{
  g_return_val_if_fail (SC_IS_FINDING (self), NULL);
  return self->message;
}

const char * const *
sc_finding_get_suggestions (ScFinding *self)
{
  g_return_val_if_fail (SC_IS_FINDING (self), NULL);
  return (const char * const *) self->suggestions;
}
