/* The global functions that talk to the outside world or describe a value:
 * print, input, typeof, id, time and microtime; and builtins_init, which
 * registers these and calls the other builtin files' registrations
 * (conversions, text, type tests, properties, math). */
#include "builtins.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "format.h"
#include "interrupt.h"
#include "native.h"

static bool fn_print(VM *vm, int argc, Value *args) {
  StrBuf buf;
  strbuf_init(&buf);
  for (int i = 0; i < argc; i++) {
    if (i > 0) strbuf_append_char(&buf, ' ');
    if (!format_value(vm, &buf, args[i])) {
      strbuf_free(&buf);
      return false;
    }
  }
  vm_before_output(vm);
  if (buf.length > 0) fwrite(buf.data, 1, (size_t)buf.length, stdout);
  strbuf_free(&buf);
  RETURN_NIL;
}

static bool fn_input(VM *vm, int argc, Value *args) {
  if (argc > 0) {
    if (!check_string(vm, args, 0, "prompt")) return false;
    fwrite(AS_CSTRING(args[0]), 1, (size_t)AS_STRING(args[0])->length, stdout);
  }
  fflush(stdout);
  char *line = NULL;
  size_t capacity = 0;
  ssize_t length = getline(&line, &capacity, stdin);
  if (length < 0) {
    free(line);
    if (errno == EINTR && vm_interrupt_requested) {
      clearerr(stdin);
      return vm_raise_interrupt(vm);
    }
    RETURN_NIL;
  }
  if (length > 0 && line[length - 1] == '\n') length--;
  if (length > 0 && line[length - 1] == '\r') length--;
  ObjString *text = copy_string(vm, line, (int)length);
  free(line);
  RETURN_OBJ(text);
}

static bool fn_typeof(VM *vm, int argc, Value *args) {
  (void)argc;
  RETURN_OBJ(copy_cstring(vm, value_type_name(args[0])));
}

/* Objects are identified by address and numbers by their value; nil,
 * false and true get their tags 1, 2 and 3. */
static bool fn_id(VM *vm, int argc, Value *args) {
  (void)vm;
  (void)argc;
  if (IS_NUMBER(args[0])) RETURN_VAL(args[0]);
  if (IS_OBJ(args[0])) RETURN_NUMBER((double)(uintptr_t)AS_OBJ(args[0]));
  RETURN_NUMBER((double)(args[0] & ~QNAN));
}

static bool fn_time(VM *vm, int argc, Value *args) {
  (void)vm;
  (void)argc;
  struct timespec now;
  clock_gettime(CLOCK_REALTIME, &now);
  RETURN_NUMBER((double)now.tv_sec + (double)now.tv_nsec / 1e9);
}

static bool fn_microtime(VM *vm, int argc, Value *args) {
  (void)vm;
  (void)argc;
  struct timespec now;
  clock_gettime(CLOCK_REALTIME, &now);
  RETURN_NUMBER((double)now.tv_sec * 1e6 + (double)(now.tv_nsec / 1000));
}

void builtins_init(VM *vm) {
  define_natives(vm, &vm->builtins, "", (const SbFunction[]){
      {"print", fn_print, 0, -1,
       "print(...values: any) -> nil\n"
       "Writes the values to standard output, separated by spaces, without "
       "a newline."},
      {"input", fn_input, 0, 1,
       "input(prompt: string = '') -> string\n"
       "Writes prompt, reads one line from standard input and returns it "
       "without its line ending, or nil at end of input."},
      {"typeof", fn_typeof, 1, 1,
       "typeof(value: any) -> string\n"
       "The name of the value's type: 'number', 'string', 'list', ... or the "
       "class name of a native object."},
      {"id", fn_id, 1, 1,
       "id(value: any) -> number\n"
       "A number identifying the value: an object's address, a number's own "
       "value."},
      {"time", fn_time, 0, 0,
       "time() -> number\n"
       "Seconds since the Unix epoch, with a fractional part."},
      {"microtime", fn_microtime, 0, 0,
       "microtime() -> number\n"
       "Whole microseconds since the Unix epoch."},
      {NULL, NULL, 0, 0, NULL},
  });
  lib_convert_init(vm);
  lib_text_init(vm);
  lib_types_init(vm);
  lib_props_init(vm);
  lib_math_init(vm);
}
