#!/bin/sh
# Fails when a source file with translatable strings is missing from
# po/POTFILES.in, or when POTFILES.in lists a file that does not exist or is
# not sorted.
set -eu
top=${1:-$(dirname "$0")/..}
cd "$top"
potfiles=po/POTFILES.in
status=0

expected=$(grep -rlE '(^|[^A-Za-z_])(N?_|C_|g_dngettext|ngettext)\s*\(' src data/catalog/catalog-strings.c data/findings/finding-strings.c data/signatures/signature-strings.c 2>/dev/null \
             --include='*.c' --include='*.h' | sort || true)
# Desktop file, metainfo and schema are translated as a whole; .ui files
# only when something in them is marked translatable.
for extra in $(find data -name '*.desktop.in' -o -name '*.metainfo.xml.in' -o -name '*.gschema.xml' 2>/dev/null | sort) \
             $(grep -rl 'translatable="yes"' ui 2>/dev/null | sort); do
  expected=$(printf '%s\n%s' "$expected" "$extra")
done

listed=$(grep -vE '^\s*(#|$)' "$potfiles")
for file in $expected; do
  if ! printf '%s\n' "$listed" | grep -qxF "$file"; then
    echo "po/POTFILES.in lacks $file, which has translatable strings"
    status=1
  fi
done
for file in $listed; do
  if [ ! -f "$file" ]; then
    echo "po/POTFILES.in lists $file, which does not exist"
    status=1
  fi
done
if [ "$(printf '%s\n' "$listed")" != "$(printf '%s\n' "$listed" | LC_ALL=C sort)" ]; then
  echo "po/POTFILES.in is not sorted"
  status=1
fi
exit $status
