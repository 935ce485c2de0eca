/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sc-test-expect.h"

/* "502 proxy/nginx [upstream-unreachable critical] verdict problem;
 * evidence: Server: nginx/1.22.1 | …" */
char *
sc_test_describe_reading (ScCheckResult *result)
{
  ScAnsweredBy *who = sc_check_result_get_answered_by (result);
  GPtrArray *findings = sc_check_result_get_findings (result);
  g_autofree char *evidence = g_strjoinv (" | ", (char **) sc_answered_by_get_evidence (who));
  g_autofree char *through = g_strjoinv (", ", (char **) sc_answered_by_get_through (who));
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, "%u %s/%s", sc_check_result_get_status (result),
                          sc_role_to_string (sc_answered_by_get_role (who)),
                          sc_answered_by_get_software (who) != NULL ? sc_answered_by_get_software (who) : "?");
  for (guint i = 0; i < findings->len; i++)
    g_string_append_printf (text, " [%s %s]", sc_finding_get_id (g_ptr_array_index (findings, i)),
                            sc_severity_to_string (sc_finding_get_severity (g_ptr_array_index (findings, i))));
  g_string_append_printf (text, " verdict %s; through: %s; evidence: %s",
                          sc_verdict_to_string (sc_check_result_get_verdict (result)), through, evidence);
  if (sc_check_result_get_error_message (result) != NULL)
    g_string_append_printf (text, "; error: %s", sc_check_result_get_error_message (result));
  return g_string_free (text, FALSE);
}

/* @software NULL: any, or none. */
void
sc_test_expect_who (ScCheckResult *result,
                    const char    *role,
                    const char    *software)
{
  ScAnsweredBy *who = sc_check_result_get_answered_by (result);
  g_autofree char *reading = sc_test_describe_reading (result);

  if (g_strcmp0 (sc_role_to_string (sc_answered_by_get_role (who)), role) != 0 ||
      (software != NULL && g_strcmp0 (sc_answered_by_get_software (who), software) != 0))
    g_error ("expected answered by %s/%s, got %s", role, software != NULL ? software : "*", reading);
  if (sc_answered_by_get_evidence (who)[0] == NULL && software != NULL)
    g_error ("answered by %s/%s without any evidence: %s", role, software, reading);
}

gboolean
sc_test_has_finding (ScCheckResult *result,
                     const char    *id)
{
  return sc_check_result_find_finding (result, id) != NULL;
}

void
sc_test_expect_finding (ScCheckResult *result,
                        const char    *id)
{
  g_autofree char *reading = NULL;

  if (sc_test_has_finding (result, id))
    return;
  reading = sc_test_describe_reading (result);
  g_error ("expected the finding %s, got %s", id, reading);
}

void
sc_test_expect_no_finding (ScCheckResult *result,
                           const char    *id)
{
  g_autofree char *reading = NULL;

  if (!sc_test_has_finding (result, id))
    return;
  reading = sc_test_describe_reading (result);
  g_error ("expected no finding %s, got %s", id, reading);
}

void
sc_test_expect_verdict (ScCheckResult *result,
                        const char    *verdict)
{
  g_autofree char *reading = NULL;

  if (g_strcmp0 (sc_verdict_to_string (sc_check_result_get_verdict (result)), verdict) == 0)
    return;
  reading = sc_test_describe_reading (result);
  g_error ("expected the verdict %s, got %s", verdict, reading);
}

void
sc_test_expect_through (ScCheckResult *result,
                        const char    *software)
{
  ScAnsweredBy *who = sc_check_result_get_answered_by (result);
  g_autofree char *reading = NULL;

  if (g_strv_contains (sc_answered_by_get_through (who), software))
    return;
  reading = sc_test_describe_reading (result);
  g_error ("expected the answer to have come through %s, got %s", software, reading);
}
