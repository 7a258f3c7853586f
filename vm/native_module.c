/* Building a module object from its SbModule tables: functions become
 * natives named "module.function", classes get their constructor,
 * methods, properties and payload, constants become globals. A class's
 * superclass may belong to another module ("socket.SocketException"),
 * which is then imported first. */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>

#include "memory.h"
#include "sabre.h"
#include "vm_internal.h"

bool sb_register_module(VM *vm, const SbModule *module) {
  int capacity = (int)(sizeof vm->added_modules / sizeof vm->added_modules[0]);
  if (vm->added_module_count == capacity) return false;
  vm->added_modules[vm->added_module_count++] = module;
  return true;
}

const SbModule *sb_find_module(VM *vm, const char *name) {
  for (int i = 0; sb_modules[i] != NULL; i++)
    if (strcmp(sb_modules[i]->name, name) == 0) return sb_modules[i];
  for (int i = 0; i < vm->added_module_count; i++)
    if (strcmp(vm->added_modules[i]->name, name) == 0) return vm->added_modules[i];
  return NULL;
}

void sb_set_global(VM *vm, ObjModule *module, const char *name, Value value) {
  vm_push(vm, value);
  ObjString *key = copy_cstring(vm, name);
  vm_push(vm, OBJ_VAL(key));
  table_set(vm, &module->globals, key, value);
  vm->fiber->stack_top -= 2;
}

ObjClass *sb_module_class(VM *vm, ObjModule *module, const char *name) {
  Value value;
  ObjString *key = copy_cstring(vm, name);
  if (table_get(&module->globals, key, &value) && IS_CLASS(value)) return AS_CLASS(value);
  return NULL;
}

void *sb_payload(Value value) { return AS_FOREIGN(value)->payload; }

/* One module's per-VM data, in the VM's list. */
typedef struct ModuleState {
  struct ModuleState *next;
  const SbModule *module;
  max_align_t data[]; /* state_size bytes */
} ModuleState;

void *sb_module_state(VM *vm, const SbModule *module) {
  for (ModuleState *s = vm->module_states; s != NULL; s = s->next)
    if (s->module == module) return s->data;
  return NULL;
}

/* Makes the module's per-VM data unless an earlier load (that failed)
 * made it; false when out of memory. */
static bool make_module_state(VM *vm, const SbModule *def) {
  if (def->state_size == 0 || sb_module_state(vm, def) != NULL) return true;
  ModuleState *state = calloc(1, sizeof *state + def->state_size);
  if (state == NULL) return false;
  state->module = def;
  state->next = vm->module_states;
  vm->module_states = state;
  return true;
}

void free_module_states(VM *vm) {
  while (vm->module_states != NULL) {
    ModuleState *next = vm->module_states->next;
    free(vm->module_states);
    vm->module_states = next;
  }
}

/* A class of another module, named "module.Class": the module is imported
 * first (as the import statement would), so a module's class can extend
 * another module's, as ssl.TLSException extends socket.SocketException. */
static ObjClass *find_qualified_class(VM *vm, const char *name, const char *dot) {
  Value other;
  ObjString *path = copy_string(vm, name, (int)(dot - name));
  vm_push(vm, OBJ_VAL(path));
  bool found = import_module(vm, path, &other) && IS_MODULE(other);
  vm_pop(vm);
  return found ? sb_module_class(vm, AS_MODULE(other), dot + 1) : NULL;
}

/* The superclass named in a class definition: a class of the same module,
 * a built-in class, or "module.Class". */
static ObjClass *find_superclass(VM *vm, ObjModule *module, const char *name) {
  const char *dot = strchr(name, '.');
  if (dot != NULL) return find_qualified_class(vm, name, dot);
  ObjClass *klass = sb_module_class(vm, module, name);
  if (klass != NULL) return klass;
  Value value;
  if (table_get(&vm->builtins, copy_cstring(vm, name), &value) && IS_CLASS(value))
    return AS_CLASS(value);
  return NULL;
}

static void define_properties(VM *vm, ObjClass *klass, const SbProperty *properties) {
  for (const SbProperty *p = properties; p && p->name; p++) {
    char qualified[128];
    snprintf(qualified, sizeof qualified, "%s.%s", klass->name->chars, p->name);
    ObjString *key = copy_cstring(vm, p->name);
    vm_push(vm, OBJ_VAL(key));
    vm_push(vm, OBJ_VAL(new_native(vm, qualified, p->get, 0, 0, p->doc)));
    table_set(vm, &klass->getters, key, vm_peek(vm, 0));
    if (p->set) {
      vm_push(vm, OBJ_VAL(new_native(vm, qualified, p->set, 1, 1, p->doc)));
      table_set(vm, &klass->setters, key, vm_peek(vm, 0));
      vm_pop(vm);
    }
    vm->fiber->stack_top -= 2;
  }
}

static bool define_class(VM *vm, ObjModule *module, const SbClass *def) {
  ObjClass *klass = new_class(vm, copy_cstring(vm, def->name));
  sb_set_global(vm, module, def->name, OBJ_VAL(klass));
  klass->doc = def->doc;
  if (def->superclass) {
    ObjClass *parent = find_superclass(vm, module, def->superclass);
    if (parent == NULL)
      return vm_raise(vm, EXC_IMPORT, "module %s: class %s: unknown superclass %s",
                      module->name->chars, def->name, def->superclass);
    class_set_superclass(vm, klass, parent);
  }
  if (def->foreign.payload_size > 0) klass->foreign = &def->foreign;
  if (def->constructor.fn) {
    const SbFunction *c = &def->constructor;
    klass->initializer = OBJ_VAL(new_native(vm, def->name, c->fn, c->min_args, c->max_args, c->doc));
  }
  for (const SbFunction *const *table = def->methods; table && *table; table++)
    define_natives(vm, &klass->methods, def->name, *table);
  define_properties(vm, klass, def->properties);
  return true;
}

static void define_constants(VM *vm, ObjModule *module, const SbConstant *constants) {
  for (const SbConstant *c = constants; c && c->name; c++) {
    Value value = c->text ? OBJ_VAL(copy_cstring(vm, c->text))
                          : NUMBER_VAL(c->supported ? c->number : -1);
    sb_set_global(vm, module, c->name, value);
  }
}

bool load_native_module(VM *vm, const SbModule *def, Value *out) {
  ObjString *name = copy_cstring(vm, def->name);
  vm_push(vm, OBJ_VAL(name));
  ObjModule *module = new_module(vm, name, NULL);
  vm_push(vm, OBJ_VAL(module));
  module->doc = def->doc;
  module->native = def;
  bool ok = true;
  if (def->functions) define_natives(vm, &module->globals, def->name, def->functions);
  for (const SbClass *c = def->classes; ok && c && c->name; c++) ok = define_class(vm, module, c);
  define_constants(vm, module, def->constants);
  if (ok && !make_module_state(vm, def))
    ok = vm_raise(vm, EXC_IMPORT, "module %s: no memory for its state", def->name);
  if (ok && def->init) ok = def->init(vm, module);
  if (ok) {
    module->loaded = true;
    table_set(vm, &vm->modules, name, OBJ_VAL(module));
    *out = OBJ_VAL(module);
  }
  vm->fiber->stack_top -= 2;
  return ok;
}
