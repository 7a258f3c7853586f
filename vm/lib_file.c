/* The File class and the file(path, mode) function that makes one. A File
 * is a native object whose payload holds the path, the fopen mode and the
 * stream. Read modes open on first use, so file('x').exists() works for a
 * missing file; modes that create or truncate ('w', 'a', ...) open at once.
 * close() is idempotent, the collector closes files left open, and
 * delete() closes and unlinks. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "builtins.h"
#include "format.h"
#include "lib_util.h"
#include "native.h"

typedef struct {
  FILE *stream; /* NULL until opened, and after close */
  bool closed;
  char mode[4];
  char path[PATH_MAX];
} FilePayload;

/* Runs inside the collector: no allocation, no VM. */
static void file_finalize(void *payload) {
  FilePayload *file = payload;
  if (file->stream != NULL) fclose(file->stream);
  file->stream = NULL;
}

static const ForeignInfo file_info = {sizeof(FilePayload), file_finalize, false, NULL};

static bool raise_os(VM *vm, int err, const char *operation, FilePayload *file) {
  return vm_raise_os(vm, vm->exception_classes[EXC_OS], err, "%s %s", operation, file->path);
}

/* The File a method was called on, without opening it; NULL after
 * raising when the receiver is not a File. */
static FilePayload *peek_self(VM *vm, Value *args) {
  Value self = args[-1];
  if (!IS_FOREIGN(self) || AS_FOREIGN(self)->klass->foreign != &file_info) {
    vm_raise(vm, EXC_TYPE, "%s(): the receiver must be a File, got %s",
             native_current_name(vm), value_type_name(self));
    return NULL;
  }
  return (FilePayload *)AS_FOREIGN(self)->payload;
}

/* fopen with close-on-exec ('e'), so that os.exec() does not hand the
 * program every file the script has open. */
static FILE *open_path(const char *path, const char *mode) {
  char cloexec_mode[sizeof ((FilePayload *)NULL)->mode + 1];
  snprintf(cloexec_mode, sizeof cloexec_mode, "%se", mode);
  return fopen(path, cloexec_mode);
}

/* Opens file on first use: 0, the errno of an fopen that failed (nothing
 * raised), or -1 after raising ValueError when it is closed. */
static int open_stream(VM *vm, FilePayload *file) {
  if (file->closed) {
    vm_raise(vm, EXC_VALUE, "%s(): the file %s is closed", native_current_name(vm), file->path);
    return -1;
  }
  if (file->stream == NULL) file->stream = open_path(file->path, file->mode);
  return file->stream == NULL ? errno : 0;
}

/* Opens file on first use; false after raising when it is closed or
 * cannot be opened. */
static bool open_file(VM *vm, FilePayload *file) {
  int err = open_stream(vm, file);
  return err == 0 || (err > 0 && raise_os(vm, err, "open", file));
}

/* The File a method was called on, opened; false after raising. */
static bool open_self(VM *vm, Value *args, FilePayload **out) {
  FilePayload *file = peek_self(vm, args);
  if (file == NULL || !open_file(vm, file)) return false;
  *out = file;
  return true;
}

/* Reads up to limit bytes (LIB_MAX_LENGTH when negative); false when
 * the stream reports an error. */
static bool read_into(FilePayload *file, StrBuf *buf, double limit) {
  char chunk[8192];
  if (limit < 0 || limit > LIB_MAX_LENGTH) limit = LIB_MAX_LENGTH;
  while (buf->length < limit) {
    size_t want = sizeof chunk;
    if (limit - buf->length < (double)want) want = (size_t)(limit - buf->length);
    size_t got = fread(chunk, 1, want, file->stream);
    strbuf_append(buf, chunk, (int)got);
    if (got < want) return !ferror(file->stream);
  }
  return true;
}

/* Reads up to limit bytes of an open file into a new string in *out: 0,
 * or the errno of the read that failed. */
static int read_string(VM *vm, FilePayload *file, double limit, Value *out) {
  StrBuf buf;
  strbuf_init(&buf);
  if (!read_into(file, &buf, limit)) {
    int err = errno;
    strbuf_free(&buf);
    return err;
  }
  *out = OBJ_VAL(strbuf_to_string(vm, &buf));
  return 0;
}

