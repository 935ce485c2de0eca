/* Generated from data/signatures/*.json by build-aux/catalog-strings.py: do not edit.
 * Never compiled; it carries the signatures' text to xgettext (po/POTFILES.in). */
#if 0
#endif
