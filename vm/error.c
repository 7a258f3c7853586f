/* Exceptions: the built-in exception classes, raising from C, stack
 * traces and the report of an uncaught exception. Exceptions are ordinary
 * instances with fields message, type, stacktrace (and errno for OSError);
 * raising only records one in vm->exception, and the VM unwinds. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>

#include "error.h"
#include "format.h"
#include "interrupt.h"
#include "memory.h"
#include "native.h"

static const struct {
  const char *name;
  ExceptionKind parent;
  const char *doc;
} exception_specs[EXC_COUNT_] = {
    [EXC_EXCEPTION] = {"Exception", EXC_EXCEPTION, "The base class of every exception."},
    [EXC_TYPE] = {"TypeError", EXC_EXCEPTION, "A value of the wrong type for an operation or argument."},
    [EXC_VALUE] = {"ValueError", EXC_EXCEPTION, "A value of the right type but a bad value."},
    [EXC_NUMERIC] = {"NumericError", EXC_EXCEPTION, "Arithmetic on values that are not numbers."},
    [EXC_ARGUMENT] = {"ArgumentError", EXC_EXCEPTION, "A call with the wrong number of arguments."},
    [EXC_RANGE] = {"RangeError", EXC_EXCEPTION, "An index out of range, or the call stack overflowing."},
    [EXC_PROPERTY] = {"PropertyError", EXC_EXCEPTION, "A missing property or method."},
    [EXC_ACCESS] = {"AccessError", EXC_EXCEPTION, "A private member used from outside its class or module."},
    [EXC_UNDEFINED] = {"UndefinedError", EXC_EXCEPTION, "A name that is not defined."},
    [EXC_NOT_IMPLEMENTED] = {"NotImplementedError", EXC_EXCEPTION, "An operation that is not implemented."},
    [EXC_IMPORT] = {"ImportError", EXC_EXCEPTION, "A module that cannot be found or loaded."},
    [EXC_ASSERTION] = {"AssertionError", EXC_EXCEPTION, "A failed assert statement."},
    [EXC_OS] = {"OSError", EXC_EXCEPTION, "A failed system call; .errno holds the error number."},
    [EXC_SYNTAX] = {"SyntaxError", EXC_EXCEPTION, "Source text that does not compile."},
    [EXC_INTERRUPT] = {"KeyboardInterrupt", EXC_EXCEPTION, "Ctrl-C in the REPL, stopping the running code; "
                                                         "only a catch clause naming it catches it."},
};

static void set_field(VM *vm, ObjInstance *instance, ObjString *name, Value value) {
  vm_push(vm, value);
  table_set(vm, &instance->fields, name, value);
  vm_pop(vm);
}

/* Exception(message = '') */
static bool exception_init(VM *vm, int argc, Value *args) {
  if (!IS_INSTANCE(args[-1]))
    return vm_raise(vm, EXC_TYPE, "Exception(): not called on an instance");
  ObjInstance *self = AS_INSTANCE(args[-1]);
  Value message = OBJ_VAL(copy_string(vm, "", 0));
  if (argc > 0) {
    if (IS_STRING(args[0])) {
      message = args[0];
    } else {
      ObjString *text = value_to_string(vm, args[0]);
      if (text == NULL) return false;
      message = OBJ_VAL(text);
    }
  }
  set_field(vm, self, vm->str_message, message);
  set_field(vm, self, vm->str_type, OBJ_VAL(self->klass->name));
  set_field(vm, self, vm->str_stacktrace, NIL_VAL); /* filled in when raised */
  /* Every OSError has .errno; one a script makes stands for no system error. */
  for (ObjClass *c = self->klass; c != NULL; c = c->superclass)
    if (c == vm->exception_classes[EXC_OS]) set_field(vm, self, vm->str_errno, NUMBER_VAL(0));
  RETURN_VAL(args[-1]);
}

void error_init(VM *vm) {
  for (int i = 0; i < EXC_COUNT_; i++) {
    ObjClass *klass = new_class(vm, copy_cstring(vm, exception_specs[i].name));
    vm->exception_classes[i] = klass;
    klass->doc = exception_specs[i].doc;
    if (i != EXC_EXCEPTION) {
      class_set_superclass(vm, klass, vm->exception_classes[exception_specs[i].parent]);
    } else {
      ObjNative *init = new_native(vm, "Exception", exception_init, 0, 1,
                                   "Exception(message: string = '') -> Exception");
      klass->initializer = OBJ_VAL(init);
    }
    table_set(vm, &vm->builtins, klass->name, OBJ_VAL(klass));
  }
}

