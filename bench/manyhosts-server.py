#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A list as users have it, on loopback: many hosts, each answer slow.

  manyhosts-server.py WORKDIR HTTP_PORT HTTPS_PORT [HOSTS]

Listens on 127.0.0.1 .. 127.0.0.HOSTS (250 by default; all of 127/8 is
loopback on Linux), http on HTTP_PORT and https on HTTPS_PORT with a
self-signed certificate made in WORKDIR.  GET /p/N answers after a delay
of 50-400 ms fixed by N, so every run sees the same list; one path in ten
(N % 10 == 0) first redirects once to /p/N/to.  Keep-alive as any server.
Prints "ready" on stdout once listening.
"""
import asyncio
import hashlib
import os
import ssl
import subprocess
import sys


def delay_for(path):
    digest = hashlib.blake2s(path.encode(), digest_size=4).digest()
    return 0.050 + int.from_bytes(digest, 'big') % 351 / 1000


async def handle(reader, writer):
    try:
        while True:
            head = await reader.readuntil(b'\r\n\r\n')
            line = head.split(b'\r\n', 1)[0].decode('latin-1').split()
            if len(line) < 2:
                break
            method, path = line[0], line[1]
            await asyncio.sleep(delay_for(path))
            parts = path.split('/')
            if len(parts) == 3 and parts[1] == 'p' and parts[2].isdigit() and int(parts[2]) % 10 == 0:
                status, extra, body = '301 Moved Permanently', f'Location: {path}/to\r\n', b'moved\n'
            else:
                status, extra, body = '200 OK', 'Content-Type: text/html\r\n', b'<!doctype html><title>ok</title>ok\n'
            answer = (f'HTTP/1.1 {status}\r\n{extra}Content-Length: {len(body)}\r\n'
                      'Server: manyhosts\r\n\r\n').encode()
            writer.write(answer if method == 'HEAD' else answer + body)
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError, ssl.SSLError):
        pass
    finally:
        writer.close()


def make_tls(work):
    key, cert = os.path.join(work, 'manyhosts-key.pem'), os.path.join(work, 'manyhosts-cert.pem')
    if not os.path.exists(cert):
        subprocess.run(['openssl', 'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1',
                        '-nodes', '-days', '30', '-subj', '/CN=manyhosts.test',
                        '-keyout', key, '-out', cert], check=True, capture_output=True)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    return context


async def main():
    work, http_port, https_port = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    hosts = [f'127.0.0.{i}' for i in range(1, 1 + (int(sys.argv[4]) if len(sys.argv) > 4 else 250))]
    tls = make_tls(work)
    servers = [await asyncio.start_server(handle, hosts, http_port, backlog=1024),
               await asyncio.start_server(handle, hosts, https_port, ssl=tls, backlog=1024)]
    print('ready', flush=True)
    await asyncio.gather(*(s.serve_forever() for s in servers))


if __name__ == '__main__':
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
