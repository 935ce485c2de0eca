/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <inttypes.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sc-history-private.h"

/* The history database.  One row a check, kept small because an agency
 * checking 10,000 sites a day keeps 90 days of it (bench/history-RESULTS.md
 * has the size): enums as integers, the final URL only when it differs
 * from the requested one, a certificate's fingerprint once in its own
 * table.  WAL with synchronous=NORMAL: a process killed mid-write loses
 * at most the transaction it was in, never one already committed. */

struct _ScHistoryDb
{
  sqlite3      *db;
  sqlite3_stmt *insert_check;
  sqlite3_stmt *find_site;
  sqlite3_stmt *insert_site;
  sqlite3_stmt *find_cert;
  sqlite3_stmt *insert_cert;
  sqlite3_stmt *list;
  guint         retention_days;
};

/* Each entry takes the schema from version i to i + 1; never edit one
 * that has shipped, add the next. */
static const char * const migrations[] = {
  "CREATE TABLE sites (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, input TEXT, url TEXT);"
  "CREATE TABLE certs (id INTEGER PRIMARY KEY, fingerprint TEXT NOT NULL UNIQUE);"
  "CREATE TABLE checks (site INTEGER NOT NULL REFERENCES sites (id), checked_at INTEGER NOT NULL,"
  " status INTEGER NOT NULL, reason TEXT, class INTEGER NOT NULL, verdict INTEGER NOT NULL,"
  " final_url TEXT, findings TEXT, total_ms INTEGER, cert_not_after INTEGER, cert_days_left INTEGER,"
  " cert INTEGER REFERENCES certs (id));"
  "CREATE INDEX checks_by_site ON checks (site, checked_at);",
  /* 2: who answered, for the history strip's tooltips. */
  "ALTER TABLE checks ADD COLUMN role INTEGER;"
  "ALTER TABLE checks ADD COLUMN software TEXT;",
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == SC_HISTORY_SCHEMA_VERSION);

G_DEFINE_QUARK (sc-history-error-quark, sc_history_error)

static gboolean
fail (sqlite3     *db,
      int          rc,
      GError     **error)
{
  g_set_error (error, SC_HISTORY_ERROR, SC_HISTORY_ERROR_SQLITE, "%s",
               db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
  return FALSE;
}

static gboolean
exec (sqlite3     *db,
      const char  *sql,
      GError     **error)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  return rc == SQLITE_OK || fail (db, rc, error);
}

static int
query_int (sqlite3    *db,
           const char *sql,
           int        *rc)
{
  sqlite3_stmt *stmt = NULL;
  int value = -1;

  *rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (*rc == SQLITE_OK && (*rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      value = sqlite3_column_int (stmt, 0);
      *rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  return value;
}

static gboolean
migrate (sqlite3  *db,
         int       version,
         GError  **error)
{
  if (version > SC_HISTORY_SCHEMA_VERSION)
    {
      g_set_error (error, SC_HISTORY_ERROR, SC_HISTORY_ERROR_NEWER,
                   _("The history was written by a newer version of Statuscope"));
      return FALSE;
    }
  for (int v = version; v < SC_HISTORY_SCHEMA_VERSION; v++)
    {
      g_autofree char *sql = g_strdup_printf ("BEGIN IMMEDIATE; %s PRAGMA user_version = %d; COMMIT;",
                                              migrations[v], v + 1);

      if (!exec (db, sql, error))
        {
          sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
is_damage (int rc)
{
  rc &= 0xff;
  return rc == SQLITE_NOTADB || rc == SQLITE_CORRUPT;
}

/* Opens and migrates; *damaged is set when the file is not a database we
 * can read at all, as opposed to one that is busy or newer. */
static sqlite3 *
open_file (const char  *path,
           gboolean    *damaged,
           GError     **error)
{
  sqlite3 *db = NULL;
  int rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  int version;

  *damaged = FALSE;
  if (rc == SQLITE_OK)
    {
      sqlite3_busy_timeout (db, 5000);
      sqlite3_extended_result_codes (db, 1);
      version = query_int (db, "PRAGMA user_version", &rc);
    }
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      *damaged = is_damage (rc);
      fail (db, rc, error);
      sqlite3_close (db);
      return NULL;
    }
  if (!migrate (db, version, error))
    {
      *damaged = g_error_matches (*error, SC_HISTORY_ERROR, SC_HISTORY_ERROR_SQLITE) &&
                 is_damage (sqlite3_extended_errcode (db));
      sqlite3_close (db);
      return NULL;
    }
  return db;
}

/* A file that is not a database is kept for whoever wants to look at it,
 * as FILE.damaged-20261205-071500, with its write-ahead log. */
static char *
set_aside (const char  *path,
           GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *target = g_strdup_printf ("%s.damaged-%s", path, stamp);
  const char *suffixes[] = { "-wal", "-shm" };

  if (g_rename (path, target) != 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), "%s: %s", path, g_strerror (saved));
      return NULL;
    }
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *from = g_strconcat (path, suffixes[i], NULL);
      g_autofree char *to = g_strconcat (target, suffixes[i], NULL);

      g_rename (from, to);
    }
  return g_steal_pointer (&target);
}

static gboolean
prepare (ScHistoryDb   *self,
         sqlite3_stmt **stmt,
         const char    *sql,
         GError       **error)
{
  int rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, stmt, NULL);

  return rc == SQLITE_OK || fail (self->db, rc, error);
}

