/* Tab completion in the REPL: a word completes to the keywords, builtins
 * and the session's globals that start with it, and `a.b.pre` to the
 * members of what `a.b` names that start with `pre`: a module's globals,
 * an instance's fields and methods, a class's static members, a native
 * object's properties and methods, a string's, list's or dictionary's
 * methods. The chain is followed through tables only, so completing
 * never runs script code or a property's getter. Names starting with '_'
 * are offered only when the word does. */
#include <editline/readline.h>
#include <stdlib.h>
#include <string.h>

#include "memory.h"
#include "repl.h"
#include "scanner.h"
#include "vm_internal.h"

static VM *session; /* libedit's callbacks take no context */

/* The candidates for the word being completed, each the whole word. */
static struct {
  char **items;
  int count;
  int capacity;
  int next; /* the one the generator returns next */
} found;

static void forget_found(void) {
  for (int i = 0; i < found.count; i++) free(found.items[i]);
  found.count = found.next = 0;
}

/* Adds base + name when name starts with partial (and is not private,
 * unless partial is). */
static void offer(const char *base, size_t base_length, const char *partial, const char *name) {
  size_t partial_length = strlen(partial);
  if (strncmp(name, partial, partial_length) != 0 || (name[0] == '_' && partial[0] != '_')) return;
  if (found.count == found.capacity) {
    int capacity = found.capacity ? found.capacity * 2 : 64;
    char **items = realloc(found.items, sizeof *items * (size_t)capacity);
    if (items == NULL) out_of_memory();
    found.items = items;
    found.capacity = capacity;
  }
  size_t name_length = strlen(name);
  char *word = malloc(base_length + name_length + 1);
  if (word == NULL) out_of_memory();
  memcpy(word, base, base_length);
  memcpy(word + base_length, name, name_length + 1);
  found.items[found.count++] = word;
}

static void offer_table(const Table *table, const char *base, size_t base_length,
                        const char *partial) {
  for (int i = 0; table != NULL && i < table->capacity; i++)
    if (table->entries[i].key != NULL)
      offer(base, base_length, partial, table->entries[i].key->chars);
}

/* The members of value, as `value.name` reaches them. */
static void offer_members(Value value, const char *base, size_t base_length, const char *partial) {
  if (IS_MODULE(value)) {
    offer_table(&AS_MODULE(value)->globals, base, base_length, partial);
  } else if (IS_INSTANCE(value)) {
    offer_table(&AS_INSTANCE(value)->fields, base, base_length, partial);
    offer_table(&AS_INSTANCE(value)->klass->methods, base, base_length, partial);
  } else if (IS_CLASS(value)) {
    for (ObjClass *k = AS_CLASS(value); k != NULL; k = k->superclass)
      offer_table(&k->statics, base, base_length, partial);
  } else {
    if (IS_FOREIGN(value)) offer_table(&AS_FOREIGN(value)->klass->getters, base, base_length, partial);
    offer_table(native_methods(session, value), base, base_length, partial);
  }
}

/* What the dotted names of path[0, length) name, looked up in tables
 * only; false when some part names nothing that way. */
static bool resolve(const char *path, size_t length, Value *out) {
  const char *end = path + length;
  for (const char *part = path; part < end;) {
    const char *dot = memchr(part, '.', (size_t)(end - part));
    if (dot == NULL) dot = end;
    ObjString *name = copy_string(session, part, (int)(dot - part));
    Value next;
    bool ok;
    if (part == path)
      ok = table_get(&session->main_module->globals, name, &next) ||
           table_get(&session->builtins, name, &next);
    else if (IS_MODULE(*out))
      ok = table_get(&AS_MODULE(*out)->globals, name, &next);
    else if (IS_INSTANCE(*out))
      ok = table_get(&AS_INSTANCE(*out)->fields, name, &next);
    else if (IS_CLASS(*out))
      ok = table_get(&AS_CLASS(*out)->statics, name, &next);
    else
      ok = false;
    if (!ok) return false;
    *out = next;
    part = dot + 1;
  }
  return true;
}

static int by_text(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static void find_candidates(const char *word) {
  forget_found();
  const char *last_dot = strrchr(word, '.');
  if (last_dot == NULL) {
    for (size_t i = 0; scanner_keyword(i) != NULL; i++) offer("", 0, word, scanner_keyword(i));
    offer_table(&session->builtins, "", 0, word);
    offer_table(&session->main_module->globals, "", 0, word);
  } else {
    Value value;
    size_t base_length = (size_t)(last_dot - word) + 1;
    if (resolve(word, base_length - 1, &value)) offer_members(value, word, base_length, last_dot + 1);
  }
  qsort(found.items, (size_t)found.count, sizeof *found.items, by_text);
  int kept = 0; /* a name in both the globals and the builtins once */
  for (int i = 0; i < found.count; i++) {
    if (kept > 0 && strcmp(found.items[kept - 1], found.items[i]) == 0) free(found.items[i]);
    else found.items[kept++] = found.items[i];
  }
  found.count = kept;
}

/* libedit's generator: state 0 starts a new word; each call hands over
 * one match (libedit frees it), NULL after the last. */
static char *next_candidate(const char *word, int state) {
  if (state == 0) find_candidates(word);
  if (found.next >= found.count) return NULL;
  char *item = found.items[found.next];
  found.items[found.next++] = NULL;
  return item;
}

static char **complete(const char *word, int start, int end) {
  (void)start, (void)end;
  rl_attempted_completion_over = 1; /* names only, never file names */
  return rl_completion_matches(word, next_candidate);
}

void repl_complete_init(VM *vm) {
  /* A dot is part of a word: `sock.rec` completes as a whole. */
  static char breaks[] = " \t\n\"'`@$><=;|&{}()[],+-*/%!~^?:";
  session = vm;
  rl_completer_word_break_characters = breaks;
  rl_completion_append_character = '\0';
  rl_attempted_completion_function = complete;
}
