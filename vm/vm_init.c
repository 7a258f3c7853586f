/* Creating and destroying the VM, and running a file or source text as a
 * module: compile, call, report what escapes. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/select.h>

#include "builtins.h"
#include "compiler.h"
#include "error.h"
#include "lib_util.h"
#include "memory.h"
#include "sabre.h"
#include "scheduler.h"
#include "vm_internal.h"

static ObjString *intern(VM *vm, const char *text) {
  return copy_cstring(vm, text);
}

void vm_init(VM *vm, int argc, char **argv) {
  memset(vm, 0, sizeof *vm);
  vm->exception = NIL_VAL;
  vm->argc = argc;
  vm->argv = argv;
  vm->next_gc = GC_MIN_HEAP;
  vm->spawns_left = -1;
  vm->max_length = LIB_MAX_LENGTH;
  pool_init(&vm->pool);
  const char *stress = getenv("SABRE_STRESS_GC");
  vm->stress_gc = stress != NULL && stress[0] != '\0' && strcmp(stress, "0") != 0;
  table_init(&vm->strings);
  table_init(&vm->builtins);
  table_init(&vm->modules);
  table_init(&vm->string_methods);
  table_init(&vm->list_methods);
  table_init(&vm->dict_methods);
  table_init(&vm->bytes_methods);
  table_init(&vm->range_methods);
  table_init(&vm->fiber_methods);
  vm->methods_of_type[OBJ_STRING] = &vm->string_methods;
  vm->methods_of_type[OBJ_LIST] = &vm->list_methods;
  vm->methods_of_type[OBJ_DICT] = &vm->dict_methods;
  vm->methods_of_type[OBJ_BYTES] = &vm->bytes_methods;
  vm->methods_of_type[OBJ_RANGE] = &vm->range_methods;
  vm->methods_of_type[OBJ_FIBER] = &vm->fiber_methods;
  vm->fiber = fiber_new(vm);
  if (vm->fiber == NULL) {
    fprintf(stderr, "sabre: cannot reserve memory for the main fiber: %s\n", strerror(errno));
    exit(70);
  }
  vm->fiber->is_main = true;
  vm->fiber->state = FIBER_RUNNING;
  vm->main_fiber = vm->fiber;
  scheduler_init(vm);
  vm->str_message = intern(vm, "message");
  vm->str_stacktrace = intern(vm, "stacktrace");
  vm->str_type = intern(vm, "type");
  vm->str_errno = intern(vm, "errno");
  vm->str_iter = intern(vm, "@iter");
  vm->str_itern = intern(vm, "@itern");
  vm->str_to_string = intern(vm, "@to_string");
  vm->str_args = intern(vm, "__args__");
  error_init(vm);
  builtins_init(vm);
  lib_string_init(vm);
  lib_list_init(vm);
  lib_dict_init(vm);
  lib_bytes_init(vm);
  lib_range_init(vm);
  lib_file_init(vm);
  help_init(vm);
  lib_fiber_init(vm);
  for (int i = 0; sb_modules[i] != NULL; i++)
    if (sb_modules[i]->extend_builtins) sb_modules[i]->extend_builtins(vm);
}

void vm_free(VM *vm) {
  table_free(vm, &vm->strings);
  table_free(vm, &vm->builtins);
  table_free(vm, &vm->modules);
  table_free(vm, &vm->string_methods);
  table_free(vm, &vm->list_methods);
  table_free(vm, &vm->dict_methods);
  table_free(vm, &vm->bytes_methods);
  table_free(vm, &vm->range_methods);
  table_free(vm, &vm->fiber_methods);
  scheduler_free(vm);
  vm->fiber = NULL;
  vm->main_fiber = NULL;
  gc_free_all(vm);
  free_module_states(vm);
}

void vm_define_native(VM *vm, Table *table, const char *name, NativeFn fn,
                      int min_args, int max_args, const char *doc) {
  ObjNative *native = new_native(vm, name, fn, min_args, max_args, doc);
  vm_push(vm, OBJ_VAL(native));
  table_set(vm, table, native->name, OBJ_VAL(native));
  vm_pop(vm);
}

/* After the main code ends, the spawned fibers still running finish. */
static void run_spawned_fibers(VM *vm) {
  ObjFiber *next = scheduler_next(vm);
  if (next == NULL) return;
  vm->fiber = next;
  vm_run(vm, 0);
  vm->fiber = vm->main_fiber;
}

