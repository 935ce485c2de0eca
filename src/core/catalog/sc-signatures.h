/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sc-enums.h"

G_BEGIN_DECLS

/* The signatures of data/signatures/, loaded and checked (format in
 * data/signatures/SCHEMA.md).  The structures are the loaded data, read
 * by the diagnosis (sc-diagnosis-signatures.c) and never changed after
 * loading. */

#define SC_SIGNATURES_ERROR (sc_signatures_error_quark ())

typedef enum {
  SC_SIGNATURES_ERROR_INVALID,
} ScSignaturesError;

typedef enum {
  SC_CONDITION_HEADER,
  SC_CONDITION_TITLE,
  SC_CONDITION_BODY,
  SC_CONDITION_BODY_REGEX,
  SC_CONDITION_LOCATION,
  SC_CONDITION_EMPTY_BODY,
  SC_CONDITION_WAITED_MS,
} ScConditionKind;

typedef enum {
  SC_MATCH_PRESENT,    /* a header that is there at all */
  SC_MATCH_CONTAINS,
  SC_MATCH_PREFIX,
  SC_MATCH_EQUALS,
} ScMatchMode;

typedef struct {
  ScConditionKind  kind;
  ScMatchMode      mode;
  char            *header;   /* SC_CONDITION_HEADER: the header's name */
  char            *text;     /* lower-cased, NULL for a present header or an empty body */
  GRegex          *regex;    /* SC_CONDITION_BODY_REGEX */
  gint64           waited_ms;/* SC_CONDITION_WAITED_MS: the answer came this late or later */
} ScCondition;

typedef struct {
  char        *id;
  ScSeverity   severity;
  char        *message;       /* translated */
  GStrv        suggestions;   /* translated */
  gboolean     quote;         /* add what the page says to the message */
} ScSignatureFinding;

typedef struct {
  char               *id;
  char               *file;       /* the file it came from, for messages */
  gboolean            presence;   /* on the path, rather than the maker of the page */
  ScRole              role;
  char               *software;
  GArray             *statuses;   /* of guint: a code, or 1–9 for a class ("5xx" is 5); NULL: any */
  GPtrArray          *all;        /* of ScCondition */
  GPtrArray          *any;
  GPtrArray          *none;
  gsize               max_body;   /* 0: no limit */
  ScSignatureFinding *finding;    /* NULL: it only says who */
} ScSignature;

#define SC_TYPE_SIGNATURES (sc_signatures_get_type ())
G_DECLARE_FINAL_TYPE (ScSignatures, sc_signatures, SC, SIGNATURES, GObject)

GQuark         sc_signatures_error_quark   (void);
ScSignatures  *sc_signatures_get_default   (GError       **error);
ScSignatures  *sc_signatures_new           (void);
gboolean       sc_signatures_add_file      (ScSignatures  *self,
                                            const char    *name,
                                            GBytes        *bytes,
                                            GError       **error);
guint          sc_signatures_get_n_items   (ScSignatures  *self);
ScSignature   *sc_signatures_get_item      (ScSignatures  *self,
                                            guint          index);
ScSignature   *sc_signatures_lookup        (ScSignatures  *self,
                                            const char    *id);
gboolean       sc_signature_status_matches (ScSignature   *signature,
                                            guint          status);

G_END_DECLS
