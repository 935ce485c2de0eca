#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Carries the catalog's text to xgettext.

xgettext cannot read JSON, so this writes data/catalog/catalog-strings.c: a
file that is never compiled, holding every title, explanation and suggestion
of data/catalog/catalog.json inside N_() with a translator comment naming the
entry.  ScCatalog translates the same strings with g_dgettext() at load.

The signatures' findings (data/signatures/*.json) go the same way into
data/signatures/signature-strings.c, and ScSignatures translates them; the
findings' short titles (data/findings/findings.json) into
data/findings/finding-strings.c, translated by ScFindingTitles.

  catalog-strings.py CATALOG OUTPUT                       write OUTPUT
  catalog-strings.py --check CATALOG OUTPUT               fail if OUTPUT is out of date
  catalog-strings.py --signatures DIR OUTPUT              the same for the signatures in DIR
  catalog-strings.py --check --signatures DIR OUTPUT
  catalog-strings.py --findings FINDINGS OUTPUT           the same for the findings' titles
  catalog-strings.py --check --findings FINDINGS OUTPUT
"""
import glob
import json
import os
import sys


def c_string(text):
    escaped = text.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n')
    return '"' + escaped + '"'


def render(catalog):
    lines = [
        '/* Generated from catalog.json by build-aux/catalog-strings.py: do not edit.',
        ' * Never compiled; it carries the catalog text to xgettext (po/POTFILES.in). */',
        '#if 0',
    ]
    for entry in catalog['entries']:
        ident = entry['id']
        lines.append('/* TRANSLATORS: status catalog, entry %s, title */' % ident)
        lines.append('N_(%s);' % c_string(entry['title']))
        lines.append('/* TRANSLATORS: status catalog, entry %s, explanation */' % ident)
        lines.append('N_(%s);' % c_string(entry['explanation']))
        for n, suggestion in enumerate(entry.get('suggestions', []), 1):
            lines.append('/* TRANSLATORS: status catalog, entry %s, suggestion %d */' % (ident, n))
            lines.append('N_(%s);' % c_string(suggestion))
    lines.append('#endif')
    return '\n'.join(lines) + '\n'


def render_signatures(directory):
    lines = [
        '/* Generated from data/signatures/*.json by build-aux/catalog-strings.py: do not edit.',
        ' * Never compiled; it carries the signatures\' text to xgettext (po/POTFILES.in). */',
        '#if 0',
    ]
    for path in sorted(glob.glob(os.path.join(directory, '*.json'))):
        with open(path, encoding='utf-8') as f:
            signatures = json.load(f)['signatures']
        for signature in signatures:
            finding = signature.get('finding')
            if finding is None:
                continue
            ident = signature['id']
            lines.append('/* TRANSLATORS: signature %s, finding %s, message */' % (ident, finding['id']))
            lines.append('N_(%s);' % c_string(finding['message']))
            for n, suggestion in enumerate(finding.get('suggestions', []), 1):
                lines.append('/* TRANSLATORS: signature %s, finding %s, suggestion %d */'
                             % (ident, finding['id'], n))
                lines.append('N_(%s);' % c_string(suggestion))
    lines.append('#endif')
    return '\n'.join(lines) + '\n'


def render_findings(findings):
    lines = [
        '/* Generated from findings.json by build-aux/catalog-strings.py: do not edit.',
        ' * Never compiled; it carries the findings\' titles to xgettext (po/POTFILES.in). */',
        '#if 0',
    ]
    for finding in findings['findings']:
        lines.append('/* TRANSLATORS: finding %s, short title (after "New finding:") */'
                     % finding['id'])
        lines.append('N_(%s);' % c_string(finding['title']))
    lines.append('#endif')
    return '\n'.join(lines) + '\n'


def main(argv):
    args = argv[1:]
    check = '--check' in args
    signatures = '--signatures' in args
    findings = '--findings' in args
    args = [a for a in args if a not in ('--check', '--signatures', '--findings')]
    if len(args) != 2:
        sys.exit(__doc__)
    if signatures:
        text = render_signatures(args[0])
    else:
        with open(args[0], encoding='utf-8') as f:
            data = json.load(f)
        text = render_findings(data) if findings else render(data)
    if check:
        with open(args[1], encoding='utf-8') as f:
            if f.read() != text:
                option = '--signatures ' if signatures else '--findings ' if findings else ''
                sys.exit('%s is out of date: run build-aux/catalog-strings.py %s%s %s'
                         % (args[1], option, args[0], args[1]))
        return
    with open(args[1], 'w', encoding='utf-8') as f:
        f.write(text)


main(sys.argv)
