#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a finding id the program can give has no title.

Every finding is named by its title (data/findings/findings.json) where a
person reads it, for example in "New finding: PHP errors shown on the page".
The ids come from two places: the signatures' findings (data/signatures/*.json)
and the diagnosis rules in C, which call sc_diagnosis_add() with a literal id
or with an id from a table in the same file.  A call this script cannot read
is an error too, so that a new rule cannot slip past it.

  check-finding-titles.py SOURCE_ROOT
"""
import glob
import json
import os
import re
import sys

# The id argument of a call (not of a definition, whose "d" has a type).
CALL = re.compile(r'\b(sc_diagnosis_add\s*\(\s*d\s*,|sc_finding_new\s*\()\s*')
# The slow phases' table in sc-diagnosis-timing.c: { "slow-dns", G_STRUCT_OFFSET (...
TABLE_ID = re.compile(r'^\s*\{\s*"([a-z0-9-]+)",\s*G_STRUCT_OFFSET', re.M)
# Arguments that are not literals, and where their ids come from.
KNOWN = {
    'signature->finding->id': 'signatures',
    'phases[p].id': 'table',
    'id': 'parameter',   # sc_diagnosis_add() passing its own on, a finding read back from a file
}


def source_ids(root, problems):
    ids = {}
    for path in sorted(glob.glob(os.path.join(root, 'src', '**', '*.c'), recursive=True)):
        with open(path, encoding='utf-8') as f:
            text = f.read()
        where = os.path.relpath(path, root)
        for match in CALL.finditer(text):
            rest = text[match.end():]
            line = text.count('\n', 0, match.start()) + 1
            literal = re.match(r'"([^"]*)"', rest)
            if literal:
                ids.setdefault(literal.group(1), '%s:%d' % (where, line))
                continue
            argument = re.match(r'[^,)]*', rest).group(0).strip()
            if argument.startswith('const '):
                continue   # sc_finding_new()'s definition
            name = match.group(1).split('(')[0].strip()
            kind = KNOWN.get(argument)
            if kind == 'table':
                for ident in TABLE_ID.findall(text):
                    ids.setdefault(ident, '%s (table)' % where)
            elif kind is None:
                problems.append('%s:%d: cannot tell which finding ids %s(%s, …) gives; '
                                'teach build-aux/check-finding-titles.py' % (where, line, name, argument))
    return ids


def signature_ids(root):
    ids = {}
    for path in sorted(glob.glob(os.path.join(root, 'data', 'signatures', '*.json'))):
        with open(path, encoding='utf-8') as f:
            for signature in json.load(f)['signatures']:
                if 'finding' in signature:
                    ids.setdefault(signature['finding']['id'],
                                   '%s (%s)' % (os.path.relpath(path, root), signature['id']))
    return ids


def main(argv):
    if len(argv) != 2:
        sys.exit(__doc__)
    root = argv[1]
    with open(os.path.join(root, 'data', 'findings', 'findings.json'), encoding='utf-8') as f:
        titled = {entry['id'] for entry in json.load(f)['findings']}
    problems = []
    wanted = signature_ids(root)
    code = source_ids(root, problems)
    if len(code) < 10:
        problems.append('found only %d finding ids in the C rules: has the call changed shape?' % len(code))
    wanted.update(code)
    for ident, where in sorted(wanted.items()):
        if ident not in titled:
            problems.append('%s: the finding "%s" has no title in data/findings/findings.json' % (where, ident))
    for problem in problems:
        print(problem)
    print('%d finding ids checked, %d titles' % (len(wanted), len(titled)))
    sys.exit(1 if problems else 0)


main(sys.argv)
