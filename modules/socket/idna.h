/* Internationalized host names: the resolver, SNI and certificate checks
 * all take ASCII, so a name with non-ASCII labels is turned into its
 * A-labels ('bücher.example' -> 'xn--bcher-kva.example') by libidn2. */
#ifndef SABRE_IDNA_H
#define SABRE_IDNA_H

/* For a NUL-terminated UTF-8 name: 0 with *ascii NULL when the name is
 * ASCII already (use it as it is), 0 with *ascii a malloc'd A-label form
 * (free it), or -1 when the name is not a valid internationalized name.
 * Labels are mapped as UTS #46 non-transitional processing does (case
 * folded, NFC), falling back to transitional processing for names only
 * IDNA 2003 allowed, as curl does. */
int idna_to_ascii(const char *name, char **ascii);

#endif
