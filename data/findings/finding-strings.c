/* Generated from findings.json by build-aux/catalog-strings.py: do not edit.
 * Never compiled; it carries the findings' titles to xgettext (po/POTFILES.in). */
#if 0
/* TRANSLATORS: finding closed-without-answer, short title (after "New finding:") */
N_("Connection closed without an answer");
/* TRANSLATORS: finding bot-block, short title (after "New finding:") */
N_("Automated checks turned away");
/* TRANSLATORS: finding login-page, short title (after "New finding:") */
N_("Redirects to a login page");
/* TRANSLATORS: finding other-host, short title (after "New finding:") */
N_("Ends on another site");
/* TRANSLATORS: finding https-downgrade, short title (after "New finding:") */
N_("Redirect from https to http");
/* TRANSLATORS: finding address-changed, short title (after "New finding:") */
N_("The site lives at another address");
/* TRANSLATORS: finding temporary-redirect-for-move, short title (after "New finding:") */
N_("Temporary redirect for a permanent move");
/* TRANSLATORS: finding long-redirect-chain, short title (after "New finding:") */
N_("Long chain of redirects");
/* TRANSLATORS: finding certificate-expired, short title (after "New finding:") */
N_("Certificate expired");
/* TRANSLATORS: finding proxy-default-certificate, short title (after "New finding:") */
N_("A proxy’s placeholder certificate");
/* TRANSLATORS: finding self-signed, short title (after "New finding:") */
N_("Self-signed certificate");
/* TRANSLATORS: finding missing-intermediate, short title (after "New finding:") */
N_("Certificate issuer not trusted");
/* TRANSLATORS: finding certificate-expiring, short title (after "New finding:") */
N_("Certificate about to expire");
/* TRANSLATORS: finding certificate-differs, short title (after "New finding:") */
N_("Another certificate on a redirecting address");
/* TRANSLATORS: finding retry-after, short title (after "New finding:") */
N_("The server asks to wait before trying again");
/* TRANSLATORS: finding head-get-disagree, short title (after "New finding:") */
N_("HEAD and GET answered differently");
/* TRANSLATORS: finding slow-dns, short title (after "New finding:") */
N_("Slow name lookup");
/* TRANSLATORS: finding slow-tls, short title (after "New finding:") */
N_("Slow secure connection set-up");
/* TRANSLATORS: finding slow-first-byte, short title (after "New finding:") */
N_("Slow to start answering");
/* TRANSLATORS: finding body-stalled, short title (after "New finding:") */
N_("The page never finished loading");
/* TRANSLATORS: finding local-proxy-answered, short title (after "New finding:") */
N_("A proxy on your side answered, not the site");
/* TRANSLATORS: finding proxy-access-denied, short title (after "New finding:") */
N_("Your proxy refused the request");
/* TRANSLATORS: finding upstream-unreachable, short title (after "New finding:") */
N_("A proxy could not reach the server behind it");
/* TRANSLATORS: finding upstream-timeout, short title (after "New finding:") */
N_("The server behind a proxy took too long");
/* TRANSLATORS: finding proxy-fetch-failed, short title (after "New finding:") */
N_("Your proxy could not fetch the page");
/* TRANSLATORS: finding captive-portal, short title (after "New finding:") */
N_("The network asks for a login first");
/* TRANSLATORS: finding upstream-invalid-response, short title (after "New finding:") */
N_("Invalid answer from the site’s own server");
/* TRANSLATORS: finding upstream-tls-error, short title (after "New finding:") */
N_("No secure connection to the site’s own server");
/* TRANSLATORS: finding upstream-error-via-cdn, short title (after "New finding:") */
N_("The site’s own server failed behind the CDN");
/* TRANSLATORS: finding cdn-request-blocked, short title (after "New finding:") */
N_("The CDN refused the request");
/* TRANSLATORS: finding waf-block, short title (after "New finding:") */
N_("Blocked by a web application firewall");
/* TRANSLATORS: finding platform-no-site, short title (after "New finding:") */
N_("No site set up for this domain on the platform");
/* TRANSLATORS: finding cdn-challenge, short title (after "New finding:") */
N_("The CDN’s bot check instead of the page");
/* TRANSLATORS: finding cdn-block, short title (after "New finding:") */
N_("Blocked by the CDN");
/* TRANSLATORS: finding captcha-challenge, short title (after "New finding:") */
N_("A captcha instead of the page");
/* TRANSLATORS: finding firewall-sucuri, short title (after "New finding:") */
N_("Blocked by the Sucuri firewall");
/* TRANSLATORS: finding firewall-imunify360, short title (after "New finding:") */
N_("Blocked by Imunify360");
/* TRANSLATORS: finding firewall-modsecurity, short title (after "New finding:") */
N_("Blocked by a ModSecurity rule");
/* TRANSLATORS: finding firewall-wordfence, short title (after "New finding:") */
N_("Blocked by Wordfence");
/* TRANSLATORS: finding bot-challenge, short title (after "New finding:") */
N_("A bot check instead of the page");
/* TRANSLATORS: finding parked-domain, short title (after "New finding:") */
N_("Parked domain");
/* TRANSLATORS: finding hosting-account-suspended, short title (after "New finding:") */
N_("Hosting account suspended");
/* TRANSLATORS: finding default-server-page, short title (after "New finding:") */
N_("A default server page, not the site");
/* TRANSLATORS: finding platform-app-error, short title (after "New finding:") */
N_("The app on the hosting platform failed");
/* TRANSLATORS: finding proxy-rule-denied, short title (after "New finding:") */
N_("Refused by a rule of the proxy");
/* TRANSLATORS: finding proxy-no-route, short title (after "New finding:") */
N_("The proxy has no rule for this address");
/* TRANSLATORS: finding gateway-route-missing, short title (after "New finding:") */
N_("No route for this address in the API gateway");
/* TRANSLATORS: finding wordpress-database-error, short title (after "New finding:") */
N_("WordPress cannot reach its database");
/* TRANSLATORS: finding wordpress-critical-error, short title (after "New finding:") */
N_("WordPress critical error");
/* TRANSLATORS: finding wordpress-maintenance, short title (after "New finding:") */
N_("WordPress in maintenance mode");
/* TRANSLATORS: finding php-error-shown, short title (after "New finding:") */
N_("PHP errors shown on the page");
/* TRANSLATORS: finding php-script-not-found, short title (after "New finding:") */
N_("PHP script not found");
/* TRANSLATORS: finding php-fpm-access-denied, short title (after "New finding:") */
N_("PHP-FPM refused to run the file");
/* TRANSLATORS: finding application-error-hidden, short title (after "New finding:") */
N_("Application error behind an empty page");
/* TRANSLATORS: finding app-no-route, short title (after "New finding:") */
N_("The application has no page for this address");
/* TRANSLATORS: finding app-debug-page, short title (after "New finding:") */
N_("Error details shown to visitors");
/* TRANSLATORS: finding app-unhandled-error, short title (after "New finding:") */
N_("The application failed while answering");
/* TRANSLATORS: finding app-error-page, short title (after "New finding:") */
N_("The application’s fallback error page");
/* TRANSLATORS: finding app-host-not-allowed, short title (after "New finding:") */
N_("Host name not allowed by the application");
/* TRANSLATORS: finding directory-listing, short title (after "New finding:") */
N_("Directory listing");
/* TRANSLATORS: finding server-misconfiguration, short title (after "New finding:") */
N_("Web server configuration error");
#endif