/* The REPL's idle main fiber waits for fd (-1: none) until deadline while
 * the spawned fibers run; false when there are none or fd cannot be
 * watched. */
static bool run_fibers_while_idle(VM *vm, int fd, int64_t deadline) {
  if (vm->scheduler->live->items.count == 0 || !scheduler_park_idle_main(vm, fd, deadline))
    return false;
  run_spawned_fibers(vm);
  vm->main_fiber->wake_reason = WAKE_NONE;
  return true;
}

void vm_run_ready_fibers(VM *vm) { run_fibers_while_idle(vm, -1, scheduler_now()); }

void vm_run_fibers_until_readable(VM *vm, int fd) {
  if (!run_fibers_while_idle(vm, fd, INT64_MAX)) {
    fd_set readable; /* fd is standard input: no FD_SETSIZE worry */
    FD_ZERO(&readable);
    FD_SET(fd, &readable);
    sigset_t unblocked; /* a Ctrl-C just before the wait still ends it */
    bool masked = vm_interrupt_wait_begin(&unblocked);
    if (!vm_interrupt_requested) pselect(fd + 1, &readable, NULL, NULL, NULL, masked ? &unblocked : NULL);
    if (masked) vm_interrupt_wait_end(&unblocked);
  }
}

RunResult vm_interpret(VM *vm, ObjModule *module, const char *source, size_t length, bool repl) {
  char error[COMPILE_ERROR_MAX];
  ObjFunction *fn = compile(vm, module, source, length, repl, error);
  if (fn == NULL) {
    fflush(stdout);
    fprintf(stderr, "%s\n", error);
    return RUN_COMPILE_ERROR;
  }
  vm_push(vm, OBJ_VAL(fn));
  ObjClosure *closure = new_closure(vm, fn);
  vm_pop(vm);
  vm_push(vm, OBJ_VAL(closure));
  bool pushed;
  /* A script run before on this VM left its main fiber done. */
  if (!repl) vm->main_fiber->state = FIBER_RUNNING;
  /* The script runs at native depth 0, where its fibers may park. */
  bool ok = call_value(vm, 0, &pushed) && vm_run(vm, 0);
  if (!ok) {
    Value exception = vm->exception;
    vm->exception = NIL_VAL;
    error_report_uncaught(vm, exception);
    vm->fiber->stack_top = vm->fiber->stack;
    vm->fiber->frame_count = 0;
    vm->fiber->handler_count = 0;
    return RUN_RUNTIME_ERROR;
  }
  vm_pop(vm);
  if (!repl) {
    scheduler_finish_main(vm);
    run_spawned_fibers(vm);
  }
  return RUN_OK;
}

/* Caches the main script under its real path, as imports are cached, so a
 * module that imports the main script gets it rather than a second run. */
static void register_main_module(VM *vm, const char *path) {
  char resolved[PATH_MAX];
  if (realpath(path, resolved) == NULL) return;
  ObjString *key = copy_cstring(vm, resolved);
  vm_push(vm, OBJ_VAL(key));
  table_set(vm, &vm->modules, key, OBJ_VAL(vm->main_module));
  vm_pop(vm);
}

RunResult vm_run_file(VM *vm, const char *path) {
  int err;
  size_t length;
  char *source = read_source_file(path, &length, &err);
  if (source == NULL) {
    fprintf(stderr, "sabre: cannot open '%s': %s\n", path, strerror(err));
    return RUN_COMPILE_ERROR;
  }
  const char *base = strrchr(path, '/');
  ObjString *name = copy_cstring(vm, base ? base + 1 : path);
  vm_push(vm, OBJ_VAL(name));
  ObjString *path_string = copy_cstring(vm, path);
  vm_push(vm, OBJ_VAL(path_string));
  vm->main_module = new_module(vm, name, path_string);
  vm->fiber->stack_top -= 2;
  register_main_module(vm, path); /* loading until it finishes: importing it is a cycle */
  RunResult result = vm_interpret(vm, vm->main_module, source, length, false);
  vm->main_module->loaded = true;
  free(source);
  return result;
}
