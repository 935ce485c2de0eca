#!/usr/bin/env python3
# Makes the site list the screenshots are taken from (see README.md here):
# local servers of each kind, checked by statuscope-cli, then renamed to
# example domains.  make-sample.py STATUSCOPE-CLI OUT.json
import http.server, json, socket, socketserver, subprocess, sys, threading, time

PAGE = b"<html><head><title>Welcome</title></head><body><h1>Welcome</h1><p>" + b"x" * 300 + b"</p></body></html>"
ROUTES = {
    "/": (200, PAGE, [("Server", "nginx/1.22.1")]),
    "/old": (301, b"", [("Location", "/older"), ("Server", "nginx")]),
    "/older": (302, b"", [("Location", "/en/shop/"), ("Server", "nginx")]),
    "/en/shop/": (200, PAGE, [("Server", "nginx")]),
    "/gone": (404, PAGE, [("Server", "nginx/1.22.1")]),
    "/busy": (503, PAGE, [("Retry-After", "120"), ("Server", "HAProxy")]),
    "/parked": (200, b"<html><body>This domain is parked free, courtesy of GoDaddy.com. Buy this domain.</body></html>", []),
    "/captcha": (403, b"<html><head><title>Just a moment...</title></head><body><div id='challenge-running'>Checking your browser</div><script src='/cdn-cgi/challenge-platform/h/b/orchestrate/jsch/v1'></script></body></html>",
                 [("Server", "cloudflare"), ("CF-RAY", "7d1234567890abcd-FRA"), ("cf-mitigated", "challenge")]),
    "/loop": (302, b"", [("Location", "/loop2")]),
    "/loop2": (302, b"", [("Location", "/loop")]),
    "/maint": (503, b"<html><body><p>Briefly unavailable for scheduled maintenance. Check back in a minute.</p></body></html>", [("Server", "Apache"), ("Retry-After", "600")]),
    "/phperr": (200, b"<br />\n<b>Fatal error</b>:  Uncaught Error: Call to undefined function mysql_connect() in /var/www/html/wp-includes/db.php:42\nStack trace:\n#0 {main}\n  thrown in <b>/var/www/html/wp-includes/db.php</b> on line <b>42</b><br />", [("X-Powered-By", "PHP/8.2.7")]),
}

class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def log_message(self, *args): pass
    def do_HEAD(self): self.do_GET()
    def do_GET(self):
        status, body, headers = ROUTES.get(self.path, (404, PAGE, []))
        self.send_response_only(status)
        for name, value in headers + [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body)))]:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True

def silent_server():
    s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(8)
    held = []
    threading.Thread(target=lambda: [held.append(s.accept()) for _ in iter(int, 1)], daemon=True).start()
    return s.getsockname()[1]

# (path or special, shown address, name, groups)
SITES = [
    ("/", "https://bakery-example.com/", "Bakery Müller", ["Clients"]),
    ("/old", "https://example-shop.com/", "Example Shop", ["Clients", "Shop"]),
    ("/busy", "https://api.example-shop.com/", "Example Shop API", ["Shop"]),
    ("/parked", "https://old-campaign.example.net/", None, []),
    ("/", "https://docs.example.org/", None, []),
    ("/gone", "https://example.org/careers/", None, []),
    ("/maint", "https://blog.example.org/", None, []),
    ("/captcha", "https://members.example.com/", "Club members area", ["Clients"]),
    ("refused", "http://staging.example.com:8080/", None, []),
    ("silent", "https://intranet.example.com/", None, []),
    ("/phperr", "https://shop.example.net/checkout", None, ["Shop"]),
    ("/loop", "https://www.example.net/", None, []),
    ("/", "http://example.com/", None, []),
]

def main():
    cli, out = sys.argv[1], sys.argv[2]
    server = Server(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = "http://127.0.0.1:%d" % server.server_address[1]
    silent = "http://127.0.0.1:%d" % silent_server()
    probe = socket.socket(); probe.bind(("127.0.0.1", 0)); refused = "http://127.0.0.1:%d" % probe.getsockname()[1]; probe.close()
    local = {"refused": refused + "/", "silent": silent + "/"}
    inputs = [local.get(path, base + path) for path, *_ in SITES]
    run = subprocess.run([cli, "-f", "json", "-t", "5", "-j", "20"] + inputs, capture_output=True, text=True)
    results = json.loads(run.stdout)["results"]
    sites = []
    for (path, shown, name, groups), given, result in zip(SITES, inputs, results):
        text = json.dumps(result)
        origin = given[:given.index("/", 8)]
        shown_origin = shown[:shown.index("/", 8)]
        text = text.replace(given, shown).replace(origin, shown_origin).replace(origin[7:], shown_origin.split("//")[1])
        text = text.replace("127.0.0.1", "203.0.113.10")
        site = {"input": shown, "result": json.loads(text)}
        if name: site["name"] = name
        if groups: site["groups"] = groups
        sites.append(site)
    json.dump({"format": 1, "sites": sites}, open(out, "w"), ensure_ascii=False)

main()
