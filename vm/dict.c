/* Dict: dense entries in insertion order plus an open-addressed index of
 * positions. Deleted entries leave a hole (key EMPTY_VAL) that the next
 * resize compacts away. */
#include <string.h>

#include "memory.h"
#include "dict.h"

#define INDEX_FREE (-1) /* all bits set: an index is cleared with memset */
#define INDEX_DELETED (-2)

void dict_init(Dict *dict) {
  dict->count = 0;
  dict->used = 0;
  dict->capacity = 0;
  dict->index_size = 0;
  dict->entries = NULL;
  dict->index = NULL;
}

void dict_free(VM *vm, Dict *dict) {
  FREE_ARRAY(vm, DictEntry, dict->entries, dict->capacity);
  FREE_ARRAY(vm, int32_t, dict->index, dict->index_size);
  dict_init(dict);
}

/* The index slot holding key, or the free slot where it would go. */
static int32_t *find_slot(const Dict *dict, Value key, uint32_t hash) {
  uint32_t mask = (uint32_t)dict->index_size - 1;
  uint32_t i = hash & mask;
  int32_t *free_slot = NULL;
  for (;;) {
    int32_t *slot = &dict->index[i];
    if (*slot == INDEX_FREE) return free_slot ? free_slot : slot;
    if (*slot == INDEX_DELETED) {
      if (!free_slot) free_slot = slot;
    } else {
      DictEntry *e = &dict->entries[*slot];
      if (e->hash == hash && value_keys_equal(e->key, key)) return slot;
    }
    i = (i + 1) & mask;
  }
}

bool dict_get(const Dict *dict, Value key, Value *value) {
  if (dict->count == 0) return false;
  int32_t *slot = find_slot(dict, key, value_hash(key));
  if (*slot < 0) return false;
  *value = dict->entries[*slot].value;
  return true;
}

static void rebuild(VM *vm, Dict *dict, int capacity) {
  DictEntry *entries = ALLOCATE(vm, DictEntry, capacity);
  int n = 0;
  for (int i = 0; i < dict->used; i++)
    if (!IS_EMPTY(dict->entries[i].key)) entries[n++] = dict->entries[i];
  FREE_ARRAY(vm, DictEntry, dict->entries, dict->capacity);
  FREE_ARRAY(vm, int32_t, dict->index, dict->index_size);
  dict->entries = entries;
  dict->capacity = capacity;
  dict->used = n;
  dict->count = n;
  dict->index_size = 8;
  while (dict->index_size < capacity * 3 / 2) dict->index_size *= 2;
  dict->index = ALLOCATE(vm, int32_t, dict->index_size);
  memset(dict->index, 0xFF, sizeof(int32_t) * (size_t)dict->index_size); /* INDEX_FREE: -1 */
  for (int i = 0; i < n; i++) *find_slot(dict, entries[i].key, entries[i].hash) = i;
}

bool dict_set(VM *vm, Dict *dict, Value key, Value value) {
  uint32_t hash = value_hash(key);
  if (dict->count > 0) {
    int32_t *slot = find_slot(dict, key, hash);
    if (*slot >= 0) {
      dict->entries[*slot].value = value;
      return false;
    }
  }
  if (dict->used == dict->capacity) {
    int capacity = dict->count * 2 < dict->capacity ? dict->capacity
                                                    : GROW_CAPACITY(dict->capacity);
    rebuild(vm, dict, capacity);
  }
  int32_t *slot = find_slot(dict, key, hash);
  DictEntry *e = &dict->entries[dict->used];
  e->key = key;
  e->value = value;
  e->hash = hash;
  *slot = dict->used++;
  dict->count++;
  return true;
}

bool dict_delete(Dict *dict, Value key) {
  if (dict->count == 0) return false;
  int32_t *slot = find_slot(dict, key, value_hash(key));
  if (*slot < 0) return false;
  dict->entries[*slot].key = EMPTY_VAL;
  dict->entries[*slot].value = NIL_VAL;
  *slot = INDEX_DELETED;
  dict->count--;
  return true;
}

void dict_clear(VM *vm, Dict *dict) { dict_free(vm, dict); }

bool dict_next(const Dict *dict, int *position, DictEntry **entry) {
  for (int i = *position; i < dict->used; i++) {
    if (!IS_EMPTY(dict->entries[i].key)) {
      *position = i;
      *entry = &dict->entries[i];
      return true;
    }
  }
  return false;
}

void dict_mark(VM *vm, Dict *dict) {
  for (int i = 0; i < dict->used; i++) {
    if (IS_EMPTY(dict->entries[i].key)) continue;
    gc_mark_value(vm, dict->entries[i].key);
    gc_mark_value(vm, dict->entries[i].value);
  }
}
