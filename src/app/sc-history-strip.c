/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <inttypes.h>

#include <glib/gi18n.h>

#include "sc-history-csv.h"
#include "sc-history-strip.h"

/* A site's recent checks, oldest to newest, one mark each: a symbol and a
 * colour for its verdict (the symbol, so that colour is never the only
 * cue), with the time and the answer in its tooltip and accessible label.
 * A sentence under it says the same in words: how many checks, how many
 * failed, and the last change.  The rows are read on the history's thread;
 * the strip only waits for the answer. */

struct _ScHistoryStrip
{
  GtkWidget          parent_instance;

  GtkWidget         *marks;     /* GtkBox of GtkLabel */
  GtkLabel          *summary;
  GtkWidget         *chart;     /* response times, a GtkDrawingArea */
  GtkLabel          *details;   /* times, certificate, changes: in words */
  GArray            *times_ms;  /* oldest first, -1 when unknown */
  GtkWidget         *copy_button;
  char              *copied;    /* the last CSV copied, for tests */
  ScHistoryRecorder *recorder;
  char              *key;
  GCancellable      *cancellable;
  guint              n_checks;
};

G_DEFINE_FINAL_TYPE (ScHistoryStrip, sc_history_strip, GTK_TYPE_WIDGET)

static const char *
verdict_symbol (ScVerdict verdict)
{
  return verdict == SC_VERDICT_OK ? "✔" : verdict == SC_VERDICT_WARNING ? "⚠" : "✘";
}

static const char *
verdict_style (ScVerdict verdict)
{
  return verdict == SC_VERDICT_OK ? "success" : verdict == SC_VERDICT_WARNING ? "warning" : "error";
}

static char *
describe_check (ScSnapshot *s)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (s->checked_at);
  g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;
  g_autofree char *when = local != NULL ? g_date_time_format (local, "%x %X") : g_strdup ("?");
  g_autofree char *answer = sc_snapshot_describe_answer (s);

  /* TRANSLATORS: a past check in a site's history: "05/12/26 08:00:01: 503 Service Unavailable" */
  return g_strdup_printf (_("%s: %s"), when, answer);
}

static GtkWidget *
make_mark (ScSnapshot *s)
{
  GtkWidget *mark = gtk_label_new (verdict_symbol (s->verdict));
  g_autofree char *text = describe_check (s);

  gtk_widget_add_css_class (mark, verdict_style (s->verdict));
  gtk_widget_set_tooltip_text (mark, text);
  gtk_widget_set_focusable (mark, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (mark), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  return mark;
}

/* The text equivalent of the strip. */
static char *
describe_rows (GPtrArray *rows)
{
  guint n_problems = 0;
  g_autofree char *last_change = NULL;
  g_autofree char *counts = NULL;

  for (guint i = 0; i < rows->len; i++)
    {
      ScSnapshot *s = g_ptr_array_index (rows, i);

      if (s->verdict == SC_VERDICT_PROBLEM)
        n_problems++;
      if (last_change == NULL && i + 1 < rows->len)
        {
          g_autoptr(ScChange) change = sc_change_compare (g_ptr_array_index (rows, i + 1), s);

          if (sc_change_is_change (change) && change->what[0] != NULL)
            last_change = g_strdup_printf (_("Last change: %s (%s)"), change->what[0],
                                           sc_change_kind_describe (change->kind));
        }
    }
  if (rows->len == 0)
    return g_strdup (_("No earlier checks recorded"));
  /* TRANSLATORS: "12 checks recorded, 2 with a problem" */
  counts = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u check recorded, %u with a problem",
                                         "%u checks recorded, %u with a problem", rows->len),
                            rows->len, n_problems);
  if (last_change == NULL)
    return g_steal_pointer (&counts);
  return g_strdup_printf ("%s. %s", counts, last_change);
}

static int
compare_ms (gconstpointer a,
            gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

/* "Response time: 80 to 410 ms, median 120 ms": the chart in words. */
static void
describe_times (GString *out,
                GArray  *times_ms)
{
  g_autoptr(GArray) known = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < times_ms->len; i++)
    if (g_array_index (times_ms, gint64, i) >= 0)
      g_array_append_val (known, g_array_index (times_ms, gint64, i));
  if (known->len == 0)
    return;
  g_array_sort (known, compare_ms);
  g_string_append_printf (out, _("Response time: %" PRId64 " to %" PRId64 " ms, median %"
                                 PRId64 " ms"),
                          g_array_index (known, gint64, 0), g_array_index (known, gint64, known->len - 1),
                          g_array_index (known, gint64, known->len / 2));
  g_string_append_c (out, '\n');
}

