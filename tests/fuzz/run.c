/* Fuzz target: any text that compiles is run, with the collector running
 * at every allocation (SABRE_STRESS_GC's mode), so a value a native or
 * the VM forgot to keep reachable is freed at once and ASan sees its use.
 * An interrupt (interrupt.h) comes 100 ms into each run and every 10 ms
 * after, so loops and deep recursion end. Inputs that could reach outside
 * the process (file(), input(), importing os, or socket and ssl unless
 * scripts/fuzz.sh ran this in its sandbox and said so in
 * SABRE_FUZZ_SANDBOX) or outlive interrupts (a clause naming
 * KeyboardInterrupt catches them, while catch-alls let them through) are
 * skipped. An interrupt ends only the fiber it lands in, so fibers that
 * keep spawning others could outlive them all: a run may start at most
 * SPAWN_LIMIT fibers. */
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>

#include "fuzz_support.h"
#include "interrupt.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const skipped_words[] = {"file", "input", "KeyboardInterrupt"};
enum { SPAWN_LIMIT = 100 };
/* Sizes asked for (a range's list, a repetition) stay far below libFuzzer's
 * 2 GiB memory limit. */
enum { MAX_LENGTH = 1 << 24 };
static const char *const allowed_modules[] = {"re", "concurrent"};
static const char *const sandbox_modules[] = {"socket", "ssl"};
static bool in_sandbox;

static bool is_word_char(char c) {
  return c == '_' || (unsigned)((c | 0x20) - 'a') < 26u || (unsigned)(c - '0') < 10u;
}

/* Whether text starts with one of the count names, as a whole word. */
static bool starts_with_name(const char *text, const char *const *names, size_t count) {
  for (size_t i = 0; i < count; i++) {
    size_t n = strlen(names[i]);
    if (strncmp(text, names[i], n) == 0 && !is_word_char(text[n])) return true;
  }
  return false;
}

/* Whether text, after spaces, names a module the input may import. */
static bool allowed_import(const char *text) {
  while (*text == ' ' || *text == '\t') text++;
  return starts_with_name(text, allowed_modules, sizeof allowed_modules / sizeof allowed_modules[0]) ||
         (in_sandbox && starts_with_name(text, sandbox_modules, sizeof sandbox_modules / sizeof sandbox_modules[0]));
}

static bool runnable(const char *source) {
  for (size_t i = 0; i < sizeof skipped_words / sizeof skipped_words[0]; i++)
    if (strstr(source, skipped_words[i]) != NULL) return false;
  for (const char *at = strstr(source, "import"); at != NULL; at = strstr(at + 1, "import"))
    if (!allowed_import(at + 6)) return false;
  return true;
}

static void on_alarm(int signal) {
  (void)signal;
  vm_interrupt_request();
}

static void arm_interrupts(bool on) {
  struct itimerval timer = {{0, on ? 10000 : 0}, {0, on ? 100000 : 0}};
  setitimer(ITIMER_REAL, &timer, NULL);
}

int LLVMFuzzerInitialize(int *argc, char ***argv);

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc, (void)argv;
  in_sandbox = getenv("SABRE_FUZZ_SANDBOX") != NULL;
  struct sigaction action = {0};
  action.sa_handler = on_alarm;
  sigemptyset(&action.sa_mask);
  sigaction(SIGALRM, &action, NULL);
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *source = fuzz_source(data, size);
  if (runnable(source)) {
    VM *vm = fuzz_vm_new();
    vm->stress_gc = true;
    vm->spawns_left = SPAWN_LIMIT;
    vm->max_length = MAX_LENGTH;
    ObjModule *module = fuzz_module(vm);
    vm->main_module = module;
    arm_interrupts(true);
    /* Up to the first NUL only: runnable() vetted that much of the text. */
    vm_interpret(vm, module, source, strlen(source), false);
    arm_interrupts(false);
    vm_interrupt_requested = 0;
    fuzz_vm_free(vm);
  }
  free(source);
  return 0;
}
