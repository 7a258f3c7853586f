/* The os module: the process and its environment (arguments, variables,
 * exit, pid, working directory), child processes (fork, wait, kill) and
 * sleeping. System call failures raise OSError with errno. */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <dirent.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "sabre.h"

static ObjClass *os_error(VM *vm) { return vm->exception_classes[EXC_OS]; }

static bool os_env(VM *vm, int argc, Value *args) {
  (void)argc;
  if (!check_text(vm, args, 0, "name")) return false;
  const char *value = getenv(AS_CSTRING(args[0]));
  if (value == NULL) RETURN_NIL;
  RETURN_OBJ(copy_cstring(vm, value));
}

static bool os_exit(VM *vm, int argc, Value *args) {
  int code = 0;
  if (argc > 0) {
    if (!check_int_range(vm, args, 0, "code", 0, 255)) return false;
    code = (int)AS_NUMBER(args[0]);
  }
  fflush(stdout);
  fflush(stderr);
  exit(code);
}

static bool os_getpid(VM *vm, int argc, Value *args) {
  (void)vm, (void)argc;
  RETURN_NUMBER(getpid());
}

static bool os_fork(VM *vm, int argc, Value *args) {
  (void)argc;
  fflush(stdout); /* else buffered output would be written twice */
  fflush(stderr);
  pid_t pid = fork();
  if (pid < 0) return vm_raise_os(vm, os_error(vm), errno, "fork");
  RETURN_NUMBER(pid);
}

static bool os_wait(VM *vm, int argc, Value *args) {
  (void)argc;
  if (!check_int_range(vm, args, 0, "pid", 1, INT_MAX)) return false;
  pid_t pid = (pid_t)AS_NUMBER(args[0]);
  int status;
  pid_t got;
  do got = waitpid(pid, &status, 0);
  while (got < 0 && errno == EINTR && !vm_interrupt_requested);
  if (got < 0) return vm_raise_os(vm, os_error(vm), errno, "wait for process %d", (int)pid);
  if (WIFSIGNALED(status)) RETURN_NUMBER(128 + WTERMSIG(status));
  RETURN_NUMBER(WEXITSTATUS(status));
}

static bool os_kill(VM *vm, int argc, Value *args) {
  (void)argc;
  if (!check_int_range(vm, args, 0, "pid", 1, INT_MAX) ||
      !check_int_range(vm, args, 1, "signal", 0, 64))
    return false;
  pid_t pid = (pid_t)AS_NUMBER(args[0]);
  int signal = (int)AS_NUMBER(args[1]);
  if (kill(pid, signal) < 0)
    return vm_raise_os(vm, os_error(vm), errno, "kill process %d with signal %d", (int)pid, signal);
  RETURN_NIL;
}

static bool os_sleep(VM *vm, int argc, Value *args) {
  (void)argc;
  if (!check_number_range(vm, args, 0, "seconds", 0, 1e9)) return false;
  double seconds = AS_NUMBER(args[0]);
  struct timespec ts = {(time_t)seconds, (long)((seconds - floor(seconds)) * 1e9)};
  while (nanosleep(&ts, &ts) < 0) {
    if (errno != EINTR || vm_interrupt_requested) return vm_raise_os(vm, os_error(vm), errno, "sleep");
  }
  RETURN_NIL;
}

static bool os_cwd(VM *vm, int argc, Value *args) {
  (void)argc;
  char path[PATH_MAX];
  if (getcwd(path, sizeof path) == NULL) return vm_raise_os(vm, os_error(vm), errno, "getcwd");
  RETURN_OBJ(copy_cstring(vm, path));
}

