/* Table: an open-addressing hash map from string keys to values, used for
 * globals, fields, methods and the string intern pool. User-visible
 * dictionaries (any key type, insertion order) live in dict.h. */
#ifndef SABRE_VM_TABLE_H
#define SABRE_VM_TABLE_H

#include "value.h"

typedef struct VM VM;

typedef struct {
  ObjString *key;
  Value value;
} Entry;

typedef struct {
  int count; /* live entries plus tombstones */
  int capacity;
  Entry *entries;
  /* Keys added over the table's life (never less): while it is unchanged,
   * a key found absent before is still absent. */
  uint32_t additions;
} Table;

/* Where a name was found last in a table, for the code that looks it up
 * (see table_get_cached). */
typedef struct {
  const Table *table; /* NULL: nothing yet */
  int index;
  /* For a builtin (table is the VM's builtins): the additions of the
   * module's globals when the name was not among them. */
  uint32_t globals_additions;
} NameCache;

void table_init(Table *table);
void table_free(VM *vm, Table *table);
bool table_get(const Table *table, ObjString *key, Value *value);
/* The slow path of table_get_cached (object.h): a full lookup that fills
 * *cache. */
bool table_get_caching(const Table *table, ObjString *key, NameCache *cache, Value *value);
/* Returns true when the key was new. */
bool table_set(VM *vm, Table *table, ObjString *key, Value value);
bool table_delete(Table *table, ObjString *key);
void table_add_all(VM *vm, const Table *from, Table *to);
ObjString *table_find_string(const Table *table, const char *chars,
                             int length, uint32_t hash);
/* Drops entries whose key is about to be freed (the intern pool is weak). */
void table_remove_white(Table *table);
void table_mark(VM *vm, Table *table);

#endif
