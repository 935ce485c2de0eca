/* Generated from catalog.json by build-aux/catalog-strings.py: do not edit.
 * Never compiled; it carries the catalog text to xgettext (po/POTFILES.in). */
#if 0
/* TRANSLATORS: status catalog, entry 100, title */
N_("Continue");
/* TRANSLATORS: status catalog, entry 100, explanation */
N_("The server told the client to go ahead and send the rest of its request. This is only an interim signal, so if it shows up as the final result, the exchange stopped before the real answer arrived.");
/* TRANSLATORS: status catalog, entry 100, suggestion 1 */
N_("Check the site again, since a real answer normally follows within moments.");
/* TRANSLATORS: status catalog, entry 100, suggestion 2 */
N_("If this keeps being the last thing received, ask the host whether a proxy or load balancer in front of the site cuts responses short.");
/* TRANSLATORS: status catalog, entry 101, title */
N_("Switching Protocols");
/* TRANSLATORS: status catalog, entry 101, explanation */
N_("The server agreed to switch this connection to a different protocol, almost always WebSocket for live updates. Ordinary pages never answer like this, so the checked address is probably a live-connection endpoint rather than a page.");
/* TRANSLATORS: status catalog, entry 101, suggestion 1 */
N_("Point the check at a normal page of the site, such as its home page.");
/* TRANSLATORS: status catalog, entry 101, suggestion 2 */
N_("If this address should serve a page, ask the developer why the server upgrades the connection there.");
/* TRANSLATORS: status catalog, entry 102, title */
N_("Processing");
/* TRANSLATORS: status catalog, entry 102, explanation */
N_("The server is signalling that it is still working on a long request and has not finished yet. It belongs to the WebDAV file-sharing extension and should always be followed by a final answer.");
/* TRANSLATORS: status catalog, entry 102, suggestion 1 */
N_("Check again and allow more time; a final answer should follow.");
/* TRANSLATORS: status catalog, entry 102, suggestion 2 */
N_("If no final answer ever arrives, look in the server or application logs for the task that hangs.");
/* TRANSLATORS: status catalog, entry 103, title */
N_("Early Hints");
/* TRANSLATORS: status catalog, entry 103, explanation */
N_("The server sent an advance list of files, such as style sheets and scripts, so a browser can start fetching them while the page itself is still being built. It is a speed feature offered by Cloudflare and some hosts, and the real answer should come right after it.");
/* TRANSLATORS: status catalog, entry 103, suggestion 1 */
N_("Nothing needs fixing; check again to see the final answer.");
/* TRANSLATORS: status catalog, entry 103, suggestion 2 */
N_("If this stays the final answer, turn off Early Hints in the Cloudflare dashboard (Speed settings) or in the host panel and check again.");
/* TRANSLATORS: status catalog, entry 200, title */
N_("OK");
/* TRANSLATORS: status catalog, entry 200, explanation */
N_("The site answered normally and delivered the page. This is the result you want.");
/* TRANSLATORS: status catalog, entry 200, suggestion 1 */
N_("Nothing to do.");
/* TRANSLATORS: status catalog, entry 200, suggestion 2 */
N_("If visitors still report a problem, look at the page itself: a blank page, a maintenance notice or injected spam can also arrive with this code.");
/* TRANSLATORS: status catalog, entry 201, title */
N_("Created");
/* TRANSLATORS: status catalog, entry 201, explanation */
N_("The server reports that the request made it create something new, such as a record or a file. Normal pages do not answer a simple visit this way, so the address probably belongs to an API.");
/* TRANSLATORS: status catalog, entry 201, suggestion 1 */
N_("Nothing to fix if the address is an API that creates records.");
/* TRANSLATORS: status catalog, entry 201, suggestion 2 */
N_("If the address should be an ordinary page, make sure the checked address is correct.");
/* TRANSLATORS: status catalog, entry 202, title */
N_("Accepted");
/* TRANSLATORS: status catalog, entry 202, explanation */
N_("The server took the request but has not finished handling it. Some hosts, SiteGround in particular, send this code together with a robot check (captcha) page instead of the real site, which means automated checks are being challenged as bots.");
/* TRANSLATORS: status catalog, entry 202, suggestion 1 */
N_("If the site is hosted at SiteGround, ask their support to allow-list the IP address of the checking machine so it is not shown the captcha challenge.");
/* TRANSLATORS: status catalog, entry 202, suggestion 2 */
N_("Open the address in a browser from the same network and see whether a verification page appears instead of the site.");
/* TRANSLATORS: status catalog, entry 202, suggestion 3 */
N_("If the address is an API that queues work for later, this answer is expected and nothing needs to be done.");
/* TRANSLATORS: status catalog, entry 203, title */
N_("Non-Authoritative Information");
/* TRANSLATORS: status catalog, entry 203, explanation */
N_("The page was delivered, but a proxy or optimization service between the site and the checker changed it along the way. The content is probably usable, but it is not exactly what the site sent.");
/* TRANSLATORS: status catalog, entry 203, suggestion 1 */
N_("Usually nothing needs to be done.");
/* TRANSLATORS: status catalog, entry 203, suggestion 2 */
N_("If the content looks altered, find out which proxy, optimization service or security appliance sits in front of the site and review its settings.");
/* TRANSLATORS: status catalog, entry 204, title */
N_("No Content");
/* TRANSLATORS: status catalog, entry 204, explanation */
N_("The server handled the request successfully but deliberately sent back nothing. That is normal for some API calls and tracking endpoints, but a web page answering this way shows visitors a blank screen.");
/* TRANSLATORS: status catalog, entry 204, suggestion 1 */
N_("Nothing to do if the address is an API or tracking endpoint.");
/* TRANSLATORS: status catalog, entry 204, suggestion 2 */
N_("If the address should show a page, check that it is correct and look for a plugin, cache or server rule that returns empty answers.");
/* TRANSLATORS: status catalog, entry 205, title */
N_("Reset Content");
/* TRANSLATORS: status catalog, entry 205, explanation */
N_("The server handled the request and asks the browser to clear the form that sent it. It is very unusual as the answer to a plain page visit.");
/* TRANSLATORS: status catalog, entry 205, suggestion 1 */
N_("Make sure the checked address is a normal page and not a form-processing endpoint.");
/* TRANSLATORS: status catalog, entry 206, title */
N_("Partial Content");
/* TRANSLATORS: status catalog, entry 206, explanation */
N_("The server sent only a piece of the file because only that piece was requested. Resumed downloads and video streaming work this way, so it is a success, not a fault.");
/* TRANSLATORS: status catalog, entry 206, suggestion 1 */
N_("Nothing to do.");
/* TRANSLATORS: status catalog, entry 206, suggestion 2 */
N_("If a whole page was expected, purge the cache and check whether a proxy or CDN is answering with partial content when it should not.");
/* TRANSLATORS: status catalog, entry 207, title */
N_("Multi-Status");
/* TRANSLATORS: status catalog, entry 207, explanation */
N_("The answer bundles several separate results, one per item, in an XML document. WebDAV file servers and some APIs use it; ordinary web pages do not.");
/* TRANSLATORS: status catalog, entry 207, suggestion 1 */
N_("Nothing to do if the address belongs to a WebDAV or file-sync service such as Nextcloud.");
/* TRANSLATORS: status catalog, entry 207, suggestion 2 */
N_("If it should be a web page, check that the address is right.");
/* TRANSLATORS: status catalog, entry 208, title */
N_("Already Reported");
/* TRANSLATORS: status catalog, entry 208, explanation */
N_("This is part of a WebDAV multi-item answer and says an item was already listed earlier in the same answer. A normal web site never sends it for a page.");
/* TRANSLATORS: status catalog, entry 208, suggestion 1 */
N_("Check that the checked address points to the web site and not to a WebDAV folder.");
/* TRANSLATORS: status catalog, entry 218, title */
N_("This Is Fine");
/* TRANSLATORS: status catalog, entry 218, explanation */
N_("An unofficial code tied to Apache proxy setups with the ProxyErrorOverride option, where it is said to let an error page from the backend pass through under a success code. It suggests that an error may be hiding behind what looks like a normal answer.");
/* TRANSLATORS: status catalog, entry 218, suggestion 1 */
N_("Open the page and read its content for an error message.");
/* TRANSLATORS: status catalog, entry 218, suggestion 2 */
N_("Check the Apache proxy configuration (ProxyErrorOverride) and the backend application logs for the real error.");
/* TRANSLATORS: status catalog, entry 226, title */
N_("IM Used");
/* TRANSLATORS: status catalog, entry 226, explanation */
N_("The server sent only the changes since a version the client already had, using a delta technique that is almost never used on the web. It counts as a success.");
/* TRANSLATORS: status catalog, entry 226, suggestion 1 */
N_("Nothing to do unless a full page was expected; in that case find out which software or proxy answers at this address.");
/* TRANSLATORS: status catalog, entry 300, title */
N_("Multiple Choices");
/* TRANSLATORS: status catalog, entry 300, explanation */
N_("The server has several versions of this page, for example in different languages or file formats, and wants the client to pick one. On Apache this usually comes from the MultiViews option guessing between files with similar names.");
/* TRANSLATORS: status catalog, entry 300, suggestion 1 */
N_("Point the check at the exact address of the version you want, such as the page for one language.");
/* TRANSLATORS: status catalog, entry 300, suggestion 2 */
N_("If the choice is unintended, turn off MultiViews for the site (Options -MultiViews in .htaccess or in the virtual host) so Apache stops offering alternatives.");
/* TRANSLATORS: status catalog, entry 301, title */
N_("Moved Permanently");
/* TRANSLATORS: status catalog, entry 301, explanation */
N_("The page has moved for good and the server sent the checker on to a new address. This is normal after a switch to https, between www and the bare domain, or to a new domain, but the address you stored is now out of date and every visit pays for an extra hop.");
/* TRANSLATORS: status catalog, entry 301, suggestion 1 */
N_("Update the stored address to the final one: in WordPress under Settings → General (WordPress Address and Site Address), and in the entry for this site in your site manager, such as MainWP.");
/* TRANSLATORS: status catalog, entry 301, suggestion 2 */
N_("If the move is unexpected, find the rule that creates it in .htaccess, the nginx server block, a redirection or SEO plugin, or the page rules of the CDN.");
/* TRANSLATORS: status catalog, entry 301, suggestion 3 */
N_("Make the redirect lead straight to the final address in a single step instead of through a chain.");
/* TRANSLATORS: status catalog, entry 301, suggestion 4 */
N_("Apache also answers this way when a folder address lacks its closing slash; add the slash to the checked address.");
/* TRANSLATORS: status catalog, entry 302, title */
N_("Found");
/* TRANSLATORS: status catalog, entry 302, explanation */
N_("The server sent the checker to another address for now. On WordPress this often leads to a login page, a maintenance or coming-soon page, or a language or location redirect; it can also be the same https or www move as a 301, set up as temporary.");
/* TRANSLATORS: status catalog, entry 302, suggestion 1 */
N_("Look at where the redirect leads: a wp-login.php address means the page is protected, and a maintenance or coming-soon page means a plugin is hiding the site.");
/* TRANSLATORS: status catalog, entry 302, suggestion 2 */
N_("If the site moved to https or www for good, update the stored address in WordPress (Settings → General) and in the entry for this site in your site manager.");
/* TRANSLATORS: status catalog, entry 302, suggestion 3 */
N_("If the move is permanent, change the rule to a 301 in .htaccess, the nginx configuration or the redirection plugin, so that search engines and tools treat it as final.");
/* TRANSLATORS: status catalog, entry 303, title */
N_("See Other");
/* TRANSLATORS: status catalog, entry 303, explanation */
N_("The server points to another address where the result can be fetched with an ordinary request. Applications use it after a form is submitted, so it is unusual for a plain page visit.");
/* TRANSLATORS: status catalog, entry 303, suggestion 1 */
N_("Check the address the redirect leads to and monitor that one instead.");
/* TRANSLATORS: status catalog, entry 303, suggestion 2 */
N_("If the page should load directly, look in the application or plugin handling this address for the redirect.");
/* TRANSLATORS: status catalog, entry 304, title */
N_("Not Modified");
/* TRANSLATORS: status catalog, entry 304, explanation */
N_("The server says the page has not changed since the copy the client already has, so it sent no content. This is a normal caching answer, not an error.");
/* TRANSLATORS: status catalog, entry 304, suggestion 1 */
N_("Nothing to do, since this only happens when the request names a copy the client already holds.");
/* TRANSLATORS: status catalog, entry 304, suggestion 2 */
N_("If it appears for a first visit without such a copy, purge the cache of the CDN or caching plugin and check again.");
/* TRANSLATORS: status catalog, entry 305, title */
N_("Use Proxy");
/* TRANSLATORS: status catalog, entry 305, explanation */
N_("An old code that told the client to repeat the request through a named proxy. It was withdrawn for security reasons and clients ignore it, so it points to outdated or misconfigured equipment.");
/* TRANSLATORS: status catalog, entry 305, suggestion 1 */
N_("Find out which server or device sends this answer by checking the access logs of the site and of any proxy in front of it.");
/* TRANSLATORS: status catalog, entry 305, suggestion 2 */
N_("Check the site from another network to rule out a proxy on the checking side, and report the problem to whoever runs that proxy.");
/* TRANSLATORS: status catalog, entry 306, title */
N_("Switch Proxy (Unused)");
/* TRANSLATORS: status catalog, entry 306, explanation */
N_("This code was once meant to tell clients to move to another proxy, but it was dropped before anyone used it and is now only reserved. A correctly working server never sends it.");
/* TRANSLATORS: status catalog, entry 306, suggestion 1 */
N_("Find out which server, proxy or application sent it by checking the access logs of the site and of anything in front of it.");
/* TRANSLATORS: status catalog, entry 306, suggestion 2 */
N_("Report it to the host or to the developer of that software, since it points to a bug or a custom setup.");
/* TRANSLATORS: status catalog, entry 307, title */
N_("Temporary Redirect");
/* TRANSLATORS: status catalog, entry 307, explanation */
N_("The page is at another address for now, and the client must repeat exactly the same request there. Servers use it for https moves, maintenance pages and login redirects.");
/* TRANSLATORS: status catalog, entry 307, suggestion 1 */
N_("Look at where the redirect leads to understand why it happens, for example a login, maintenance or language page.");
/* TRANSLATORS: status catalog, entry 307, suggestion 2 */
N_("If the move is actually permanent, change the rule to a 301 or 308 in the server configuration or the redirection plugin, and update the stored address to the final one.");
/* TRANSLATORS: status catalog, entry 308, title */
N_("Permanent Redirect");
/* TRANSLATORS: status catalog, entry 308, explanation */
N_("The page has moved for good, like with a 301, and the client must repeat the same kind of request at the new address. Cloudflare, nginx and many hosts use it for https and www moves.");
/* TRANSLATORS: status catalog, entry 308, suggestion 1 */
N_("Update the stored address to the final one: in WordPress under Settings → General (WordPress Address and Site Address), and in the entry for this site in your site manager, such as MainWP.");
/* TRANSLATORS: status catalog, entry 308, suggestion 2 */
N_("Make sure the redirect leads to the final address in one step, and find its source in the server configuration, a plugin or the CDN rules if it is unexpected.");
/* TRANSLATORS: status catalog, entry 400, title */
N_("Bad Request");
/* TRANSLATORS: status catalog, entry 400, explanation */
N_("The server could not make sense of the request and turned it away. Typical causes are a corrupted or oversized cookie, a malformed address, a security rule such as ModSecurity rejecting the request, or plain http sent to a port that expects https.");
/* TRANSLATORS: status catalog, entry 400, suggestion 1 */
N_("Read the web server error log (error.log for Apache or nginx) at the time of the check to see why the request was rejected.");
/* TRANSLATORS: status catalog, entry 400, suggestion 2 */
N_("Check that the address has no spaces or unusual characters and uses the right scheme and port.");
/* TRANSLATORS: status catalog, entry 400, suggestion 3 */
N_("If ModSecurity or another web application firewall is active, look in its audit log for the matching rule and add an exception for the checking machine.");
/* TRANSLATORS: status catalog, entry 401, title */
N_("Unauthorized");
/* TRANSLATORS: status catalog, entry 401, explanation */
N_("The page is protected and wants a login before showing anything. Usually the whole site or a folder is behind password protection, as is common for staging sites, or the login details that were sent were refused.");
/* TRANSLATORS: status catalog, entry 401, suggestion 1 */
N_("If the site should be public, remove the password protection: look for AuthType and Require lines in .htaccess, auth_basic in the nginx configuration, or the Directory Privacy or password protection option in the hosting panel.");
/* TRANSLATORS: status catalog, entry 401, suggestion 2 */
N_("If the protection is intended, monitor a public page instead, or supply valid credentials if your checker supports them.");
/* TRANSLATORS: status catalog, entry 401, suggestion 3 */
N_("If correct credentials were sent, make sure the password file (.htpasswd) exists and the web server can read it.");
/* TRANSLATORS: status catalog, entry 401.1, title */
N_("Logon Failed");
/* TRANSLATORS: status catalog, entry 401.1, explanation */
N_("IIS rejected the user name and password it was given. The account may not exist, the password may be wrong or expired, or the account may be locked. On the wire this is a plain 401; IIS records the detail in its logs and detailed error pages.");
/* TRANSLATORS: status catalog, entry 401.1, suggestion 1 */
N_("Check the credentials, and that the Windows or domain account is active and not locked, in Active Directory or Computer Management.");
/* TRANSLATORS: status catalog, entry 401.1, suggestion 2 */
N_("Look in the IIS log (the sc-substatus column) and the Windows Security event log for the failed logon and its reason.");
/* TRANSLATORS: status catalog, entry 401.2, title */
N_("Logon Failed Due to Server Configuration");
/* TRANSLATORS: status catalog, entry 401.2, explanation */
N_("IIS has no login method enabled that the client can use, so it cannot even try to sign the client in. Most often anonymous access is switched off and the remaining methods, such as Windows authentication, are not usable by the client.");
/* TRANSLATORS: status catalog, entry 401.2, suggestion 1 */
N_("In IIS Manager, open Authentication for the site and enable Anonymous Authentication if the site should be public, or enable a method the client supports.");
/* TRANSLATORS: status catalog, entry 401.2, suggestion 2 */
N_("Check the web.config file of the site for an authentication section that overrides the server settings.");
/* TRANSLATORS: status catalog, entry 401.3, title */
N_("Unauthorized Due to ACL on Resource");
/* TRANSLATORS: status catalog, entry 401.3, explanation */
N_("The visitor was identified, but the Windows file permissions on the file or folder do not let that account read it. For public sites this usually means the anonymous IUSR account or the application pool identity lacks read access.");
/* TRANSLATORS: status catalog, entry 401.3, suggestion 1 */
N_("Give the IUSR account and the application pool identity read permission on the site folder, under the folder Properties → Security.");
/* TRANSLATORS: status catalog, entry 401.3, suggestion 2 */
N_("Use IIS Failed Request Tracing or Process Monitor to find exactly which file is being denied.");
/* TRANSLATORS: status catalog, entry 401.4, title */
N_("Authorization Failed by Filter");
/* TRANSLATORS: status catalog, entry 401.4, explanation */
N_("An ISAPI filter installed in IIS, often an authentication or security add-on, rejected the request. IIS itself would have allowed it.");
/* TRANSLATORS: status catalog, entry 401.4, suggestion 1 */
N_("In IIS Manager, open ISAPI Filters for the site, identify the filter that controls access, and review its configuration and logs.");
/* TRANSLATORS: status catalog, entry 401.4, suggestion 2 */
N_("Disable that filter on a test copy of the site to confirm it is the cause.");
/* TRANSLATORS: status catalog, entry 401.5, title */
N_("Authorization Failed by ISAPI/CGI Application");
/* TRANSLATORS: status catalog, entry 401.5, explanation */
N_("The web application running behind IIS, an ISAPI extension or CGI program, refused access by its own rules. The decision was made inside the application, not by IIS.");
/* TRANSLATORS: status catalog, entry 401.5, suggestion 1 */
N_("Check the logs of the application and its own user and permission settings.");
/* TRANSLATORS: status catalog, entry 401.5, suggestion 2 */
N_("Ask the developer of the application which credentials or rights it expects.");
/* TRANSLATORS: status catalog, entry 402, title */
N_("Payment Required");
/* TRANSLATORS: status catalog, entry 402, explanation */
N_("This code was set aside long ago for future payment systems. Today some hosts and online services use it to say that an account or subscription is unpaid or has reached its limit.");
/* TRANSLATORS: status catalog, entry 402, suggestion 1 */
N_("Check the hosting, domain or service account for an unpaid invoice or an expired plan.");
/* TRANSLATORS: status catalog, entry 402, suggestion 2 */
N_("If a third-party API sent it, check the API key and its billing or quota page.");
/* TRANSLATORS: status catalog, entry 403, title */
N_("Forbidden");
/* TRANSLATORS: status catalog, entry 403, explanation */
N_("The server received the request and deliberately declines to hand over the page. On managed sites this is most often a firewall or security plugin blocking the checker as a suspected bot; it can also come from file permissions, a deny rule, or a folder without an index file.");
/* TRANSLATORS: status catalog, entry 403, suggestion 1 */
N_("Allow-list the IP address of the checking machine in the firewall or security plugin of the site (such as Wordfence, Sucuri or Solid Security) and in the firewall of the host.");
/* TRANSLATORS: status catalog, entry 403, suggestion 2 */
N_("Ask the host whether ModSecurity or Imunify360 blocked the request, and have them add an exception for the checking machine.");
/* TRANSLATORS: status catalog, entry 403, suggestion 3 */
N_("If the site is behind Cloudflare, look under Security → Events for the blocked request, and add a skip rule for the checker or turn off Bot Fight Mode.");
/* TRANSLATORS: status catalog, entry 403, suggestion 4 */
N_("Check file permissions (755 for folders, 644 for files) and ownership, and look for Deny from all or Require all denied lines in .htaccess.");
/* TRANSLATORS: status catalog, entry 403, suggestion 5 */
N_("If the address is a folder, make sure it contains an index.php or index.html file.");
/* TRANSLATORS: status catalog, entry 404, title */
N_("Not Found");
/* TRANSLATORS: status catalog, entry 404, explanation */
N_("The server works, but there is nothing at this address. The page may have been removed or renamed, the address may contain a typo, or on WordPress the rewrite rules may be broken so that every page except the home page fails.");
/* TRANSLATORS: status catalog, entry 404, suggestion 1 */
N_("Check that the address is spelled exactly right; on Linux servers upper and lower case letters count as different.");
/* TRANSLATORS: status catalog, entry 404, suggestion 2 */
N_("If the plugin or page that answered here was removed or its permalink changed, restore it or update the checked address; on WordPress re-save the permalinks under Settings → Permalinks to rebuild the rewrite rules.");
/* TRANSLATORS: status catalog, entry 404, suggestion 3 */
N_("If many pages fail on Apache, make sure .htaccess exists with the WordPress rewrite block and that mod_rewrite is enabled; on nginx, make sure the location block passes unknown paths to index.php with try_files.");
/* TRANSLATORS: status catalog, entry 404, suggestion 4 */
N_("Look in the access log to see exactly which path reached the server.");
/* TRANSLATORS: status catalog, entry 405, title */
N_("Method Not Allowed");
/* TRANSLATORS: status catalog, entry 405, explanation */
N_("The address exists but does not accept the type of request that was sent. Some servers and firewalls refuse HEAD requests, which checkers use to save bandwidth, and some addresses only accept form submissions.");
/* TRANSLATORS: status catalog, entry 405, suggestion 1 */
N_("Check whether the server, a security plugin or the firewall blocks HEAD or GET requests for this address, and allow them.");
/* TRANSLATORS: status catalog, entry 405, suggestion 2 */
N_("Read the Allow header of the answer, which lists the request types the address accepts, and check with a request of that type.");
/* TRANSLATORS: status catalog, entry 406, title */
N_("Not Acceptable");
/* TRANSLATORS: status catalog, entry 406, explanation */
N_("In theory the server cannot deliver the page in any format the client accepts. In practice, on shared hosting, this is nearly always a security filter such as ModSecurity or Imunify360 blocking a request it found suspicious.");
/* TRANSLATORS: status catalog, entry 406, suggestion 1 */
N_("Ask the host to look up the ModSecurity or Imunify360 rule that matched at the time of the check and add an exception for the site or for the IP address of the checking machine.");
/* TRANSLATORS: status catalog, entry 406, suggestion 2 */
N_("In cPanel, open the ModSecurity page to see whether it is on for the domain, and test once with it switched off to confirm the cause.");
/* TRANSLATORS: status catalog, entry 406, suggestion 3 */
N_("If an application or API sent it, check which formats it expects in the Accept header.");
/* TRANSLATORS: status catalog, entry 407, title */
N_("Proxy Authentication Required");
/* TRANSLATORS: status catalog, entry 407, explanation */
N_("A proxy between the checker and the site wants a login before it will pass the request on. That proxy is usually on the checking side, such as a company network proxy, not at the site.");
/* TRANSLATORS: status catalog, entry 407, suggestion 1 */
N_("Check the proxy settings of the computer running the checks (GNOME Settings → Network → Network Proxy) and the credentials that proxy needs.");
/* TRANSLATORS: status catalog, entry 407, suggestion 2 */
N_("Check the site from a network without a proxy to confirm the site itself is fine.");
/* TRANSLATORS: status catalog, entry 408, title */
N_("Request Timeout");
/* TRANSLATORS: status catalog, entry 408, explanation */
N_("The server waited too long for the request to arrive completely and closed the connection. This points to a slow or unstable link between the checker and the site, or to a server with a very short waiting limit.");
/* TRANSLATORS: status catalog, entry 408, suggestion 1 */
N_("Check again; a single occurrence is usually a passing network hiccup.");
/* TRANSLATORS: status catalog, entry 408, suggestion 2 */
N_("If it repeats, test the connection of the checking machine and ask the host whether the server or load balancer uses a very short client timeout (client_header_timeout and client_body_timeout in nginx, RequestReadTimeout in Apache).");
/* TRANSLATORS: status catalog, entry 409, title */
N_("Conflict");
/* TRANSLATORS: status catalog, entry 409, explanation */
N_("The request clashes with the current state of something on the server, for example an edit based on an outdated version, a duplicate record, or an upload of a file that is older than the copy already on the server. It comes from applications and APIs, rarely from a plain page visit.");
/* TRANSLATORS: status catalog, entry 409, suggestion 1 */
N_("Read the answer body and the application or API log to see which conflict was reported.");
/* TRANSLATORS: status catalog, entry 409, suggestion 2 */
N_("Reload the current data and repeat the action.");
/* TRANSLATORS: status catalog, entry 409, suggestion 3 */
N_("If a plain page visit gets this answer, report it to the developer of the site.");
/* TRANSLATORS: status catalog, entry 410, title */
N_("Gone");
/* TRANSLATORS: status catalog, entry 410, explanation */
N_("The page was removed on purpose and the site says it will not come back. Unlike a 404, this is a deliberate statement, often set up with a redirection or SEO plugin.");
/* TRANSLATORS: status catalog, entry 410, suggestion 1 */
N_("If the page should exist, remove the 410 rule from the redirection or SEO plugin (for example Redirection, Yoast SEO or Rank Math) or from .htaccess.");
/* TRANSLATORS: status catalog, entry 410, suggestion 2 */
N_("If the removal is intended, stop checking this address or check its replacement instead.");
/* TRANSLATORS: status catalog, entry 411, title */
N_("Length Required");
/* TRANSLATORS: status catalog, entry 411, explanation */
N_("The server refuses a request that does not state the size of the data it carries. It mostly affects tools and API calls that send data without a Content-Length header.");
/* TRANSLATORS: status catalog, entry 411, suggestion 1 */
N_("If you send data to an API, include the Content-Length header in the request.");
/* TRANSLATORS: status catalog, entry 411, suggestion 2 */
N_("If plain checks get this answer, ask the host whether a proxy or firewall demands Content-Length even on requests without data, and relax that rule.");
/* TRANSLATORS: status catalog, entry 412, title */
N_("Precondition Failed");
/* TRANSLATORS: status catalog, entry 412, explanation */
N_("The request carried a condition, such as only if the page has not changed, and the condition did not hold. It is part of caching and safe-editing mechanisms and rarely means the site is broken.");
/* TRANSLATORS: status catalog, entry 412, suggestion 1 */
N_("Repeat the request without conditional headers such as If-Match or If-Unmodified-Since.");
/* TRANSLATORS: status catalog, entry 412, suggestion 2 */
N_("If a plain check without conditions gets this answer, look for a cache or security rule that produces it and report it to the host.");
/* TRANSLATORS: status catalog, entry 413, title */
N_("Content Too Large");
/* TRANSLATORS: status catalog, entry 413, explanation */
N_("The request carried more data than the server accepts, most often an upload that is too big. Older documents and servers name it Request Entity Too Large or Payload Too Large.");
/* TRANSLATORS: status catalog, entry 413, suggestion 1 */
N_("Raise the upload limits: client_max_body_size in nginx, LimitRequestBody in Apache, and upload_max_filesize and post_max_size in PHP (php.ini or the PHP settings in the host panel).");
/* TRANSLATORS: status catalog, entry 413, suggestion 2 */
N_("If Cloudflare is in front of the site, keep uploads under the size its plan allows (100 MB on the Free and Pro plans) or send large uploads through an address that bypasses it.");
/* TRANSLATORS: status catalog, entry 414, title */
N_("URI Too Long");
/* TRANSLATORS: status catalog, entry 414, explanation */
N_("The address is longer than the server agrees to read. This usually comes from a redirect rule that keeps adding to the address, a form sent as part of the address, or very long tracking parameters.");
/* TRANSLATORS: status catalog, entry 414, suggestion 1 */
N_("Shorten the checked address, for example by removing tracking parameters.");
/* TRANSLATORS: status catalog, entry 414, suggestion 2 */
N_("If redirects keep growing the address, find and fix the faulty rule in .htaccess, the nginx configuration or a plugin.");
/* TRANSLATORS: status catalog, entry 414, suggestion 3 */
N_("If long addresses are legitimate, raise the limit with large_client_header_buffers in nginx or LimitRequestLine in Apache.");
/* TRANSLATORS: status catalog, entry 415, title */
N_("Unsupported Media Type");
/* TRANSLATORS: status catalog, entry 415, explanation */
N_("The server refuses the request because the data it carries is in a format it does not accept. When a simple check gets this on shared hosting, a security filter such as ModSecurity or Imunify360 is often the real sender.");
/* TRANSLATORS: status catalog, entry 415, suggestion 1 */
N_("Ask the host to check the ModSecurity or Imunify360 logs at the time of the check and to add an exclusion rule for the IP address of the checking machine.");
/* TRANSLATORS: status catalog, entry 415, suggestion 2 */
N_("If you send data to an API, set the Content-Type header it expects, such as application/json.");
/* TRANSLATORS: status catalog, entry 416, title */
N_("Range Not Satisfiable");
/* TRANSLATORS: status catalog, entry 416, explanation */
N_("The client asked for a part of a file that does not exist, such as bytes beyond its end. It typically happens when a file changed size while a download was being resumed. The code was formerly called Requested Range Not Satisfiable.");
/* TRANSLATORS: status catalog, entry 416, suggestion 1 */
N_("Request the whole file again without a Range header.");
/* TRANSLATORS: status catalog, entry 416, suggestion 2 */
N_("If a cache or CDN returns this for whole pages, purge the cache for this address.");
/* TRANSLATORS: status catalog, entry 417, title */
N_("Expectation Failed");
/* TRANSLATORS: status catalog, entry 417, explanation */
N_("The server cannot meet a requirement stated in the Expect header, which tools use to ask permission before sending a large body. Some proxies and older servers do not support this exchange.");
/* TRANSLATORS: status catalog, entry 417, suggestion 1 */
N_("Send the request without the Expect: 100-continue header.");
/* TRANSLATORS: status catalog, entry 417, suggestion 2 */
N_("Ask the host whether a proxy in front of the site rejects requests that carry an Expect header.");
/* TRANSLATORS: status catalog, entry 418, title */
N_("I’m a Teapot (Unused)");
/* TRANSLATORS: status catalog, entry 418, explanation */
N_("This began as a 1998 April Fools joke about coffee pots and is reserved so it never gets a real meaning. Some sites and security tools send it on purpose to turn away bots or unwanted requests.");
/* TRANSLATORS: status catalog, entry 418, suggestion 1 */
N_("Treat it as a deliberate refusal and find out whether a security plugin, firewall rule or the application returns it to automated visitors.");
/* TRANSLATORS: status catalog, entry 418, suggestion 2 */
N_("Allow-list the IP address of the checking machine in that tool if the check should pass.");
/* TRANSLATORS: status catalog, entry 419, title */
N_("Page Expired");
/* TRANSLATORS: status catalog, entry 419, explanation */
N_("Laravel applications send this when a form arrives with a missing or expired security token (CSRF), usually because the page stayed open too long or the session cookie was lost.");
/* TRANSLATORS: status catalog, entry 419, suggestion 1 */
N_("Reload the page and submit the form again.");
/* TRANSLATORS: status catalog, entry 419, suggestion 2 */
N_("If it happens often, check the session lifetime (SESSION_LIFETIME in the .env file), the session storage, and that no cache or CDN strips or caches the session cookies.");
/* TRANSLATORS: status catalog, entry 419, suggestion 3 */
N_("For addresses that tools call without a browser session, exclude them from the CSRF check in the CSRF middleware of the application.");
/* TRANSLATORS: status catalog, entry 420, title */
N_("Enhance Your Calm");
/* TRANSLATORS: status catalog, entry 420, explanation */
N_("The old Twitter API used this code to tell clients they were being rate limited, while older versions of the Spring framework used it as Method Failure. Modern services send 429 for rate limits instead.");
/* TRANSLATORS: status catalog, entry 420, suggestion 1 */
N_("Check less often and try again later, since the service wants fewer requests.");
/* TRANSLATORS: status catalog, entry 420, suggestion 2 */
N_("If the site runs on Java Spring, read the application log for the operation that failed.");
/* TRANSLATORS: status catalog, entry 421, title */
N_("Misdirected Request");
/* TRANSLATORS: status catalog, entry 421, explanation */
N_("The request reached a server that is not set up to answer for this site name. It typically happens when several sites share one secure connection or certificate and the server cannot serve this name on it, or after a site moved to another server.");
/* TRANSLATORS: status catalog, entry 421, suggestion 1 */
N_("Check that the DNS records of the site point to the server that actually hosts it.");
/* TRANSLATORS: status catalog, entry 421, suggestion 2 */
N_("Make sure the web server has a virtual host (server_name in nginx, ServerName or ServerAlias in Apache) and a certificate for this exact host name.");
/* TRANSLATORS: status catalog, entry 421, suggestion 3 */
N_("If a reverse proxy sits in front of Apache, make sure it sends the same host name in the TLS connection (SNI) as in the request, and ask the host to check its proxy settings.");
/* TRANSLATORS: status catalog, entry 422, title */
N_("Unprocessable Content");
/* TRANSLATORS: status catalog, entry 422, explanation */
N_("The server could read the request and its format, but the content itself was invalid, like a form or API call with missing or wrong fields. The code was formerly called Unprocessable Entity.");
/* TRANSLATORS: status catalog, entry 422, suggestion 1 */
N_("Read the body of the answer, which usually lists the rejected fields.");
/* TRANSLATORS: status catalog, entry 422, suggestion 2 */
N_("Check the API or application documentation and logs for the validation rule that failed.");
/* TRANSLATORS: status catalog, entry 423, title */
N_("Locked");
/* TRANSLATORS: status catalog, entry 423, explanation */
N_("The requested item is locked, usually because someone or something else is editing it. WebDAV file servers and some applications use this code.");
/* TRANSLATORS: status catalog, entry 423, suggestion 1 */
N_("Wait until the other edit ends, then try again.");
/* TRANSLATORS: status catalog, entry 423, suggestion 2 */
N_("If the lock is stale, release it in the file server or application, or ask its administrator to do so.");
/* TRANSLATORS: status catalog, entry 424, title */
N_("Failed Dependency");
/* TRANSLATORS: status catalog, entry 424, explanation */
N_("The action failed because an earlier action it depended on failed first. It is a WebDAV code seen with file servers and some APIs.");
/* TRANSLATORS: status catalog, entry 424, suggestion 1 */
N_("Look for the earlier failed step in the same answer or in the logs, which holds the real cause.");
/* TRANSLATORS: status catalog, entry 424, suggestion 2 */
N_("Fix that first error and repeat the whole operation.");
/* TRANSLATORS: status catalog, entry 425, title */
N_("Too Early");
/* TRANSLATORS: status catalog, entry 425, explanation */
N_("The server refused to process a request sent in the very first moment of a resumed secure connection (TLS early data), because an attacker could replay such data. Repeating the request normally works.");
/* TRANSLATORS: status catalog, entry 425, suggestion 1 */
N_("Check again; the request should succeed once the secure connection is fully set up.");
/* TRANSLATORS: status catalog, entry 425, suggestion 2 */
N_("If it keeps happening, ask the host or CDN to review their TLS 1.3 early data (0-RTT) setting.");
/* TRANSLATORS: status catalog, entry 426, title */
N_("Upgrade Required");
/* TRANSLATORS: status catalog, entry 426, explanation */
N_("The server refuses to answer over the current protocol and wants the client to switch, usually to a secure connection or a newer HTTP version. The Upgrade header of the answer names the protocol it wants.");
/* TRANSLATORS: status catalog, entry 426, suggestion 1 */
N_("Check the site with https:// instead of http://.");
/* TRANSLATORS: status catalog, entry 426, suggestion 2 */
N_("If the site should also answer over plain http, remove the rule that enforces the upgrade from the server or proxy configuration.");
/* TRANSLATORS: status catalog, entry 428, title */
N_("Precondition Required");
/* TRANSLATORS: status catalog, entry 428, explanation */
N_("The server insists that changes be made conditionally, to stop two people from overwriting each other. APIs use it, and it does not affect normal page visits.");
/* TRANSLATORS: status catalog, entry 428, suggestion 1 */
N_("When changing data through the API, fetch the item first and send its ETag in an If-Match header.");
/* TRANSLATORS: status catalog, entry 428, suggestion 2 */
N_("If a plain page visit gets this answer, report it to the developer, because it points to a misconfigured application.");
/* TRANSLATORS: status catalog, entry 429, title */
N_("Too Many Requests");
/* TRANSLATORS: status catalog, entry 429, explanation */
N_("The site or a service in front of it is rate limiting: too many requests came from the same address in a short time. Security plugins, hosts and CDNs do this to fend off bots, and checking many sites from one machine can set it off.");
/* TRANSLATORS: status catalog, entry 429, suggestion 1 */
N_("Allow-list the IP address of the checking machine in the security plugin of the site (for example the rate limiting rules of Wordfence), in the host firewall and in the CDN.");
/* TRANSLATORS: status catalog, entry 429, suggestion 2 */
N_("Check less often and wait a few minutes before trying again; the Retry-After header of the answer says how long to wait.");
/* TRANSLATORS: status catalog, entry 429, suggestion 3 */
N_("Ask the host whether server-level rate limiting, for example Imunify360 or their own firewall, applies to your IP address.");
/* TRANSLATORS: status catalog, entry 431, title */
N_("Request Header Fields Too Large");
/* TRANSLATORS: status catalog, entry 431, explanation */
N_("The request headers, most often the cookies, are bigger than the server accepts. Browsers run into this after piling up cookies for a domain; a checker rarely does.");
/* TRANSLATORS: status catalog, entry 431, suggestion 1 */
N_("Clear the cookies for the site in the browser, and reduce the number and size of cookies set by plugins.");
/* TRANSLATORS: status catalog, entry 431, suggestion 2 */
N_("If large headers are legitimate, raise the limit with large_client_header_buffers in nginx or LimitRequestFieldSize in Apache.");
/* TRANSLATORS: status catalog, entry 440, title */
N_("Login Time-out");
/* TRANSLATORS: status catalog, entry 440, explanation */
N_("Microsoft IIS and Exchange (Outlook on the web) send this when the login session has expired and the user must sign in again.");
/* TRANSLATORS: status catalog, entry 440, suggestion 1 */
N_("Sign in again and repeat the action.");
/* TRANSLATORS: status catalog, entry 440, suggestion 2 */
N_("If sessions end too soon, raise the session timeout in the application or in IIS (Session State, or the forms authentication timeout in web.config).");
/* TRANSLATORS: status catalog, entry 444, title */
N_("No Response");
/* TRANSLATORS: status catalog, entry 444, explanation */
N_("nginx was told to close the connection without sending anything back, usually to drop unwanted traffic such as bots, unknown host names or blocked countries. The number only shows up in nginx logs; the client simply sees the connection close with no answer.");
/* TRANSLATORS: status catalog, entry 444, suggestion 1 */
N_("Search the nginx configuration for return 444 rules, often in a default server block for unknown names or in bot-blocking lists, and check whether they match the checker.");
/* TRANSLATORS: status catalog, entry 444, suggestion 2 */
N_("Make sure the host name of the site is listed in server_name so requests do not fall into a catch-all server that drops them.");
/* TRANSLATORS: status catalog, entry 444, suggestion 3 */
N_("Allow-list the IP address or user agent of the checking machine if it is being dropped as a bot.");
/* TRANSLATORS: status catalog, entry 449, title */
N_("Retry With");
/* TRANSLATORS: status catalog, entry 449, explanation */
N_("A Microsoft extension meaning the request lacked information the server needs, so it should be sent again with that information. It is mostly seen with Exchange ActiveSync and mobile mail apps.");
/* TRANSLATORS: status catalog, entry 449, suggestion 1 */
N_("Repeat the request with the information the server asks for in its answer.");
/* TRANSLATORS: status catalog, entry 449, suggestion 2 */
N_("For Exchange mail on a phone, remove and add the account again so the device sends the required details.");
/* TRANSLATORS: status catalog, entry 450, title */
N_("Blocked by Windows Parental Controls");
/* TRANSLATORS: status catalog, entry 450, explanation */
N_("A Microsoft extension sent when Windows parental controls (Microsoft Family Safety) block access to the page. The block comes from the computer making the request, not from the site.");
/* TRANSLATORS: status catalog, entry 450, suggestion 1 */
N_("Check the Microsoft Family Safety settings of the account on the computer that makes the request.");
/* TRANSLATORS: status catalog, entry 450, suggestion 2 */
N_("Check the site from another computer to confirm the site itself works.");
/* TRANSLATORS: status catalog, entry 451, title */
N_("Unavailable For Legal Reasons");
/* TRANSLATORS: status catalog, entry 451, explanation */
N_("Access to this page is blocked because of a legal demand, such as a court order, a government block or a copyright claim. Some sites also use it to refuse visitors from certain countries, for example to stay out of privacy rules.");
/* TRANSLATORS: status catalog, entry 451, suggestion 1 */
N_("Read the answer page, which should say who demanded the block.");
/* TRANSLATORS: status catalog, entry 451, suggestion 2 */
N_("If the block is unexpected, review the country-blocking settings of the security plugin, CDN or firewall, and check from another country or network.");
/* TRANSLATORS: status catalog, entry 460, title */
N_("Client Closed Connection");
/* TRANSLATORS: status catalog, entry 460, explanation */
N_("An AWS load balancer logs this when the client gave up and closed the connection before the load balancer finished waiting for the site. It usually means the site was slower than the patience of the client.");
/* TRANSLATORS: status catalog, entry 460, suggestion 1 */
N_("Find out why the site is slow: read the application logs and the target response time metric of the load balancer in CloudWatch.");
/* TRANSLATORS: status catalog, entry 460, suggestion 2 */
N_("Make the timeout of the calling client longer than the normal response time of the site.");
/* TRANSLATORS: status catalog, entry 463, title */
N_("Too Many Forwarded IP Addresses");
/* TRANSLATORS: status catalog, entry 463, explanation */
N_("An AWS load balancer refused the request because its X-Forwarded-For header lists more than 30 IP addresses. This happens when traffic passes through a long chain of proxies or loops back through the load balancer.");
/* TRANSLATORS: status catalog, entry 463, suggestion 1 */
N_("Look for a routing loop where requests pass through the load balancer more than once, for example a backend that calls its own public address.");
/* TRANSLATORS: status catalog, entry 463, suggestion 2 */
N_("Configure the proxies and CDN in front of the load balancer to replace the X-Forwarded-For header rather than append to it.");
/* TRANSLATORS: status catalog, entry 494, title */
N_("Request Header Too Large");
/* TRANSLATORS: status catalog, entry 494, explanation */
N_("nginx refused the request because its headers, often the cookies, were too big. nginx records 494 in its logs but sends the client a 400 error saying the header or cookie is too large.");
/* TRANSLATORS: status catalog, entry 494, suggestion 1 */
N_("Raise large_client_header_buffers in the nginx configuration (for example to 4 32k) and reload nginx.");
/* TRANSLATORS: status catalog, entry 494, suggestion 2 */
N_("Reduce the number and size of the cookies the site sets.");
/* TRANSLATORS: status catalog, entry 495, title */
N_("SSL Certificate Error");
/* TRANSLATORS: status catalog, entry 495, explanation */
N_("The site requires visitors to identify themselves with a client certificate, and the one presented was invalid or not trusted. nginx records 495 in its logs and shows the client a 400 error.");
/* TRANSLATORS: status catalog, entry 495, suggestion 1 */
N_("Check the client certificate: its expiry date, and that it was signed by the authority set in ssl_client_certificate.");
/* TRANSLATORS: status catalog, entry 495, suggestion 2 */
N_("If client certificates should not be required, remove or relax ssl_verify_client in the nginx configuration.");
/* TRANSLATORS: status catalog, entry 496, title */
N_("SSL Certificate Required");
/* TRANSLATORS: status catalog, entry 496, explanation */
N_("The site requires a client certificate and none was sent. This mutual TLS setup protects admin areas and APIs; an ordinary checker does not carry such a certificate.");
/* TRANSLATORS: status catalog, entry 496, suggestion 1 */
N_("If the page should be public, set ssl_verify_client to off or optional for it in the nginx configuration.");
/* TRANSLATORS: status catalog, entry 496, suggestion 2 */
N_("Otherwise monitor a public page of the site instead.");
/* TRANSLATORS: status catalog, entry 497, title */
N_("HTTP Request Sent to HTTPS Port");
/* TRANSLATORS: status catalog, entry 497, explanation */
N_("A plain http request arrived on a port that expects https. nginx records 497 in its logs and shows the client a 400 error saying the plain request went to the https port.");
/* TRANSLATORS: status catalog, entry 497, suggestion 1 */
N_("Use https:// in the checked address, or remove an explicit port such as :443 from an http:// address.");
/* TRANSLATORS: status catalog, entry 497, suggestion 2 */
N_("To send such visitors to the secure address automatically, add an error_page 497 rule that redirects to https in the nginx server block.");
/* TRANSLATORS: status catalog, entry 498, title */
N_("Invalid Token");
/* TRANSLATORS: status catalog, entry 498, explanation */
N_("Some software, notably Esri ArcGIS Server, uses this code to say the access token sent with the request has expired or is not valid.");
/* TRANSLATORS: status catalog, entry 498, suggestion 1 */
N_("Sign in again to obtain a new token and repeat the request.");
/* TRANSLATORS: status catalog, entry 498, suggestion 2 */
N_("Check the token lifetime settings of the service that issues the tokens.");
/* TRANSLATORS: status catalog, entry 499, title */
N_("Client Closed Request");
/* TRANSLATORS: status catalog, entry 499, explanation */
N_("The client hung up before nginx could deliver the answer, usually because the page took so long that the visitor, the checker or a load balancer gave up. It appears in nginx logs; the real problem is a slow page. Esri ArcGIS uses the same number for Token Required.");
/* TRANSLATORS: status catalog, entry 499, suggestion 1 */
N_("Find out why the page is slow: read the PHP-FPM slow log, look at database queries and heavy plugins (Query Monitor helps on WordPress).");
/* TRANSLATORS: status catalog, entry 499, suggestion 2 */
N_("If a load balancer or CDN in front of nginx gives up sooner than the page needs, speed up the page or raise that timeout.");
/* TRANSLATORS: status catalog, entry 500, title */
N_("Internal Server Error");
/* TRANSLATORS: status catalog, entry 500, explanation */
N_("The site hit an unexpected error while building the page. On WordPress this is usually a PHP fatal error in a plugin or theme, a broken .htaccess rule, an exhausted PHP memory limit, or wrong file permissions.");
/* TRANSLATORS: status catalog, entry 500, suggestion 1 */
N_("Turn on WordPress debugging: set WP_DEBUG and WP_DEBUG_LOG to true in wp-config.php, load the page again, and read wp-content/debug.log.");
/* TRANSLATORS: status catalog, entry 500, suggestion 2 */
N_("Read the PHP and web server error logs in the hosting panel (error_log files in cPanel) at the time of the error.");
/* TRANSLATORS: status catalog, entry 500, suggestion 3 */
N_("If a plugin or theme was just updated, deactivate it by renaming its folder in wp-content/plugins, or switch to a default theme, and check again.");
/* TRANSLATORS: status catalog, entry 500, suggestion 4 */
N_("Rename .htaccess to test whether a rewrite rule is to blame, then re-save the permalinks in WordPress to create a fresh one.");
/* TRANSLATORS: status catalog, entry 500, suggestion 5 */
N_("Raise the PHP memory limit (WP_MEMORY_LIMIT in wp-config.php or memory_limit in the PHP settings of the host).");
/* TRANSLATORS: status catalog, entry 501, title */
N_("Not Implemented");
/* TRANSLATORS: status catalog, entry 501, explanation */
N_("The server lacks support for what the request asked for, usually an unknown request method. On shared hosting, a security filter such as ModSecurity or Imunify360 may send it to refuse a request it distrusts.");
/* TRANSLATORS: status catalog, entry 501, suggestion 1 */
N_("Ask the host to check the ModSecurity or Imunify360 logs for a rule that matched at the time of the check, and to add an exclusion for the checking machine.");
/* TRANSLATORS: status catalog, entry 501, suggestion 2 */
N_("Check whether the server or a firewall rejects the request method that was used, such as HEAD or OPTIONS, and allow it.");
/* TRANSLATORS: status catalog, entry 502, title */
N_("Bad Gateway");
/* TRANSLATORS: status catalog, entry 502, explanation */
N_("A proxy in front of the site, such as nginx, a load balancer or a CDN, asked the actual application for the page and got a broken answer or none at all. On WordPress hosting this typically means PHP-FPM crashed, restarted or ran out of workers.");
/* TRANSLATORS: status catalog, entry 502, suggestion 1 */
N_("Read the proxy error log (nginx error.log) for messages such as upstream prematurely closed connection or connect() failed, which name the failing backend.");
/* TRANSLATORS: status catalog, entry 502, suggestion 2 */
N_("Restart PHP-FPM or the application server, or ask the host to, and check that its socket or port matches the proxy configuration.");
/* TRANSLATORS: status catalog, entry 502, suggestion 3 */
N_("If it happens under load, raise pm.max_children in the PHP-FPM pool settings and look for a plugin that crashes PHP.");
/* TRANSLATORS: status catalog, entry 502, suggestion 4 */
N_("Contact the host with the exact time of the failure so they can find it in their logs.");
/* TRANSLATORS: status catalog, entry 503, title */
N_("Service Unavailable");
/* TRANSLATORS: status catalog, entry 503, explanation */
N_("The site cannot serve requests right now, because it is overloaded, in maintenance mode, or has hit a resource limit of its hosting plan. On WordPress, a leftover .maintenance file from an interrupted update causes the same answer.");
/* TRANSLATORS: status catalog, entry 503, suggestion 1 */
N_("If the site shows a maintenance notice, delete the .maintenance file in the WordPress root folder or switch off the maintenance mode plugin.");
/* TRANSLATORS: status catalog, entry 503, suggestion 2 */
N_("Look at resource usage in the hosting panel (CPU, memory, and entry processes on CloudLinux) and reduce bot traffic or upgrade the plan.");
/* TRANSLATORS: status catalog, entry 503, suggestion 3 */
N_("Wait a few minutes and check again; the Retry-After header of the answer may say how long.");
/* TRANSLATORS: status catalog, entry 503, suggestion 4 */
N_("If it lasts, contact the host with the time of the failure.");
/* TRANSLATORS: status catalog, entry 504, title */
N_("Gateway Timeout");
/* TRANSLATORS: status catalog, entry 504, explanation */
N_("A proxy in front of the site waited for the application to produce the page and gave up. A slow database query, a call to an outside service, a long-running task or an overloaded server took longer than allowed.");
/* TRANSLATORS: status catalog, entry 504, suggestion 1 */
N_("If the work is legitimate, raise PHP max_execution_time and the proxy timeouts (fastcgi_read_timeout or proxy_read_timeout in nginx, Timeout or ProxyTimeout in Apache).");
/* TRANSLATORS: status catalog, entry 504, suggestion 2 */
N_("Find what makes the page slow: read the PHP slow log, look for slow database queries and outside calls; Query Monitor helps on WordPress.");
/* TRANSLATORS: status catalog, entry 504, suggestion 3 */
N_("Contact the host with the time of the failure so they can check the server load at that moment.");
/* TRANSLATORS: status catalog, entry 505, title */
N_("HTTP Version Not Supported");
/* TRANSLATORS: status catalog, entry 505, explanation */
N_("The server refuses the HTTP version used by the request. This is rare today and points to old or misconfigured server software or a malformed request.");
/* TRANSLATORS: status catalog, entry 505, suggestion 1 */
N_("Check whether a proxy or firewall in front of the site refuses the HTTP version in use, and update it.");
/* TRANSLATORS: status catalog, entry 505, suggestion 2 */
N_("Ask the host to update the web server software if the problem persists.");
/* TRANSLATORS: status catalog, entry 506, title */
N_("Variant Also Negotiates");
/* TRANSLATORS: status catalog, entry 506, explanation */
N_("The server has a content negotiation mistake in its configuration: the version it picked is itself set up to choose again, creating a loop. It is rare and usually comes from an Apache type-map or MultiViews setup.");
/* TRANSLATORS: status catalog, entry 506, suggestion 1 */
N_("Check the Apache type-map files (.var) and MultiViews settings for a variant that points back into negotiation.");
/* TRANSLATORS: status catalog, entry 506, suggestion 2 */
N_("Ask the host to read the error log at the time of the failure.");
/* TRANSLATORS: status catalog, entry 507, title */
N_("Insufficient Storage");
/* TRANSLATORS: status catalog, entry 507, explanation */
N_("The server could not save what it needed because the disk is full or the storage quota is used up. On a hosting account, a full disk also breaks uploads, caches, sessions and database writes.");
/* TRANSLATORS: status catalog, entry 507, suggestion 1 */
N_("Check the disk usage and quota in the hosting panel and free space by removing old backups, cache folders, logs and unused media.");
/* TRANSLATORS: status catalog, entry 507, suggestion 2 */
N_("Upgrade the storage of the plan or ask the host to raise the quota.");
/* TRANSLATORS: status catalog, entry 508, title */
N_("Loop Detected");
/* TRANSLATORS: status catalog, entry 508, explanation */
N_("Officially a WebDAV code for an endless loop. On shared hosting with CloudLinux, such as many cPanel hosts, it usually means the account reached its limit of simultaneous requests (entry processes), often because of bots or slow PHP.");
/* TRANSLATORS: status catalog, entry 508, suggestion 1 */
N_("Open the resource usage page in cPanel and look for entry process faults at the time of the error.");
/* TRANSLATORS: status catalog, entry 508, suggestion 2 */
N_("Reduce the load by enabling page caching, blocking abusive bots and speeding up slow plugins, or upgrade the hosting plan.");
/* TRANSLATORS: status catalog, entry 508, suggestion 3 */
N_("If it is a real loop, look for redirect or include rules in the application that call each other.");
/* TRANSLATORS: status catalog, entry 509, title */
N_("Bandwidth Limit Exceeded");
/* TRANSLATORS: status catalog, entry 509, explanation */
N_("The site used up the monthly data transfer allowed by its hosting plan, and the host has paused it until the limit resets or is raised. It comes from cPanel and other shared hosting panels and is not part of the HTTP standard.");
/* TRANSLATORS: status catalog, entry 509, suggestion 1 */
N_("Check bandwidth usage in the hosting panel (Bandwidth in cPanel), and upgrade the plan or ask the host to raise the limit.");
/* TRANSLATORS: status catalog, entry 509, suggestion 2 */
N_("Find out what consumes the traffic, such as large media files, hotlinking or aggressive bots, and reduce it with a CDN, image optimization or bot blocking.");
/* TRANSLATORS: status catalog, entry 510, title */
N_("Not Extended");
/* TRANSLATORS: status catalog, entry 510, explanation */
N_("The server wants the request to use an extension it requires. The framework behind this code was never widely adopted and has been declared obsolete, so it points to unusual or custom software.");
/* TRANSLATORS: status catalog, entry 510, suggestion 1 */
N_("Find the application or proxy that sent it by reading the server logs at the time of the check.");
/* TRANSLATORS: status catalog, entry 510, suggestion 2 */
N_("Ask the developer or host which extension the server expects, or to return a standard answer instead.");
/* TRANSLATORS: status catalog, entry 511, title */
N_("Network Authentication Required");
/* TRANSLATORS: status catalog, entry 511, explanation */
N_("A network in between wants a sign-in before it allows internet access, like the login page of hotel or airport Wi-Fi. The problem is the network of the computer doing the check, not the site.");
/* TRANSLATORS: status catalog, entry 511, suggestion 1 */
N_("Open a browser on the checking machine and complete the network sign-in or accept the terms.");
/* TRANSLATORS: status catalog, entry 511, suggestion 2 */
N_("Run the checks from a network without a sign-in page.");
/* TRANSLATORS: status catalog, entry 520, title */
N_("Web Server Returned an Unknown Error");
/* TRANSLATORS: status catalog, entry 520, explanation */
N_("Cloudflare reached the origin server but got back something it could not use, such as an empty answer, a reset connection or headers that are too large. On WordPress this often means PHP crashed or a security tool at the origin cut the connection.");
/* TRANSLATORS: status catalog, entry 520, suggestion 1 */
N_("Read the web server and PHP error logs of the origin at the time of the error; a crashing PHP process often leaves empty answers.");
/* TRANSLATORS: status catalog, entry 520, suggestion 2 */
N_("Make sure the origin firewall and security tools (for example Imunify360, CSF or fail2ban) allow the Cloudflare IP ranges and do not reset their connections.");
/* TRANSLATORS: status catalog, entry 520, suggestion 3 */
N_("Test the origin directly, for example by pausing Cloudflare or with a hosts file entry, to see its real answer.");
/* TRANSLATORS: status catalog, entry 520, suggestion 4 */
N_("Look for very large cookies or headers set by plugins and reduce them.");
/* TRANSLATORS: status catalog, entry 521, title */
N_("Web Server Is Down");
/* TRANSLATORS: status catalog, entry 521, explanation */
N_("Cloudflare tried to connect to the origin server and the connection was refused. Either the web server is not running, or a firewall at the origin is turning Cloudflare away.");
/* TRANSLATORS: status catalog, entry 521, suggestion 1 */
N_("Check that the web server (Apache, nginx or LiteSpeed) is running and listening on ports 80 and 443, or ask the host.");
/* TRANSLATORS: status catalog, entry 521, suggestion 2 */
N_("Allow the Cloudflare IP ranges (published at cloudflare.com/ips) in the origin firewall, in security plugins and in host firewalls such as CSF or Imunify360.");
/* TRANSLATORS: status catalog, entry 521, suggestion 3 */
N_("Check that the DNS record in Cloudflare points to the correct origin IP address.");
/* TRANSLATORS: status catalog, entry 522, title */
N_("Connection Timed Out");
/* TRANSLATORS: status catalog, entry 522, explanation */
N_("Cloudflare could not set up a connection to the origin server in time. Usually the server is overloaded or offline, the origin IP address in Cloudflare is wrong, or a firewall silently drops Cloudflare traffic.");
/* TRANSLATORS: status catalog, entry 522, suggestion 1 */
N_("Allow the Cloudflare IP ranges (published at cloudflare.com/ips) in the origin firewall and security tools, so they stop dropping its connections.");
/* TRANSLATORS: status catalog, entry 522, suggestion 2 */
N_("Check that the A and AAAA records in Cloudflare DNS point to the current IP address of the server.");
/* TRANSLATORS: status catalog, entry 522, suggestion 3 */
N_("Check the server load and uptime, and contact the host with the time of the failure.");
/* TRANSLATORS: status catalog, entry 523, title */
N_("Origin Is Unreachable");
/* TRANSLATORS: status catalog, entry 523, explanation */
N_("Cloudflare cannot find a network path to the origin server. Usually the origin IP address in Cloudflare DNS is wrong or outdated, for example after a move to another host, or the host has a network outage.");
/* TRANSLATORS: status catalog, entry 523, suggestion 1 */
N_("Check that the A and AAAA records in Cloudflare DNS point to the current IP address of the server, and remove an AAAA record if the server has no working IPv6.");
/* TRANSLATORS: status catalog, entry 523, suggestion 2 */
N_("Ask the host whether their data center has a network problem, giving them the time of the error.");
/* TRANSLATORS: status catalog, entry 524, title */
N_("A Timeout Occurred");
/* TRANSLATORS: status catalog, entry 524, explanation */
N_("Cloudflare connected to the origin, but the origin did not send an answer within about 100 seconds, so Cloudflare stopped waiting. The page or the work behind it, such as an import, a backup or a slow plugin, takes too long.");
/* TRANSLATORS: status catalog, entry 524, suggestion 1 */
N_("Find and fix the slow part by reading the PHP slow log and looking at database queries and heavy plugins; run long jobs with WP-Cron or WP-CLI instead of a web request.");
/* TRANSLATORS: status catalog, entry 524, suggestion 2 */
N_("If the job is legitimate, raise PHP max_execution_time and the proxy timeouts at the origin, keeping in mind that Cloudflare waits about 100 seconds on most plans.");
/* TRANSLATORS: status catalog, entry 524, suggestion 3 */
N_("Run long tasks through a host name that is not proxied by Cloudflare (DNS only, grey cloud).");
/* TRANSLATORS: status catalog, entry 525, title */
N_("SSL Handshake Failed");
/* TRANSLATORS: status catalog, entry 525, explanation */
N_("Cloudflare could not set up a secure connection with the origin server. Usually the origin has no working SSL setup on port 443, does not offer a protocol or cipher Cloudflare accepts, or does not answer for this host name.");
/* TRANSLATORS: status catalog, entry 525, suggestion 1 */
N_("Check the SSL/TLS mode in Cloudflare: with Full or Full (strict) the origin needs a working certificate on port 443, so install one, such as a free Cloudflare Origin Certificate or a Let’s Encrypt certificate.");
/* TRANSLATORS: status catalog, entry 525, suggestion 2 */
N_("Make sure the origin web server has an https virtual host for this exact host name and supports TLS 1.2 or newer.");
/* TRANSLATORS: status catalog, entry 525, suggestion 3 */
N_("Do not switch to Flexible mode as a fix, since it leaves the link to the origin unencrypted and often causes redirect loops on WordPress.");
/* TRANSLATORS: status catalog, entry 526, title */
N_("Invalid SSL Certificate");
/* TRANSLATORS: status catalog, entry 526, explanation */
N_("Cloudflare is set to Full (strict) mode and the certificate on the origin server did not pass its check, because it is expired, self-signed or issued for another host name.");
/* TRANSLATORS: status catalog, entry 526, suggestion 1 */
N_("Install a valid certificate on the origin that covers this host name: a Cloudflare Origin Certificate (SSL/TLS → Origin Server) or a Let’s Encrypt certificate.");
/* TRANSLATORS: status catalog, entry 526, suggestion 2 */
N_("Renew the origin certificate if it has expired, and install it with its full chain.");
/* TRANSLATORS: status catalog, entry 526, suggestion 3 */
N_("As a stopgap, switch the Cloudflare SSL/TLS mode from Full (strict) to Full, which accepts any origin certificate, and switch back once the certificate is fixed.");
/* TRANSLATORS: status catalog, entry 527, title */
N_("Railgun Error");
/* TRANSLATORS: status catalog, entry 527, explanation */
N_("Cloudflare Railgun, an old accelerator between Cloudflare and the origin, failed to reach the origin. Cloudflare has discontinued Railgun, so this only appears on leftover setups.");
/* TRANSLATORS: status catalog, entry 527, suggestion 1 */
N_("Remove the Railgun setup from the Cloudflare account and the origin server, since the service no longer exists.");
/* TRANSLATORS: status catalog, entry 527, suggestion 2 */
N_("If it persists, contact the host or Cloudflare support with the time of the error.");
/* TRANSLATORS: status catalog, entry 529, title */
N_("Site Is Overloaded");
/* TRANSLATORS: status catalog, entry 529, explanation */
N_("Some services, such as the Qualys SSL Labs scanner and some APIs, send this non-standard code when they are too busy to take more requests for now.");
/* TRANSLATORS: status catalog, entry 529, suggestion 1 */
N_("Wait a few minutes and check again.");
/* TRANSLATORS: status catalog, entry 529, suggestion 2 */
N_("If your own site sends it, check the server load and the limits of the hosting plan.");
/* TRANSLATORS: status catalog, entry 530, title */
N_("Origin DNS Error");
/* TRANSLATORS: status catalog, entry 530, explanation */
N_("Cloudflare shows this code together with a four-digit error number, most often 1016 (the origin host name cannot be resolved) or 1033 (a Cloudflare Tunnel is not running). The Pantheon hosting platform uses the same code for a site that has been frozen.");
/* TRANSLATORS: status catalog, entry 530, suggestion 1 */
N_("Read the error number on the page; for 1016, check that the CNAME or origin record in Cloudflare DNS points to a host name that exists.");
/* TRANSLATORS: status catalog, entry 530, suggestion 2 */
N_("If the site uses a Cloudflare Tunnel, check that the cloudflared service is running on the origin server.");
/* TRANSLATORS: status catalog, entry 530, suggestion 3 */
N_("On Pantheon, unfreeze the site from its dashboard.");
/* TRANSLATORS: status catalog, entry 561, title */
N_("Unauthorized");
/* TRANSLATORS: status catalog, entry 561, explanation */
N_("An AWS Application Load Balancer that signs users in through an identity provider, such as Amazon Cognito or an OpenID Connect service, got an error back from that provider during the sign-in.");
/* TRANSLATORS: status catalog, entry 561, suggestion 1 */
N_("Check the authenticate action on the listener rule of the load balancer: client ID, client secret and the endpoints of the identity provider.");
/* TRANSLATORS: status catalog, entry 561, suggestion 2 */
N_("Read the identity provider logs for the rejected sign-in, and make sure the load balancer callback address (ending in /oauth2/idpresponse) is allowed there.");
/* TRANSLATORS: status catalog, entry 598, title */
N_("Network Read Timeout Error");
/* TRANSLATORS: status catalog, entry 598, explanation */
N_("Some proxies use this unofficial code to say they connected to the server behind them, but it stopped sending data before the answer was complete.");
/* TRANSLATORS: status catalog, entry 598, suggestion 1 */
N_("Read the logs of the backend server to find out why it is slow or stalls.");
/* TRANSLATORS: status catalog, entry 598, suggestion 2 */
N_("If the backend is slow for a legitimate reason, raise the read timeout of the proxy.");
/* TRANSLATORS: status catalog, entry 599, title */
N_("Network Connect Timeout Error");
/* TRANSLATORS: status catalog, entry 599, explanation */
N_("Some proxies use this unofficial code to say they could not open a connection to the server behind them in time.");
/* TRANSLATORS: status catalog, entry 599, suggestion 1 */
N_("Check that the backend server is running and reachable from the proxy, including firewalls and DNS between them.");
/* TRANSLATORS: status catalog, entry 599, suggestion 2 */
N_("If the backend is just slow to accept connections, raise the connect timeout of the proxy or reduce the load on the backend.");
/* TRANSLATORS: status catalog, entry 999, title */
N_("Request Denied");
/* TRANSLATORS: status catalog, entry 999, explanation */
N_("LinkedIn and a few other large sites send this non-standard code to turn away visitors they take for robots, such as checkers, scrapers and requests from data center addresses. The page works for people; only automated access is refused.");
/* TRANSLATORS: status catalog, entry 999, suggestion 1 */
N_("Do not monitor LinkedIn or similar third-party pages with an automated checker; check your own sites instead.");
/* TRANSLATORS: status catalog, entry 999, suggestion 2 */
N_("If your own site or its firewall sends 999, allow-list the IP address of the checking machine in that firewall or security plugin.");
/* TRANSLATORS: status catalog, entry class-1xx, title */
N_("Unknown Informational Code");
/* TRANSLATORS: status catalog, entry class-1xx, explanation */
N_("The server sent an informational code that is not in the official list. Codes starting with 1 are interim messages sent while a request is still under way, so the final answer is still missing.");
/* TRANSLATORS: status catalog, entry class-1xx, suggestion 1 */
N_("Check again to see whether a final answer arrives.");
/* TRANSLATORS: status catalog, entry class-1xx, suggestion 2 */
N_("Look up the code in the documentation of the server software or of the proxy in front of the site.");
/* TRANSLATORS: status catalog, entry class-2xx, title */
N_("Unknown Success Code");
/* TRANSLATORS: status catalog, entry class-2xx, explanation */
N_("The server sent a success code that is not in the official list. Codes starting with 2 mean the request worked, so the site is most likely fine.");
/* TRANSLATORS: status catalog, entry class-2xx, suggestion 1 */
N_("Open the page and make sure its content looks right.");
/* TRANSLATORS: status catalog, entry class-2xx, suggestion 2 */
N_("Look up the code in the documentation of the application or server that sent it.");
/* TRANSLATORS: status catalog, entry class-3xx, title */
N_("Unknown Redirection Code");
/* TRANSLATORS: status catalog, entry class-3xx, explanation */
N_("The server sent a redirection code that is not in the official list. Codes starting with 3 send the visitor elsewhere, but clients may not know how to follow this one.");
/* TRANSLATORS: status catalog, entry class-3xx, suggestion 1 */
N_("Look at the Location header of the answer to see where it tries to send the visitor, and check that address directly.");
/* TRANSLATORS: status catalog, entry class-3xx, suggestion 2 */
N_("Change the redirect rule in the server configuration or plugin to a standard code such as 301 or 302.");
/* TRANSLATORS: status catalog, entry class-4xx, title */
N_("Unknown Client Error Code");
/* TRANSLATORS: status catalog, entry class-4xx, explanation */
N_("The server sent an error code that is not in the official list. Codes starting with 4 mean the server blames the request, for example missing access, a block by a security tool, or a wrong address.");
/* TRANSLATORS: status catalog, entry class-4xx, suggestion 1 */
N_("Read the body of the answer, which often explains the refusal.");
/* TRANSLATORS: status catalog, entry class-4xx, suggestion 2 */
N_("Check whether a firewall or security plugin blocks the checking machine, and allow-list its IP address if so.");
/* TRANSLATORS: status catalog, entry class-4xx, suggestion 3 */
N_("Look up the code in the documentation of the application, firewall or service that sent it.");
/* TRANSLATORS: status catalog, entry class-5xx, title */
N_("Unknown Server Error Code");
/* TRANSLATORS: status catalog, entry class-5xx, explanation */
N_("The server sent an error code that is not in the official list. Codes starting with 5 mean the server or something in front of it failed, so the fault lies on the site side, not with the request.");
/* TRANSLATORS: status catalog, entry class-5xx, suggestion 1 */
N_("Read the error logs of the site and of any proxy or CDN in front of it at the time of the check.");
/* TRANSLATORS: status catalog, entry class-5xx, suggestion 2 */
N_("Contact the host with the code and the time of the failure.");
/* TRANSLATORS: status catalog, entry non-standard, title */
N_("Non-Standard Status Code");
/* TRANSLATORS: status catalog, entry non-standard, explanation */
N_("The server sent a status number outside the range of 100 to 599, which the HTTP standard does not allow. Only custom or faulty software does this, so treat it as a problem on the site side.");
/* TRANSLATORS: status catalog, entry non-standard, suggestion 1 */
N_("Find out which software sent it by reading the logs of the site and of any proxy, CDN or firewall in front of it.");
/* TRANSLATORS: status catalog, entry non-standard, suggestion 2 */
N_("Ask the developer or host to make it return a standard code instead.");
/* TRANSLATORS: status catalog, entry invalid-url, title */
N_("Invalid address");
/* TRANSLATORS: status catalog, entry invalid-url, explanation */
N_("The address to check is not a valid web address, so no request was sent. It may contain spaces or stray characters, have a mistyped beginning, or lack a host name.");
/* TRANSLATORS: status catalog, entry invalid-url, suggestion 1 */
N_("Edit the address so it has the form https://example.com/ with no spaces or extra characters.");
/* TRANSLATORS: status catalog, entry invalid-url, suggestion 2 */
N_("Copy the address from the address bar of a browser where the site opens, to avoid typing mistakes.");
/* TRANSLATORS: status catalog, entry unsupported-scheme, title */
N_("Unsupported address type");
/* TRANSLATORS: status catalog, entry unsupported-scheme, explanation */
N_("The address starts with a type the checker cannot use, such as ftp: or file:. Only http and https addresses can be checked.");
/* TRANSLATORS: status catalog, entry unsupported-scheme, suggestion 1 */
N_("Change the beginning of the address to https:// (or http:// if the site has no certificate).");
/* TRANSLATORS: status catalog, entry unsupported-scheme, suggestion 2 */
N_("If the service is not a web site, such as FTP or mail, check it with a tool made for that service.");
/* TRANSLATORS: status catalog, entry dns, title */
N_("Host name not found");
/* TRANSLATORS: status catalog, entry dns, explanation */
N_("The name of the site could not be turned into a server address. The domain may have expired, its DNS records may be missing or wrong, a recent change may not have spread yet, or the DNS server used by the checking machine may be failing.");
/* TRANSLATORS: status catalog, entry dns, suggestion 1 */
N_("Check the A and AAAA records of the domain at its DNS provider and make sure they point to the server IP address given by the host.");
/* TRANSLATORS: status catalog, entry dns, suggestion 2 */
N_("Check that the domain has not expired and that its name servers are right at the registrar; a whois lookup shows both.");
/* TRANSLATORS: status catalog, entry dns, suggestion 3 */
N_("Look up the name with dig or nslookup from the checking machine and from another network to rule out a local DNS problem.");
/* TRANSLATORS: status catalog, entry dns, suggestion 4 */
N_("After changing records, allow time for the old ones to expire (up to their TTL) before checking again.");
/* TRANSLATORS: status catalog, entry connection-refused, title */
N_("Connection refused");
/* TRANSLATORS: status catalog, entry connection-refused, explanation */
N_("The server machine was reached, but nothing accepted the connection on the web port. Usually the web server software is stopped or crashed, the DNS points to an old server, or a firewall actively rejects the connection.");
/* TRANSLATORS: status catalog, entry connection-refused, suggestion 1 */
N_("Check that the web server (Apache, nginx, LiteSpeed or IIS) is running and restart it, or ask the host to.");
/* TRANSLATORS: status catalog, entry connection-refused, suggestion 2 */
N_("Check that the DNS records point to the right server; an old IP address left over after a move often refuses connections.");
/* TRANSLATORS: status catalog, entry connection-refused, suggestion 3 */
N_("If the site uses https, make sure the server listens on port 443 as well as port 80.");
/* TRANSLATORS: status catalog, entry connection-refused, suggestion 4 */
N_("Check whether a firewall such as CSF, fail2ban or the hosting firewall has blocked the IP address of the checking machine, and allow-list it.");
/* TRANSLATORS: status catalog, entry timeout, title */
N_("Connection timed out");
/* TRANSLATORS: status catalog, entry timeout, explanation */
N_("The site did not answer within the allowed time. The server may be overloaded or offline, a firewall may be silently dropping the traffic, or the page may be extremely slow.");
/* TRANSLATORS: status catalog, entry timeout, suggestion 1 */
N_("Check whether the site opens in a browser from another network; if it does not, contact the host with the time of the failure.");
/* TRANSLATORS: status catalog, entry timeout, suggestion 2 */
N_("Check whether a firewall or security tool drops traffic from the checking machine, and allow-list its IP address.");
/* TRANSLATORS: status catalog, entry timeout, suggestion 3 */
N_("If the site opens but slowly, find the slow part, such as database queries, plugins or outside calls, and speed it up.");
/* TRANSLATORS: status catalog, entry timeout-no-answer, title */
N_("Connected, but no answer");
/* TRANSLATORS: status catalog, entry timeout-no-answer, explanation */
N_("The server accepted the connection, then sent nothing back within the allowed time. The web server or the application behind it is stuck or overloaded, or something in front of it lets connections in and holds what follows.");
/* TRANSLATORS: status catalog, entry timeout-no-answer, suggestion 1 */
N_("Open the site in a browser; if it hangs there too, restart the web server or PHP-FPM, or ask the host to.");
/* TRANSLATORS: status catalog, entry timeout-no-answer, suggestion 2 */
N_("Look in the web server's error log and the application's slow log for requests that never finish.");
/* TRANSLATORS: status catalog, entry timeout-no-answer, suggestion 3 */
N_("If a firewall or security tool sits in front of the site, check whether it holds the requests of the checking machine.");
/* TRANSLATORS: status catalog, entry tls, title */
N_("Secure connection failed");
/* TRANSLATORS: status catalog, entry tls, explanation */
N_("A secure (https) connection to the site could not be set up, for a reason other than the common certificate problems. The server may offer only protocol versions the checker does not accept, or the https port may be misconfigured.");
/* TRANSLATORS: status catalog, entry tls, suggestion 1 */
N_("Test the site with an SSL checker such as SSL Labs (ssllabs.com/ssltest) to see the exact problem.");
/* TRANSLATORS: status catalog, entry tls, suggestion 2 */
N_("Make sure the server offers TLS 1.2 or 1.3 and has a certificate installed for this host name.");
/* TRANSLATORS: status catalog, entry tls, suggestion 3 */
N_("If the site is behind a CDN or proxy, review its SSL settings as well.");
/* TRANSLATORS: status catalog, entry tls-expired, title */
N_("Certificate expired");
/* TRANSLATORS: status catalog, entry tls-expired, explanation */
N_("The security certificate of the site is past its end date, so browsers warn visitors that the site is not safe. Automatic renewal has probably failed.");
/* TRANSLATORS: status catalog, entry tls-expired, suggestion 1 */
N_("Renew the certificate in the host panel (AutoSSL in cPanel, Let’s Encrypt in Plesk) or with certbot renew on the server, then reload the web server.");
/* TRANSLATORS: status catalog, entry tls-expired, suggestion 2 */
N_("Find out why automatic renewal failed, for example a DNS change or a blocked /.well-known/acme-challenge/ path, so it does not happen again.");
/* TRANSLATORS: status catalog, entry tls-expired, suggestion 3 */
N_("Make sure the date and time of the checking machine are correct, since a wrong clock can make a valid certificate look expired.");
/* TRANSLATORS: status catalog, entry tls-not-yet-valid, title */
N_("Certificate not yet valid");
/* TRANSLATORS: status catalog, entry tls-not-yet-valid, explanation */
N_("The certificate of the site has a start date in the future. This usually means the clock of the checking computer or of the server is wrong, or a freshly issued certificate was put in place slightly too early.");
/* TRANSLATORS: status catalog, entry tls-not-yet-valid, suggestion 1 */
N_("Check the date and time of the checking computer and turn on automatic time synchronization.");
/* TRANSLATORS: status catalog, entry tls-not-yet-valid, suggestion 2 */
N_("Check the server clock (for example with timedatectl on Linux) and enable time synchronization there too.");
/* TRANSLATORS: status catalog, entry tls-not-yet-valid, suggestion 3 */
N_("If both clocks are right, wait until the start date of the certificate or have it issued again.");
/* TRANSLATORS: status catalog, entry tls-unknown-issuer, title */
N_("Certificate not trusted");
/* TRANSLATORS: status catalog, entry tls-unknown-issuer, explanation */
N_("The certificate of the site does not lead back to an authority the checker trusts: it is self-signed, comes from an unknown authority, or, most often, the server leaves out the intermediate certificate. Browsers often fill in that missing piece on their own, which is why the site can look fine in a browser yet fail here.");
/* TRANSLATORS: status catalog, entry tls-unknown-issuer, suggestion 1 */
N_("Install the full certificate chain: in nginx point ssl_certificate to fullchain.pem rather than cert.pem, in Apache use the full chain file or set SSLCertificateChainFile, and in cPanel paste the CA bundle next to the certificate.");
/* TRANSLATORS: status catalog, entry tls-unknown-issuer, suggestion 2 */
N_("Replace a self-signed certificate with one from a public authority, such as a free Let’s Encrypt certificate.");
/* TRANSLATORS: status catalog, entry tls-unknown-issuer, suggestion 3 */
N_("Confirm the fix with an SSL checker such as SSL Labs, which reports an incomplete chain.");
/* TRANSLATORS: status catalog, entry tls-bad-identity, title */
N_("Certificate for another name");
/* TRANSLATORS: status catalog, entry tls-bad-identity, explanation */
N_("The certificate does not list this host name, so it belongs to another site. Common causes are a certificate that covers only the bare domain when www is checked (or the reverse), a shared server showing its default certificate, or DNS pointing to the wrong server.");
/* TRANSLATORS: status catalog, entry tls-bad-identity, suggestion 1 */
N_("Have the certificate issued again so it includes every name the site uses, such as both example.com and www.example.com.");
/* TRANSLATORS: status catalog, entry tls-bad-identity, suggestion 2 */
N_("Make sure the server has an https virtual host for this exact name; without it the server falls back to its default certificate.");
/* TRANSLATORS: status catalog, entry tls-bad-identity, suggestion 3 */
N_("Check that the DNS records point to the server that actually hosts this site.");
/* TRANSLATORS: status catalog, entry tls-revoked, title */
N_("Certificate revoked");
/* TRANSLATORS: status catalog, entry tls-revoked, explanation */
N_("The authority that issued the certificate has cancelled it, for example because its private key leaked or it was replaced. It must not be used any longer.");
/* TRANSLATORS: status catalog, entry tls-revoked, suggestion 1 */
N_("Install a newly issued certificate and reload the web server.");
/* TRANSLATORS: status catalog, entry tls-revoked, suggestion 2 */
N_("If the private key may have been exposed, create a new key before requesting the new certificate.");
/* TRANSLATORS: status catalog, entry tls-insecure, title */
N_("Insecure connection");
/* TRANSLATORS: status catalog, entry tls-insecure, explanation */
N_("The site offers only outdated, weak security: an old protocol such as TLS 1.0, weak ciphers, or a certificate signed with a weak algorithm like SHA-1 or with a key that is too short. Modern clients refuse such connections.");
/* TRANSLATORS: status catalog, entry tls-insecure, suggestion 1 */
N_("Update the TLS settings to enable TLS 1.2 and 1.3 with modern ciphers; the Mozilla SSL Configuration Generator provides ready settings for Apache and nginx.");
/* TRANSLATORS: status catalog, entry tls-insecure, suggestion 2 */
N_("Have the certificate issued again with an RSA key of at least 2048 bits or an ECDSA key, signed with SHA-256.");
/* TRANSLATORS: status catalog, entry tls-insecure, suggestion 3 */
N_("If the server software is too old for this, ask the host to upgrade it.");
/* TRANSLATORS: status catalog, entry redirect-loop, title */
N_("Redirect loop");
/* TRANSLATORS: status catalog, entry redirect-loop, explanation */
N_("The site keeps redirecting back to an address it already sent the checker to, so the page never loads. Typical causes are https forcing that clashes with a CDN or proxy, such as Cloudflare in Flexible mode, or two sets of www rules fighting each other.");
/* TRANSLATORS: status catalog, entry redirect-loop, suggestion 1 */
N_("If the site is behind Cloudflare, set the SSL/TLS mode to Full or Full (strict) instead of Flexible.");
/* TRANSLATORS: status catalog, entry redirect-loop, suggestion 2 */
N_("Make sure the WordPress Address and Site Address under Settings → General match the final address, including https and www.");
/* TRANSLATORS: status catalog, entry redirect-loop, suggestion 3 */
N_("Look for duplicate redirect rules in .htaccess, the nginx configuration, a redirection or SSL plugin (such as Really Simple SSL) and the CDN, and keep only one of them.");
/* TRANSLATORS: status catalog, entry redirect-loop, suggestion 4 */
N_("Behind a proxy or load balancer, make WordPress recognize https from the X-Forwarded-Proto header.");
/* TRANSLATORS: status catalog, entry too-many-redirects, title */
N_("Too many redirects");
/* TRANSLATORS: status catalog, entry too-many-redirects, explanation */
N_("The site sent the checker through more redirects than allowed without reaching a page. Either the chain is very long, or the address changes slightly at every step, for example through a growing parameter.");
/* TRANSLATORS: status catalog, entry too-many-redirects, suggestion 1 */
N_("Follow the chain step by step, for example with curl -IL, to see where it goes wrong.");
/* TRANSLATORS: status catalog, entry too-many-redirects, suggestion 2 */
N_("Shorten the chain so the address leads straight to the final page, and update the stored address to that final one.");
/* TRANSLATORS: status catalog, entry too-many-redirects, suggestion 3 */
N_("Fix rules that add to the address at every step in .htaccess, the nginx configuration or a plugin.");
/* TRANSLATORS: status catalog, entry protocol, title */
N_("Invalid answer");
/* TRANSLATORS: status catalog, entry protocol, explanation */
N_("The connection opened, but the server closed it without a proper answer or sent something that is not valid HTTP. A crashed web server process, a security tool dropping the request, or a non-web service on the port can cause this. The nginx code 444 looks exactly like this on the wire, because nginx then closes the connection silently to get rid of traffic it considers unwanted.");
/* TRANSLATORS: status catalog, entry protocol, suggestion 1 */
N_("Read the web server error log at the time of the check for crashes, such as segmentation faults, or dropped connections.");
/* TRANSLATORS: status catalog, entry protocol, suggestion 2 */
N_("On nginx, search the configuration for return 444 rules, for example in a catch-all server block or a bot blocker, and make sure they do not match this site or the checker.");
/* TRANSLATORS: status catalog, entry protocol, suggestion 3 */
N_("Check that the address uses the right port and scheme; talking http to an https port, or the reverse, produces garbled answers.");
/* TRANSLATORS: status catalog, entry protocol, suggestion 4 */
N_("Check whether a firewall or security tool resets connections from the checking machine, and allow-list its IP address.");
/* TRANSLATORS: status catalog, entry network, title */
N_("Network error");
/* TRANSLATORS: status catalog, entry network, explanation */
N_("The request could not get through because of a problem outside the site: the network of the checking machine is down, there is no route to the server, or a proxy in between failed.");
/* TRANSLATORS: status catalog, entry network, suggestion 1 */
N_("Check that the checking machine is online, for example by opening another web site.");
/* TRANSLATORS: status catalog, entry network, suggestion 2 */
N_("Check the proxy settings of the system (GNOME Settings → Network → Network Proxy).");
/* TRANSLATORS: status catalog, entry network, suggestion 3 */
N_("If other sites work, check this site from another network and ask the host whether their network has a problem.");
/* TRANSLATORS: status catalog, entry proxy-unreachable, title */
N_("Proxy not reachable");
/* TRANSLATORS: status catalog, entry proxy-unreachable, explanation */
N_("The checking machine is set to send its requests through a proxy server, and that proxy could not be reached: it refused the connection, did not answer, or there is no route to it. The site itself was never contacted, so this says nothing about the site.");
/* TRANSLATORS: status catalog, entry proxy-unreachable, suggestion 1 */
N_("Check the proxy settings of the checking machine: GNOME Settings → Network → Network Proxy for the app, the http_proxy, https_proxy and no_proxy variables for statuscope-cli.");
/* TRANSLATORS: status catalog, entry proxy-unreachable, suggestion 2 */
N_("Check that the proxy server is running and that its address and port are right; for a company proxy, ask the network administrator.");
/* TRANSLATORS: status catalog, entry proxy-unreachable, suggestion 3 */
N_("If the site should be reached directly, add it to the hosts that bypass the proxy (Ignore Hosts in GNOME, no_proxy on the command line) or turn the proxy off, then check again.");
#endif