/* exec(argv): replaces this process with argv[0] (found on PATH). */
static bool os_exec(VM *vm, int argc, Value *args) {
  (void)argc;
  if (!check_list(vm, args, 0, "argv")) return false;
  ObjList *list = AS_LIST(args[0]);
  int count = list->items.count;
  if (count < 1 || count > 4096) /* < 1: GCC cannot tell a count is never negative */
    return vm_raise(vm, EXC_VALUE, "os.exec(): argv must hold 1 to 4096 strings, got %d", count);
  Value *items = list->items.values;
  for (int i = 0; i < count; i++) {
    if (!IS_STRING(items[i]))
      return vm_raise(vm, EXC_TYPE, "os.exec(): argv[%d] must be a string, got %s", i,
                      value_type_name(items[i]));
    if (!check_text(vm, items, i, "each argv string")) return false; /* a NUL byte */
  }
  char **argv = calloc((size_t)count + 1, sizeof(char *));
  if (argv == NULL) return vm_raise(vm, EXC_VALUE, "os.exec(): out of memory");
  for (int i = 0; i < count; i++) argv[i] = AS_CSTRING(items[i]);
  fflush(stdout);
  fflush(stderr);
  execvp(argv[0], argv);
  int err = errno;
  free(argv);
  return vm_raise_os(vm, os_error(vm), err, "exec %s", AS_CSTRING(list->items.values[0]));
}

/* list_dir(path) -> the names in a directory, without . and .. */
static bool os_list_dir(VM *vm, int argc, Value *args) {
  (void)argc;
  if (!check_text(vm, args, 0, "path")) return false;
  DIR *dir = opendir(AS_CSTRING(args[0]));
  if (dir == NULL) return vm_raise_os(vm, os_error(vm), errno, "list directory %s", AS_CSTRING(args[0]));
  ObjList *names = new_list(vm);
  vm_push(vm, OBJ_VAL(names));
  for (struct dirent *e = readdir(dir); e != NULL; e = readdir(dir)) {
    if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
    Value name = OBJ_VAL(copy_cstring(vm, e->d_name));
    vm_push(vm, name);
    value_array_write(vm, &names->items, name);
    vm_pop(vm);
  }
  closedir(dir);
  vm_pop(vm);
  RETURN_OBJ(names);
}

static bool limit_resource(VM *vm, Value *args, int *resource) {
  if (!check_int_range(vm, args, 0, "resource", 0, RLIM_NLIMITS - 1)) return false;
  *resource = (int)AS_NUMBER(args[0]);
  return true;
}

/* get_limit(resource) -> the soft limit (-1: unlimited) */
static bool os_get_limit(VM *vm, int argc, Value *args) {
  (void)argc;
  int resource;
  struct rlimit limit;
  if (!limit_resource(vm, args, &resource)) return false;
  if (getrlimit(resource, &limit) < 0) return vm_raise_os(vm, os_error(vm), errno, "getrlimit");
  RETURN_NUMBER(limit.rlim_cur == RLIM_INFINITY ? -1 : (double)limit.rlim_cur);
}

/* set_limit(resource, soft): lowers or raises the soft limit up to the hard
 * one; -1 is unlimited, as get_limit gives it. */
static bool os_set_limit(VM *vm, int argc, Value *args) {
  (void)argc;
  int resource;
  struct rlimit limit;
  if (!limit_resource(vm, args, &resource) || !check_int_range(vm, args, 1, "value", -1, 1e15))
    return false;
  if (getrlimit(resource, &limit) < 0) return vm_raise_os(vm, os_error(vm), errno, "getrlimit");
  double value = AS_NUMBER(args[1]);
  limit.rlim_cur = value < 0 ? RLIM_INFINITY : (rlim_t)value;
  if (setrlimit(resource, &limit) < 0)
    return value < 0 ? vm_raise_os(vm, os_error(vm), errno, "set limit %d to unlimited", resource)
                     : vm_raise_os(vm, os_error(vm), errno, "set limit %d to %.0f", resource, value);
  RETURN_NIL;
}

static bool os_init(VM *vm, ObjModule *module) {
  ObjList *args = new_list(vm);
  vm_push(vm, OBJ_VAL(args));
  for (int i = 0; i < vm->argc; i++) {
    ObjString *arg = copy_cstring(vm, vm->argv[i]);
    vm_push(vm, OBJ_VAL(arg));
    value_array_write(vm, &args->items, OBJ_VAL(arg));
    vm_pop(vm);
  }
  sb_set_global(vm, module, "args", OBJ_VAL(args));
  vm_pop(vm);
  return true;
}

