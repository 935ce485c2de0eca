#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Statuscope benchmarks (see bench/README.md).

  bench.py BUILD_DIR [--quick] [--only throughput,memory,latency,window]

1. Throughput against curl: nginx on loopback serving tiny answers at 2,000
   and 20,000 distinct URLs; statuscope-cli -j 8 --per-host 8 -f json against
   curl --parallel --parallel-max 8, three interleaved rounds, median ratio;
   beside them a bare libsoup client (soup-floor.c), the least libsoup takes.
2. Memory: peak RSS of statuscope-cli for 2,000 and 20,000 sites.
3. Latency of one check against curl's, and where the difference goes.
4. The window: 10,000 sites imported and checked (longest main-loop stall,
   peak RSS, time until all are done), 2,000 refused sites, and the first
   frame: fresh, with GTK's GL renderer, and with 10,000 saved sites.
5. manyhosts: a list as users have it, 1,000 URLs
   on 250 loopback hosts answering in 50-400 ms, one in ten redirecting
   once (bench/manyhosts-server.py), http and https, statuscope-cli
   against curl --parallel -L at both tools' defaults and both at 50.
   manyhosts-window: the window checking it (longest main-loop stall).
"""
import datetime
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

BUILD = sys.argv[1] if len(sys.argv) > 1 else '_build-bench'
QUICK = '--quick' in sys.argv
ONLY = next((a.split('=', 1)[1] for a in sys.argv if a.startswith('--only=')), 'throughput,memory,latency,window,manyhosts,manyhosts-window').split(',')
CLI = os.path.join(BUILD, 'src', 'cli', 'statuscope-cli')
APP = os.path.join(BUILD, 'src', 'app', 'statuscope')
HTTP_PORT, HTTPS_PORT = 18990, 18991
HTTPS_CLOSE_PORT = 18992  # https that closes every connection after one answer
MANY_HTTP_PORT, MANY_HTTPS_PORT = 18993, 18994  # bench/manyhosts-server.py
REFUSED_PORT = 18997   # nothing listens there
WORK = tempfile.mkdtemp(prefix='statuscope-bench-')
ROUNDS = 1 if QUICK else 3


def log(*args):
    print(*args, file=sys.stderr, flush=True)


def start_nginx():
    subprocess.run(['openssl', 'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1',
                    '-nodes', '-days', '30', '-subj', '/CN=localhost',
                    '-keyout', f'{WORK}/key.pem', '-out', f'{WORK}/cert.pem'],
                   check=True, capture_output=True)
    conf = f'''
worker_processes 2;
pid {WORK}/nginx.pid;
error_log {WORK}/error.log;
events {{ worker_connections 8192; }}
http {{
  access_log off;
  keepalive_requests 100000;
  server {{
    listen 127.0.0.1:{HTTP_PORT};
    listen 127.0.0.1:{HTTPS_PORT} ssl;
    ssl_certificate {WORK}/cert.pem;
    ssl_certificate_key {WORK}/key.pem;
    location / {{ default_type text/plain; return 200 "ok\\n"; }}
  }}
  server {{
    listen 127.0.0.1:{HTTPS_CLOSE_PORT} ssl;
    ssl_certificate {WORK}/cert.pem;
    ssl_certificate_key {WORK}/key.pem;
    keepalive_timeout 0;
    location / {{ default_type text/plain; return 200 "ok\\n"; }}
  }}
}}
'''
    with open(f'{WORK}/nginx.conf', 'w') as f:
        f.write(conf)
    subprocess.run(['nginx', '-c', f'{WORK}/nginx.conf', '-p', WORK, '-e', f'{WORK}/error.log'], check=True)
    time.sleep(0.3)


def stop_nginx():
    subprocess.run(['nginx', '-c', f'{WORK}/nginx.conf', '-p', WORK, '-e', f'{WORK}/error.log', '-s', 'stop'])


def url_list(n):
    path = f'{WORK}/urls-{n}.txt'
    with open(path, 'w') as f:
        for i in range(n):
            f.write(f'http://127.0.0.1:{HTTP_PORT}/page/{i}\n')
    with open(f'{WORK}/curl-{n}.conf', 'w') as f:
        for i in range(n):
            f.write(f'url = "http://127.0.0.1:{HTTP_PORT}/page/{i}"\noutput = "/dev/null"\n')
    return path


def timed(cmd, **kwargs):
    start = time.monotonic()
    subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kwargs)
    return time.monotonic() - start


def peak_rss_kb(cmd):
    """Peak RSS of one child, measured by a fresh Python so that only that
    child counts."""
    probe = ('import resource, subprocess, sys\n'
             'subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n'
             'print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n')
    out = subprocess.run([sys.executable, '-c', probe] + cmd, capture_output=True, text=True, check=True)
    return int(out.stdout.strip())


def build_soup_floor():
    """The bare libsoup client (soup-floor.c), built like any libsoup program."""
    binary = f'{WORK}/soup-floor'
    flags = subprocess.run(['pkg-config', '--cflags', '--libs', 'libsoup-3.0'],
                           check=True, capture_output=True, text=True).stdout.split()
    subprocess.run(['cc', '-O2', os.path.join(os.path.dirname(__file__), 'soup-floor.c'), '-o', binary] + flags,
                   check=True)
    return binary


def throughput(n, floor):
    urls = url_list(n)
    ours, theirs, bare = [], [], []
    for _ in range(ROUNDS):
        ours.append(timed([CLI, '-j', '8', '--per-host', '8', '-f', 'json', '-i', urls]))
        theirs.append(timed(['curl', '--parallel', '--parallel-max', '8', '-s', '-K', f'{WORK}/curl-{n}.conf']))
        bare.append(timed([floor, urls]))
    ratio = statistics.median(o / t for o, t in zip(ours, theirs))
    floor_ratio = statistics.median(b / t for b, t in zip(bare, theirs))
    return {'sites': n, 'ours_s': statistics.median(ours), 'curl_s': statistics.median(theirs), 'ratio': ratio,
            'floor_s': statistics.median(bare), 'floor_ratio': floor_ratio}


def throughput_https(n):
    """Sites on https that each need their own TLS connection, as a list of
    different sites does.  curl -k verifies nothing; statuscope-cli still
    verifies each certificate to report on it."""
    urls = f'{WORK}/https-{n}.txt'
    with open(urls, 'w') as f:
        f.writelines(f'https://127.0.0.1:{HTTPS_CLOSE_PORT}/page/{i}\n' for i in range(n))
    ours, theirs = [], []
    for _ in range(ROUNDS):
        ours.append(timed([CLI, '-j', '8', '--per-host', '8', '--ignore-tls-errors', '-f', 'json', '-i', urls]))
        theirs.append(timed(['curl', '--parallel', '--parallel-max', '8', '-sk', '-o', '/dev/null',
                             f'https://127.0.0.1:{HTTPS_CLOSE_PORT}/page/[0-{n - 1}]']))
    ratio = statistics.median(o / t for o, t in zip(ours, theirs))
    return {'sites': n, 'ours_s': statistics.median(ours), 'curl_s': statistics.median(theirs), 'ratio': ratio}


def memory(n):
    urls = url_list(n)
    kb = peak_rss_kb([CLI, '-j', '8', '--per-host', '8', '-f', 'json', '-i', urls])
    return {'sites': n, 'peak_rss_kb': kb}


def hyperfine(commands, runs):
    out = f'{WORK}/hyperfine.json'
    subprocess.run(['hyperfine', '-N', '-i', '--warmup', '5', '--runs', str(runs), '--export-json', out] + commands,
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(out) as f:
        results = json.load(f)['results']
    return [statistics.median(r['times']) * 1000 for r in results]


def latency():
    http = f'http://127.0.0.1:{HTTP_PORT}/one'
    https = f'https://127.0.0.1:{HTTPS_PORT}/one'
    runs = 30 if QUICK else 200
    labels = [
        ('statuscope-cli --version (process start)', f'{CLI} --version'),
        ('statuscope-cli ftp://x (start + catalog + report, no network)', f'{CLI} ftp://x'),
        ('statuscope-cli http (one check, text)', f'{CLI} {http}'),
        ('statuscope-cli -f json http', f'{CLI} -f json {http}'),
        ('statuscope-cli https (TLS, certificate not trusted)', f'{CLI} --ignore-tls-errors {https}'),
        ('curl http', f'curl -s -o /dev/null {http}'),
        ('curl https', f'curl -sk -o /dev/null {https}'),
    ]
    medians = hyperfine([c for _, c in labels], runs)
    return [(label, ms) for (label, _), ms in zip(labels, medians)]


# A desktop session has its portal running already; a fresh D-Bus session
# starts it on GTK's first synchronous call, which the window would wait
# for (about 200 ms here).  One call before the launch starts it.
WARM_PORTAL = ('gdbus call --session --dest org.freedesktop.portal.Desktop '
               '--object-path /org/freedesktop/portal/desktop '
               '--method org.freedesktop.portal.Settings.Read org.freedesktop.appearance color-scheme '
               '>/dev/null 2>&1; exec "$@"')


def run_app(args, data, extra_env=None):
    env = dict(os.environ, STATUSCOPE_PROFILE='1', GSETTINGS_BACKEND='memory',
               GSETTINGS_SCHEMA_DIR=os.path.join(BUILD, 'data'), XDG_DATA_HOME=f'{WORK}/{data}',
               NO_AT_BRIDGE='1', LANGUAGE='C')
    env.update(extra_env or {})
    start = time.monotonic()
    out = subprocess.run(['xvfb-run', '-a', '-s', '-screen 0 1280x800x24', 'dbus-run-session', '--',
                          'sh', '-c', WARM_PORTAL, 'sh', APP] + args,
                         env=env, capture_output=True, text=True, timeout=900)
    figures = {'wall_s': time.monotonic() - start}
    for line in out.stderr.splitlines():
        if line.startswith('statuscope-profile:'):
            if ' stall of ' in line:   # STATUSCOPE_PROFILE=verbose
                figures['stalls-over-30'] = figures.get('stalls-over-30', 0) + 1
                figures.setdefault('stalls', []).append(line.split(' stall of ', 1)[1])
                continue
            for item in line.split()[1:]:
                key, value = item.split('=')
                figures[key] = float(value)
    return figures


def first_frame(data, extra_env=None):
    """Median of five launches that quit after the first frame."""
    env = dict(extra_env or {}, STATUSCOPE_PROFILE_QUIT='frame')
    return statistics.median(run_app([], data, env).get('first-frame-ms', float('nan')) for _ in range(5))


def window(n):
    figures = run_app(['--import', url_list(n)], 'data-import', {'STATUSCOPE_PROFILE_QUIT': '1'})
    figures['sites'] = n
    # Sites that refuse the connection finish at once, so the window has
    # to keep up with a result per main-loop turn.
    refused = f'{WORK}/refused.txt'
    with open(refused, 'w') as f:
        f.writelines(f'http://127.0.0.1:{REFUSED_PORT}/page/{i}\n' for i in range(2000))
    figures['refused-run-ms'] = run_app(['--import', refused], 'data-refused',
                                        {'STATUSCOPE_PROFILE_QUIT': '1'}).get('run-ms', float('nan'))
    figures['first-frame-ms'] = first_frame('data-fresh')
    # Without a GPU the app draws with cairo (sc_choose_renderer()); GTK
    # 4.8 on its own would use OpenGL on Mesa's llvmpipe, as here.
    figures['first-frame-gl-ms'] = first_frame('data-fresh', {'GSK_RENDERER': 'gl'})
    figures['first-frame-saved-ms'] = first_frame('data-import')
    return figures


def start_manyhosts():
    server = subprocess.Popen([sys.executable, os.path.join(os.path.dirname(__file__), 'manyhosts-server.py'),
                               WORK, str(MANY_HTTP_PORT), str(MANY_HTTPS_PORT)],
                              stdout=subprocess.PIPE, text=True)
    if server.stdout.readline().strip() != 'ready':
        raise RuntimeError('manyhosts-server.py did not start')
    return server


def manyhosts_list(scheme, n=1000, hosts=250):
    port = MANY_HTTP_PORT if scheme == 'http' else MANY_HTTPS_PORT
    path = f'{WORK}/manyhosts-{scheme}-{n}.txt'
    with open(path, 'w') as f:
        f.writelines(f'{scheme}://127.0.0.{1 + i % hosts}:{port}/p/{i}\n' for i in range(n))
    with open(f'{WORK}/manyhosts-{scheme}-{n}.curl', 'w') as f:
        for i in range(n):
            f.write(f'url = "{scheme}://127.0.0.{1 + i % hosts}:{port}/p/{i}"\noutput = "/dev/null"\n')
    return path


def timed_cpu(cmd):
    """Wall and CPU (user + system) seconds of one child."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = timed(cmd)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def manyhosts():
    """Both tools at their defaults (statuscope-cli 50 at once, 4 per host;
    curl --parallel 50), then both at 50 at once.  curl -k verifies nothing;
    statuscope-cli verifies each certificate to report on it."""
    rows = []
    for scheme in ('http', 'https'):
        urls = manyhosts_list(scheme)
        curl_conf = urls.replace('.txt', '.curl')
        tls = ['--ignore-tls-errors'] if scheme == 'https' else []
        curl_tls = ['-k'] if scheme == 'https' else []
        commands = [
            (f'{scheme}, statuscope-cli with its defaults', [CLI, '-f', 'json', '-i', urls] + tls),
            (f'{scheme}, statuscope-cli -j 50', [CLI, '-j', '50', '-f', 'json', '-i', urls] + tls),
            (f'{scheme}, curl --parallel -L with its defaults',
             ['curl', '--parallel', '-L', '-s'] + curl_tls + ['-K', curl_conf]),
            (f'{scheme}, curl --parallel --parallel-max 50 -L',
             ['curl', '--parallel', '--parallel-max', '50', '-L', '-s'] + curl_tls + ['-K', curl_conf]),
        ]
        runs = {label: [] for label, _ in commands}
        for _ in range(ROUNDS):
            for label, cmd in commands:
                runs[label].append(timed_cpu(cmd))
        ours_default, ours_50, curl_default, curl_50 = (runs[label] for label, _ in commands)
        for label, _ in commands:
            rows.append((label, statistics.median(w for w, _ in runs[label]),
                         statistics.median(c for _, c in runs[label])))
        rows.append((f'{scheme}: ours / curl, both defaults',
                     statistics.median(o[0] / c[0] for o, c in zip(ours_default, curl_default)), None))
        rows.append((f'{scheme}: ours / curl, both at 50',
                     statistics.median(o[0] / c[0] for o, c in zip(ours_50, curl_50)), None))
    return rows