static gboolean
prepare_all (ScHistoryDb  *self,
             GError      **error)
{
  return prepare (self, &self->insert_check,
                  "INSERT INTO checks (site, checked_at, status, reason, class, verdict, final_url, findings,"
                  " total_ms, cert_not_after, cert_days_left, cert, role, software)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error) &&
         prepare (self, &self->find_site, "SELECT id FROM sites WHERE key = ?", error) &&
         prepare (self, &self->insert_site, "INSERT INTO sites (key, input, url) VALUES (?, ?, ?)", error) &&
         prepare (self, &self->find_cert, "SELECT id FROM certs WHERE fingerprint = ?", error) &&
         prepare (self, &self->insert_cert, "INSERT INTO certs (fingerprint) VALUES (?)", error) &&
         prepare (self, &self->list,
                  "SELECT s.key, s.input, s.url, c.checked_at, c.status, c.reason, c.class, c.verdict,"
                  " c.final_url, c.findings, c.total_ms, c.cert_not_after, c.cert_days_left, f.fingerprint,"
                  " c.role, c.software"
                  " FROM checks c JOIN sites s ON s.id = c.site LEFT JOIN certs f ON f.id = c.cert"
                  " WHERE s.key = ? ORDER BY c.checked_at DESC, c.rowid DESC LIMIT ?", error);
}

ScHistoryDb *
sc_history_db_open (const char  *path,
                    guint        retention_days,
                    char       **set_aside_path,
                    GError     **error)
{
  ScHistoryDb *self = g_new0 (ScHistoryDb, 1);
  g_autoptr(GError) local_error = NULL;
  gboolean damaged;

  g_autofree char *parent = g_path_get_dirname (path);

  self->retention_days = retention_days;
  /* The app's file lives in a folder that may not exist yet. */
  g_mkdir_with_parents (parent, 0700);
  self->db = open_file (path, &damaged, &local_error);
  if (self->db == NULL && damaged)
    {
      g_clear_error (&local_error);
      *set_aside_path = set_aside (path, &local_error);
      if (*set_aside_path != NULL)
        self->db = open_file (path, &damaged, &local_error);
    }
  if (self->db == NULL || !prepare_all (self, &local_error))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      sc_history_db_close (self);
      return NULL;
    }
  sc_history_db_prune (self, g_get_real_time () / G_USEC_PER_SEC);
  return self;
}

void
sc_history_db_close (ScHistoryDb *self)
{
  sqlite3_stmt **stmts[] = { &self->insert_check, &self->find_site, &self->insert_site,
                             &self->find_cert, &self->insert_cert, &self->list };

  for (guint i = 0; i < G_N_ELEMENTS (stmts); i++)
    g_clear_pointer (stmts[i], sqlite3_finalize);
  g_clear_pointer (&self->db, sqlite3_close);
  g_free (self);
}

/* Removes the checks older than the retention; returns how many. */
guint
sc_history_db_prune (ScHistoryDb *self,
                     gint64       now)
{
  g_autofree char *sql = NULL;

  if (self->retention_days == 0)
    return 0;
  sql = g_strdup_printf ("DELETE FROM checks WHERE checked_at < %" PRId64,
                         now - (gint64) self->retention_days * 24 * 3600);
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    return 0;
  return (guint) sqlite3_changes (self->db);
}

gboolean
sc_history_db_begin (ScHistoryDb  *self,
                     GError      **error)
{
  return exec (self->db, "BEGIN IMMEDIATE", error);
}

gboolean
sc_history_db_commit (ScHistoryDb  *self,
                      GError      **error)
{
  if (exec (self->db, "COMMIT", error))
    return TRUE;
  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  return FALSE;
}

/* The id of a row found by one text column, or inserted with it. */
static gint64
find_or_insert (ScHistoryDb  *self,
                sqlite3_stmt *find,
                sqlite3_stmt *insert,
                ScSnapshot   *snapshot,
                const char   *value)
{
  gint64 id = 0;

  sqlite3_bind_text (find, 1, value, -1, SQLITE_STATIC);
  if (sqlite3_step (find) == SQLITE_ROW)
    id = sqlite3_column_int64 (find, 0);
  sqlite3_reset (find);
  if (id != 0)
    return id;
  sqlite3_bind_text (insert, 1, value, -1, SQLITE_STATIC);
  if (insert == self->insert_site)
    {
      sqlite3_bind_text (insert, 2, snapshot->input, -1, SQLITE_STATIC);
      sqlite3_bind_text (insert, 3, snapshot->url, -1, SQLITE_STATIC);
    }
  if (sqlite3_step (insert) == SQLITE_DONE)
    id = sqlite3_last_insert_rowid (self->db);
  sqlite3_reset (insert);
  return id;
}