static bool file_method_read(VM *vm, int argc, Value *args) {
  FilePayload *file;
  if (argc > 0 && !check_int(vm, args, 0, "length")) return false;
  if (!open_self(vm, args, &file)) return false;
  int err = read_string(vm, file, argc > 0 ? AS_NUMBER(args[0]) : -1, &args[-1]);
  return err == 0 || raise_os(vm, err, "read", file);
}

static bool file_method_write(VM *vm, int argc, Value *args) {
  (void)argc;
  const void *data;
  int length;
  if (IS_STRING(args[0])) data = AS_CSTRING(args[0]), length = AS_STRING(args[0])->length;
  else if (IS_BYTES(args[0])) data = AS_BYTES(args[0])->data, length = AS_BYTES(args[0])->length;
  else return raise_arg_type(vm, args, 0, "data", "a string or bytes");
  FilePayload *file;
  if (!open_self(vm, args, &file)) return false;
  /* C requires a seek between reading and writing on the same stream. */
  fseek(file->stream, 0, SEEK_CUR);
  if (fwrite(data, 1, (size_t)length, file->stream) != (size_t)length ||
      fflush(file->stream) != 0) {
    return raise_os(vm, errno, "write", file);
  }
  RETURN_NUMBER(length);
}

/* Idempotent; the stream is forgotten before fclose so that a failed
 * close is never retried. */
static bool close_file(VM *vm, FilePayload *file) {
  FILE *stream = file->stream;
  file->stream = NULL;
  file->closed = true;
  if (stream != NULL && fclose(stream) != 0) return raise_os(vm, errno, "close", file);
  return true;
}

static bool file_method_close(VM *vm, int argc, Value *args) {
  (void)argc;
  FilePayload *file = peek_self(vm, args);
  if (file == NULL || !close_file(vm, file)) return false;
  RETURN_NIL;
}

static bool file_method_delete(VM *vm, int argc, Value *args) {
  (void)argc;
  FilePayload *file = peek_self(vm, args);
  if (file == NULL || !close_file(vm, file)) return false;
  if (unlink(file->path) != 0) return raise_os(vm, errno, "delete", file);
  RETURN_NIL;
}

static bool file_method_exists(VM *vm, int argc, Value *args) {
  (void)argc;
  FilePayload *file = peek_self(vm, args);
  if (file == NULL) return false;
  struct stat info;
  RETURN_BOOL(stat(file->path, &info) == 0);
}

static bool file_method_path(VM *vm, int argc, Value *args) {
  (void)argc;
  FilePayload *file = peek_self(vm, args);
  if (file == NULL) return false;
  RETURN_OBJ(copy_cstring(vm, file->path));
}

static bool file_method_is_open(VM *vm, int argc, Value *args) {
  (void)argc;
  FilePayload *file = peek_self(vm, args);
  if (file == NULL) return false;
  RETURN_BOOL(!file->closed);
}

bool sb_is_file(Value value) {
  return IS_FOREIGN(value) && AS_FOREIGN(value)->klass->foreign == &file_info;
}

int sb_file_descriptor(VM *vm, Value file, int *fd, const char **path) {
  FilePayload *payload = (FilePayload *)AS_FOREIGN(file)->payload;
  *path = payload->path;
  int err = open_stream(vm, payload);
  if (err == 0) *fd = fileno(payload->stream);
  return err;
}

int sb_file_read(VM *vm, Value file, Value *out, const char **path) {
  FilePayload *payload = (FilePayload *)AS_FOREIGN(file)->payload;
  *path = payload->path;
  int err = open_stream(vm, payload);
  return err != 0 ? err : read_string(vm, payload, -1, out);
}

