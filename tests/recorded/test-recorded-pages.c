/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "sc-checker.h"
#include "sc-test-expect.h"
#include "sc-test-server.h"

/* Real answers of products that cannot run here (CDNs, firewalls, hosting
 * platforms, frameworks, other servers), recorded from public sources
 * listed in SOURCES.md, served again from a local raw server and read by
 * the core checker.  Each case says who must be named as having answered,
 * which findings must fire, which must not, and the verdict. */

typedef struct {
  const char *page;              /* file name in pages/ */
  const char *role;              /* NULL: not checked */
  const char *software;          /* NULL: any, or none */
  const char *not_role;          /* the role it must not be read as */
  const char *findings[3];       /* must fire */
  const char *absent[8];         /* must not fire */
  const char *verdict;
  const char *through;           /* must be named on the path; NULL: not checked */
} Case;

/* The findings this file's signatures can add; a negative case checks
 * that none of them fires. */
#define SC_BLOCKING_FINDINGS \
  "cdn-challenge", "cdn-block", "waf-block", "bot-challenge", \
  "captcha-challenge", "cdn-request-blocked", "upstream-unreachable"

static const Case cases[] = {
  /* CDNs */
  { "cloudflare-520.http", "cdn", "Cloudflare", NULL,
    { "upstream-invalid-response" }, { "cdn-block" }, "problem" },
  { "cloudflare-521.http", "cdn", "Cloudflare", NULL,
    { "upstream-unreachable" }, { "cdn-block" }, "problem" },
  { "cloudflare-502-branded.http", "cdn", "Cloudflare", NULL,
    { "upstream-error-via-cdn" }, { "upstream-unreachable" }, "problem" },
  { "cloudflare-1020.http", "cdn", "Cloudflare", NULL,
    { "cdn-block" }, { "cdn-challenge" }, "problem" },
  { "cloudflare-attention-required.http", "cdn", "Cloudflare", NULL,
    { "cdn-block" }, { "cdn-challenge" }, "problem" },
  { "cloudflare-managed-challenge.http", "cdn", "Cloudflare", NULL,
    { "cdn-challenge" }, { "cdn-block" }, "problem" },
  { "cloudflare-js-challenge-503.http", "cdn", "Cloudflare", NULL,
    { "cdn-challenge" }, { "cdn-block" }, "problem" },
  { "cloudfront-502.http", "cdn", "CloudFront", NULL,
    { "upstream-unreachable" }, { "upstream-timeout" }, "problem" },
  { "cloudfront-504.http", "cdn", "CloudFront", NULL,
    { "upstream-timeout" }, { "upstream-unreachable" }, "problem" },
  { "cloudfront-403-blocked.http", "cdn", "CloudFront", NULL,
    { "cdn-request-blocked" }, { "cdn-block" }, "problem" },
  { "akamai-access-denied.http", "cdn", "Akamai", NULL,
    { "waf-block" }, { "cdn-block" }, "problem" },
  { "fastly-unknown-domain.http", "cdn", "Fastly", NULL,
    { "platform-no-site" }, { NULL }, "problem" },
  { "fastly-first-byte-timeout.http", "cdn", "Fastly", NULL,
    { "upstream-timeout" }, { "upstream-unreachable" }, "problem" },

  /* Firewalls and bot checks */
  { "sucuri-block.http", "firewall", "Sucuri", NULL,
    { "firewall-sucuri" }, { "firewall-modsecurity", "firewall-wordfence" }, "problem" },
  { "modsecurity-406.http", "firewall", "ModSecurity", NULL,
    { "firewall-modsecurity" }, { "firewall-sucuri" }, "problem" },
  { "wordfence-block.http", "firewall", "Wordfence", NULL,
    { "firewall-wordfence" }, { "firewall-modsecurity" }, "problem" },
  { "siteground-captcha-202.http", "firewall", "SiteGround", NULL,
    { "captcha-challenge" }, { NULL }, "problem" },
  { "imperva-challenge.http", "firewall", "Imperva", NULL,
    { "bot-challenge" }, { "waf-block" }, "problem" },
  { "imperva-incident-503.http", "firewall", "Imperva", NULL,
    { "waf-block" }, { "bot-challenge", "upstream-unreachable" }, "problem" },
  { "f5-asm-rejected.http", "firewall", "F5 BIG-IP ASM", NULL,
    { "waf-block" }, { NULL }, "problem" },
  { "ddos-guard-403.http", "firewall", "DDoS-Guard", NULL,
    { "bot-challenge" }, { NULL }, "problem" },

  /* Hosting and platforms */
  { "cpanel-default-page.http", "hosting", "cPanel", NULL,
    { "default-server-page" }, { "parked-domain" }, "problem" },
  /* cPanel's newer default page, served for a host with no account. */
  { "cpanel-default-web-site-page.http", "hosting", "cPanel", NULL,
    { "default-server-page" }, { "hosting-account-suspended" }, "problem" },
  { "heroku-application-error.http", "hosting", "Heroku", NULL,
    { "platform-app-error" }, { NULL }, "problem" },
  { "github-pages-site-not-found.http", "hosting", "GitHub Pages", NULL,
    { "platform-no-site" }, { NULL }, "problem" },
  { "vercel-deployment-not-found.http", "hosting", "Vercel", NULL,
    { "platform-no-site" }, { NULL }, "problem" },
  { "netlify-unknown-site.http", "hosting", "Netlify", NULL,
    { "platform-no-site" }, { NULL }, "problem" },
  { "s3-no-such-bucket.http", "hosting", "Amazon S3", NULL,
    { "platform-no-site" }, { NULL }, "problem" },

  /* Cloud gateways */
  { "aws-alb-502.http", "proxy", "AWS Elastic Load Balancing", NULL,
    { "upstream-unreachable" }, { NULL }, "problem" },
  { "envoy-503-connection-failure.http", "proxy", "Envoy", NULL,
    { "upstream-unreachable" }, { NULL }, "problem" },
  /* Via: 1.1 google rides on it, but Envoy's router wrote it. */
  { "envoy-no-healthy-upstream.http", "proxy", "Envoy", "cdn",
    { "upstream-unreachable" }, { "upstream-timeout" }, "problem" },
  /* Go's http.Error text from Traefik's load balancer, no Server header. */
  { "traefik-no-available-server.http", "proxy", "Traefik", NULL,
    { "upstream-unreachable" }, { "upstream-timeout" }, "problem" },
  /* nginx's template with another footer: not nginx's own answer. */
  { "azure-application-gateway-502.http", "proxy", "Azure Application Gateway", NULL,
    { "upstream-unreachable" }, { NULL }, "problem" },
  { "google-frontend-502.http", "proxy", "Google Front End", NULL,
    { "upstream-unreachable" }, { NULL }, "problem" },
  /* CloudFront's X-Cache header rides on it, but API Gateway wrote it. */
  { "api-gateway-missing-token.http", "proxy", "Amazon API Gateway", "cdn",
    { "gateway-route-missing" }, { "cdn-request-blocked", "upstream-unreachable" }, "problem" },

  /* Frameworks and other servers */
  { "express-cannot-get.http", "application", "Express", NULL,
    { "app-no-route" }, { NULL }, "problem" },
  { "spring-boot-whitelabel.http", "application", "Spring Boot", NULL,
    { "app-error-page" }, { NULL }, "problem" },
  { "rails-500.http", "application", "Ruby on Rails", NULL,
    { "app-unhandled-error" }, { NULL }, "problem" },
  /* Apache's Server header rides on it, but Laravel wrote it. */
  { "laravel-ignition-405.http", "application", "Laravel", "origin",
    { "app-debug-page" }, { "php-error-shown" }, "problem" },
  /* IIS's Server header rides on it, but ASP.NET wrote it. */
  { "aspnet-runtime-error.http", "application", "ASP.NET", "origin",
    { "app-unhandled-error" }, { "application-error-hidden" }, "problem" },
  { "drupal-unexpected-error.http", "application", "Drupal", NULL,
    { "app-unhandled-error" }, { "application-error-hidden" }, "problem" },
  { "tomcat-404.http", "application", "Tomcat", NULL,
    { NULL }, { NULL }, "problem" },
  { "litespeed-404.http", "origin", "LiteSpeed", NULL,
    { NULL }, { NULL }, "problem" },
  { "openresty-default-page.http", "origin", "OpenResty", NULL,
    { "default-server-page" }, { NULL }, "problem" },
  { "iis-403.http", "origin", "IIS", NULL,
    { NULL }, { SC_BLOCKING_FINDINGS }, "problem" },
  { "httpapi-403.http", "origin", "HTTP.sys", NULL,
    { NULL }, { SC_BLOCKING_FINDINGS }, "problem" },

  /* Pages that must not be read as any of the above. */
  { "negative-article-quotes-waf-pages.http", NULL, NULL, "firewall",
    { NULL }, { SC_BLOCKING_FINDINGS }, "ok" },
  /* Go net/http's default 404, which Traefik also sends for a host with no
   * router: any Go server sends it, so no proxy is named. */
  { "negative-go-404-page-not-found.http", NULL, NULL, "proxy",
    { NULL }, { SC_BLOCKING_FINDINGS }, "problem" },
  { "negative-cloudflare-site-200.http", NULL, NULL, "cdn",
    { NULL }, { SC_BLOCKING_FINDINGS }, "ok" },
  { "negative-ddos-guard-site-404.http", NULL, NULL, "firewall",
    { NULL }, { SC_BLOCKING_FINDINGS }, "problem" },
  /* The site's own Apache refused, and Cloudflare passed it on: a refusal
   * of the site, not a Cloudflare block. */
  { "negative-cloudflare-origin-apache-403.http", "origin", "Apache", "cdn",
    { NULL }, { SC_BLOCKING_FINDINGS }, "problem", "Cloudflare" },
};