static void
bind_nullable_int (sqlite3_stmt *stmt,
                   int           column,
                   gint64        value,
                   gboolean      known)
{
  if (known)
    sqlite3_bind_int64 (stmt, column, value);
  else
    sqlite3_bind_null (stmt, column);
}

static void
bind_check (sqlite3_stmt *s,
            ScSnapshot   *snap,
            gint64        site,
            gint64        cert,
            const char   *findings)
{
  gboolean same_url = g_strcmp0 (snap->final_url, snap->url) == 0;

  sqlite3_bind_int64 (s, 1, site);
  sqlite3_bind_int64 (s, 2, snap->checked_at);
  sqlite3_bind_int (s, 3, (int) snap->status);
  sqlite3_bind_text (s, 4, snap->reason, -1, SQLITE_STATIC);
  sqlite3_bind_int (s, 5, snap->status_class);
  sqlite3_bind_int (s, 6, snap->verdict);
  sqlite3_bind_text (s, 7, same_url ? NULL : snap->final_url, -1, SQLITE_STATIC);
  sqlite3_bind_text (s, 8, findings, -1, SQLITE_STATIC);
  bind_nullable_int (s, 9, snap->total_ms, snap->total_ms >= 0);
  bind_nullable_int (s, 10, snap->cert_not_after, snap->cert_not_after != 0);
  bind_nullable_int (s, 11, snap->cert_days_left, snap->cert_not_after != 0);
  bind_nullable_int (s, 12, cert, cert != 0);
  sqlite3_bind_int (s, 13, snap->role);
  sqlite3_bind_text (s, 14, snap->software, -1, SQLITE_STATIC);
}

gboolean
sc_history_db_insert (ScHistoryDb  *self,
                      ScSnapshot   *snapshot,
                      GError      **error)
{
  g_autofree char *findings = snapshot->finding_ids[0] != NULL ? g_strjoinv (" ", snapshot->finding_ids) : NULL;
  gint64 site = find_or_insert (self, self->find_site, self->insert_site, snapshot, snapshot->key);
  gint64 cert = snapshot->cert_fingerprint != NULL
                ? find_or_insert (self, self->find_cert, self->insert_cert, snapshot, snapshot->cert_fingerprint)
                : 0;
  int rc;

  if (site == 0)
    return fail (self->db, sqlite3_errcode (self->db), error);
  bind_check (self->insert_check, snapshot, site, cert, findings);
  rc = sqlite3_step (self->insert_check);
  sqlite3_reset (self->insert_check);
  sqlite3_clear_bindings (self->insert_check);
  return rc == SQLITE_DONE || fail (self->db, rc, error);
}

static char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

static ScSnapshot *
read_row (sqlite3_stmt *s)
{
  ScSnapshot *snap = sc_snapshot_new ();
  g_autofree char *findings = column_text (s, 9);

  snap->key = column_text (s, 0);
  snap->input = column_text (s, 1);
  snap->url = column_text (s, 2);
  snap->checked_at = sqlite3_column_int64 (s, 3);
  snap->status = (guint) sqlite3_column_int (s, 4);
  snap->reason = column_text (s, 5);
  snap->status_class = CLAMP (sqlite3_column_int (s, 6), SC_STATUS_CLASS_INFORMATIONAL, SC_STATUS_CLASS_FAILURE);
  snap->verdict = CLAMP (sqlite3_column_int (s, 7), SC_VERDICT_OK, SC_VERDICT_PROBLEM);
  snap->final_url = sqlite3_column_type (s, 8) == SQLITE_NULL ? g_strdup (snap->url) : column_text (s, 8);
  if (findings != NULL)
    {
      g_strfreev (snap->finding_ids);
      snap->finding_ids = g_strsplit (findings, " ", -1);
    }
  snap->total_ms = sqlite3_column_type (s, 10) == SQLITE_NULL ? -1 : sqlite3_column_int64 (s, 10);
  snap->cert_not_after = sqlite3_column_int64 (s, 11);
  snap->cert_days_left = sqlite3_column_int64 (s, 12);
  snap->cert_fingerprint = column_text (s, 13);
  snap->role = sqlite3_column_type (s, 14) == SQLITE_NULL ? SC_ROLE_NETWORK : sqlite3_column_int (s, 14);
  snap->software = column_text (s, 15);
  return snap;
}

/* The site's checks, newest first, at most @limit (0: all). */
GPtrArray *
sc_history_db_list (ScHistoryDb  *self,
                    const char   *key,
                    guint         limit,
                    GError      **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_snapshot_unref);
  int rc;

  sqlite3_bind_text (self->list, 1, key, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (self->list, 2, limit > 0 ? (gint64) limit : -1);
  while ((rc = sqlite3_step (self->list)) == SQLITE_ROW)
    g_ptr_array_add (rows, read_row (self->list));
  sqlite3_reset (self->list);
  if (rc != SQLITE_DONE)
    {
      fail (self->db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&rows);
}
