/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <libsoup/soup.h>

#include "sc-checker.h"

G_BEGIN_DECLS

/* A well-behaved HTTP server on 127.0.0.1, port chosen by the kernel, with
 * the fixture paths documented in sc-test-server.c. */
typedef struct {
  SoupServer *server;
  char       *base;         /* "http://127.0.0.1:PORT" */
  guint       port;
  guint       active;       /* requests being answered right now on /slow */
  guint       max_active;   /* most seen at once on /slow */
  guint       n_requests;
} ScTestServer;

ScTestServer *sc_test_server_new          (GTlsCertificate *certificate);
ScTestServer *sc_test_server_new_at       (const char      *address,
                                           GTlsCertificate *certificate);
void          sc_test_server_free         (ScTestServer    *server);
char         *sc_test_server_url          (ScTestServer    *server,
                                           const char      *path);

/* A port on 127.0.0.1 that was free a moment ago: bound on port 0, read,
 * closed.  Another program may take it meanwhile, which on a test machine
 * is rare enough. */
guint         sc_test_free_port           (void);

/* A raw TCP peer that misbehaves in one chosen way. */
typedef enum {
  SC_RAW_SILENT,          /* accepts, reads, never answers */
  SC_RAW_GARBAGE,         /* answers with something that is not HTTP */
  SC_RAW_CLOSE,           /* closes as soon as it accepts */
  SC_RAW_CLOSE_AFTER_READ,/* reads the request, closes without a word */
  SC_RAW_DRIP,            /* sends a status line one byte every 100 ms, forever */
  SC_RAW_RESPONSE,        /* sends a fixed response given as text, then closes */
  SC_RAW_TLS_SLOW,        /* waits, then does a TLS handshake and answers 200 */
  SC_RAW_SCRIPT,          /* sends scripted steps, each after its delay, then closes */
  SC_RAW_FLOOD,           /* sends a head, then repeats a text as fast as it can, from a thread */
} ScRawBehaviour;

/* One step of a scripted answer: @length bytes of @data (-1: up to the NUL)
 * sent @delay_ms after the step before. */
typedef struct {
  guint       delay_ms;
  const char *data;
  gssize      length;
} ScRawStep;

typedef struct _ScRawServer ScRawServer;

ScRawServer *sc_raw_server_new   (ScRawBehaviour  behaviour,
                                  const char     *response);
ScRawServer *sc_raw_server_new_tls_slow (GTlsCertificate *certificate,
                                         guint            delay_ms);
ScRawServer *sc_raw_server_new_script   (const char      *address,
                                         const ScRawStep *steps,
                                         guint            n_steps);
ScRawServer *sc_raw_server_new_drip     (const char      *response,
                                         guint            interval_ms);
ScRawServer *sc_raw_server_new_flood    (const char      *head,
                                         const char      *repeat);
guint        sc_raw_server_port  (ScRawServer    *server);
guint        sc_raw_server_get_n_connections (ScRawServer *server);
void         sc_raw_server_free  (ScRawServer    *server);

/* Runs one check to completion on the default main context. */
ScCheckResult *sc_test_check     (ScChecker      *checker,
                                  const char     *input);
/* Hop @index of @result; fails the test when there is none. */
ScHop         *sc_test_hop_at    (ScCheckResult  *result,
                                  guint           index);

/* A self-signed certificate for 127.0.0.1/localhost, valid for @days, made
 * with openssl at test time in a temporary directory. */
GTlsCertificate *sc_test_make_certificate (guint days);
/* The same, issued for @lifetime_days of which @days_left remain. */
GTlsCertificate *sc_test_make_certificate_aged (guint lifetime_days,
                                                guint days_left);

/* What a shell script run in a new temporary directory writes to cert.pem
 * and key.pem. */
GTlsCertificate *sc_test_make_certificate_from_script (const char *script);

/* A leaf certificate issued by an intermediate under a test root. */
typedef struct {
  GTlsCertificate *leaf_only;    /* serves the leaf alone: the intermediate is missing */
  GTlsCertificate *full_chain;   /* serves leaf + intermediate */
  GTlsDatabase    *trust;        /* trusts the root only */
  char            *dir;
} ScTestChain;

ScTestChain *sc_test_make_chain (void);
void         sc_test_chain_free (ScTestChain *chain);

void sc_test_wait_for (gboolean *flag);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScTestServer, sc_test_server_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScRawServer, sc_raw_server_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScTestChain, sc_test_chain_free)

G_END_DECLS
