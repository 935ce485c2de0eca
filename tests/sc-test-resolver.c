/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sc-test-resolver.h"

#define SLOW_DNS_DELAY_MS 600

struct _ScTestResolver
{
  GResolver parent_instance;
};

G_DEFINE_FINAL_TYPE (ScTestResolver, sc_test_resolver, G_TYPE_RESOLVER)

static GList *
resolve (const char              *name,
         GResolverNameLookupFlags flags,
         GError                 **error)
{
  if ((g_str_has_suffix (name, ".test") || g_str_equal (name, "localhost")) &&
      !(flags & G_RESOLVER_NAME_LOOKUP_FLAGS_IPV6_ONLY))
    return g_list_append (NULL, g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4));

  g_set_error (error, G_RESOLVER_ERROR, G_RESOLVER_ERROR_NOT_FOUND,
               "Error resolving “%s”: Name or service not known", name);
  return NULL;
}

static GList *
lookup_by_name_with_flags (GResolver                *resolver,
                           const char               *name,
                           GResolverNameLookupFlags  flags,
                           GCancellable             *cancellable,
                           GError                  **error)
{
  return resolve (name, flags, error);
}

static GList *
lookup_by_name (GResolver     *resolver,
                const char    *name,
                GCancellable  *cancellable,
                GError       **error)
{
  return resolve (name, G_RESOLVER_NAME_LOOKUP_FLAGS_DEFAULT, error);
}

static gboolean
return_lookup (gpointer user_data)
{
  GTask *task = user_data;
  GError *error = NULL;
  GList *addresses = resolve (g_task_get_task_data (task),
                              GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (task), "flags")), &error);

  if (addresses != NULL)
    g_task_return_pointer (task, addresses, (GDestroyNotify) g_resolver_free_addresses);
  else
    g_task_return_error (task, error);
  g_object_unref (task);
  return G_SOURCE_REMOVE;
}

static void
lookup_by_name_with_flags_async (GResolver                *resolver,
                                 const char               *name,
                                 GResolverNameLookupFlags  flags,
                                 GCancellable             *cancellable,
                                 GAsyncReadyCallback       callback,
                                 gpointer                  user_data)
{
  GTask *task = g_task_new (resolver, cancellable, callback, user_data);

  g_task_set_task_data (task, g_strdup (name), g_free);
  g_object_set_data (G_OBJECT (task), "flags", GUINT_TO_POINTER (flags));
  g_timeout_add (g_str_has_prefix (name, "slow-dns.") ? SLOW_DNS_DELAY_MS : 0, return_lookup, task);
}

static void
lookup_by_name_async (GResolver           *resolver,
                      const char          *name,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  lookup_by_name_with_flags_async (resolver, name, G_RESOLVER_NAME_LOOKUP_FLAGS_DEFAULT,
                                   cancellable, callback, user_data);
}

static GList *
lookup_by_name_finish (GResolver     *resolver,
                       GAsyncResult  *result,
                       GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
sc_test_resolver_class_init (ScTestResolverClass *klass)
{
  GResolverClass *resolver_class = G_RESOLVER_CLASS (klass);

  resolver_class->lookup_by_name = lookup_by_name;
  resolver_class->lookup_by_name_async = lookup_by_name_async;
  resolver_class->lookup_by_name_finish = lookup_by_name_finish;
  resolver_class->lookup_by_name_with_flags = lookup_by_name_with_flags;
  resolver_class->lookup_by_name_with_flags_async = lookup_by_name_with_flags_async;
  resolver_class->lookup_by_name_with_flags_finish = lookup_by_name_finish;
}

static void
sc_test_resolver_init (ScTestResolver *self)
{
}

GResolver *
sc_test_resolver_new (void)
{
  return g_object_new (SC_TYPE_TEST_RESOLVER, NULL);
}