bool is_exception_class(VM *vm, ObjClass *klass) {
  for (; klass != NULL; klass = klass->superclass)
    if (klass == vm->exception_classes[EXC_EXCEPTION]) return true;
  return false;
}

bool vm_is_interrupt(VM *vm, Value value) {
  if (!IS_INSTANCE(value)) return false;
  for (ObjClass *c = AS_INSTANCE(value)->klass; c != NULL; c = c->superclass)
    if (c == vm->exception_classes[EXC_INTERRUPT]) return true;
  return false;
}

static ObjInstance *make_exception(VM *vm, ObjClass *klass, const char *text, int length) {
  ObjInstance *exc = new_instance(vm, klass);
  vm_push(vm, OBJ_VAL(exc));
  set_field(vm, exc, vm->str_message, OBJ_VAL(copy_string(vm, text, length)));
  set_field(vm, exc, vm->str_type, OBJ_VAL(klass->name));
  vm_pop(vm);
  return exc;
}

static bool raise_formatted(VM *vm, ObjClass *klass, const char *format, va_list ap) {
  char text[1024];
  int length = vsnprintf(text, sizeof text, format, ap);
  if (length >= (int)sizeof text) length = (int)sizeof text - 1;
  vm->exception = OBJ_VAL(make_exception(vm, klass, text, length));
  return false;
}

bool vm_raise(VM *vm, ExceptionKind kind, const char *format, ...) {
  va_list ap;
  va_start(ap, format);
  raise_formatted(vm, vm->exception_classes[kind], format, ap);
  va_end(ap);
  return false;
}

bool vm_raise_class(VM *vm, ObjClass *klass, const char *format, ...) {
  va_list ap;
  va_start(ap, format);
  raise_formatted(vm, klass, format, ap);
  va_end(ap);
  return false;
}

bool vm_raise_os(VM *vm, ObjClass *klass, int err, const char *format, ...) {
  char operation[768];
  va_list ap;
  va_start(ap, format);
  vsnprintf(operation, sizeof operation, format, ap);
  va_end(ap);
  char message[1024];
  snprintf(message, sizeof message, "%s: %s", operation, strerror(err));
  return vm_raise_errno(vm, klass, err, message);
}

bool vm_raise_errno(VM *vm, ObjClass *klass, int err, const char *message) {
  if (err == EINTR && vm_interrupt_requested) return vm_raise_interrupt(vm);
  vm_raise_class(vm, klass, "%s", message);
  set_field(vm, AS_INSTANCE(vm->exception), vm->str_errno, NUMBER_VAL(err));
  return false;
}

void vm_set_exception_field(VM *vm, const char *name, Value value) {
  vm_push(vm, value);
  ObjString *key = copy_cstring(vm, name);
  vm_push(vm, OBJ_VAL(key));
  table_set(vm, &AS_INSTANCE(vm->exception)->fields, key, value);
  vm->fiber->stack_top -= 2;
}

bool vm_raise_value(VM *vm, Value exception) {
  if (!IS_INSTANCE(exception) || !is_exception_class(vm, AS_INSTANCE(exception)->klass))
    return vm_raise(vm, EXC_TYPE, "can only raise an instance of Exception, got %s",
                    value_type_name(exception));
  ObjInstance *exc = AS_INSTANCE(exception);
  Value existing;
  if (!table_get(&exc->fields, vm->str_message, &existing))
    set_field(vm, exc, vm->str_message, OBJ_VAL(copy_string(vm, "", 0)));
  set_field(vm, exc, vm->str_type, OBJ_VAL(exc->klass->name));
  vm->exception = exception;
  return false;
}

int frame_line(const CallFrame *frame) {
  ObjFunction *fn = frame->closure->function;
  int offset = (int)(frame->ip - fn->chunk.code) - 1;
  if (offset < 0) offset = 0;
  return fn->chunk.count ? fn->chunk.lines[offset] : 0;
}

