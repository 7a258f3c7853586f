/* Heap objects: one Obj header (type tag, mark bit, all-objects list link)
 * and one struct per type, with IS_x / AS_x pairs and constructors. The
 * collector in memory.c owns their lifetime. */
#ifndef SABRE_VM_OBJECT_H
#define SABRE_VM_OBJECT_H

#include "chunk.h"
#include "dict.h"
#include "table.h"
#include "value.h"

typedef enum {
  OBJ_STRING,
  OBJ_BYTES,
  OBJ_LIST,
  OBJ_DICT,
  OBJ_RANGE,
  OBJ_FUNCTION,
  OBJ_CLOSURE,
  OBJ_UPVALUE,
  OBJ_NATIVE,
  OBJ_BOUND_METHOD,
  OBJ_CLASS,
  OBJ_INSTANCE,
  OBJ_MODULE,
  OBJ_FIBER,
  OBJ_FOREIGN,
} ObjType;
#define OBJ_TYPE_COUNT (OBJ_FOREIGN + 1)

struct Obj {
  uint8_t type;
  bool marked;
  /* An exception already printed as uncaught, by the fiber it ended: a
   * join() that raises it again, uncaught too, does not print it twice. */
  bool reported;
  Obj *next;
};

/* Immutable byte string. The hash is computed on first use (0 = not yet) so
 * that large received buffers are never hashed. copy_string interns
 * strings up to STRING_INTERN_MAX bytes (names, constants, short texts);
 * strings built at run time with string_alloc or new_string are not
 * interned and compare by content. */
struct ObjString {
  Obj obj;
  uint32_t hash;
  bool interned;
  int length;
  int char_count; /* UTF-8 characters; -1 until computed */
  char chars[];
};

#define STRING_INTERN_MAX 64

typedef struct {
  Obj obj;
  int length;
  int capacity;
  uint8_t *data;
} ObjBytes;

typedef struct {
  Obj obj;
  ValueArray items;
} ObjList;

typedef struct {
  Obj obj;
  Dict dict;
} ObjDict;

/* A half-open integer range; iterates downward when start > end. */
typedef struct {
  Obj obj;
  double start;
  double end;
} ObjRange;

typedef struct ObjModule ObjModule;

typedef struct {
  Obj obj;
  int arity;      /* declared parameters, not counting `...` */
  int min_arity;  /* parameters without a default value */
  bool variadic;
  int upvalue_count;
  int self_upvalue; /* in a closure in a method: the upvalue holding its self, or -1 */
  int max_slots;  /* stack slots the body may use above its base */
  Chunk chunk;
  ObjString *name;
  ObjModule *module;
} ObjFunction;

typedef struct ObjUpvalue {
  Obj obj;
  Value *location;
  Value closed;
  struct ObjUpvalue *next;
} ObjUpvalue;

typedef struct {
  Obj obj;
  ObjFunction *function;
  int upvalue_count;
  ObjUpvalue *upvalues[];
} ObjClosure;

/* A native receives its arguments at args[0..argc-1]; args[-1] holds the
 * receiver (or the callee) and receives the result. It returns false when
 * it has raised an exception. */
typedef bool (*NativeFn)(VM *vm, int argc, Value *args);

typedef struct {
  Obj obj;
  NativeFn fn;
  ObjString *name;
  int min_args;
  int max_args; /* -1: any number */
  /* max_args - min_args, or INT32_MAX for any number: call_native's
   * arity test is then one unsigned comparison. */
  uint32_t extra_args;
  const char *doc;
} ObjNative;

typedef struct {
  Obj obj;
  Value receiver;
  Obj *method; /* ObjClosure or ObjNative */
} ObjBoundMethod;

typedef struct ObjClass ObjClass;

/* Describes a class implemented in C (sockets, files): the payload size,
 * the finalizer the collector runs when an object dies (it must not
 * allocate or call into the VM), and, for a payload that keeps script
 * values, a trace that marks them (gc_mark_object / gc_mark_value) each
 * time the object is reached. A class of values (addresses)
 * sets by_value: two of its objects are == and the same dictionary key
 * when their payload bytes are equal, so the payload must be written
 * whole (it starts zeroed) with nothing but the value in it. */
typedef struct {
  size_t payload_size;
  void (*finalize)(void *payload);
  bool by_value;
  void (*trace)(VM *vm, void *payload); /* NULL: the payload keeps no values */
} ForeignInfo;

