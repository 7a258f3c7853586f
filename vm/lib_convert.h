/* Conversions shared by the global functions and the types' own methods:
 * text to number (to_number(), string.to_number()) and any iterable
 * built-in value to a list (to_list(), x.to_list()). */
#ifndef SABRE_VM_LIB_CONVERT_H
#define SABRE_VM_LIB_CONVERT_H

#include "object.h"

/* Parses decimal (with fraction and exponent) or 0x/0b/0c text, with an
 * optional sign and surrounding whitespace. Raises ValueError when the
 * text is not a number. */
bool lib_parse_number(VM *vm, ObjString *text, double *out);
/* Stores in *out a new list of the items of a string, list, dict
 * ([key, value] pairs), range or bytes (not rooted). Raises TypeError for
 * other values and ValueError for a range too long to hold. */
bool lib_to_list(VM *vm, Value value, ObjList **out);

#endif