/* r, w or a, then at most one '+' and one 'b' in either order. */
static bool valid_mode(ObjString *mode) {
  if (mode->length < 1 || mode->length > 3 || strchr("rwa", mode->chars[0]) == NULL) {
    return false;
  }
  int plus = 0, binary = 0;
  for (int i = 1; i < mode->length; i++) {
    plus += mode->chars[i] == '+';
    binary += mode->chars[i] == 'b';
  }
  return plus <= 1 && binary <= 1 && plus + binary == mode->length - 1;
}

static bool check_file_args(VM *vm, int argc, Value *args) {
  if (!check_string(vm, args, 0, "path")) return false;
  ObjString *path = AS_STRING(args[0]);
  if ((int)strlen(path->chars) != path->length || path->length == 0) {
    return vm_raise(vm, EXC_VALUE, "%s(): argument 1 (path) must be a non-empty "
                    "path without NUL bytes", native_current_name(vm));
  }
  if (path->length >= PATH_MAX) {
    return vm_raise_os(vm, vm->exception_classes[EXC_OS], ENAMETOOLONG,
                       "open %.64s...", path->chars);
  }
  if (argc < 2) return true;
  if (!check_string(vm, args, 1, "mode")) return false;
  ObjString *mode = AS_STRING(args[1]);
  if (valid_mode(mode)) return true;
  StrBuf quoted;
  strbuf_init(&quoted);
  strbuf_append_excerpt(&quoted, mode->chars, mode->length, 40);
  vm_raise(vm, EXC_VALUE, "%s(): argument 2 (mode) must be r, w or a, "
           "optionally with + and b, got %s", native_current_name(vm), quoted.data);
  strbuf_free(&quoted);
  return false;
}

static bool fn_file(VM *vm, int argc, Value *args) {
  if (!check_file_args(vm, argc, args)) return false;
  const char *mode = argc > 1 ? AS_CSTRING(args[1]) : "r";
  FILE *stream = NULL;
  if (mode[0] != 'r') {
    stream = open_path(AS_CSTRING(args[0]), mode);
    if (stream == NULL) {
      return vm_raise_os(vm, vm->exception_classes[EXC_OS], errno, "open %s",
                         AS_CSTRING(args[0]));
    }
  }
  ObjForeign *object = new_foreign(vm, vm->file_class);
  FilePayload *file = (FilePayload *)object->payload;
  file->stream = stream;
  snprintf(file->mode, sizeof file->mode, "%s", mode);
  snprintf(file->path, sizeof file->path, "%s", AS_CSTRING(args[0]));
  RETURN_OBJ(object);
}

void lib_file_init(VM *vm) {
  ObjString *name = copy_cstring(vm, "File");
  vm_push(vm, OBJ_VAL(name));
  vm->file_class = new_class(vm, name);
  vm_pop(vm);
  vm->file_class->foreign = &file_info;
  vm->file_class->doc = "A file on disk, made by file(path, mode).";
  define_natives(vm, &vm->file_class->methods, "File", (const SbFunction[]){
      {"read", file_method_read, 0, 1,
       "read(length: number = -1) -> string\n"
       "Up to length bytes (all that remain, at most 1 GiB, when negative or "
       "omitted); '' at the end of the file."},
      {"write", file_method_write, 1, 1,
       "write(data: string|bytes) -> number\n"
       "Writes all of data and flushes it; returns the number of bytes."},
      {"close", file_method_close, 0, 0,
       "close() -> nil\nCloses the file; closing again does nothing."},
      {"delete", file_method_delete, 0, 0,
       "delete() -> nil\nCloses the file and removes it from the file system."},
      {"exists", file_method_exists, 0, 0,
       "exists() -> bool\nWhether something exists at the path (the file need not be open)."},
      {"path", file_method_path, 0, 0, "path() -> string\nThe path the file was made with."},
      {"is_open", file_method_is_open, 0, 0,
       "is_open() -> bool\nWhether the file has not been closed."},
      {NULL, NULL, 0, 0, NULL},
  });
  define_natives(vm, &vm->builtins, "", (const SbFunction[]){
      {"file", fn_file, 1, 2,
       "file(path: string, mode: string = 'r') -> File\n"
       "A File for path; mode is as for C's fopen: r, w, a, with + and b."},
      {NULL, NULL, 0, 0, NULL},
  });
}
