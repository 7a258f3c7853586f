/* Dict: the insertion-ordered hash map behind Sabre dictionaries. Keys are
 * any hashable value (numbers, strings, booleans, nil, objects by identity);
 * entries stay in insertion order in a dense array, with a separate index
 * of open-addressed slots (the CPython compact-dict layout). */
#ifndef SABRE_VM_DICT_H
#define SABRE_VM_DICT_H

#include "value.h"

typedef struct VM VM;

typedef struct {
  Value key; /* EMPTY_VAL marks a deleted entry */
  Value value;
  uint32_t hash;
} DictEntry;

typedef struct {
  int count;       /* live entries */
  int used;        /* entries in use, deleted ones included */
  int capacity;    /* entries allocated */
  int index_size;  /* power of two, 0 when no index is allocated */
  DictEntry *entries;
  int32_t *index;  /* -1: free slot, -2: deleted, else entry position */
} Dict;

void dict_init(Dict *dict);
void dict_free(VM *vm, Dict *dict);
bool dict_get(const Dict *dict, Value key, Value *value);
/* Returns true when the key was new. */
bool dict_set(VM *vm, Dict *dict, Value key, Value value);
bool dict_delete(Dict *dict, Value key);
void dict_clear(VM *vm, Dict *dict);
/* Iteration: the next live entry at or after *position, or false at the
 * end. Usage: for (int i = 0; dict_next(d, &i, &e); i++) */
bool dict_next(const Dict *dict, int *position, DictEntry **entry);
void dict_mark(VM *vm, Dict *dict);

#endif
