/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "sc-history.h"
#include "sc-report-writer.h"

G_BEGIN_DECLS

enum {
  SC_CLI_EXIT_ALL_OK = 0,
  SC_CLI_EXIT_PROBLEMS = 1,
  SC_CLI_EXIT_USAGE = 2,
  SC_CLI_EXIT_INTERRUPTED = 130,
};

/* The command line, as parsed. */
typedef struct {
  char     *input_file;
  char     *format;
  int       timeout;
  int       max_redirects;
  int       jobs;
  int       per_host;
  char     *method;
  gboolean  ignore_tls_errors;
  char     *user_agent;
  char     *accept;
  char     *color;
  char     *fail_on;
  gboolean  quiet;
  gboolean  no_progress;
  gboolean  version;
  char    **urls;
  char     *compare_file;
  ScBaseline *baseline;    /* read from compare_file before the run */
  char     *history_file;
  ScHistory *history;      /* opened from history_file before the run */
} ScCliOptions;

int sc_cli_check_sites (ScCliOptions   *options,
                        ScReportFormat  format,
                        GPtrArray      *sites);

G_END_DECLS