struct ObjClass {
  Obj obj;
  ObjString *name;
  ObjClass *superclass;
  Table methods;  /* closures and natives, inherited ones copied in */
  Table fields;   /* instance field defaults */
  Table statics;  /* static fields and methods */
  Table getters;  /* native property getters (ObjNative) */
  Table setters;  /* native property setters (ObjNative) */
  Value initializer; /* constructor or EMPTY_VAL */
  const ForeignInfo *foreign;
  const char *doc;
};

typedef struct {
  Obj obj;
  ObjClass *klass;
  Table fields;
} ObjInstance;

/* An instance of a class implemented in C: fixed-size payload, no fields. */
typedef struct {
  Obj obj;
  ObjClass *klass;
  _Alignas(max_align_t) unsigned char payload[];
} ObjForeign;

struct SbModule;

struct ObjModule {
  Obj obj;
  ObjString *name;
  ObjString *path;
  Table globals;
  const char *doc;
  const struct SbModule *native; /* the tables of a native module, or NULL */
  bool loaded;
};

#define OBJ_TYPE(v) (AS_OBJ(v)->type)
static inline bool is_obj_type(Value v, ObjType t) {
  return IS_OBJ(v) && AS_OBJ(v)->type == t;
}

#define IS_STRING(v) is_obj_type(v, OBJ_STRING)
#define IS_BYTES(v) is_obj_type(v, OBJ_BYTES)
#define IS_LIST(v) is_obj_type(v, OBJ_LIST)
#define IS_DICT(v) is_obj_type(v, OBJ_DICT)
#define IS_RANGE(v) is_obj_type(v, OBJ_RANGE)
#define IS_FUNCTION(v) is_obj_type(v, OBJ_FUNCTION)
#define IS_CLOSURE(v) is_obj_type(v, OBJ_CLOSURE)
#define IS_NATIVE(v) is_obj_type(v, OBJ_NATIVE)
#define IS_BOUND_METHOD(v) is_obj_type(v, OBJ_BOUND_METHOD)
#define IS_CLASS(v) is_obj_type(v, OBJ_CLASS)
#define IS_INSTANCE(v) is_obj_type(v, OBJ_INSTANCE)
#define IS_MODULE(v) is_obj_type(v, OBJ_MODULE)
#define IS_FIBER(v) is_obj_type(v, OBJ_FIBER)
#define IS_FOREIGN(v) is_obj_type(v, OBJ_FOREIGN)

#define AS_STRING(v) ((ObjString *)AS_OBJ(v))
#define AS_CSTRING(v) (((ObjString *)AS_OBJ(v))->chars)
#define AS_BYTES(v) ((ObjBytes *)AS_OBJ(v))
#define AS_LIST(v) ((ObjList *)AS_OBJ(v))
#define AS_DICT(v) ((ObjDict *)AS_OBJ(v))
#define AS_RANGE(v) ((ObjRange *)AS_OBJ(v))
#define AS_FUNCTION(v) ((ObjFunction *)AS_OBJ(v))
#define AS_CLOSURE(v) ((ObjClosure *)AS_OBJ(v))
#define AS_NATIVE(v) ((ObjNative *)AS_OBJ(v))
#define AS_BOUND_METHOD(v) ((ObjBoundMethod *)AS_OBJ(v))
#define AS_CLASS(v) ((ObjClass *)AS_OBJ(v))
#define AS_INSTANCE(v) ((ObjInstance *)AS_OBJ(v))
#define AS_MODULE(v) ((ObjModule *)AS_OBJ(v))
#define AS_FOREIGN(v) ((ObjForeign *)AS_OBJ(v))

/* The class of an instance or native-class object, else NULL. */
static inline ObjClass *class_of(Value v) {
  if (IS_INSTANCE(v)) return AS_INSTANCE(v)->klass;
  if (IS_FOREIGN(v)) return AS_FOREIGN(v)->klass;
  return NULL;
}

/* Strings. copy_string copies bytes (interning short ones); string_alloc
 * makes a string of a given length (its NUL written) to fill in place. */
ObjString *string_alloc(VM *vm, int length);
ObjString *copy_string(VM *vm, const char *chars, int length);
/* A copy that is never interned: for data (received bytes) that is not a
 * name and would only cost a hash and a table entry. */
ObjString *new_string(VM *vm, const char *chars, int length);
ObjString *copy_cstring(VM *vm, const char *chars);
/* Cuts a string just made by string_alloc, and filled only so far, to its
 * first length bytes; it must be the newest object. */
