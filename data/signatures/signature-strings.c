/* Generated from data/signatures/*.json by build-aux/catalog-strings.py: do not edit.
 * Never compiled; it carries the signatures' text to xgettext (po/POTFILES.in). */
#if 0
/* TRANSLATORS: signature squid-proxy-auth-required, finding local-proxy-answered, message */
N_("Squid, the proxy your requests go through, wants a user name and password before it fetches anything: the site was never asked.");
/* TRANSLATORS: signature squid-proxy-auth-required, finding local-proxy-answered, suggestion 1 */
N_("Give the proxy’s user name and password in the proxy settings (or use an address of the form http://user:password@proxy:port).");
/* TRANSLATORS: signature squid-proxy-auth-required, finding local-proxy-answered, suggestion 2 */
N_("Ask whoever runs the proxy for an account, or whether sites can be checked without one.");
/* TRANSLATORS: signature squid-access-denied, finding proxy-access-denied, message */
N_("Squid refused to forward the request: its access rules (http_access) do not allow it. The site was never asked, so this says nothing about the site.");
/* TRANSLATORS: signature squid-access-denied, finding proxy-access-denied, suggestion 1 */
N_("Ask whoever runs the proxy to allow this site, or this computer, in its http_access rules.");
/* TRANSLATORS: signature squid-access-denied, finding proxy-access-denied, suggestion 2 */
N_("If this computer should reach the site directly, add the site to the proxy exceptions (no_proxy, or the system’s “Ignore hosts”).");
/* TRANSLATORS: signature squid-connect-fail, finding upstream-unreachable, message */
N_("Squid, a proxy on the way, could not connect to the server it was asked to fetch from: the connection was refused or timed out.");
/* TRANSLATORS: signature squid-connect-fail, finding upstream-unreachable, suggestion 1 */
N_("Check that the web server runs and listens on the site’s address and port.");
/* TRANSLATORS: signature squid-connect-fail, finding upstream-unreachable, suggestion 2 */
N_("Check for a firewall between the proxy and the server: the proxy may not be allowed to reach that address or port.");
/* TRANSLATORS: signature squid-read-timeout, finding upstream-timeout, message */
N_("Squid, a proxy on the way, connected to the site’s server but gave up waiting for its answer (Squid’s read_timeout).");
/* TRANSLATORS: signature squid-read-timeout, finding upstream-timeout, suggestion 1 */
N_("Check the site from another network: a site that is slow there too needs its own slowness fixed.");
/* TRANSLATORS: signature squid-read-timeout, finding upstream-timeout, suggestion 2 */
N_("If the site is only slow through the proxy, ask whoever runs the proxy about its read_timeout and its own network.");
/* TRANSLATORS: signature squid-read-error, finding proxy-fetch-failed, message */
N_("Squid, a proxy on the way, could not get the page: most often it found no address for the site’s name (Squid 5 reports a name that does not resolve, or no route to the site, as a read error), otherwise the connection to the server broke while reading.");
/* TRANSLATORS: signature squid-read-error, finding proxy-fetch-failed, suggestion 1 */
N_("Check that the site’s name resolves: a name that does not exist, or a DNS server the proxy cannot reach, gives this error.");
/* TRANSLATORS: signature squid-read-error, finding proxy-fetch-failed, suggestion 2 */
N_("Check the site from another network: if it answers there, ask whoever runs the proxy about its DNS (dns_nameservers) and its route to the site.");
/* TRANSLATORS: signature proxy-auth-required, finding local-proxy-answered, message */
N_("A proxy between this computer and the site wants a user name and password before it fetches anything: the site was never asked.");
/* TRANSLATORS: signature proxy-auth-required, finding local-proxy-answered, suggestion 1 */
N_("Give the proxy’s user name and password in the proxy settings (or use an address of the form http://user:password@proxy:port).");
/* TRANSLATORS: signature proxy-auth-required, finding local-proxy-answered, suggestion 2 */
N_("Ask whoever runs the proxy (often the company’s IT) for an account, or whether sites can be checked without one.");
/* TRANSLATORS: signature captive-portal, finding captive-portal, message */
N_("The network this computer is on asks for a login before it lets requests through (a captive portal, as on hotel, airport or guest Wi-Fi): the site was never asked.");
/* TRANSLATORS: signature captive-portal, finding captive-portal, suggestion 1 */
N_("Open any web page in a browser on this network and complete the portal’s login or terms page, then check again.");
/* TRANSLATORS: signature captive-portal, finding captive-portal, suggestion 2 */
N_("Check the site from another network to see what it answers.");
/* TRANSLATORS: signature cloudflare-origin-refused, finding upstream-unreachable, message */
N_("Cloudflare could not connect to the site’s own server (error 521): the origin web server is down or refuses connections from Cloudflare.");
/* TRANSLATORS: signature cloudflare-origin-refused, finding upstream-unreachable, suggestion 1 */
N_("Start the web server on the origin (for example nginx, Apache or the application server) and check that it listens on ports 80 and 443.");
/* TRANSLATORS: signature cloudflare-origin-refused, finding upstream-unreachable, suggestion 2 */
N_("Allow Cloudflare’s IP ranges (cloudflare.com/ips) in the origin’s firewall, security plugin or fail2ban rules.");
/* TRANSLATORS: signature cloudflare-origin-refused, finding upstream-unreachable, suggestion 3 */
N_("Ask the hosting provider whether the server is blocking or rate-limiting Cloudflare’s addresses.");
/* TRANSLATORS: signature cloudflare-origin-unknown-error, finding upstream-invalid-response, message */
N_("Cloudflare reached the site’s own server but got an empty, invalid or unexpected answer from it (error 520).");
/* TRANSLATORS: signature cloudflare-origin-unknown-error, finding upstream-invalid-response, suggestion 1 */
N_("Read the origin web server’s error log at the time of the check: a crashed PHP or application process often closes the connection without an answer.");
/* TRANSLATORS: signature cloudflare-origin-unknown-error, finding upstream-invalid-response, suggestion 2 */
N_("Check that the origin does not send response headers larger than Cloudflare accepts (often too many or too large cookies).");
/* TRANSLATORS: signature cloudflare-origin-unknown-error, finding upstream-invalid-response, suggestion 3 */
N_("Make sure no firewall or security plugin on the origin resets connections from Cloudflare’s IP ranges.");
/* TRANSLATORS: signature cloudflare-origin-timeout, finding upstream-timeout, message */
N_("Cloudflare gave up waiting for the site’s own server: it did not accept the connection in time (522) or did not answer within 100 seconds (524).");
/* TRANSLATORS: signature cloudflare-origin-timeout, finding upstream-timeout, suggestion 1 */
N_("Check that the origin server is up and not overloaded (CPU, memory, PHP or application workers) and that its firewall does not silently drop Cloudflare’s IP ranges.");
/* TRANSLATORS: signature cloudflare-origin-timeout, finding upstream-timeout, suggestion 2 */
N_("For 524, find the slow request in the application log and make it faster, or move long tasks to a background job.");
/* TRANSLATORS: signature cloudflare-origin-tls, finding upstream-tls-error, message */
N_("Cloudflare could not set up a secure connection to the site’s own server: the TLS handshake failed (525) or the origin’s certificate is not valid (526).");
/* TRANSLATORS: signature cloudflare-origin-tls, finding upstream-tls-error, suggestion 1 */
N_("Install a valid certificate on the origin server (a Cloudflare Origin CA certificate works with Full (strict) mode) and check that it covers the host name.");
/* TRANSLATORS: signature cloudflare-origin-tls, finding upstream-tls-error, suggestion 2 */
N_("Check the SSL/TLS encryption mode in the Cloudflare dashboard: Full (strict) needs a trusted, unexpired certificate on the origin.");
/* TRANSLATORS: signature cloudflare-origin-bad-gateway, finding upstream-error-via-cdn, message */
N_("The site’s own server answered Cloudflare with a gateway error, and Cloudflare showed its branded error page: the problem is on the origin, not at Cloudflare.");
/* TRANSLATORS: signature cloudflare-origin-bad-gateway, finding upstream-error-via-cdn, suggestion 1 */
N_("Check the origin’s web server and application: a 502 or 504 there usually means PHP-FPM, the application server or a backend behind it is down or too slow.");
/* TRANSLATORS: signature cloudflare-origin-bad-gateway, finding upstream-error-via-cdn, suggestion 2 */
N_("Read the origin web server’s error log at the time of the check and restart the failed service.");
/* TRANSLATORS: signature cloudfront-origin-unreachable, finding upstream-unreachable, message */
N_("Amazon CloudFront could not get a valid answer from the site’s origin: it could not connect, the TLS handshake failed, or the origin sent an invalid response.");
/* TRANSLATORS: signature cloudfront-origin-unreachable, finding upstream-unreachable, suggestion 1 */
N_("Check that the origin (load balancer, server or S3 website endpoint) named in the CloudFront distribution is running and reachable on the configured port and protocol.");
/* TRANSLATORS: signature cloudfront-origin-unreachable, finding upstream-unreachable, suggestion 2 */
N_("If the origin uses HTTPS, check that its certificate is valid and matches the origin domain name CloudFront connects to.");
/* TRANSLATORS: signature cloudfront-origin-timeout, finding upstream-timeout, message */
N_("Amazon CloudFront gave up on the site’s origin: the connection failed or the origin did not answer within the distribution’s timeout.");
/* TRANSLATORS: signature cloudfront-origin-timeout, finding upstream-timeout, suggestion 1 */
N_("Check that the origin is up and that its security group or firewall allows connections from CloudFront.");
/* TRANSLATORS: signature cloudfront-origin-timeout, finding upstream-timeout, suggestion 2 */
N_("Find out why the origin is slow for this request, or raise the origin response timeout in the distribution settings.");
/* TRANSLATORS: signature cloudfront-blocked, finding cdn-request-blocked, message */
N_("Amazon CloudFront refused the request itself: an AWS WAF rule or a geographic restriction blocked it, or the distribution is not set up for this host name.");
/* TRANSLATORS: signature cloudfront-blocked, finding cdn-request-blocked, suggestion 1 */
N_("In the CloudFront console, check that the host name is listed as an alternate domain name (CNAME) of the distribution and that the DNS record points to it.");
/* TRANSLATORS: signature cloudfront-blocked, finding cdn-request-blocked, suggestion 2 */
N_("Look in the AWS WAF logs or sampled requests of the web ACL attached to the distribution for the blocked request, and check the geographic restrictions.");
/* TRANSLATORS: signature akamai-access-denied, finding waf-block, message */
N_("Akamai’s edge refused the request: a security, bot or reputation rule set up by the site’s owner blocked the check before it reached the site.");
/* TRANSLATORS: signature akamai-access-denied, finding waf-block, suggestion 1 */
N_("If it is your site, look up the Reference number from the page in Akamai Control Center (Error Translator) to see which rule matched.");
/* TRANSLATORS: signature akamai-access-denied, finding waf-block, suggestion 2 */
N_("Allow the checking machine’s IP address in the Akamai security configuration, or relax the bot manager rule that matched.");
/* TRANSLATORS: signature fastly-unknown-domain, finding platform-no-site, message */
N_("The domain’s DNS points at Fastly, but no Fastly service is set up for this domain, so Fastly has no site to show.");
/* TRANSLATORS: signature fastly-unknown-domain, finding platform-no-site, suggestion 1 */
N_("Add the domain to the Fastly service that should serve it and activate the new version.");
/* TRANSLATORS: signature fastly-unknown-domain, finding platform-no-site, suggestion 2 */
N_("If the site has moved away from Fastly, update the DNS records so they no longer point at Fastly.");
/* TRANSLATORS: signature fastly-first-byte-timeout, finding upstream-timeout, message */
N_("Fastly waited too long for the first byte of the answer from the site’s origin server and gave up (first byte timeout).");
/* TRANSLATORS: signature fastly-first-byte-timeout, finding upstream-timeout, suggestion 1 */
N_("Find out why the origin is slow for this address (application log, database, external calls) and make it answer faster.");
/* TRANSLATORS: signature fastly-first-byte-timeout, finding upstream-timeout, suggestion 2 */
N_("If the request is slow by design, raise the first byte timeout of the backend in the Fastly service configuration.");
/* TRANSLATORS: signature cloudflare-challenge, finding cdn-challenge, message */
N_("Cloudflare answered with a bot challenge instead of the page: the site is probably up, but the check was not let through.");
/* TRANSLATORS: signature cloudflare-challenge, finding cdn-challenge, suggestion 1 */
N_("In the Cloudflare dashboard, add the checking machine’s IP address under Security → WAF → Tools (IP Access Rules) with the action Allow.");
/* TRANSLATORS: signature cloudflare-challenge, finding cdn-challenge, suggestion 2 */
N_("If Bot Fight Mode or “Under Attack” mode is on, switch it off or add a WAF skip rule for monitoring requests.");
/* TRANSLATORS: signature cloudflare-challenge-legacy, finding cdn-challenge, message */
N_("Cloudflare answered with a bot challenge instead of the page: the site is probably up, but the check was not let through.");
/* TRANSLATORS: signature cloudflare-challenge-legacy, finding cdn-challenge, suggestion 1 */
N_("In the Cloudflare dashboard, add the checking machine’s IP address under Security → WAF → Tools (IP Access Rules) with the action Allow.");
/* TRANSLATORS: signature cloudflare-challenge-legacy, finding cdn-challenge, suggestion 2 */
N_("If Bot Fight Mode or “Under Attack” mode is on, switch it off or add a WAF skip rule for monitoring requests.");
/* TRANSLATORS: signature cloudflare-block, finding cdn-block, message */
N_("This refusal came from Cloudflare, in front of the site; its firewall or rate limiting may have blocked the check rather than the site failing.");
/* TRANSLATORS: signature cloudflare-block, finding cdn-block, suggestion 1 */
N_("Open Security → Events in the Cloudflare dashboard and look up the blocked request by time and IP address to see which rule matched.");
/* TRANSLATORS: signature cloudflare-block, finding cdn-block, suggestion 2 */
N_("Allow the checking machine’s IP address under Security → WAF → Tools, or relax the rule that matched.");
/* TRANSLATORS: signature siteground-captcha, finding captcha-challenge, message */
N_("The 202 answer is a captcha challenge, not the site: bot protection at the host stopped the check.");
/* TRANSLATORS: signature siteground-captcha, finding captcha-challenge, suggestion 1 */
N_("Ask the host to allow the checking machine’s IP address past its bot protection (on SiteGround: Site Tools → Security, or a support ticket).");
/* TRANSLATORS: signature siteground-captcha, finding captcha-challenge, suggestion 2 */
N_("Check the site from a browser: if it loads there, only automated clients are being challenged.");
/* TRANSLATORS: signature captcha-challenge-202, finding captcha-challenge, message */
N_("The 202 answer is a captcha challenge, not the site: bot protection at the host stopped the check.");
/* TRANSLATORS: signature captcha-challenge-202, finding captcha-challenge, suggestion 1 */
N_("Ask the host to allow the checking machine’s IP address past its bot protection (on SiteGround: Site Tools → Security, or a support ticket).");
/* TRANSLATORS: signature captcha-challenge-202, finding captcha-challenge, suggestion 2 */
N_("Check the site from a browser: if it loads there, only automated clients are being challenged.");
/* TRANSLATORS: signature sucuri-firewall, finding firewall-sucuri, message */
N_("The Sucuri website firewall blocked the request.");
/* TRANSLATORS: signature sucuri-firewall, finding firewall-sucuri, suggestion 1 */
N_("In the Sucuri dashboard, open Firewall → Access Control and allow the checking machine’s IP address.");
/* TRANSLATORS: signature sucuri-firewall, finding firewall-sucuri, suggestion 2 */
N_("Look up the block in Sucuri’s Audit Trail to see which rule matched.");
/* TRANSLATORS: signature imunify360-firewall, finding firewall-imunify360, message */
N_("Imunify360 on the server blocked the request as a suspected bot or attack.");
/* TRANSLATORS: signature imunify360-firewall, finding firewall-imunify360, suggestion 1 */
N_("In cPanel or Plesk, open Imunify360 → Firewall and add the checking machine’s IP address to the White List.");
/* TRANSLATORS: signature imunify360-firewall, finding firewall-imunify360, suggestion 2 */
N_("Ask the host to check the Imunify360 incident log for the time of the check.");
/* TRANSLATORS: signature modsecurity-block, finding firewall-modsecurity, message */
N_("A ModSecurity rule on the server rejected the request.");
/* TRANSLATORS: signature modsecurity-block, finding firewall-modsecurity, suggestion 1 */
N_("Find the rule id in the server’s ModSecurity audit log (or ask the host) and add an exclusion for it or for the checking machine’s IP address.");
/* TRANSLATORS: signature modsecurity-block, finding firewall-modsecurity, suggestion 2 */
N_("In cPanel, ModSecurity can be switched off for one domain under Security → ModSecurity while you investigate.");
/* TRANSLATORS: signature wordfence-block, finding firewall-wordfence, message */
N_("The Wordfence security plugin on the WordPress site blocked the request.");
/* TRANSLATORS: signature wordfence-block, finding firewall-wordfence, suggestion 1 */
N_("In WordPress, open Wordfence → Firewall → Blocking and remove the block, or add the checking machine’s IP address to the allowlisted IPs under Wordfence → All Options.");
/* TRANSLATORS: signature wordfence-block, finding firewall-wordfence, suggestion 2 */
N_("Check Wordfence → Tools → Live Traffic for the time of the check to see why it was blocked.");
/* TRANSLATORS: signature imperva-challenge, finding bot-challenge, message */
N_("Imperva (Incapsula) answered with a bot check instead of the page: a short page that only loads its challenge script, which automated clients cannot pass.");
/* TRANSLATORS: signature imperva-challenge, finding bot-challenge, suggestion 1 */
N_("If it is your site, allow the checking machine’s IP address in the Imperva console (Security settings, allowlist) or exempt it from bot protection.");
/* TRANSLATORS: signature imperva-challenge, finding bot-challenge, suggestion 2 */
N_("Check the site from a browser: if it loads there, only automated clients are being challenged.");
/* TRANSLATORS: signature f5-asm-rejected, finding waf-block, message */
N_("The F5 BIG-IP web application firewall in front of the site rejected the request and showed its block page instead of the site, even though the status says otherwise.");
/* TRANSLATORS: signature f5-asm-rejected, finding waf-block, suggestion 1 */
N_("If it is your site, look up the support ID from the page in the BIG-IP ASM event log to see which violation matched.");
/* TRANSLATORS: signature f5-asm-rejected, finding waf-block, suggestion 2 */
N_("Adjust or relax the matching policy entry, or allow the checking machine’s IP address in the security policy.");
/* TRANSLATORS: signature ddos-guard-check, finding bot-challenge, message */
N_("DDoS-Guard, in front of the site, answered with its own check page instead of the site.");
/* TRANSLATORS: signature ddos-guard-check, finding bot-challenge, suggestion 1 */
N_("If it is your site, allow the checking machine’s IP address in the DDoS-Guard control panel, or lower the protection level for it.");
/* TRANSLATORS: signature ddos-guard-check, finding bot-challenge, suggestion 2 */
N_("Check the site from a browser: if it loads there, only automated clients are being challenged.");
/* TRANSLATORS: signature imperva-incident-block, finding waf-block, message */
N_("Imperva (Incapsula), the firewall in front of the site, refused the request and answered with its “Request unsuccessful” page; the incident ID on it identifies the block for the site’s owner.");
/* TRANSLATORS: signature imperva-incident-block, finding waf-block, suggestion 1 */
N_("If it is your site, look the incident ID up in the Imperva console (Security events) to see which rule blocked the request, and allow the checking machine’s IP address if it should pass.");
/* TRANSLATORS: signature imperva-incident-block, finding waf-block, suggestion 2 */
N_("Check the site from a browser and another network: if it loads there, only this client or address is blocked.");
/* TRANSLATORS: signature parked-domain, finding parked-domain, message */
N_("The page is a domain parking page, not the site: the domain may have expired or its DNS points to the registrar.");
/* TRANSLATORS: signature parked-domain, finding parked-domain, suggestion 1 */
N_("Check at the registrar that the domain is registered, paid for and not expired.");
/* TRANSLATORS: signature parked-domain, finding parked-domain, suggestion 2 */
N_("Check that the domain’s name servers and A records point to your host, not to the registrar’s parking service.");
/* TRANSLATORS: signature cpanel-account-suspended, finding hosting-account-suspended, message */
N_("The host has suspended the hosting account, so the server shows its suspension page instead of the site.");
/* TRANSLATORS: signature cpanel-account-suspended, finding hosting-account-suspended, suggestion 1 */
N_("Look for an e-mail from the host and check its billing area: an unpaid invoice is the usual reason, then resource abuse, malware or spam complaints.");
/* TRANSLATORS: signature cpanel-account-suspended, finding hosting-account-suspended, suggestion 2 */
N_("Contact the host’s support to learn the reason and what they need to lift the suspension.");
/* TRANSLATORS: signature cpanel-account-suspended, finding hosting-account-suspended, suggestion 3 */
N_("Once the account is active again, check the site again; if it was suspended for malware, clean the site before it goes back online.");
/* TRANSLATORS: signature cpanel-default-page, finding default-server-page, message */
N_("The answer is cPanel’s default page, not the site: the domain points at a cPanel server that has no account or site set up for it.");
/* TRANSLATORS: signature cpanel-default-page, finding default-server-page, suggestion 1 */
N_("Check that the domain’s A record points to the server where the site’s cPanel account lives.");
/* TRANSLATORS: signature cpanel-default-page, finding default-server-page, suggestion 2 */
N_("In cPanel, add the domain to the right account (as the main, addon or parked domain) and make sure its document root holds the site.");
/* TRANSLATORS: signature heroku-application-error, finding platform-app-error, message */
N_("Heroku’s router answered because the app could not: it crashed, failed to start, has no running web dyno, or did not answer within 30 seconds.");
/* TRANSLATORS: signature heroku-application-error, finding platform-app-error, suggestion 1 */
N_("Run “heroku logs --tail” for the app and look for the router error code (H10 app crashed, H12 request timeout, H14 no web dynos running).");
/* TRANSLATORS: signature heroku-application-error, finding platform-app-error, suggestion 2 */
N_("Fix the crash or the slow request, then restart the dynos (“heroku ps:restart”) and make sure at least one web dyno is scaled up.");
/* TRANSLATORS: signature github-pages-no-site, finding platform-no-site, message */
N_("The domain’s DNS points at GitHub Pages, but no GitHub Pages site is published for this address.");
/* TRANSLATORS: signature github-pages-no-site, finding platform-no-site, suggestion 1 */
N_("In the repository’s Settings → Pages, check that Pages is enabled and that the custom domain is set to exactly this host name.");
/* TRANSLATORS: signature github-pages-no-site, finding platform-no-site, suggestion 2 */
N_("If the site has moved away from GitHub Pages, remove or update the DNS records that still point at GitHub.");
/* TRANSLATORS: signature vercel-deployment-not-found, finding platform-no-site, message */
N_("The address points at Vercel, but Vercel has no deployment for it (DEPLOYMENT_NOT_FOUND): the deployment was deleted or the domain is not attached to a project.");
/* TRANSLATORS: signature vercel-deployment-not-found, finding platform-no-site, suggestion 1 */
N_("In the Vercel dashboard, add the domain to the project under Settings → Domains, or check that the deployment URL still exists.");
/* TRANSLATORS: signature vercel-deployment-not-found, finding platform-no-site, suggestion 2 */
N_("If the site has moved away from Vercel, update the DNS records that still point at Vercel.");
/* TRANSLATORS: signature s3-no-such-bucket, finding platform-no-site, message */
N_("The address points at Amazon S3, but the bucket it names does not exist, so there is nothing to serve.");
/* TRANSLATORS: signature s3-no-such-bucket, finding platform-no-site, suggestion 1 */
N_("Create the bucket with exactly the expected name (for a website endpoint, the host name) in the right region, or correct the name the site uses.");
/* TRANSLATORS: signature s3-no-such-bucket, finding platform-no-site, suggestion 2 */
N_("If the site has moved away from S3, update the DNS record or CloudFront origin that still points at the bucket.");
/* TRANSLATORS: signature netlify-no-site, finding platform-no-site, message */
N_("Netlify answered, but no Netlify site is set up for this domain: the DNS points at Netlify, and no site claims the name.");
/* TRANSLATORS: signature netlify-no-site, finding platform-no-site, suggestion 1 */
N_("Add the domain to the site under Domain management in the Netlify dashboard (both the bare and the www name if both are used).");
/* TRANSLATORS: signature netlify-no-site, finding platform-no-site, suggestion 2 */
N_("If the site moved elsewhere, change or remove the DNS record that still points at Netlify: anyone could claim the name there.");
/* TRANSLATORS: signature nginx-bad-gateway, finding upstream-unreachable, message */
N_("nginx, the web server in front of the site, could not get an answer from the application server behind it: that server is down, refused the connection, or sent an answer nginx could not read.");
/* TRANSLATORS: signature nginx-bad-gateway, finding upstream-unreachable, suggestion 1 */
N_("Start or restart the application server behind nginx (PHP-FPM, Node, Gunicorn, a container) and check that it listens at the address in proxy_pass or fastcgi_pass.");
/* TRANSLATORS: signature nginx-bad-gateway, finding upstream-unreachable, suggestion 2 */
N_("Read nginx’s error.log: a line such as “connect() failed (111: Connection refused) while connecting to upstream” names the address nginx tried.");
/* TRANSLATORS: signature nginx-bad-gateway, finding upstream-unreachable, suggestion 3 */
N_("If the application server runs, look for crashes or exhausted workers in its own log (for PHP-FPM, pm.max_children).");
/* TRANSLATORS: signature nginx-gateway-timeout, finding upstream-timeout, message */
N_("nginx, the web server in front of the site, gave up waiting for the application server behind it: the application took longer than nginx allows (proxy_read_timeout or fastcgi_read_timeout, 60 seconds unless changed).");
/* TRANSLATORS: signature nginx-gateway-timeout, finding upstream-timeout, suggestion 1 */
N_("Find out why the application is slow on this page: a slow database query, a call to another service, or every worker busy; its own log and slow log say which.");
/* TRANSLATORS: signature nginx-gateway-timeout, finding upstream-timeout, suggestion 2 */
N_("Read nginx’s error.log for “upstream timed out (110: Connection timed out) while reading response header from upstream”, which names the request and the upstream.");
/* TRANSLATORS: signature nginx-gateway-timeout, finding upstream-timeout, suggestion 3 */
N_("Only if the page is slow by design (an export, a report), raise proxy_read_timeout or fastcgi_read_timeout for that location.");
/* TRANSLATORS: signature apache-proxy-unavailable, finding upstream-unreachable, message */
N_("Apache, the web server in front of the site, could not connect to the server it passes requests to (mod_proxy: a backend, PHP-FPM or an application server): it is down, refused the connection, or has been marked as failed.");
/* TRANSLATORS: signature apache-proxy-unavailable, finding upstream-unreachable, suggestion 1 */
N_("Start or restart the backend Apache forwards to and check that it listens at the address in ProxyPass (or SetHandler proxy:fcgi://… for PHP-FPM).");
/* TRANSLATORS: signature apache-proxy-unavailable, finding upstream-unreachable, suggestion 2 */
N_("Read Apache’s error log: “AH00957: … attempt to connect to … failed” and “AH01114: failed to make connection to backend” name the backend.");
/* TRANSLATORS: signature apache-proxy-unavailable, finding upstream-unreachable, suggestion 3 */
N_("After a backend failure Apache stops trying it for a while (the worker’s retry, 60 seconds by default); once the backend is back, wait that long or reload Apache.");
/* TRANSLATORS: signature apache-proxy-read-error, finding upstream-timeout, message */
N_("Apache, the web server in front of the site, got no answer from the server behind it: most often that server took longer than Apache’s ProxyTimeout (or Timeout), otherwise it closed the connection without answering.");
/* TRANSLATORS: signature apache-proxy-read-error, finding upstream-timeout, suggestion 1 */
N_("Find out why the backend is slow or failing on this page: its own log tells whether the request arrived, how long it took, and whether it crashed.");
/* TRANSLATORS: signature apache-proxy-read-error, finding upstream-timeout, suggestion 2 */
N_("Read Apache’s error log: “AH01102: error reading status line from remote server” with “The timeout specified has expired” means a timeout; “Connection reset by peer” means the backend dropped the connection.");
/* TRANSLATORS: signature apache-proxy-read-error, finding upstream-timeout, suggestion 3 */
N_("Only if the page is slow by design, raise ProxyTimeout (or timeout= on the ProxyPass line).");
/* TRANSLATORS: signature apache-gateway-timeout, finding upstream-timeout, message */
N_("Apache, the web server in front of the site, gave up waiting for the application behind it (often PHP-FPM through mod_proxy_fcgi): the application took longer than Apache’s ProxyTimeout (or Timeout).");
/* TRANSLATORS: signature apache-gateway-timeout, finding upstream-timeout, suggestion 1 */
N_("Find out why the application is slow or stuck: PHP-FPM’s slow log and its status page show requests that take too long or workers that are all busy.");
/* TRANSLATORS: signature apache-gateway-timeout, finding upstream-timeout, suggestion 2 */
N_("Read Apache’s error log for “AH01075: Error dispatching request to …” with “The timeout specified has expired”.");
/* TRANSLATORS: signature apache-gateway-timeout, finding upstream-timeout, suggestion 3 */
N_("Only if the page is slow by design, raise ProxyTimeout or the timeout= of the proxy worker.");
/* TRANSLATORS: signature haproxy-no-server, finding upstream-unreachable, message */
N_("HAProxy, the load balancer in front of the site, has no healthy server to send the request to: every backend is down, refuses connections, or fails its health check.");
/* TRANSLATORS: signature haproxy-no-server, finding upstream-unreachable, suggestion 1 */
N_("Start the backend servers, or find why they fail HAProxy’s health check: the HAProxy log and its stats page show each server’s state and the reason (“Layer4 connection problem”, a bad status).");
/* TRANSLATORS: signature haproxy-no-server, finding upstream-unreachable, suggestion 2 */
N_("Check that the server lines of the backend point at the right address and port, and that no firewall blocks HAProxy from them.");
/* TRANSLATORS: signature haproxy-no-server, finding upstream-unreachable, suggestion 3 */
N_("If the servers run but fail the check, compare the check (option httpchk, its path and expected status) with what the application really answers.");
/* TRANSLATORS: signature haproxy-gateway-timeout, finding upstream-timeout, message */
N_("HAProxy, the load balancer in front of the site, gave up waiting for the backend server: it took longer than HAProxy’s “timeout server”.");
/* TRANSLATORS: signature haproxy-gateway-timeout, finding upstream-timeout, suggestion 1 */
N_("Find out why the backend is slow on this page: its own log and the time HAProxy logs for the request (Tr, and the sH termination state) show where the time goes.");
/* TRANSLATORS: signature haproxy-gateway-timeout, finding upstream-timeout, suggestion 2 */
N_("Check that the backend is not overloaded: HAProxy’s stats page shows queued requests and each server’s current sessions.");
/* TRANSLATORS: signature haproxy-gateway-timeout, finding upstream-timeout, suggestion 3 */
N_("Only if the page is slow by design, raise “timeout server” for that backend.");
/* TRANSLATORS: signature haproxy-bad-gateway, finding upstream-invalid-response, message */
N_("HAProxy, the load balancer in front of the site, got an answer from the backend server that is not valid HTTP, or that stopped halfway: the backend crashed, closed the connection early, or is not a web server on that port.");
/* TRANSLATORS: signature haproxy-bad-gateway, finding upstream-invalid-response, suggestion 1 */
N_("Check that the backend’s server line points at the web application’s HTTP port, not at another service (a TLS port, SSH, a database).");
/* TRANSLATORS: signature haproxy-bad-gateway, finding upstream-invalid-response, suggestion 2 */
N_("Look in the backend’s log for a crash or a restart at the time of the request; HAProxy logs such a request with the termination state PH-- or SH--.");
/* TRANSLATORS: signature haproxy-bad-gateway, finding upstream-invalid-response, suggestion 3 */
N_("If the backend speaks TLS, add “ssl” to its server line in HAProxy.");
/* TRANSLATORS: signature haproxy-forbidden, finding proxy-rule-denied, message */
N_("HAProxy, the load balancer in front of the site, refused the request by one of its own rules (an http-request deny): the site’s servers never saw it.");
/* TRANSLATORS: signature haproxy-forbidden, finding proxy-rule-denied, suggestion 1 */
N_("If you run the site, look at the http-request deny rules of this frontend and the ACLs they use (addresses, paths, headers, rate limits).");
/* TRANSLATORS: signature haproxy-forbidden, finding proxy-rule-denied, suggestion 2 */
N_("If you do not run the site, ask its owner to allow this address or this kind of request; the block is not a fault of the site itself.");
/* TRANSLATORS: signature varnish-backend-timeout, finding upstream-timeout, message */
N_("Varnish, the cache in front of the site, gave up waiting for the server behind it: its page came only after a wait, so the backend was too slow (first_byte_timeout) or did not accept the connection in time, rather than refusing it.");
/* TRANSLATORS: signature varnish-backend-timeout, finding upstream-timeout, suggestion 1 */
N_("Find out why the backend is slow at the time of the check: its own log, its load, slow database queries.");
/* TRANSLATORS: signature varnish-backend-timeout, finding upstream-timeout, suggestion 2 */
N_("Run “varnishlog -g request -q 'BerespStatus == 503'” on the cache: a FetchError “first byte timeout” confirms it; raise first_byte_timeout for that backend only if the slow answer is expected.");
/* TRANSLATORS: signature varnish-backend-fetch-failed, finding upstream-unreachable, message */
N_("Varnish, the cache in front of the site, could not fetch the page from the server behind it, and answered at once: that server is down, refused the connection, or sent an answer that is not valid HTTP.");
/* TRANSLATORS: signature varnish-backend-fetch-failed, finding upstream-unreachable, suggestion 1 */
N_("Check that the backend Varnish fetches from runs and answers at the address in its VCL (backend default { .host = …; .port = …; }).");
/* TRANSLATORS: signature varnish-backend-fetch-failed, finding upstream-unreachable, suggestion 2 */
N_("Run “varnishlog -g request -q 'BerespStatus == 503'” on the cache: the FetchError line says which it was (“Connection refused”, “http format error”).");
/* TRANSLATORS: signature traffic-server-could-not-connect, finding upstream-unreachable, message */
N_("Apache Traffic Server, the proxy or cache in front of the site, could not connect to the server behind it: the connection was refused or timed out.");
/* TRANSLATORS: signature traffic-server-could-not-connect, finding upstream-unreachable, suggestion 1 */
N_("Start the origin server Traffic Server forwards to, and check that it listens at the address in remap.config (or parent.config).");
/* TRANSLATORS: signature traffic-server-could-not-connect, finding upstream-unreachable, suggestion 2 */
N_("Check for a firewall between Traffic Server and the origin, and read Traffic Server’s diags.log and error.log for the address it tried.");
/* TRANSLATORS: signature traffic-server-inactivity-timeout, finding upstream-timeout, message */
N_("Apache Traffic Server, the proxy or cache in front of the site, gave up waiting for the server behind it: it sent nothing for longer than Traffic Server allows (transaction_no_activity_timeout_out).");
/* TRANSLATORS: signature traffic-server-inactivity-timeout, finding upstream-timeout, suggestion 1 */
N_("Find out why the origin server is slow on this page: its own log tells how long the request took.");
/* TRANSLATORS: signature traffic-server-inactivity-timeout, finding upstream-timeout, suggestion 2 */
N_("Only if the page is slow by design, raise proxy.config.http.transaction_no_activity_timeout_out for it.");
/* TRANSLATORS: signature traffic-server-bad-response, finding upstream-invalid-response, message */
N_("Apache Traffic Server, the proxy or cache in front of the site, got an answer from the server behind it that is not valid HTTP.");
/* TRANSLATORS: signature traffic-server-bad-response, finding upstream-invalid-response, suggestion 1 */
N_("Check that remap.config points at the origin’s HTTP port, not at another service, and that http and https are not swapped.");
/* TRANSLATORS: signature traffic-server-bad-response, finding upstream-invalid-response, suggestion 2 */
N_("Look in the origin server’s log for a crash or a restart at the time of the request.");
/* TRANSLATORS: signature traffic-server-no-mapping, finding proxy-no-route, message */
N_("Apache Traffic Server, the proxy in front of the site, has no rule for this address (no map line in remap.config matches it), so it sent the request nowhere.");
/* TRANSLATORS: signature traffic-server-no-mapping, finding proxy-no-route, suggestion 1 */
N_("If you run the proxy, add a map line for this host name (and path) to remap.config and reload it with traffic_ctl config reload.");
/* TRANSLATORS: signature traffic-server-no-mapping, finding proxy-no-route, suggestion 2 */
N_("If the host name is new, check that its DNS points at the right proxy or server.");
/* TRANSLATORS: signature aws-elb-bad-gateway, finding upstream-unreachable, message */
N_("The AWS load balancer could not get a valid answer from the site’s servers (targets): a target closed or reset the connection, or sent a malformed response.");
/* TRANSLATORS: signature aws-elb-bad-gateway, finding upstream-unreachable, suggestion 1 */
N_("Check the target group in the EC2 console: are the targets healthy, and does the application listen on the target port?");
/* TRANSLATORS: signature aws-elb-bad-gateway, finding upstream-unreachable, suggestion 2 */
N_("Make the application’s keep-alive timeout longer than the load balancer’s idle timeout, and read the application log for crashes at the time of the check.");
/* TRANSLATORS: signature api-gateway-missing-token, finding gateway-route-missing, message */
N_("Amazon API Gateway has no route for this address: “Missing Authentication Token” is what it answers for an unknown path, method or stage, not only for a missing key.");
/* TRANSLATORS: signature api-gateway-missing-token, finding gateway-route-missing, suggestion 1 */
N_("Check the path and stage in the address (for example /prod/…) against the resources and methods deployed in API Gateway, and redeploy the stage after changes.");
/* TRANSLATORS: signature api-gateway-missing-token, finding gateway-route-missing, suggestion 2 */
N_("If the route does exist and uses IAM authorization, send a signed request or change the method’s authorization.");
/* TRANSLATORS: signature envoy-upstream-connect-error, finding upstream-unreachable, message */
N_("The Envoy proxy (also used by Istio, Contour and other gateways) could not connect to the service behind it, or the service reset the connection before answering.");
/* TRANSLATORS: signature envoy-upstream-connect-error, finding upstream-unreachable, suggestion 1 */
N_("Check that the backend service and its pods are running and ready, and that the service port in the route matches the port the application listens on.");
/* TRANSLATORS: signature envoy-upstream-connect-error, finding upstream-unreachable, suggestion 2 */
N_("Read the Envoy access log’s response flags (UF, URX, UC) and the backend’s log at the time of the check.");
/* TRANSLATORS: signature envoy-no-healthy-upstream, finding upstream-unreachable, message */
N_("The Envoy-based proxy or load balancer in front of the site has no healthy server to send the request to: every backend is down or fails its health check.");
/* TRANSLATORS: signature envoy-no-healthy-upstream, finding upstream-unreachable, suggestion 1 */
N_("Check that the backend service has running, ready instances (pods, containers or VMs) and that they listen on the port the route or backend service names.");
/* TRANSLATORS: signature envoy-no-healthy-upstream, finding upstream-unreachable, suggestion 2 */
N_("Check the health check: its path, port and expected status must match what the application answers, or every backend is marked unhealthy.");
/* TRANSLATORS: signature traefik-no-available-server, finding upstream-unreachable, message */
N_("Traefik, the reverse proxy in front of the site, has a route for this address but no server to send it to: the service behind the route has no servers, or every one fails its health check.");
/* TRANSLATORS: signature traefik-no-available-server, finding upstream-unreachable, suggestion 1 */
N_("Check that the containers or services behind the router are running and healthy (docker ps, kubectl get endpoints), and that Traefik can reach them on the network it uses (traefik.docker.network).");
/* TRANSLATORS: signature traefik-no-available-server, finding upstream-unreachable, suggestion 2 */
N_("Check the port and health check of the service (loadbalancer.server.port, healthCheck path and port): a wrong one marks every server as down.");
/* TRANSLATORS: signature traefik-no-available-server, finding upstream-unreachable, suggestion 3 */
N_("Look at the service in Traefik’s dashboard or its log: it shows which servers it knows and which it marked unhealthy.");
/* TRANSLATORS: signature azure-application-gateway-bad-gateway, finding upstream-unreachable, message */
N_("Azure Application Gateway, in front of the site, could not get a valid answer from the servers in its backend pool: they are down, unhealthy, or blocked from it.");
/* TRANSLATORS: signature azure-application-gateway-bad-gateway, finding upstream-unreachable, suggestion 1 */
N_("Open Backend health for the gateway in the Azure portal: it says which backend failed and why (probe failure, timeout, certificate mismatch).");
/* TRANSLATORS: signature azure-application-gateway-bad-gateway, finding upstream-unreachable, suggestion 2 */
N_("Check that network security groups, routes and the backend’s own access rules allow the gateway’s subnet, and that the backend answers the health probe’s path with 200–399.");
/* TRANSLATORS: signature google-frontend-server-error, finding upstream-unreachable, message */
N_("Google’s front end (the Google Cloud load balancer, Cloud Run or App Engine) could not get an answer from the service behind it.");
/* TRANSLATORS: signature google-frontend-server-error, finding upstream-unreachable, suggestion 1 */
N_("Check the backend service’s health in the Google Cloud console: a load balancer with no healthy backend answers this page (failed_to_pick_backend in its log).");
/* TRANSLATORS: signature google-frontend-server-error, finding upstream-unreachable, suggestion 2 */
N_("Read the load balancer’s and the service’s logs at the time of the check for a crash, a timeout or a closed connection.");
/* TRANSLATORS: signature wordpress-database-error, finding wordpress-database-error, message */
N_("WordPress is running, but it could not connect to its database, so it cannot build any page of the site.");
/* TRANSLATORS: signature wordpress-database-error, finding wordpress-database-error, suggestion 1 */
N_("Check the database settings in wp-config.php: DB_NAME, DB_USER, DB_PASSWORD and DB_HOST must match a database and user that really exist (a password changed in the hosting panel but not in wp-config.php is a common cause).");
/* TRANSLATORS: signature wordpress-database-error, finding wordpress-database-error, suggestion 2 */
N_("Check that the database server (MySQL or MariaDB) is running and accepts connections; start it if it stopped, and read its log for why it stopped.");
/* TRANSLATORS: signature wordpress-database-error, finding wordpress-database-error, suggestion 3 */
N_("If it happens only at busy times, the database may be refusing new connections (max_connections, or the host’s limit for your plan): ask the host, or look for a plugin or bots flooding the site.");
/* TRANSLATORS: signature wordpress-critical-error, finding wordpress-critical-error, message */
N_("WordPress stopped on a fatal PHP error and showed its “critical error” page instead of the site. The cause is almost always a plugin or the theme, often one that was just installed or updated.");
/* TRANSLATORS: signature wordpress-critical-error, finding wordpress-critical-error, suggestion 1 */
N_("Look in the site administrator’s mailbox for WordPress’s email about the error: it names the plugin or theme at fault and has a link to log in in recovery mode and deactivate it.");
/* TRANSLATORS: signature wordpress-critical-error, finding wordpress-critical-error, suggestion 2 */
N_("Without that email, deactivate plugins by renaming their folders in wp-content/plugins (over FTP or the host’s file manager), starting with the one updated most recently; switch to a default theme if that does not help.");
/* TRANSLATORS: signature wordpress-critical-error, finding wordpress-critical-error, suggestion 3 */
N_("Turn on WP_DEBUG and WP_DEBUG_LOG in wp-config.php, load the page again and read wp-content/debug.log (or the server’s PHP error log) for the exact file and line.");
/* TRANSLATORS: signature wordpress-maintenance, finding wordpress-maintenance, message */
N_("WordPress is in maintenance mode: it shows this page while it installs updates, which normally takes less than a minute. If the page stays, an update was interrupted and left its .maintenance file behind.");
/* TRANSLATORS: signature wordpress-maintenance, finding wordpress-maintenance, suggestion 1 */
N_("Wait a minute and check again: an update in progress ends by itself.");
/* TRANSLATORS: signature wordpress-maintenance, finding wordpress-maintenance, suggestion 2 */
N_("If the page is still there after a few minutes, delete the file .maintenance in the WordPress folder (next to wp-config.php) over FTP or the host’s file manager.");
/* TRANSLATORS: signature wordpress-maintenance, finding wordpress-maintenance, suggestion 3 */
N_("Then open Dashboard › Updates and run the interrupted update again, so that no plugin or theme is left half updated.");
/* TRANSLATORS: signature php-fatal-error-shown, finding php-error-shown, message */
N_("The page shows a PHP fatal error: the site’s code stopped partway, and the error message, with file paths on the server, is shown to every visitor.");
/* TRANSLATORS: signature php-fatal-error-shown, finding php-error-shown, suggestion 1 */
N_("Fix the code at the file and line the message names; if it is in a plugin or theme, update it, or deactivate it until its author fixes it.");
/* TRANSLATORS: signature php-fatal-error-shown, finding php-error-shown, suggestion 2 */
N_("Turn off display_errors on the live site (in php.ini or the host’s PHP settings; in WordPress keep WP_DEBUG_DISPLAY false) and log errors to a file instead, so that visitors never see messages and paths.");
/* TRANSLATORS: signature php-warning-shown, finding php-error-shown, message */
N_("The page shows a PHP warning or notice with a file path on the server: the page still works, but display_errors is on, so every visitor sees the message.");
/* TRANSLATORS: signature php-warning-shown, finding php-error-shown, suggestion 1 */
N_("Turn off display_errors on the live site (in php.ini or the host’s PHP settings; in WordPress keep WP_DEBUG_DISPLAY false) and log errors to a file instead.");
/* TRANSLATORS: signature php-warning-shown, finding php-error-shown, suggestion 2 */
N_("Fix what the message names at that file and line: often a plugin or theme that is out of date for this version of PHP.");
/* TRANSLATORS: signature php-fpm-file-not-found, finding php-script-not-found, message */
N_("The web server handed this address to PHP-FPM, and PHP-FPM found no script at the path it was given (“Primary script unknown” in the logs): the 404 comes from PHP, not from the web server.");
/* TRANSLATORS: signature php-fpm-file-not-found, finding php-script-not-found, suggestion 1 */
N_("If the page should exist, check the web server’s root and the script path it passes to PHP (in nginx: fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name), and that PHP-FPM sees the same folder (a chroot or a container may hide it).");
/* TRANSLATORS: signature php-fpm-file-not-found, finding php-script-not-found, suggestion 2 */
N_("Check that the PHP-FPM pool’s user can read the site’s folder and every folder above it.");
/* TRANSLATORS: signature php-fpm-file-not-found, finding php-script-not-found, suggestion 3 */
N_("If the address is simply wrong, fix the link that led here; in nginx, try_files $uri =404 in the PHP location makes such requests get nginx’s own 404 without asking PHP.");
/* TRANSLATORS: signature php-fpm-access-denied, finding php-fpm-access-denied, message */
N_("PHP-FPM refused to run this file because its name does not end in .php (security.limit_extensions): the web server passes files to PHP that it should send itself.");
/* TRANSLATORS: signature php-fpm-access-denied, finding php-fpm-access-denied, suggestion 1 */
N_("In the web server’s configuration, pass only .php files to PHP-FPM (in nginx, a location ~ \\.php$ block) and let the server send other files itself.");
/* TRANSLATORS: signature php-fpm-access-denied, finding php-fpm-access-denied, suggestion 2 */
N_("If the file really is PHP code under another name, rename it to .php rather than widening security.limit_extensions.");
/* TRANSLATORS: signature application-empty-error, finding application-error-hidden, message */
N_("The server answered “500 Internal Server Error” with an empty page. Web servers’ own error pages are never empty, so the site’s code failed; PHP answers this way when a script stops on a fatal error while display_errors is off, as it should be on a live site.");
/* TRANSLATORS: signature application-empty-error, finding application-error-hidden, suggestion 1 */
N_("Read the PHP error log, or the web server’s error log where PHP-FPM and mod_php write by default, at the time of the check: it names the file and line that failed.");
/* TRANSLATORS: signature application-empty-error, finding application-error-hidden, suggestion 2 */
N_("On WordPress, turn on WP_DEBUG_LOG in wp-config.php (with WP_DEBUG_DISPLAY false), load the page again and read wp-content/debug.log; a plugin or theme updated recently is the usual cause.");
/* TRANSLATORS: signature application-empty-error, finding application-error-hidden, suggestion 3 */
N_("If the site is not written in PHP, read its application log at the time of the check.");
/* TRANSLATORS: signature express-no-route, finding app-no-route, message */
N_("The Node.js application (Express) is running but has no route for this address, so it answered with its built-in “Cannot GET” page.");
/* TRANSLATORS: signature express-no-route, finding app-no-route, suggestion 1 */
N_("Check the address for typos, and check that the application defines a route (or a static file) for this path.");
/* TRANSLATORS: signature express-no-route, finding app-no-route, suggestion 2 */
N_("If the route exists in the code, check that the running version is the one deployed and that a base path or proxy prefix is not cutting the path.");
/* TRANSLATORS: signature express-stack-trace, finding app-debug-page, message */
N_("The Node.js application (Express) failed while answering and showed its stack trace to visitors, because it does not run with NODE_ENV=production.");
/* TRANSLATORS: signature express-stack-trace, finding app-debug-page, suggestion 1 */
N_("Start the application with NODE_ENV=production (in the service file, the process manager or the container), so that visitors see a plain error page and the trace stays in the log.");
/* TRANSLATORS: signature express-stack-trace, finding app-debug-page, suggestion 2 */
N_("Read the first line of the trace for the error and the file and line that threw it, and fix that route.");
/* TRANSLATORS: signature express-internal-error, finding app-unhandled-error, message */
N_("The Node.js application (Express) failed while answering (an uncaught error in a route) and showed its plain “Internal Server Error” page.");
/* TRANSLATORS: signature express-internal-error, finding app-unhandled-error, suggestion 1 */
N_("Read the application’s log (journalctl, the process manager’s log, docker logs) at the time of the check: the stack trace of the error is there.");
/* TRANSLATORS: signature express-internal-error, finding app-unhandled-error, suggestion 2 */
N_("If it started after a deploy, check the environment variables, the database connection and the installed module versions.");
/* TRANSLATORS: signature spring-boot-whitelabel-error, finding app-error-page, message */
N_("The answer is Spring Boot’s fallback “Whitelabel” error page: the Java application either failed while answering or has no handler for this address, and has no error page of its own.");
/* TRANSLATORS: signature spring-boot-whitelabel-error, finding app-error-page, suggestion 1 */
N_("Read the application log at the time of the check: a 500 comes with a stack trace that names the failing class.");
/* TRANSLATORS: signature spring-boot-whitelabel-error, finding app-error-page, suggestion 2 */
N_("For a 404, check the controller mappings for this path; add an error view so visitors do not see the fallback page.");
/* TRANSLATORS: signature tomcat-exception-report, finding app-debug-page, message */
N_("The Java application failed while answering, and Tomcat showed visitors the exception and its stack trace (its default error report), which tells them how the application is built.");
/* TRANSLATORS: signature tomcat-exception-report, finding app-debug-page, suggestion 1 */
N_("Read catalina.out or the application’s log at the time of the check: the root cause names the class and line that threw the exception; fix the error there.");
/* TRANSLATORS: signature tomcat-exception-report, finding app-debug-page, suggestion 2 */
N_("Stop showing the trace: set showReport=\"false\" and showServerInfo=\"false\" on the ErrorReportValve in server.xml, or give the application an error page in web.xml.");
/* TRANSLATORS: signature rails-debug-exceptions, finding app-debug-page, message */
N_("The Ruby on Rails application shows visitors its developer error page (“Action Controller: Exception caught”), with the exception, the code around it and the request: it runs in development mode or with consider_all_requests_local on.");
/* TRANSLATORS: signature rails-debug-exceptions, finding app-debug-page, suggestion 1 */
N_("Run the site with RAILS_ENV=production, where config.consider_all_requests_local is false, so that visitors get public/500.html and the details go to the log.");
/* TRANSLATORS: signature rails-debug-exceptions, finding app-debug-page, suggestion 2 */
N_("Read the exception at the top of the page and fix the failing action; check that no production secrets were shown.");
/* TRANSLATORS: signature rails-default-error-page, finding app-unhandled-error, message */
N_("The Ruby on Rails application failed while answering and showed its static “We’re sorry, but something went wrong” page (public/500.html).");
/* TRANSLATORS: signature rails-default-error-page, finding app-unhandled-error, suggestion 1 */
N_("Read log/production.log (or the platform’s log stream) at the time of the check: the exception and the failing line are there.");
/* TRANSLATORS: signature rails-default-error-page, finding app-unhandled-error, suggestion 2 */
N_("If the error started after a deploy, check for pending database migrations and missing environment variables or credentials.");
/* TRANSLATORS: signature django-debug-page, finding app-debug-page, message */
N_("The Django application runs with DEBUG = True: visitors see its technical error page, with the code, the settings and the request around the failure.");
/* TRANSLATORS: signature django-debug-page, finding app-debug-page, suggestion 1 */
N_("Set DEBUG = False in the production settings and restart the application; the page then shows Django’s plain error page and the details go to the log.");
/* TRANSLATORS: signature django-debug-page, finding app-debug-page, suggestion 2 */
N_("Read the exception named at the top of the page and fix the failing view; treat the secrets the page showed (SECRET_KEY, database passwords in the environment) as exposed and change them.");
/* TRANSLATORS: signature django-host-not-allowed, finding app-host-not-allowed, message */
N_("The Django application refused the request because the site’s host name is not in its ALLOWED_HOSTS setting (a DisallowedHost error), so every visitor gets “Bad Request (400)”.");
/* TRANSLATORS: signature django-host-not-allowed, finding app-host-not-allowed, suggestion 1 */
N_("Add the site’s host name (and its www form if used) to ALLOWED_HOSTS in the production settings, then restart the application.");
/* TRANSLATORS: signature django-host-not-allowed, finding app-host-not-allowed, suggestion 2 */
N_("If a proxy sits in front, check that it passes the original Host header (proxy_set_header Host $host in nginx), or set USE_X_FORWARDED_HOST with the proxy’s header.");
/* TRANSLATORS: signature django-server-error, finding app-unhandled-error, message */
N_("The Django application failed while answering and showed its plain “Server Error (500)” page.");
/* TRANSLATORS: signature django-server-error, finding app-unhandled-error, suggestion 1 */
N_("Read the application’s log (or the error e-mails sent to ADMINS) at the time of the check: the exception and the failing line are there.");
/* TRANSLATORS: signature django-server-error, finding app-unhandled-error, suggestion 2 */
N_("If the error started after a deploy, check for unapplied migrations (manage.py migrate), missing static files and missing environment variables.");
/* TRANSLATORS: signature werkzeug-debugger, finding app-debug-page, message */
N_("The Python application (Flask, on Werkzeug) runs in debug mode: visitors see the Werkzeug debugger with the code around the failure, and its console can run code on the server once unlocked.");
/* TRANSLATORS: signature werkzeug-debugger, finding app-debug-page, suggestion 1 */
N_("Turn debug mode off (no FLASK_DEBUG=1, no app.run(debug=True)) and serve the application with a production server such as gunicorn or uWSGI behind the web server.");
/* TRANSLATORS: signature werkzeug-debugger, finding app-debug-page, suggestion 2 */
N_("Read the exception named at the top of the page and fix the failing view.");
/* TRANSLATORS: signature werkzeug-internal-error, finding app-unhandled-error, message */
N_("The Python application (Flask or another framework on Werkzeug) failed while answering and showed Werkzeug’s plain “Internal Server Error” page.");
/* TRANSLATORS: signature werkzeug-internal-error, finding app-unhandled-error, suggestion 1 */
N_("Read the application’s log at the time of the check: the traceback names the exception and the failing line.");
/* TRANSLATORS: signature werkzeug-internal-error, finding app-unhandled-error, suggestion 2 */
N_("If the error started after a deploy, check the environment variables, the database connection and the installed package versions.");
/* TRANSLATORS: signature laravel-debug-page, finding app-debug-page, message */
N_("The Laravel application runs with APP_DEBUG=true: visitors see its error page (Ignition) with the exception, the stack trace and the application’s paths.");
/* TRANSLATORS: signature laravel-debug-page, finding app-debug-page, suggestion 1 */
N_("Set APP_DEBUG=false (and APP_ENV=production) in the .env file of the production site, then run php artisan config:cache.");
/* TRANSLATORS: signature laravel-debug-page, finding app-debug-page, suggestion 2 */
N_("Read the exception at the top of the page and storage/logs/laravel.log to fix the cause; treat what the page exposed (paths, environment) as seen by others.");
/* TRANSLATORS: signature aspnet-runtime-error, finding app-unhandled-error, message */
N_("The ASP.NET application failed while answering and showed its “Server Error in Application … Runtime Error” page; the details are hidden from visitors by the customErrors setting.");
/* TRANSLATORS: signature aspnet-runtime-error, finding app-unhandled-error, suggestion 1 */
N_("Read the Windows Event Viewer (Application log) or the application’s own log on the server at the time of the check: the exception is recorded there.");
/* TRANSLATORS: signature aspnet-runtime-error, finding app-unhandled-error, suggestion 2 */
N_("To see it in a browser, open the page on the server itself (customErrors mode RemoteOnly shows the details locally), then fix the cause; give visitors a custom error page with defaultRedirect.");
/* TRANSLATORS: signature drupal-unexpected-error, finding app-unhandled-error, message */
N_("The Drupal site failed while answering (an uncaught exception) and showed its last-resort error page.");
/* TRANSLATORS: signature drupal-unexpected-error, finding app-unhandled-error, suggestion 1 */
N_("Read Reports → Recent log messages (drush watchdog:show) at the time of the check: the exception and the failing module are named there.");
/* TRANSLATORS: signature drupal-unexpected-error, finding app-unhandled-error, suggestion 2 */
N_("If it started after an update or a module change, run drush updatedb and drush cache:rebuild, and check that the database server is reachable.");
/* TRANSLATORS: signature nginx-default-page, finding default-server-page, message */
N_("The answer is nginx’s welcome page, not the site: nginx is installed and running, but no site is set up for this address, so it shows the page that comes with the package.");
/* TRANSLATORS: signature nginx-default-page, finding default-server-page, suggestion 1 */
N_("Add a server block for this domain (server_name) whose root is the site’s folder, check it with nginx -t, then reload nginx.");
/* TRANSLATORS: signature nginx-default-page, finding default-server-page, suggestion 2 */
N_("If the site is already configured, check that its server block is enabled (linked into sites-enabled or included from nginx.conf) and that its server_name matches the address exactly, with or without www.");
/* TRANSLATORS: signature nginx-default-page, finding default-server-page, suggestion 3 */
N_("Check that the domain’s DNS points at the right server: a new or different server answers with this page too.");
/* TRANSLATORS: signature nginx-directory-listing, finding directory-listing, message */
N_("The page is a list of the files in a folder, made by nginx itself (autoindex), not a page of the site: the folder has no index file and directory listing is on.");
/* TRANSLATORS: signature nginx-directory-listing, finding directory-listing, suggestion 1 */
N_("Put the site’s index file (index.html or index.php) in this folder, or check that nginx’s index directive names the file the site uses.");
/* TRANSLATORS: signature nginx-directory-listing, finding directory-listing, suggestion 2 */
N_("If these files should not be public, turn autoindex off for this location and reload nginx.");
/* TRANSLATORS: signature apache-default-page, finding default-server-page, message */
N_("The answer is the default page of a fresh Apache install (“It works”), not the site: Apache is running, but no site is set up for this address, so it serves the page that comes with the package.");
/* TRANSLATORS: signature apache-default-page, finding default-server-page, suggestion 1 */
N_("Add a virtual host for this domain (ServerName) whose DocumentRoot is the site’s folder, enable it with a2ensite, check it with apache2ctl configtest, then reload Apache.");
/* TRANSLATORS: signature apache-default-page, finding default-server-page, suggestion 2 */
N_("If the site is already configured, check that its virtual host is enabled and that its ServerName or ServerAlias matches the address exactly, with or without www.");
/* TRANSLATORS: signature apache-default-page, finding default-server-page, suggestion 3 */
N_("If the site is meant to live in /var/www/html, put its files there in place of the default index.html.");
/* TRANSLATORS: signature apache-default-page, finding default-server-page, suggestion 4 */
N_("Check that the domain’s DNS points at the right server: a new or different server answers with this page too.");
/* TRANSLATORS: signature apache-directory-listing, finding directory-listing, message */
N_("The page is a list of the files in a folder, made by Apache itself (mod_autoindex), not a page of the site: the folder has no index file and Options Indexes is on.");
/* TRANSLATORS: signature apache-directory-listing, finding directory-listing, suggestion 1 */
N_("Put the site’s index file (index.html or index.php) in this folder, or check that DirectoryIndex names the file the site uses.");
/* TRANSLATORS: signature apache-directory-listing, finding directory-listing, suggestion 2 */
N_("If these files should not be public, turn listings off for this folder with Options -Indexes, in the virtual host or in an .htaccess file.");
/* TRANSLATORS: signature apache-internal-error, finding server-misconfiguration, message */
N_("Apache itself could not handle the request and answered with its own error page: most often an .htaccess file on the way to this page has a line Apache cannot use, or a CGI script failed.");
/* TRANSLATORS: signature apache-internal-error, finding server-misconfiguration, suggestion 1 */
N_("Read Apache’s error log (often /var/log/apache2/error.log): the line for this request names the file and the directive at fault.");
/* TRANSLATORS: signature apache-internal-error, finding server-misconfiguration, suggestion 2 */
N_("Undo the latest change to the .htaccess files on the way to this page (a plugin or security tool may have written one), or rename the file for a moment to test without it.");
/* TRANSLATORS: signature apache-internal-error, finding server-misconfiguration, suggestion 3 */
N_("Check that the modules these directives need (mod_rewrite, mod_headers, …) are enabled on the server.");
/* TRANSLATORS: signature lighttpd-placeholder-page, finding default-server-page, message */
N_("The answer is the placeholder page that Debian’s lighttpd package installs, not the site: lighttpd is running, but the site’s own files are not where it looks for them.");
/* TRANSLATORS: signature lighttpd-placeholder-page, finding default-server-page, suggestion 1 */
N_("Put the site’s files in lighttpd’s document root (server.document-root in /etc/lighttpd/lighttpd.conf, /var/www/html by default), or point the document root at the site’s folder, then restart lighttpd.");
/* TRANSLATORS: signature lighttpd-placeholder-page, finding default-server-page, suggestion 2 */
N_("Once the site’s own index file is in place, remove index.lighttpd.html from the document root.");
/* TRANSLATORS: signature lighttpd-placeholder-page, finding default-server-page, suggestion 3 */
N_("Check that the domain’s DNS points at the right server: a new or different server answers with this page too.");
/* TRANSLATORS: signature lighttpd-directory-listing, finding directory-listing, message */
N_("The page is a list of the files in a folder, made by lighttpd itself (mod_dirlisting), not a page of the site: the folder has no index file and directory listing is on.");
/* TRANSLATORS: signature lighttpd-directory-listing, finding directory-listing, suggestion 1 */
N_("Put the site’s index file (index.html or index.php) in this folder, or check that index-file.names names the file the site uses.");
/* TRANSLATORS: signature lighttpd-directory-listing, finding directory-listing, suggestion 2 */
N_("If these files should not be public, set dir-listing.activate = \"disable\" for this folder and restart lighttpd.");
/* TRANSLATORS: signature caddy-bad-gateway, finding upstream-unreachable, message */
N_("Caddy is running, but the server it passes requests to (reverse_proxy) did not answer: it is stopped, refused the connection, or closed it without a proper answer.");
/* TRANSLATORS: signature caddy-bad-gateway, finding upstream-unreachable, suggestion 1 */
N_("Check that the service behind Caddy is running, and start or restart it.");
/* TRANSLATORS: signature caddy-bad-gateway, finding upstream-unreachable, suggestion 2 */
N_("Check that the address in the reverse_proxy directive (host and port, or unix socket) is where that service really listens.");
/* TRANSLATORS: signature caddy-bad-gateway, finding upstream-unreachable, suggestion 3 */
N_("Read Caddy’s log (journalctl -u caddy on most systems): the line for this request says why the connection failed.");
/* TRANSLATORS: signature caddy-gateway-timeout, finding upstream-timeout, message */
N_("Caddy gave up waiting for the server it passes requests to (reverse_proxy): that server took the request but did not answer in time.");
/* TRANSLATORS: signature caddy-gateway-timeout, finding upstream-timeout, suggestion 1 */
N_("Find what makes the page slow in the application behind Caddy (a slow query, a call to an outside service) and fix it.");
/* TRANSLATORS: signature caddy-gateway-timeout, finding upstream-timeout, suggestion 2 */
N_("Check that the service behind Caddy is not overloaded, and give it more workers if it is.");
/* TRANSLATORS: signature caddy-gateway-timeout, finding upstream-timeout, suggestion 3 */
N_("If the page is slow on purpose, raise the timeouts of reverse_proxy’s transport (response_header_timeout, read_timeout).");
/* TRANSLATORS: signature caddy-no-site, finding default-server-page, message */
N_("Caddy answered “200 OK” with an empty page: it is running, but none of its site addresses matches this domain, or no route covers this path, and an empty page is what Caddy sends when nothing is set up to answer.");
/* TRANSLATORS: signature caddy-no-site, finding default-server-page, suggestion 1 */
N_("Add this domain, exactly as it is checked (with or without www), as a site address in the Caddyfile, or to the site block that serves the site, then reload Caddy.");
/* TRANSLATORS: signature caddy-no-site, finding default-server-page, suggestion 2 */
N_("If the site block exists, check that its handle or route directives cover this path: a request that no handler takes gets this empty answer too.");
/* TRANSLATORS: signature caddy-no-site, finding default-server-page, suggestion 3 */
N_("Check that the domain’s DNS points at the right server.");
/* TRANSLATORS: signature openresty-default-page, finding default-server-page, message */
N_("The answer is OpenResty’s welcome page, not the site: the server is installed, but no site is set up for this address.");
/* TRANSLATORS: signature openresty-default-page, finding default-server-page, suggestion 1 */
N_("Add a server block for this host name (server_name) with the site’s root or proxy_pass, and reload OpenResty.");
/* TRANSLATORS: signature openresty-default-page, finding default-server-page, suggestion 2 */
N_("Check that the domain’s DNS points at the right server, and that the site’s own files replaced html/index.html.");
/* TRANSLATORS: signature tomcat-default-page, finding default-server-page, message */
N_("The answer is the default page of a fresh Tomcat install, not the site: Tomcat is running, but the application is not deployed as its ROOT, so it shows the page that comes with the package.");
/* TRANSLATORS: signature tomcat-default-page, finding default-server-page, suggestion 1 */
N_("Deploy the application as ROOT (webapps/ROOT or ROOT.war), or point the address at the path the application is deployed under.");
/* TRANSLATORS: signature tomcat-default-page, finding default-server-page, suggestion 2 */
N_("If a web server proxies to Tomcat, check that it forwards to the application’s context path, not to Tomcat’s root.");
#endif
