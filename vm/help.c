/* help(): the doc text of a module, class, function or constant, read
 * from the same tables the reference docs are generated from. help()
 * alone lists the native modules; help('os.SIGTERM') finds a constant by
 * name, since a constant's value alone does not say where it came from. */
#include <stdio.h>
#include <stdlib.h>

#include "builtins.h"
#include "format.h"
#include "memory.h"
#include "native.h"
#include "sabre.h"

/* Appends a doc string: its first line (the signature) at indent, the
 * description below it indented four more. */
static void append_doc(StrBuf *out, const char *doc, const char *indent) {
  if (doc == NULL || doc[0] == '\0') return;
  for (bool first = true; *doc; first = false) {
    const char *end = strchr(doc, '\n');
    int length = end ? (int)(end - doc) : (int)strlen(doc);
    strbuf_append_cstr(out, indent);
    if (!first) strbuf_append_cstr(out, "    ");
    strbuf_append(out, doc, length);
    strbuf_append_char(out, '\n');
    doc += length + (end ? 1 : 0);
  }
}

static int by_name(const void *a, const void *b) {
  return string_compare((*(const Entry *const *)a)->key, (*(const Entry *const *)b)->key);
}

/* The public methods in name order (the table's own order is its hash's). */
static void append_methods(StrBuf *out, const Table *methods) {
  const Entry **sorted = malloc(sizeof *sorted * (size_t)(methods->capacity + 1));
  if (sorted == NULL) out_of_memory();
  int count = 0;
  for (int i = 0; i < methods->capacity; i++) {
    const Entry *e = &methods->entries[i];
    if (e->key != NULL && e->key->chars[0] != '_') sorted[count++] = e;
  }
  qsort(sorted, (size_t)count, sizeof *sorted, by_name);
  for (int i = 0; i < count; i++) {
    const Entry *e = sorted[i];
    if (IS_NATIVE(e->value)) {
      append_doc(out, AS_NATIVE(e->value)->doc, "  ");
    } else {
      strbuf_append_cstr(out, "  ");
      strbuf_append_cstr(out, e->key->chars);
      strbuf_append_cstr(out, "()\n");
    }
  }
  free(sorted);
}

static void help_class(StrBuf *out, ObjClass *klass) {
  strbuf_append_cstr(out, "class ");
  strbuf_append_cstr(out, klass->name->chars);
  if (klass->superclass) {
    strbuf_append_cstr(out, " < ");
    strbuf_append_cstr(out, klass->superclass->name->chars);
  }
  strbuf_append_char(out, '\n');
  append_doc(out, klass->doc, "  ");
  if (IS_NATIVE(klass->initializer)) append_doc(out, AS_NATIVE(klass->initializer)->doc, "  ");
  append_methods(out, &klass->methods);
}

static void help_native_module(StrBuf *out, const SbModule *def) {
  strbuf_append_cstr(out, "module ");
  strbuf_append_cstr(out, def->name);
  strbuf_append_char(out, '\n');
  append_doc(out, def->doc, "  ");
  if (def->functions) strbuf_append_cstr(out, "\nFunctions\n");
  for (const SbFunction *f = def->functions; f && f->name; f++) append_doc(out, f->doc, "  ");
  if (def->classes) strbuf_append_cstr(out, "\nClasses\n");
  for (const SbClass *c = def->classes; c && c->name; c++) {
    strbuf_append_cstr(out, "  ");
    strbuf_append_cstr(out, c->name);
    strbuf_append_char(out, '\n');
    append_doc(out, c->doc, "    ");
  }
  if (def->constants) strbuf_append_cstr(out, "\nConstants\n");
  for (const SbConstant *k = def->constants; k && k->name; k++) {
    strbuf_append_cstr(out, "  ");
    strbuf_append_cstr(out, k->name);
    strbuf_append_cstr(out, ": ");
    strbuf_append_cstr(out, k->doc);
    strbuf_append_char(out, '\n');
  }
}

/* help('module.NAME'): a function, class or constant of a native module. */
static bool help_by_name(VM *vm, StrBuf *out, const char *text) {
  const char *dot = strchr(text, '.');
  char module[64];
  int length = dot ? (int)(dot - text) : (int)strlen(text);
  if (length >= (int)sizeof module) return false;
  memcpy(module, text, (size_t)length);
  module[length] = '\0';
  const SbModule *def = sb_find_module(vm, module);
  if (def == NULL) return false;
  if (dot == NULL) {
    help_native_module(out, def);
    return true;
  }
  const char *name = dot + 1;
  for (const SbFunction *f = def->functions; f && f->name; f++)
    if (strcmp(f->name, name) == 0) return append_doc(out, f->doc, ""), true;
  for (const SbConstant *k = def->constants; k && k->name; k++)
    if (strcmp(k->name, name) == 0) return append_doc(out, k->doc, ""), true;
  for (const SbClass *c = def->classes; c && c->name; c++)
    if (strcmp(c->name, name) == 0) return append_doc(out, c->doc, ""), true;
  return false;
}

static void help_modules(StrBuf *out) {
  strbuf_append_cstr(out, "Native modules (import NAME, then help(NAME)):\n");
  for (int i = 0; sb_modules[i] != NULL; i++) {
    strbuf_append_cstr(out, "  ");
    strbuf_append_cstr(out, sb_modules[i]->name);
    strbuf_append_char(out, '\n');
  }
  strbuf_append_cstr(out, "help(value) describes a module, class or function; "
                          "help('module.NAME') any entry of a native module.\n");
}

static bool describe(VM *vm, StrBuf *out, Value value) {
  if (IS_MODULE(value) && AS_MODULE(value)->native) {
    help_native_module(out, AS_MODULE(value)->native);
  } else if (IS_CLASS(value)) {
    help_class(out, AS_CLASS(value));
  } else if (IS_NATIVE(value)) {
    append_doc(out, AS_NATIVE(value)->doc, "");
  } else if (IS_BOUND_METHOD(value) && AS_BOUND_METHOD(value)->method->type == OBJ_NATIVE) {
    append_doc(out, ((ObjNative *)AS_BOUND_METHOD(value)->method)->doc, "");
  } else if (IS_STRING(value) && help_by_name(vm, out, AS_CSTRING(value))) {
  } else {
    strbuf_append_cstr(out, "No documentation for ");
    if (!format_repr(vm, out, value)) return false;
    strbuf_append_cstr(out, " (");
    strbuf_append_cstr(out, value_type_name(value));
    strbuf_append_cstr(out, ").\n");
  }
  return true;
}

static bool fn_help(VM *vm, int argc, Value *args) {
  StrBuf out;
  strbuf_init(&out);
  if (argc == 0) help_modules(&out);
  else if (!describe(vm, &out, args[0])) return strbuf_free(&out), false;
  fwrite(out.data, 1, (size_t)out.length, stdout);
  strbuf_free(&out);
  RETURN_NIL;
}

void help_init(VM *vm) {
  define_natives(vm, &vm->builtins, "", (const SbFunction[]){
      {"help", fn_help, 0, 1,
       "help(value: any = nil) -> nil\n"
       "Prints the documentation of a module, class, function or method; "
       "help('module.NAME') finds any entry of a native module by name, and "
       "help() lists the native modules."},
      {NULL, NULL, 0, 0, NULL},
  });
}