/* The page file is HTTP/1.1 text with LF line ends: a head, a blank line,
 * a body.  The head goes out with CRLF and a Content-Length that fits the
 * body as it is kept here (pages may have been trimmed); the server closes
 * the connection after it. */
static char *
load_response (const char *page)
{
  g_autofree char *path = g_build_filename (SC_RECORDED_PAGES_DIR, page, NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *head = NULL;
  GString *response = g_string_new (NULL);
  const char *body;
  const char *split;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  split = strstr (text, "\n\n");
  g_assert_nonnull (split);
  head = g_strndup (text, split - text);
  body = split + 2;
  lines = g_strsplit (head, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_ascii_strncasecmp (lines[i], "Content-Length:", 15) == 0 ||
          g_ascii_strncasecmp (lines[i], "Transfer-Encoding:", 18) == 0 ||
          g_ascii_strncasecmp (lines[i], "Connection:", 11) == 0)
        continue;
      g_string_append_printf (response, "%s\r\n", lines[i]);
    }
  g_string_append_printf (response, "Content-Length: %zu\r\nConnection: close\r\n\r\n%s",
                          strlen (body), body);
  return g_string_free (response, FALSE);
}

static void
expect_not_role (ScCheckResult *result,
                 const char    *role)
{
  ScAnsweredBy *who = sc_check_result_get_answered_by (result);
  g_autofree char *reading = NULL;

  if (g_strcmp0 (sc_role_to_string (sc_answered_by_get_role (who)), role) != 0)
    return;
  reading = sc_test_describe_reading (result);
  g_error ("expected an answer not read as %s, got %s", role, reading);
}