/* The changes between consecutive checks, newest first, with their times. */
static void
describe_changes (GString   *out,
                  GPtrArray *rows)
{
  guint shown = 0;

  for (guint i = 0; i + 1 < rows->len && shown < 5; i++)
    {
      ScSnapshot *now = g_ptr_array_index (rows, i);
      g_autoptr(ScChange) change = sc_change_compare (g_ptr_array_index (rows, i + 1), now);
      g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (now->checked_at);
      g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;
      g_autofree char *when = local != NULL ? g_date_time_format (local, "%x %X") : g_strdup ("?");
      g_autofree char *what = NULL;

      if (!sc_change_is_change (change))
        continue;
      /* TRANSLATORS: between the differences of one change, such as
       * "Status 200 → 503; New finding: …" */
      what = g_strjoinv (C_("differences", "; "), change->what);
      /* TRANSLATORS: a change in a site's history: time, kind, what differs */
      g_string_append_printf (out, _("%s — %s: %s"), when, sc_change_kind_describe (change->kind), what);
      g_string_append_c (out, '\n');
      shown++;
    }
}

static char *
describe_details (GPtrArray *rows,
                  GArray    *times_ms)
{
  GString *out = g_string_new (NULL);
  ScSnapshot *newest = rows->len > 0 ? g_ptr_array_index (rows, 0) : NULL;

  describe_times (out, times_ms);
  if (newest != NULL && newest->cert_not_after != 0)
    {
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "Certificate: %" PRId64 " day left",
                                                "Certificate: %" PRId64 " days left",
                                                (gulong) MAX (newest->cert_days_left, 0)),
                              newest->cert_days_left);
      g_string_append_c (out, '\n');
    }
  describe_changes (out, rows);
  if (out->len > 0)
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

/* Response times as a line over the checks, oldest left: the details say
 * the same in words, and the accessible description too. */
static void
draw_chart (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        user_data)
{
  ScHistoryStrip *self = user_data;
  gint64 high = 1;
  gboolean started = FALSE;
  GdkRGBA color;

  for (guint i = 0; i < self->times_ms->len; i++)
    high = MAX (high, g_array_index (self->times_ms, gint64, i));
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (area)), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS
  gdk_cairo_set_source_rgba (cr, &color);
  cairo_set_line_width (cr, 1.5);
  for (guint i = 0; i < self->times_ms->len; i++)
    {
      gint64 ms = g_array_index (self->times_ms, gint64, i);
      double x = self->times_ms->len > 1 ? (double) i * (width - 2) / (self->times_ms->len - 1) + 1 : width / 2.0;
      double y = height - 1 - (double) ms * (height - 2) / high;

      if (ms < 0)
        continue;
      if (started)
        cairo_line_to (cr, x, y);
      else
        cairo_move_to (cr, x, y);
      started = TRUE;
    }
  cairo_stroke (cr);
}

static void
show_rows (ScHistoryStrip *self,
           GPtrArray      *rows)
{
  g_autofree char *details = NULL;
  GtkWidget *child;
  g_autofree char *summary = describe_rows (rows);

  while ((child = gtk_widget_get_first_child (self->marks)) != NULL)
    gtk_box_remove (GTK_BOX (self->marks), child);
  /* Newest last, as time reads left to right. */
  g_array_set_size (self->times_ms, 0);
  for (guint i = rows->len; i > 0; i--)
    {
      ScSnapshot *s = g_ptr_array_index (rows, i - 1);

      gtk_box_append (GTK_BOX (self->marks), make_mark (s));
      g_array_append_val (self->times_ms, s->total_ms);
    }
  self->n_checks = rows->len;
  gtk_label_set_label (self->summary, summary);
  details = describe_details (rows, self->times_ms);
  gtk_label_set_label (self->details, details);
  gtk_widget_set_visible (GTK_WIDGET (self->details), details[0] != '\0');
  gtk_widget_set_visible (self->chart, rows->len > 1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chart), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, details, -1);
  gtk_widget_queue_draw (self->chart);
}

static void
on_listed (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = sc_history_list_finish (SC_HISTORY (source), result, &error);
  ScHistoryStrip *self = user_data;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (rows != NULL)
    show_rows (self, rows);
  else
    gtk_label_set_label (self->summary, error->message);
}

static void
refresh (ScHistoryStrip *self)
{
  ScHistory *history = self->recorder != NULL ? sc_history_recorder_get_history (self->recorder) : NULL;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_set_visible (GTK_WIDGET (self), history != NULL && self->key != NULL);
  if (history == NULL || self->key == NULL)
    return;
  self->cancellable = g_cancellable_new ();
  sc_history_list_async (history, self->key, SC_HISTORY_STRIP_MAX_CHECKS, self->cancellable, on_listed, self);
}

static void
on_site_changed (ScHistoryRecorder *recorder,
                 ScSite            *site,
                 ScChange          *change,
                 ScHistoryStrip    *self)
{
  if (g_strcmp0 (sc_history_recorder_key_for_site (site), self->key) == 0)
    refresh (self);
}

