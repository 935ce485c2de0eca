/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sc-diagnosis.h"
#include "sc-result-private.h"

G_BEGIN_DECLS

/* What the rules look at: the whole result and the start of the final page. */
typedef struct {
  ScCheckResult *result;
  char          *page;        /* as it came, NULs made spaces, NUL-terminated; "" when none was read */
  char          *body;        /* the same, lower-cased (ASCII): the same offsets as page */
  gsize          page_len;
  gboolean       page_read;   /* a GET's answer was read (HEAD has no page) */
  char          *title;       /* the page's title, cleaned; NULL when it has none */
  char          *title_lower;
} ScDiagnosis;

typedef void (*ScRule) (ScDiagnosis *d);

void        sc_diagnosis_add            (ScDiagnosis        *d,
                                         const char         *id,
                                         ScSeverity          severity,
                                         const char         *message,
                                         const char * const *suggestions);
void        sc_diagnosis_answered_by    (ScDiagnosis        *d,
                                         ScRole              role,
                                         const char         *software);
ScHop      *sc_diagnosis_final_hop      (ScDiagnosis        *d);
const char *sc_diagnosis_final_header   (ScDiagnosis        *d,
                                         const char         *name);
gboolean    sc_diagnosis_body_contains  (ScDiagnosis        *d,
                                         const char         *needle);
gboolean    sc_diagnosis_has_finding    (ScDiagnosis        *d,
                                         const char         *id);

/* sc-diagnosis-page.c */
char       *sc_diagnosis_find_title     (ScDiagnosis        *d);

/* sc-diagnosis-signatures.c: who answered, and the findings that name the
 * cause, from the signatures in data/signatures/. */
void        sc_diagnosis_read_signatures (ScDiagnosis       *d);
char       *sc_diagnosis_host_of        (const char         *url);
gboolean    sc_diagnosis_same_site      (const char         *host_a,
                                         const char         *host_b);

/* sc-diagnosis-blocking.c */
void sc_rule_bot_block_999          (ScDiagnosis *d);
void sc_rule_closed_without_answer  (ScDiagnosis *d);

/* sc-diagnosis-redirects.c */
void sc_rule_canonical_redirects    (ScDiagnosis *d);
void sc_rule_temporary_for_permanent (ScDiagnosis *d);
void sc_rule_long_chain             (ScDiagnosis *d);
void sc_rule_https_downgrade        (ScDiagnosis *d);
void sc_rule_other_host             (ScDiagnosis *d);

/* sc-diagnosis-content.c */
void sc_rule_login_page             (ScDiagnosis *d);

/* sc-diagnosis-tls.c */
void sc_rule_certificate_expiry     (ScDiagnosis *d);
void sc_rule_certificate_expired    (ScDiagnosis *d);
void sc_rule_proxy_default_certificate (ScDiagnosis *d);
void sc_rule_certificate_changes    (ScDiagnosis *d);
void sc_rule_untrusted_issuer       (ScDiagnosis *d);

/* sc-diagnosis-timing.c */
void sc_rule_retry_after            (ScDiagnosis *d);
void sc_rule_head_get_disagree      (ScDiagnosis *d);
void sc_rule_slow_phases            (ScDiagnosis *d);
void sc_rule_body_stalled           (ScDiagnosis *d);

G_END_DECLS
