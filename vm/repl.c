/* The REPL: line editing and history through libedit (history kept in
 * ~/.sabre_history), continuation lines while a bracket, block or string
 * is open, the value of each expression statement printed, errors
 * reported without leaving, Ctrl-C (interrupt.h) stopping the running
 * code or dropping a half-typed entry, and Ctrl-D to exit. */
#include <editline/readline.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

#include "format.h"
#include "interrupt.h"
#include "repl.h"
#include "scanner.h"

/* True when the text is a whole entry: no bracket, brace, string or block
 * comment left open. Other errors count as complete: the compiler reports
 * them. */
static bool input_complete(const char *source) {
  Scanner scanner;
  scanner_init(&scanner, source);
  int depth = 0;
  for (;;) {
    Token t = scanner_next(&scanner);
    if (t.type == TOK_EOF) return depth <= 0;
    if (t.type == TOK_ERROR) return strncmp(t.start, "unterminated", 12) != 0;
    if (t.type == TOK_LEFT_PAREN || t.type == TOK_LEFT_BRACKET || t.type == TOK_LEFT_BRACE ||
        t.type == TOK_STRING_PART)
      depth++;
    if (t.type == TOK_RIGHT_PAREN || t.type == TOK_RIGHT_BRACKET || t.type == TOK_RIGHT_BRACE)
      depth--;
    if (t.type == TOK_STRING && t.start[-1] == '}') depth--; /* end of '...${x}...' */
  }
}

static bool history_path(char path[PATH_MAX]) {
  const char *home = getenv("HOME");
  if (home == NULL || home[0] == '\0') return false;
  int n = snprintf(path, PATH_MAX, "%s/.sabre_history", home);
  return n > 0 && n < PATH_MAX;
}

static bool is_blank(const char *text) {
  for (; *text; text++)
    if (*text != ' ' && *text != '\t' && *text != '\n' && *text != '\r') return false;
  return true;
}

int repl_run(VM *vm) {
  char history[PATH_MAX];
  bool has_history = history_path(history);
  if (has_history) read_history(history);
  ObjString *name = copy_cstring(vm, "<repl>");
  vm->main_module = new_module(vm, name, name);
  vm->main_module->loaded = true;
  StrBuf input;
  strbuf_init(&input);
  vm_interrupt_on_sigint();
  for (;;) {
    char *line = readline(input.length > 0 ? "... " : ">>> ");
    if (line == NULL && vm_interrupt_requested) { /* Ctrl-C: drop the entry */
      vm_interrupt_requested = 0;
      fputs("\nKeyboardInterrupt\n", stdout);
      strbuf_free(&input);
      continue;
    }
    if (line == NULL) break;
    strbuf_append_cstr(&input, line);
    strbuf_append_char(&input, '\n');
    free(line);
    if (!input_complete(input.data)) continue;
    if (!is_blank(input.data)) {
      input.data[input.length - 1] = '\0';
      add_history(input.data);
      input.data[input.length - 1] = '\n';
      vm_interpret(vm, vm->main_module, input.data, true);
      vm_run_ready_fibers(vm);
      vm_interrupt_requested = 0; /* one that came after the code ended */
      fflush(stdout);
    }
    strbuf_free(&input);
  }
  strbuf_free(&input);
  fputc('\n', stdout);
  if (has_history) write_history(history);
  return 0;
}