/* Built by hand: it runs for every socket made, and snprintf is slow. */
void vm_location(VM *vm, char *out, size_t size) {
  ObjFiber *fiber = vm->fiber;
  const CallFrame *frame = fiber->frame_count ? fiber_frame(fiber, fiber->frame_count - 1) : NULL;
  ObjModule *module = frame ? frame->closure->function->module : NULL;
  const char *path = module && module->path ? module->path->chars : "?";
  char digits[12];
  int line = frame ? frame_line(frame) : 0, d = 0;
  do digits[d++] = (char)('0' + line % 10);
  while ((line /= 10) > 0 && d < (int)sizeof digits);
  size_t n = strlen(path);
  if (n + (size_t)d + 2 > size) n = size > (size_t)d + 2 ? size - (size_t)d - 2 : 0;
  memcpy(out, path, n);
  out[n++] = ':';
  while (d > 0) out[n++] = digits[--d];
  out[n] = '\0';
}

static int format_frame(VM *vm, const CallFrame *frame, bool outermost, char *out, int size) {
  ObjFunction *fn = frame->closure->function;
  const char *path = fn->module && fn->module->path ? fn->module->path->chars : "<script>";
  bool script = fn->name == NULL || (outermost && fn->module && fn->name == fn->module->name);
  (void)vm;
  int n = snprintf(out, (size_t)size, "  at %s:%d in %s%s\n", path, frame_line(frame),
                   script ? "<script>" : fn->name->chars, script ? "" : "()");
  return n < size ? n : size - 1;
}

static void append_repeat_note(StrBuf *buf, int repeats) {
  if (repeats < 3) return;
  char note[64];
  int k = snprintf(note, sizeof note, "  [previous line repeated %d more times]\n", repeats - 2);
  strbuf_append(buf, note, k);
}

/* Innermost frame first; a run of identical lines (deep recursion) is
 * shown three times and then counted, also when it ends the trace (a
 * spawned fiber's outermost frame is its function). */
void error_capture_trace(VM *vm, Value exception) {
  if (!IS_INSTANCE(exception)) return;
  ObjInstance *exc = AS_INSTANCE(exception);
  Value existing;
  if (table_get(&exc->fields, vm->str_stacktrace, &existing) && !IS_NIL(existing)) return;
  StrBuf buf;
  strbuf_init(&buf);
  ObjFiber *fiber = vm->fiber;
  char previous[512] = "", line[512];
  int repeats = 0;
  for (int i = fiber->frame_count - 1; i >= 0; i--) {
    int n = format_frame(vm, fiber_frame(fiber, i), i == 0, line, sizeof line);
    if (strcmp(line, previous) == 0 && ++repeats >= 3) continue;
    if (strcmp(line, previous) != 0) {
      append_repeat_note(&buf, repeats);
      repeats = 0;
      memcpy(previous, line, (size_t)n + 1);
    }
    strbuf_append(&buf, line, n);
  }
  append_repeat_note(&buf, repeats);
  ObjString *trace = strbuf_to_string(vm, &buf);
  set_field(vm, exc, vm->str_stacktrace, OBJ_VAL(trace));
}

static const char *field_text(VM *vm, ObjInstance *exc, ObjString *name) {
  Value v;
  if (table_get(&exc->fields, name, &v) && IS_STRING(v)) return AS_CSTRING(v);
  (void)vm;
  return "";
}

void error_report_uncaught(VM *vm, Value exception) {
  vm_before_output(vm);
  fflush(stdout);
  if (!IS_INSTANCE(exception)) {
    fprintf(stderr, "Unhandled exception\n");
    return;
  }
  ObjInstance *exc = AS_INSTANCE(exception);
  if (exc->obj.reported) return;
  const char *trace = field_text(vm, exc, vm->str_stacktrace);
  /* The location is the first frame of the trace: "  at path:line in f()". */
  const char *at = strstr(trace, "at ");
  const char *in = at ? strstr(at, " in ") : NULL;
  if (at && in) fprintf(stderr, "%.*s: ", (int)(in - at - 3), at + 3);
  fprintf(stderr, "Unhandled %s: %s\n", exc->klass->name->chars,
          field_text(vm, exc, vm->str_message));
  if (trace[0]) fprintf(stderr, "Stack trace:\n%s", trace);
  fflush(stderr);
}
