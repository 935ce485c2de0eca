#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Installs the build into a temporary DESTDIR and checks what lands where.

  check-install.py BUILD_DIR LINGUAS_FILE
"""
import json
import os
import subprocess
import sys
import tempfile

APP_ID = 'io.github.statuscope.Statuscope'


def check_bash_completion(path):
    """The installed bash completion loads and offers the options."""
    script = ('source "$1" && COMP_WORDS=(statuscope-cli --fo) && COMP_CWORD=1 && '
              '_statuscope_cli && printf "%s\\n" "${COMPREPLY[@]}"')
    out = subprocess.run(['bash', '--norc', '--noprofile', '-c', script, 'bash', path],
                         capture_output=True, text=True)
    if out.returncode != 0 or out.stdout.split() != ['--format']:
        sys.exit('the installed bash completion does not complete --fo: %r %r' % (out.stdout, out.stderr))


def main():
    build_dir, linguas_file = sys.argv[1], sys.argv[2]
    options = json.loads(subprocess.run(['meson', 'introspect', '--buildoptions', build_dir],
                                        check=True, capture_output=True, text=True).stdout)
    option = {o['name']: o['value'] for o in options}
    prefix, datadir = option['prefix'], option['datadir']
    bindir, mandir, localedir = option['bindir'], option['mandir'], option['localedir']
    with open(linguas_file) as f:
        languages = [l for line in f for l in line.split() if not line.startswith('#')]

    expected = [
        os.path.join(bindir, 'statuscope'),
        os.path.join(bindir, 'statuscope-cli'),
        os.path.join(datadir, 'applications', APP_ID + '.desktop'),
        os.path.join(datadir, 'metainfo', APP_ID + '.metainfo.xml'),
        os.path.join(datadir, 'icons', 'hicolor', 'scalable', 'apps', APP_ID + '.svg'),
        os.path.join(datadir, 'icons', 'hicolor', 'symbolic', 'apps', APP_ID + '-symbolic.svg'),
        os.path.join(datadir, 'glib-2.0', 'schemas', APP_ID + '.gschema.xml'),
        os.path.join(mandir, 'man1', 'statuscope.1'),
        os.path.join(mandir, 'man1', 'statuscope-cli.1'),
        # Shell completions, where each shell looks under the prefix.
        os.path.join(datadir, 'bash-completion', 'completions', 'statuscope-cli'),
        os.path.join(datadir, 'zsh', 'site-functions', '_statuscope-cli'),
        os.path.join(datadir, 'fish', 'vendor_completions.d', 'statuscope-cli.fish'),
    ] + [os.path.join(localedir, lang, 'LC_MESSAGES', 'statuscope.mo') for lang in languages]

    with tempfile.TemporaryDirectory() as destdir:
        env = dict(os.environ, DESTDIR=destdir)
        # Not --no-rebuild: meson test builds only what tests depend on, and
        # an install needs everything.
        subprocess.run(['meson', 'install', '-C', build_dir, '--quiet'],
                       check=True, env=env, stdout=subprocess.DEVNULL)
        root = destdir + prefix
        missing = [p for p in expected if not os.path.exists(os.path.join(root, p))]
        if missing:
            sys.exit('not installed: ' + ', '.join(missing))
        check_bash_completion(os.path.join(root, datadir, 'bash-completion', 'completions', 'statuscope-cli'))

        # The catalog travels inside the binary: the installed CLI explains
        # an answer without the build directory.
        cli = os.path.join(root, bindir, 'statuscope-cli')
        out = subprocess.run([cli, '-f', 'json', 'ftp://files.example/'], capture_output=True, text=True,
                             env=dict(os.environ, LANGUAGE='C'))
        result = json.loads(out.stdout)['results'][0]
        if out.returncode != 1 or result['title'] != 'Unsupported address type':
            sys.exit('the installed statuscope-cli does not explain with its catalog: %r' % result)
    print('installed %d files as expected' % len(expected))


main()
