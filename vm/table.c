/* Table: open addressing with linear probing over interned-or-hashed
 * string keys; tombstones keep probe chains intact after deletes. */
#include "memory.h"
#include "table.h"

#define TABLE_MAX_LOAD 0.75

void table_init(Table *table) {
  table->count = 0;
  table->capacity = 0;
  table->entries = NULL;
  table->additions = 0;
}

/* Keeps additions: a table emptied and filled again must not meet an
 * old count of them. */
void table_free(VM *vm, Table *table) {
  FREE_ARRAY(vm, Entry, table->entries, table->capacity);
  table->count = 0;
  table->capacity = 0;
  table->entries = NULL;
}

static Entry *find_entry(Entry *entries, int capacity, ObjString *key) {
  uint32_t index = string_hash(key) & (uint32_t)(capacity - 1);
  Entry *tombstone = NULL;
  for (;;) {
    Entry *entry = &entries[index];
    if (entry->key == NULL) {
      if (IS_NIL(entry->value)) return tombstone != NULL ? tombstone : entry;
      if (tombstone == NULL) tombstone = entry;
    } else if (entry->key == key || strings_equal(entry->key, key)) {
      return entry;
    }
    index = (index + 1) & (uint32_t)(capacity - 1);
  }
}

/* key's entry, or NULL when the table does not hold it. */
static const Entry *find_key(const Table *table, ObjString *key) {
  if (table->count == 0) return NULL;
  const Entry *entry = find_entry(table->entries, table->capacity, key);
  return entry->key == NULL ? NULL : entry;
}

bool table_get(const Table *table, ObjString *key, Value *value) {
  const Entry *entry = find_key(table, key);
  if (entry == NULL) return false;
  *value = entry->value;
  return true;
}

bool table_get_caching(const Table *table, ObjString *key, NameCache *cache, Value *value) {
  const Entry *entry = find_key(table, key);
  if (entry == NULL) return false;
  cache->table = table;
  cache->index = (int)(entry - table->entries);
  *value = entry->value;
  return true;
}

static void adjust_capacity(VM *vm, Table *table, int capacity) {
  Entry *entries = ALLOCATE(vm, Entry, capacity);
  for (int i = 0; i < capacity; i++) {
    entries[i].key = NULL;
    entries[i].value = NIL_VAL;
  }
  table->count = 0;
  for (int i = 0; i < table->capacity; i++) {
    Entry *entry = &table->entries[i];
    if (entry->key == NULL) continue;
    Entry *dest = find_entry(entries, capacity, entry->key);
    dest->key = entry->key;
    dest->value = entry->value;
    table->count++;
  }
  FREE_ARRAY(vm, Entry, table->entries, table->capacity);
  table->entries = entries;
  table->capacity = capacity;
}

bool table_set(VM *vm, Table *table, ObjString *key, Value value) {
  if (table->count + 1 > table->capacity * TABLE_MAX_LOAD)
    adjust_capacity(vm, table, GROW_CAPACITY(table->capacity));
  Entry *entry = find_entry(table->entries, table->capacity, key);
  bool is_new = entry->key == NULL;
  if (is_new && IS_NIL(entry->value)) table->count++;
  table->additions += is_new;
  entry->key = key;
  entry->value = value;
  return is_new;
}

bool table_delete(Table *table, ObjString *key) {
  if (table->count == 0) return false;
  Entry *entry = find_entry(table->entries, table->capacity, key);
  if (entry->key == NULL) return false;
  entry->key = NULL;
  entry->value = TRUE_VAL; /* tombstone */
  return true;
}

void table_add_all(VM *vm, const Table *from, Table *to) {
  for (int i = 0; i < from->capacity; i++) {
    Entry *entry = &from->entries[i];
    if (entry->key != NULL) table_set(vm, to, entry->key, entry->value);
  }
}

ObjString *table_find_string(const Table *table, const char *chars, int length,
                             uint32_t hash) {
  if (table->count == 0) return NULL;
  uint32_t index = hash & (uint32_t)(table->capacity - 1);
  for (;;) {
    Entry *entry = &table->entries[index];
    if (entry->key == NULL) {
      if (IS_NIL(entry->value)) return NULL;
    } else if (entry->key->length == length && entry->key->hash == hash &&
               memcmp(entry->key->chars, chars, (size_t)length) == 0) {
      return entry->key;
    }
    index = (index + 1) & (uint32_t)(table->capacity - 1);
  }
}

void table_remove_white(Table *table) {
  for (int i = 0; i < table->capacity; i++) {
    Entry *entry = &table->entries[i];
    if (entry->key != NULL && !entry->key->obj.marked) table_delete(table, entry->key);
  }
}

void table_mark(VM *vm, Table *table) {
  for (int i = 0; i < table->capacity; i++) {
    Entry *entry = &table->entries[i];
    if (entry->key == NULL) continue;
    gc_mark_object(vm, (Obj *)entry->key);
    gc_mark_value(vm, entry->value);
  }
}