void
sc_history_strip_set_recorder (ScHistoryStrip    *self,
                               ScHistoryRecorder *recorder)
{
  g_return_if_fail (SC_IS_HISTORY_STRIP (self));

  if (!g_set_object (&self->recorder, recorder))
    return;
  if (recorder != NULL)
    {
      g_signal_connect_object (recorder, "site-changed", G_CALLBACK (on_site_changed), self, 0);
      g_signal_connect_object (recorder, "notify::history", G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
    }
  refresh (self);
}

/* @key: the site's URL as checked (its input when it has none). */
void
sc_history_strip_set_key (ScHistoryStrip *self,
                          const char     *key)
{
  g_return_if_fail (SC_IS_HISTORY_STRIP (self));

  if (g_strcmp0 (key, self->key) == 0)
    return;
  g_free (self->key);
  self->key = g_strdup (key);
  refresh (self);
}

static void
on_all_listed (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(ScHistoryStrip) self = user_data;
  g_autoptr(GPtrArray) rows = sc_history_list_finish (SC_HISTORY (source), result, NULL);

  if (rows == NULL || gtk_widget_get_root (GTK_WIDGET (self)) == NULL)
    return;
  g_free (self->copied);
  self->copied = sc_history_rows_to_csv (rows);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), self->copied);
}

/* The site's whole history (not only what the strip shows), newest first,
 * to paste into a spreadsheet. */
static void
copy_csv (ScHistoryStrip *self)
{
  ScHistory *history = self->recorder != NULL ? sc_history_recorder_get_history (self->recorder) : NULL;

  if (history != NULL && self->key != NULL)
    sc_history_list_async (history, self->key, 0, NULL, on_all_listed, g_object_ref (self));
}

/* For tests: the CSV last put on the clipboard. */
const char *
sc_history_strip_get_copied (ScHistoryStrip *self)
{
  g_return_val_if_fail (SC_IS_HISTORY_STRIP (self), NULL);
  return self->copied;
}

void
sc_history_strip_copy_csv (ScHistoryStrip *self)
{
  g_return_if_fail (SC_IS_HISTORY_STRIP (self));
  copy_csv (self);
}

const char *
sc_history_strip_get_details (ScHistoryStrip *self)
{
  g_return_val_if_fail (SC_IS_HISTORY_STRIP (self), NULL);
  return gtk_label_get_label (self->details);
}

const char *
sc_history_strip_get_summary (ScHistoryStrip *self)
{
  g_return_val_if_fail (SC_IS_HISTORY_STRIP (self), NULL);
  return gtk_label_get_label (self->summary);
}

guint
sc_history_strip_get_n_checks (ScHistoryStrip *self)
{
  g_return_val_if_fail (SC_IS_HISTORY_STRIP (self), 0);
  return self->n_checks;
}

static void
sc_history_strip_dispose (GObject *object)
{
  ScHistoryStrip *self = (ScHistoryStrip *) object;
  GtkWidget *child;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->recorder);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (sc_history_strip_parent_class)->dispose (object);
}

static void
sc_history_strip_finalize (GObject *object)
{
  g_free (SC_HISTORY_STRIP (object)->key);
  g_free (SC_HISTORY_STRIP (object)->copied);
  g_array_unref (SC_HISTORY_STRIP (object)->times_ms);
  G_OBJECT_CLASS (sc_history_strip_parent_class)->finalize (object);
}

static void
sc_history_strip_class_init (ScHistoryStripClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sc_history_strip_dispose;
  G_OBJECT_CLASS (klass)->finalize = sc_history_strip_finalize;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
sc_history_strip_init (ScHistoryStrip *self)
{
  GtkWidget *heading = gtk_label_new (_("Recent checks"));
  GtkWidget *summary = gtk_label_new (NULL);

  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 6);
  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  self->marks = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  gtk_label_set_xalign (GTK_LABEL (summary), 0);
  gtk_label_set_wrap (GTK_LABEL (summary), TRUE);
  gtk_widget_add_css_class (summary, "dim-label");
  self->summary = GTK_LABEL (summary);
  self->times_ms = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->chart = gtk_drawing_area_new ();
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (self->chart), 32);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->chart), draw_chart, self, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chart), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Response time over the recent checks"), -1);
  self->details = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->details, 0);
  gtk_label_set_wrap (self->details, TRUE);
  gtk_label_set_selectable (self->details, TRUE);
  gtk_widget_set_parent (heading, GTK_WIDGET (self));
  gtk_widget_set_parent (self->marks, GTK_WIDGET (self));
  gtk_widget_set_parent (summary, GTK_WIDGET (self));
  gtk_widget_set_parent (self->chart, GTK_WIDGET (self));
  gtk_widget_set_parent (GTK_WIDGET (self->details), GTK_WIDGET (self));
  self->copy_button = gtk_button_new_with_mnemonic (_("Copy _History as CSV"));
  gtk_widget_set_halign (self->copy_button, GTK_ALIGN_START);
  g_signal_connect_swapped (self->copy_button, "clicked", G_CALLBACK (copy_csv), self);
  gtk_widget_set_parent (self->copy_button, GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Recent checks"), -1);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
sc_history_strip_new (void)
{
  return g_object_new (SC_TYPE_HISTORY_STRIP, NULL);
}
