/* The one header a native module includes. A module is data: a table of
 * functions, one of classes (constructor, methods, properties, finalizer)
 * and one of constants, each entry with its doc text. The loader builds
 * the module from these tables; the reference docs and help() read the
 * same tables, so they cannot drift from the code.
 *
 * A native is `bool fn(VM *vm, int argc, Value *args)`: arguments in
 * args[0..argc-1], the receiver (for methods) in args[-1], the result
 * written with RETURN_VAL & co; it returns false after raising. The
 * loader checks the argument count from the table; natives check types
 * and values with the check_* helpers of native.h. */
#ifndef SABRE_VM_SABRE_H
#define SABRE_VM_SABRE_H

#include "error.h"
#include "interrupt.h"
#include "native.h"
#include "scheduler.h"

typedef struct {
  const char *name;
  NativeFn get;
  NativeFn set; /* NULL: read-only */
  const char *doc;
} SbProperty;

typedef struct {
  const char *name;
  const char *doc;
  /* NULL, an earlier class of the same module, a built-in class, or a
   * class of another module as "module.Class" (imported first). */
  const char *superclass;
  /* payload_size > 0 makes a native object with that payload and this
   * finalizer (run by the collector; it must not allocate or call the
   * VM). 0 makes an ordinary class, as for exception classes. */
  ForeignInfo foreign;
  /* The constructor; fn NULL when scripts cannot create instances. */
  SbFunction constructor;
  /* NULL-terminated list of {NULL}-terminated tables (a class may keep its
   * methods in several files), or NULL. */
  const SbFunction *const *methods;
  const SbProperty *properties;  /* {NULL}-terminated, or NULL */
} SbClass;

typedef struct {
  const char *name;
  double number;
  const char *text; /* non-NULL: a string constant */
  bool supported;   /* false: this system lacks it; number is -1 */
  const char *doc;
} SbConstant;

typedef struct SbModule {
  const char *name;
  const char *doc;
  const SbFunction *functions; /* {NULL}-terminated, or NULL */
  const SbClass *classes;      /* {NULL}-terminated, or NULL */
  const SbConstant *constants; /* {NULL}-terminated, or NULL */
  /* Optional: sets values computed at load time (os.args). */
  bool (*init)(VM *vm, ObjModule *module);
  /* Optional: run when the VM starts, for a module that adds methods to
   * the built-in types (re adds string.match); no import needed. */
  void (*extend_builtins)(VM *vm);
  /* Optional: the size of the data the module keeps per VM, so that VMs
   * sharing a process never share it. sb_module_state gives it: zeroed
   * when the module first loads into a VM (before init), freed with the
   * VM after its objects (whose finalizers may still use it). */
  size_t state_size;
} SbModule;

/* Every native module, NULL-terminated (modules/registry.c). */
extern const SbModule *const sb_modules[];

/* Adds a module that `import` finds by name, for programs that embed the
 * VM and for tests. False when the table of added modules is full. */
bool sb_register_module(VM *vm, const SbModule *module);
/* Finds a module definition by name (built-in or registered), or NULL. */
const SbModule *sb_find_module(VM *vm, const char *name);
/* The class object the loader built for a definition's class by name. */
ObjClass *sb_module_class(VM *vm, ObjModule *module, const char *name);
/* The payload of a native object, checked against its class. */
void *sb_payload(Value value);
/* The per-VM data of a module that has a state_size, or NULL while the
 * module is not loaded into vm. */
void *sb_module_state(VM *vm, const SbModule *module);
/* Sets a module global (for init functions). */
void sb_set_global(VM *vm, ObjModule *module, const char *name, Value value);

#endif
