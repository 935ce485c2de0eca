#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the Flatpak manifest offline: no runtime can be downloaded here.

  check-flatpak-manifest.py MANIFEST APP_ID

It parses the manifest with flatpak-builder (unknown keys and wrong types are
errors under G_DEBUG=fatal-warnings), then checks the app id, the command,
that finish-args grant exactly what the app needs, and that every local file
the manifest refers to exists.
"""
import json
import os
import subprocess
import sys

EXPECTED_FINISH_ARGS = {
    '--share=network',       # checking sites is the point
    '--share=ipc',           # X11 shared memory
    '--socket=wayland',
    '--socket=fallback-x11',
    '--device=dri',          # GL rendering
}


def fail(message):
    sys.exit('%s: %s' % (sys.argv[1], message))


def check_with_flatpak_builder(path):
    env = dict(os.environ, G_DEBUG='fatal-warnings')
    result = subprocess.run(['flatpak-builder', '--show-manifest', path],
                            env=env, capture_output=True, text=True)
    if result.returncode != 0:
        fail('flatpak-builder rejects it: ' + result.stderr.strip())
    return json.loads(result.stdout)


def local_paths(modules, base):
    for module in modules:
        if isinstance(module, str):
            yield os.path.join(base, module)
            continue
        for source in module.get('sources', []):
            if isinstance(source, str):
                yield os.path.join(base, source)
            elif 'path' in source:
                yield os.path.join(base, source['path'])
        yield from local_paths(module.get('modules', []), base)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    path, app_id = sys.argv[1], sys.argv[2]
    manifest = check_with_flatpak_builder(path)
    base = os.path.dirname(os.path.abspath(path))

    if manifest.get('id', manifest.get('app-id')) != app_id:
        fail('the app id is not %s' % app_id)
    if manifest.get('command') != 'statuscope':
        fail('the command is not statuscope')
    if not manifest.get('runtime', '').startswith('org.gnome.') or not manifest.get('sdk', '').startswith('org.gnome.'):
        fail('runtime and SDK must be GNOME\'s')
    finish_args = set(manifest.get('finish-args', []))
    if finish_args != EXPECTED_FINISH_ARGS:
        fail('finish-args differ from what the app needs: extra %s, missing %s'
             % (sorted(finish_args - EXPECTED_FINISH_ARGS), sorted(EXPECTED_FINISH_ARGS - finish_args)))
    for local in local_paths(manifest.get('modules', []), base):
        if not os.path.exists(local):
            fail('refers to %s, which does not exist' % local)
    last = manifest['modules'][-1]
    if last.get('name') != 'statuscope' or last.get('buildsystem') != 'meson':
        fail('the last module must build statuscope with meson')
    if not os.path.exists(os.path.join(base, '..', 'meson.build')):
        fail('the statuscope module does not point at the source tree')


main()
