/* Key logging, for looking at TLS traffic in Wireshark while debugging:
 * with TLSContext.keylog_file set, or the SSLKEYLOGFILE environment
 * variable when a context is made (as curl, Firefox and Python's default
 * context honour it), every connection's secrets are appended to that
 * file in the NSS key log format. The file is created readable by its
 * owner only, and kept open in the SSL_CTX's ex_data, closed with it. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tls.h"

typedef struct {
  FILE *file;
  char path[]; /* as given, for the property */
} KeyLog;

static void free_keylog(void *parent, void *pointer, CRYPTO_EX_DATA *ad, int index, long argl,
                        void *argp) {
  (void)parent, (void)ad, (void)index, (void)argl, (void)argp;
  KeyLog *log = pointer;
  if (log == NULL) return;
  fclose(log->file);
  free(log);
}

static int keylog_index(void) {
  static int index = -1;
  return tls_ctx_index(&index, free_keylog);
}

static KeyLog *keylog_of(const SSL_CTX *ctx) { return SSL_CTX_get_ex_data(ctx, keylog_index()); }

static void write_line(const SSL *ssl, const char *line) {
  KeyLog *log = keylog_of(SSL_get_SSL_CTX(ssl));
  if (log == NULL) return;
  fprintf(log->file, "%s\n", line);
  fflush(log->file);
}

/* Makes path ctx's key log (NULL: none); 0 or the errno of opening it. */
static int use_keylog(SSL_CTX *ctx, const char *path) {
  KeyLog *log = NULL;
  if (path != NULL) {
    size_t length = strlen(path);
    int fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) return errno;
    FILE *file = fdopen(fd, "a");
    log = file ? malloc(sizeof *log + length + 1) : NULL;
    if (log == NULL) {
      int err = errno ? errno : ENOMEM;
      if (file) fclose(file);
      else close(fd);
      return err;
    }
    log->file = file;
    memcpy(log->path, path, length + 1);
  }
  KeyLog *old = keylog_of(ctx);
  SSL_CTX_set_ex_data(ctx, keylog_index(), log);
  SSL_CTX_set_keylog_callback(ctx, log ? write_line : NULL);
  free_keylog(NULL, old, NULL, 0, 0, NULL);
  return 0;
}

void tls_keylog_setup(SSL_CTX *ctx) {
  const char *path = getenv("SSLKEYLOGFILE");
  if (path != NULL && path[0] != '\0') use_keylog(ctx, path); /* unusable: no key log */
}

bool tls_keylog_get(VM *vm, int argc, Value *args) {
  (void)argc;
  const KeyLog *log = keylog_of(tls_context_self(args)->ctx);
  RETURN_VAL(log ? OBJ_VAL(copy_cstring(vm, log->path)) : NIL_VAL);
}

bool tls_keylog_set(VM *vm, int argc, Value *args) {
  (void)argc;
  const char *path = NULL;
  if (!IS_NIL(args[0])) {
    if (!check_text(vm, args, 0, "keylog_file")) return false;
    path = AS_CSTRING(args[0]);
    if (path[0] == '\0')
      return vm_raise(vm, EXC_VALUE, "%s(): keylog_file must be a path, or nil",
                      native_current_name(vm));
  }
  int err = use_keylog(tls_context_self(args)->ctx, path);
  if (err) return vm_raise_os(vm, vm->exception_classes[EXC_OS], err, "%s(): open the key log '%s'", native_current_name(vm), path);
  RETURN_NIL;
}
