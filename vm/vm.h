/* The virtual machine: global state (intern pool, builtins, modules, the
 * built-in classes, collector bookkeeping) and the entry points to run
 * code. Dispatch lives in vm.c; calls in call.c; errors in error.c. */
#ifndef SABRE_VM_VM_H
#define SABRE_VM_VM_H

#include "fiber.h"
#include "pool.h"
#include "object.h"
#include "table.h"

typedef struct Compiler Compiler;

/* Built-in exception classes, in the order error.c creates them. */
typedef enum {
  EXC_EXCEPTION,
  EXC_TYPE,
  EXC_VALUE,
  EXC_NUMERIC,
  EXC_ARGUMENT,
  EXC_RANGE,
  EXC_PROPERTY,
  EXC_ACCESS,
  EXC_UNDEFINED,
  EXC_NOT_IMPLEMENTED,
  EXC_IMPORT,
  EXC_ASSERTION,
  EXC_OS,
  EXC_SYNTAX,
  EXC_INTERRUPT,
  EXC_COUNT_
} ExceptionKind;

typedef enum {
  RUN_OK,
  RUN_COMPILE_ERROR,
  RUN_RUNTIME_ERROR,
} RunResult;

struct VM {
  ObjFiber *fiber;      /* the running fiber */
  ObjFiber *main_fiber; /* the script's own */
  bool parked;          /* a native parked the running fiber */
  int parking_disabled; /* > 0 while a native must not be re-run */
  /* How many more fibers spawn() may start; -1: no limit. The fuzz target
   * sets one, so that interrupts, which end one fiber each, end a run
   * whose fibers keep spawning others. */
  int spawns_left;
  /* The longest string, list or bytes a native or an operator builds on
   * request (lib_check_length): LIB_MAX_LENGTH, less in the fuzz target,
   * whose memory limit a billion-item list would pass. */
  int max_length;
  /* Called before the script's output (echo, print, an uncaught error's
   * report) is written: the REPL clears its prompt line when a fiber
   * prints while the prompt waits. NULL: nothing to do. */
  void (*before_output)(VM *vm);
  Value exception; /* pending exception while unwinding, else NIL_VAL */
  int native_depth; /* nested VM runs started from natives */
  ObjNative *current_native; /* for error messages */

  Table strings; /* intern pool (weak) */
  Table builtins;
  Table modules;
  Table string_methods;
  Table list_methods;
  Table dict_methods;
  Table bytes_methods;
  Table range_methods;
  ObjClass *exception_classes[EXC_COUNT_];
  ObjClass *file_class;
  const struct SbModule *added_modules[16]; /* from sb_register_module */
  int added_module_count;
  struct ModuleState *module_states; /* native modules' per-VM data (sb_module_state) */

  ObjString *str_message;
  ObjString *str_stacktrace;
  ObjString *str_type;
  ObjString *str_errno;
  ObjString *str_iter;
  ObjString *str_itern;
  ObjString *str_to_string;
  ObjString *str_args;

  ObjModule *main_module;
  int argc;
  char **argv;

  struct Scheduler *scheduler;
  Table fiber_methods;
  /* The methods of each built-in type's values (strings, lists, ...)
   * by ObjType; NULL for the other types. */
  Table *methods_of_type[OBJ_TYPE_COUNT];

  /* Collector. */
  Pool pool;
  Obj *objects;
  size_t bytes_allocated;
  size_t next_gc;
  bool stress_gc;
  Obj **gray_stack;
  int gray_count;
  int gray_capacity;
  Compiler *compiler; /* innermost function being compiled, a root */
};

void vm_init(VM *vm, int argc, char **argv);
static inline void vm_before_output(VM *vm) {
  if (vm->before_output != NULL) vm->before_output(vm);
}
void vm_free(VM *vm);
/* Compiles and runs a whole file as the main module. */
RunResult vm_run_file(VM *vm, const char *path);
/* Compiles and runs source text (length bytes) in the given module,
 * reporting errors on stderr. Without repl, the spawned fibers then run until they end; with
 * it, expression statements print their values and the spawned fibers
 * are left to vm_run_ready_fibers. */
RunResult vm_interpret(VM *vm, ObjModule *module, const char *source, size_t length, bool repl);
/* The REPL after each entry: the spawned fibers that can run now run
 * until each waits or ends. */
void vm_run_ready_fibers(VM *vm);
/* The REPL waiting for a key: the spawned fibers run until fd is readable
 * or an interrupt is requested. */
void vm_run_fibers_until_readable(VM *vm, int fd);

/* Value stack access for natives and the loader. */
static inline void vm_push(VM *vm, Value value) { *vm->fiber->stack_top++ = value; }
static inline Value vm_pop(VM *vm) { return *--vm->fiber->stack_top; }
static inline Value vm_peek(VM *vm, int distance) {
  return vm->fiber->stack_top[-1 - distance];
}

/* Calls a callable with argc arguments already pushed above it, running it
 * to completion (re-entering the dispatch loop for script functions). On
 * success the result replaces callee and arguments and true is returned;
 * on failure vm->exception holds the exception. */
bool vm_call_value(VM *vm, int argc);
/* Runs the dispatch loop until the frame count drops to base_frames. */
bool vm_run(VM *vm, int base_frames);

void vm_define_native(VM *vm, Table *table, const char *name, NativeFn fn,
                      int min_args, int max_args, const char *doc);

#endif
