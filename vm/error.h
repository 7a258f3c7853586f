/* Raising exceptions from C: every runtime error of the core and every
 * native failure goes through these, which build an instance of the right
 * built-in class and leave it pending in vm->exception. Each returns false
 * so a native can `return vm_raise(...)`. */
#ifndef SABRE_VM_ERROR_H
#define SABRE_VM_ERROR_H

#include "vm.h"

bool vm_raise(VM *vm, ExceptionKind kind, const char *format, ...) SB_PRINTF(3, 4);
bool vm_raise_class(VM *vm, ObjClass *klass, const char *format, ...) SB_PRINTF(3, 4);
/* An OSError (or subclass) with .errno, the system's text and the
 * operation: "connect to 10.0.0.1:80: Connection refused". */
bool vm_raise_os(VM *vm, ObjClass *klass, int err, const char *format, ...)
    SB_PRINTF(4, 5);
/* The same with the whole message given: klass(message) with .errno. */
bool vm_raise_errno(VM *vm, ObjClass *klass, int err, const char *message);
/* Sets a field of the pending exception (vm->exception), as .code. */
void vm_set_exception_field(VM *vm, const char *name, Value value);
/* Raises an existing exception value (from `raise`). */
bool vm_raise_value(VM *vm, Value exception);

/* Creates the built-in exception classes and registers them as builtins. */
void error_init(VM *vm);
/* "path:line" of the script code running now (the innermost frame). */
void vm_location(VM *vm, char *out, size_t size);
/* The source line a frame is at. */
int frame_line(const CallFrame *frame);
/* Fills .stacktrace from the current frames if it is not set yet. */
void error_capture_trace(VM *vm, Value exception);
/* Prints "path:line: Unhandled Class: message" and the trace to stderr,
 * unless a fiber that ended with it printed it already. */
void error_report_uncaught(VM *vm, Value exception);
bool is_exception_class(VM *vm, ObjClass *klass);
/* Whether value is a KeyboardInterrupt (or of a class below it), which
 * only a catch clause naming it catches. */
bool vm_is_interrupt(VM *vm, Value value);

#endif