static void
test_recorded_page (gconstpointer data)
{
  const Case *c = data;
  g_autofree char *response = load_response (c->page);
  g_autoptr(ScRawServer) raw = sc_raw_server_new (SC_RAW_RESPONSE, response);
  g_autoptr(ScChecker) checker = sc_checker_new (8, 4);
  g_autofree char *url = g_strdup_printf ("http://127.0.0.1:%u/", sc_raw_server_port (raw));
  g_autoptr(ScCheckResult) result = sc_test_check (checker, url);
  g_autofree char *reading = sc_test_describe_reading (result);

  g_test_message ("%s: %s", c->page, reading);
  if (c->role != NULL)
    sc_test_expect_who (result, c->role, c->software);
  if (c->not_role != NULL)
    expect_not_role (result, c->not_role);
  for (guint i = 0; i < G_N_ELEMENTS (c->findings) && c->findings[i] != NULL; i++)
    sc_test_expect_finding (result, c->findings[i]);
  for (guint i = 0; i < G_N_ELEMENTS (c->absent) && c->absent[i] != NULL; i++)
    sc_test_expect_no_finding (result, c->absent[i]);
  if (c->verdict != NULL)
    sc_test_expect_verdict (result, c->verdict);
  if (c->through != NULL)
    sc_test_expect_through (result, c->through);
}

/* Every page in pages/ is listed in a case, and every case has its page. */
static void
test_every_page_has_a_case (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (SC_RECORDED_PAGES_DIR, 0, &error);
  const char *name;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      gboolean listed = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (cases) && !listed; i++)
        listed = g_str_equal (cases[i].page, name);
      if (!listed)
        g_error ("pages/%s has no case in test-recorded-pages.c", name);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *stem = g_strndup (cases[i].page, strlen (cases[i].page) - strlen (".http"));
      g_autofree char *path = g_strdup_printf ("/recorded/%s", stem);

      g_test_add_data_func (path, &cases[i], test_recorded_page);
    }
  g_test_add_func ("/recorded/every-page-has-a-case", test_every_page_has_a_case);
  return g_test_run ();
}