ObjString *string_truncate(VM *vm, ObjString *s, int length);
uint32_t hash_bytes(const char *key, int length);
static inline uint32_t string_hash(ObjString *s) {
  if (SB_UNLIKELY(s->hash == 0)) {
    uint32_t h = hash_bytes(s->chars, s->length);
    s->hash = h ? h : 1;
  }
  return s->hash;
}
/* Hashes already known settle most inequalities; none is computed here,
 * as hashing a fresh string costs more than comparing its bytes. */
static inline bool strings_equal(const ObjString *a, const ObjString *b) {
  if (a == b) return true;
  if (a->length != b->length || (a->interned && b->interned)) return false;
  if (a->hash != 0 && b->hash != 0 && a->hash != b->hash) return false;
  return memcmp(a->chars, b->chars, (size_t)a->length) == 0;
}
/* Byte order of two strings: negative, 0 or positive. */
static inline int string_compare(const ObjString *a, const ObjString *b) {
  int shorter = a->length < b->length ? a->length : b->length;
  int order = memcmp(a->chars, b->chars, (size_t)shorter);
  return order != 0 ? order : (a->length > b->length) - (a->length < b->length);
}
int string_char_count(ObjString *s);
/* Bytes [from, to) of s as a new string (not interned). A piece of an
 * all-ASCII string is known to be ASCII, so its length in characters
 * needs no counting. */
ObjString *string_slice(VM *vm, ObjString *s, int from, int to);

/* key's entry when it sits in its first slot as the exact key object (as
 * interned names from the constant pool do), else NULL: a few loads. */
static inline const Entry *table_first_probe(const Table *table, ObjString *key) {
  if (table->count == 0) return NULL;
  const Entry *entry = &table->entries[string_hash(key) & (uint32_t)(table->capacity - 1)];
  return entry->key == key ? entry : NULL;
}

/* table_get with the first probe inline. */
static inline bool table_get_fast(const Table *table, ObjString *key, Value *value) {
  const Entry *entry = table_first_probe(table, key);
  if (entry != NULL) {
    *value = entry->value;
    return true;
  }
  return table_get(table, key, value);
}

/* The inline part of table_get_cached: the key's first slot, then the
 * slot *cache remembers; false without probing further. */
static inline bool table_get_remembered(const Table *table, ObjString *key,
                                        const NameCache *cache, Value *value) {
  const Entry *entry = table_first_probe(table, key);
  if (entry != NULL) {
    *value = entry->value;
    return true;
  }
  if (cache->table == table && cache->index < table->capacity &&
      table->entries[cache->index].key == key) {
    *value = table->entries[cache->index].value;
    return true;
  }
  return false;
}

/* table_get_fast for an interned key that remembers in *cache the slot
 * where the key was found when another key holds its first one (a
 * collision): the lookups of one name at one place in the code are mostly
 * in one table (a class's methods, a module's globals), so the next one
 * costs no probing either. The slot is checked before use, so a table that
 * changed since (grown, key deleted, another table at the same address)
 * only misses. */
static inline bool table_get_cached(const Table *table, ObjString *key, NameCache *cache,
                                    Value *value) {
  return table_get_remembered(table, key, cache, value) ||
         table_get_caching(table, key, cache, value);
}

/* Constructors keep their object arguments reachable while they allocate. */
ObjBytes *new_bytes(VM *vm, int length);
ObjList *new_list(VM *vm);
/* An empty list with room for capacity items (appending them allocates
 * nothing more). */
ObjList *new_list_sized(VM *vm, int capacity);
ObjDict *new_dict(VM *vm);
ObjRange *new_range(VM *vm, double start, double end);
ObjFunction *new_function(VM *vm, ObjModule *module);
ObjClosure *new_closure(VM *vm, ObjFunction *function);
ObjUpvalue *new_upvalue(VM *vm, Value *slot);
ObjNative *new_native(VM *vm, const char *name, NativeFn fn, int min_args,
                      int max_args, const char *doc);
ObjBoundMethod *new_bound_method(VM *vm, Value receiver, Obj *method);
ObjClass *new_class(VM *vm, ObjString *name);
/* Makes parent klass's superclass: klass starts with parent's methods,
 * field defaults and initializer (its own definitions then override). */
void class_set_superclass(VM *vm, ObjClass *klass, ObjClass *parent);
ObjInstance *new_instance(VM *vm, ObjClass *klass);
ObjForeign *new_foreign(VM *vm, ObjClass *klass);
ObjModule *new_module(VM *vm, ObjString *name, ObjString *path);

/* The name scripts see from typeof(). */
const char *value_type_name(Value value);

#endif