def manyhosts_window():
    """The window checking the https list: its longest main-loop stall, and
    how many stalls passed 30 ms."""
    figures = {}
    for scheme in ('https', 'http'):
        out = run_app(['--import', manyhosts_list(scheme)], f'data-manyhosts-{scheme}',
                      {'STATUSCOPE_PROFILE_QUIT': '1', 'STATUSCOPE_PROFILE': 'verbose'})
        figures[scheme] = out
    return figures


def machine():
    cpu = next((l.split(':', 1)[1].strip() for l in open('/proc/cpuinfo') if l.startswith('model name')), '?')
    return f'{os.cpu_count()} cores, {cpu}, Linux {platform.release()}'


def main():
    start_nginx()
    results = {}
    try:
        if 'throughput' in ONLY:
            floor = build_soup_floor()
            results['throughput'] = (throughput(2000, floor), throughput(20000, floor))
            results['throughput-https'] = throughput_https(300)
        if 'memory' in ONLY:
            results['memory'] = (memory(2000), memory(20000))
        if 'latency' in ONLY:
            results['latency'] = latency()
        if 'window' in ONLY:
            results['window'] = window(10000)
        if 'manyhosts' in ONLY or 'manyhosts-window' in ONLY:
            many = start_manyhosts()
            try:
                if 'manyhosts' in ONLY:
                    results['manyhosts'] = manyhosts()
                if 'manyhosts-window' in ONLY:
                    results['manyhosts-window'] = manyhosts_window()
            finally:
                many.terminate()
                many.wait()
    finally:
        stop_nginx()

    today = datetime.date.today().isoformat()
    lines = [f'## {today}: {machine()}', '']
    if 'throughput' in results:
        lines += ['### Throughput against curl (loopback nginx, -j 8 / --parallel-max 8, median of %d rounds)' % ROUNDS, '',
                  'The bare libsoup client (bench/soup-floor.c) only sends each GET and reads the body:',
                  'the least any libsoup program takes.', '',
                  '| sites | statuscope-cli -f json | curl | ours / curl | bare libsoup client | bare / curl |',
                  '|---|---|---|---|---|---|']
        for t in results['throughput']:
            lines.append(f"| {t['sites']} | {t['ours_s']:.2f} s | {t['curl_s']:.2f} s | {t['ratio']:.2f} "
                         f"| {t['floor_s']:.2f} s | {t['floor_ratio']:.2f} |")
        lines.append('')
        t = results['throughput-https']
        lines += ['### https, a new TLS connection for each URL (curl -k verifies nothing; statuscope-cli verifies)', '',
                  '| sites | statuscope-cli -f json | curl -k | ours / curl |', '|---|---|---|---|',
                  f"| {t['sites']} | {t['ours_s']:.2f} s | {t['curl_s']:.2f} s | {t['ratio']:.2f} |", '']
    if 'memory' in results:
        small, large = results['memory']
        per_site = (large['peak_rss_kb'] - small['peak_rss_kb']) * 1024 / (large['sites'] - small['sites'])
        lines += ['### Memory of statuscope-cli (-f json)', '', '| sites | peak RSS |', '|---|---|']
        for m in results['memory']:
            lines.append(f"| {m['sites']} | {m['peak_rss_kb'] / 1024:.1f} MB |")
        lines += ['', f'Marginal cost: {per_site:.0f} bytes per site (results are printed and dropped in input order).', '']
    if 'latency' in results:
        lines += ['### One check (median wall time, hyperfine)', '', '| command | median |', '|---|---|']
        for label, ms in results['latency']:
            lines.append(f'| {label} | {ms:.1f} ms |')
        lines.append('')
    if 'window' in results:
        win = results['window']
        lines += ['### The window (Xvfb, 10,000 sites imported against loopback nginx, default settings: 50 at once, 4 per host)', '',
                  f"- first frame: {win.get('first-frame-ms', float('nan')):.0f} ms after main() (median of 5)",
                  f"- first frame with GTK's GL renderer (GSK_RENDERER=gl; on software GL without a GPU): "
                  f"{win.get('first-frame-gl-ms', float('nan')):.0f} ms",
                  f"- first frame with the {win['sites']:,} checked sites saved: "
                  f"{win.get('first-frame-saved-ms', float('nan')):.0f} ms",
                  f"- 2,000 sites that refuse the connection, all checked in: "
                  f"{win.get('refused-run-ms', float('nan')) / 1000:.1f} s",
                  f"- all checked in: {win.get('run-ms', float('nan')) / 1000:.1f} s",
                  f"- longest main-loop stall while checking: {win.get('max-stall-ms', float('nan')):.0f} ms",
                  f"- peak RSS: {win.get('peak-rss-kb', float('nan')) / 1024:.0f} MB", '']
    if 'manyhosts' in results:
        lines += ['### Many hosts: 1,000 URLs on 250 loopback hosts, answers in 50-400 ms, one in ten redirecting once '
                  '(median of %d rounds)' % ROUNDS, '', '| | wall | CPU |', '|---|---|---|']
        for label, wall, cpu in results['manyhosts']:
            lines.append(f'| {label} | {wall:.2f} s | {cpu:.2f} s |' if cpu is not None else f'| {label} | {wall:.2f} | |')
        lines.append('')
    if 'manyhosts-window' in results:
        lines += ['### The window checking the many-hosts list (1,000 sites, 250 hosts, default settings)', '']
        for scheme, win in results['manyhosts-window'].items():
            lines.append(f"- {scheme}: all checked in {win.get('run-ms', float('nan')) / 1000:.1f} s, longest main-loop "
                         f"stall {win.get('max-stall-ms', float('nan')):.0f} ms, "
                         f"{int(win.get('stalls-over-30', 0))} stalls over 30 ms")
        lines.append('')
    report = '\n'.join(lines)
    print(report)
    path = os.path.join(os.path.dirname(__file__), f'results-{today}.md')
    with open(path, 'w') as f:
        f.write(report)
    log(f'written to {path}')
    shutil.rmtree(WORK, ignore_errors=True)


main()
