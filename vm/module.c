/* Modules: finding, compiling and running imported files once, the
 * module cache, and `import m { * }`. Search order for a bare name: the
 * native modules, the stdlib/ folder beside the interpreter, then each
 * folder of SABRE_PATH.
 * A name starting with '.' is relative to the importing file. */
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "compiler.h"
#include "error.h"
#include "format.h"
#include "memory.h"
#include "sabre.h"
#include "vm_internal.h"

char *read_source_file(const char *path, size_t *length, int *err) {
  FILE *file = fopen(path, "rb");
  if (file == NULL) {
    *err = errno;
    return NULL;
  }
  StrBuf buf;
  strbuf_init(&buf);
  char chunk[8192];
  size_t n;
  errno = 0;
  while ((n = fread(chunk, 1, sizeof chunk, file)) > 0) strbuf_append(&buf, chunk, (int)n);
  *err = ferror(file) ? (errno ? errno : EIO) : 0; /* EISDIR for a directory */
  fclose(file);
  if (*err) {
    strbuf_free(&buf);
    return NULL;
  }
  if (buf.data == NULL) strbuf_append(&buf, "", 0);
  /* A UTF-8 byte order mark, as some editors write, is not part of the code. */
  if (buf.length >= 3 && memcmp(buf.data, "\xEF\xBB\xBF", 3) == 0) {
    memmove(buf.data, buf.data + 3, (size_t)buf.length - 2);
    buf.length -= 3;
  }
  *length = (size_t)buf.length;
  return buf.data;
}

/* Formats a path; false (and nothing usable) when it would not fit. */
static bool format_path(char out[PATH_MAX], const char *format, ...) SB_PRINTF(2, 3);
static bool format_path(char out[PATH_MAX], const char *format, ...) {
  va_list ap;
  va_start(ap, format);
  int n = vsnprintf(out, PATH_MAX, format, ap);
  va_end(ap);
  return n >= 0 && n < PATH_MAX;
}

static void directory_of(const char *path, char out[PATH_MAX]) {
  const char *slash = strrchr(path, '/');
  if (slash == NULL || !format_path(out, "%.*s", (int)(slash - path), path))
    format_path(out, ".");
}

static const char *importer_path(VM *vm) {
  ObjFiber *fiber = vm->fiber;
  ObjModule *module = fiber_frame(fiber, fiber->frame_count - 1)->closure->function->module;
  return module->path ? module->path->chars : ".";
}

/* Candidate files for an import path, written into candidates. */
/* The first stdlib/ folder found going up from the interpreter's folder
 * (build/sabre and build/asan/sabre both find the checkout's). */
bool stdlib_dir(char out[PATH_MAX]) {
  char exe[PATH_MAX], dir[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n <= 0) return false;
  exe[n] = '\0';
  directory_of(exe, dir);
  static const char *const ups[] = {"/..", "/../..", "/../../.."};
  for (size_t i = 0; i < sizeof ups / sizeof ups[0]; i++) {
    struct stat st;
    if (format_path(out, "%s%s/stdlib", dir, ups[i]) && stat(out, &st) == 0 && S_ISDIR(st.st_mode))
      return true;
  }
  return false;
}

static int candidates_for(VM *vm, const char *name, char candidates[][PATH_MAX], int max) {
  int count = 0;
  char dir[PATH_MAX];
  if (name[0] == '.') {
    directory_of(importer_path(vm), dir);
    bool up = name[1] == '.';
    return format_path(candidates[0], up ? "%s/../%s.b" : "%s/%s.b", dir, name + 1 + up) ? 1 : 0;
  }
  if (stdlib_dir(dir) && format_path(candidates[count], "%s/%s.b", dir, name)) count++;
  const char *env = getenv("SABRE_PATH");
  while (env && *env && count < max) {
    const char *colon = strchr(env, ':');
    int len = colon ? (int)(colon - env) : (int)strlen(env);
    if (len > 0 && format_path(candidates[count], "%.*s/%s.b", len, env, name)) count++;
    env = colon ? colon + 1 : NULL;
  }
  return count;
}

static bool run_module(VM *vm, ObjModule *module, const char *source, size_t length, Value *out) {
  char error[COMPILE_ERROR_MAX];
  ObjFunction *fn = compile(vm, module, source, length, false, error);
  if (fn == NULL) {
    const char *text = strstr(error, "SyntaxError: ");
    return vm_raise(vm, EXC_SYNTAX, "%.*s%s", text ? (int)(text - error) : 0, error,
                    text ? text + 13 : error);
  }
  vm_push(vm, OBJ_VAL(fn));
  ObjClosure *closure = new_closure(vm, fn);
  vm_pop(vm);
  vm_push(vm, OBJ_VAL(closure));
  if (!vm_call_value(vm, 0)) return false;
  vm_pop(vm);
  module->loaded = true;
  *out = OBJ_VAL(module);
  return true;
}

static bool load_file(VM *vm, ObjString *key, const char *path, const char *name, Value *out) {
  int err;
  size_t length;
  char *source = read_source_file(path, &length, &err);
  if (source == NULL) return vm_raise_os(vm, vm->exception_classes[EXC_IMPORT], err, "import %s", path);
  const char *base = strrchr(name, '/');
  ObjString *module_name = copy_cstring(vm, base ? base + 1 : name[0] == '.' ? name + 1 + (name[1] == '.') : name);
  vm_push(vm, OBJ_VAL(module_name));
  ObjModule *module = new_module(vm, module_name, key);
  vm_push(vm, OBJ_VAL(module));
  table_set(vm, &vm->modules, key, OBJ_VAL(module));
  bool ok = run_module(vm, module, source, length, out);
  free(source);
  if (!ok) table_delete(&vm->modules, key);
  vm->fiber->stack_top -= 2;
  return ok;
}

bool import_module(VM *vm, ObjString *path, Value *out) {
  if (table_get(&vm->modules, path, out)) return true;
  const SbModule *native = sb_find_module(vm, path->chars);
  if (native != NULL) return load_native_module(vm, native, out);
  char candidates[8][PATH_MAX];
  int count = candidates_for(vm, path->chars, candidates, 8);
  StrBuf tried;
  strbuf_init(&tried);
  for (int i = 0; i < count; i++) {
    char resolved[PATH_MAX];
    if (realpath(candidates[i], resolved) == NULL) {
      strbuf_append_cstr(&tried, i ? ", " : "");
      strbuf_append_cstr(&tried, candidates[i]);
      continue;
    }
    strbuf_free(&tried);
    ObjString *key = copy_cstring(vm, resolved);
    if (table_get(&vm->modules, key, out)) {
      if (AS_MODULE(*out)->loaded) return true;
      return vm_raise(vm, EXC_IMPORT, "import cycle: '%s' imports itself while loading",
                      resolved);
    }
    vm_push(vm, OBJ_VAL(key));
    bool ok = load_file(vm, key, resolved, path->chars, out);
    vm_pop(vm);
    return ok;
  }
  vm_raise(vm, EXC_IMPORT, "module '%s' not found (tried %s)", path->chars,
           tried.data ? tried.data : "no location");
  strbuf_free(&tried);
  return false;
}

bool import_all(VM *vm, ObjModule *from, ObjModule *into) {
  Table *globals = &from->globals;
  for (int i = 0; i < globals->capacity; i++) {
    Entry *e = &globals->entries[i];
    if (e->key == NULL || e->key->chars[0] == '_') continue;
    table_set(vm, &into->globals, e->key, e->value);
  }
  return true;
}