#define SIGNAL(name, text) {#name, name, NULL, true, "Signal " #name ": " text "."}

const SbModule os_module = {
    .name = "os",
    .doc = "The process and its environment: arguments, environment variables, exit, "
           "process ids, child processes, signals, sleeping and the working directory.",
    .functions = (const SbFunction[]){
        {"env", os_env, 1, 1, "env(name: string) -> string | nil\n"
                             "The value of an environment variable, or nil when it is not set."},
        {"exit", os_exit, 0, 1, "exit(code: number = 0)\n"
                               "Ends the process at once with the exit status code (0 to 255), "
                               "after flushing standard output."},
        {"getpid", os_getpid, 0, 0, "getpid() -> number\nThe id of this process."},
        {"fork", os_fork, 0, 0, "fork() -> number\n"
                               "Starts a copy of this process. Returns the child's pid in the "
                               "parent and 0 in the child. Raises OSError on failure."},
        {"wait", os_wait, 1, 1, "wait(pid: number) -> number\n"
                               "Waits for a child process to end and returns its exit status "
                               "(128 + the signal number when a signal ended it)."},
        {"kill", os_kill, 2, 2, "kill(pid: number, signal: number)\n"
                               "Sends a signal (os.SIGTERM, ...) to a process."},
        {"sleep", os_sleep, 1, 1, "sleep(seconds: number)\n"
                                 "Pauses for a number of seconds; fractions are allowed."},
        {"cwd", os_cwd, 0, 0, "cwd() -> string\nThe current working directory."},
        {"exec", os_exec, 1, 1, "exec(argv: list)\n"
                               "Replaces this process with the program argv[0] (searched on "
                               "PATH), passing argv. Returns only by raising OSError.\n"
                               "Example: var pid = os.fork()\n"
                               "if pid == 0 os.exec(['sh', '-c', 'exit 3'])\n"
                               "os.wait(pid)  # -> 3"},
        {"list_dir", os_list_dir, 1, 1, "list_dir(path: string) -> list\n"
                                       "The names in a directory, without '.' and '..'."},
        {"get_limit", os_get_limit, 1, 1, "get_limit(resource: number) -> number\n"
                                         "The soft limit of a resource (os.RLIMIT_NOFILE, ...); "
                                         "-1 when unlimited."},
        {"set_limit", os_set_limit, 2, 2, "set_limit(resource: number, value: number)\n"
                                         "Sets the soft limit of a resource, up to its hard limit; "
                                         "-1 makes it unlimited (where the hard limit is)."},
        {NULL, NULL, 0, 0, NULL},
    },
    .constants = (const SbConstant[]){
        {"platform", 0, "linux", true, "The operating system Sabre runs on: 'linux'."},
        SIGNAL(SIGHUP, "hangup"),
        SIGNAL(SIGINT, "interrupt from the keyboard"),
        SIGNAL(SIGQUIT, "quit from the keyboard"),
        SIGNAL(SIGKILL, "kill, which cannot be caught"),
        SIGNAL(SIGUSR1, "user-defined signal 1"),
        SIGNAL(SIGUSR2, "user-defined signal 2"),
        SIGNAL(SIGPIPE, "write to a pipe with no reader"),
        SIGNAL(SIGALRM, "timer alarm"),
        SIGNAL(SIGTERM, "termination request"),
        SIGNAL(SIGCHLD, "a child process stopped or ended"),
        SIGNAL(SIGCONT, "continue if stopped"),
        SIGNAL(SIGSTOP, "stop, which cannot be caught"),
        {"RLIMIT_NOFILE", RLIMIT_NOFILE, NULL, true, "Resource: open file descriptors."},
        {"RLIMIT_NPROC", RLIMIT_NPROC, NULL, true, "Resource: processes of this user."},
        {"RLIMIT_STACK", RLIMIT_STACK, NULL, true, "Resource: the C stack size in bytes."},
        {NULL, 0, NULL, false, NULL},
    },
    .init = os_init,
};
