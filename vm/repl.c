/* The REPL: line editing and history through libedit (history kept in
 * ~/.sabre_history), continuation lines while a bracket, block or string
 * is open, the value of each expression statement printed, errors
 * reported without leaving, Ctrl-C (interrupt.h) stopping the running
 * code or dropping a half-typed entry, spawned fibers running while the
 * prompt waits (their output above the prompt), Tab completing names and
 * members (repl_complete.c), and Ctrl-D to exit. */
#include <editline/readline.h>
#include <limits.h>
#include <locale.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "format.h"
#include "interrupt.h"
#include "repl.h"
#include "scheduler.h"
#include "scanner.h"

/* Whether a line ending with a token of type continues on the next, as
 * in a file: after a binary operator, an assignment, a comma or a dot. */
static bool continues(TokenType type) {
  return (type >= TOK_PLUS && type <= TOK_GREATER_GREATER_EQUAL) || type == TOK_COMMA ||
         type == TOK_DOT || type == TOK_DOT_DOT || type == TOK_QUESTION || type == TOK_AND ||
         type == TOK_OR;
}

/* True when the text is a whole entry: no bracket, brace, string or block
 * comment left open, and no operator or comma left waiting for the next
 * line. Other errors count as complete: the compiler reports them. */
static bool input_complete(const char *source, size_t length) {
  Scanner scanner;
  scanner_init(&scanner, source, length);
  int depth = 0;
  TokenType last = TOK_NEWLINE;
  for (;;) {
    Token t = scanner_next(&scanner);
    if (t.type == TOK_EOF) return depth <= 0 && !continues(last);
    if (t.type != TOK_NEWLINE) last = t.type;
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

static bool is_blank(const char *text, size_t length) {
  for (size_t i = 0; i < length; i++)
    if (text[i] != ' ' && text[i] != '\t' && text[i] != '\n' && text[i] != '\r') return false;
  return true;
}

/* What the line handler works on: libedit's callback takes no context. */
static struct {
  VM *vm;
  StrBuf input;   /* the entry so far, over several lines while incomplete */
  bool line_done; /* the handler took a line: the next prompt is due */
  bool ended;     /* Ctrl-D */
  /* While fibers run behind the prompt: the prompt line is on the screen
   * (and no fiber has printed over it yet), and whether one has. */
  bool prompt_on_screen;
  bool prompt_cleared;
} repl;

/* vm->before_output: a fiber that prints while the prompt waits first
 * clears the prompt line, so its output takes the line, and ends the run
 * of the fibers once they wait again, so that the prompt, with what was
 * typed so far, is drawn again below it. */
static void clear_prompt_line(VM *vm) {
  if (!repl.prompt_on_screen) return;
  repl.prompt_on_screen = false;
  repl.prompt_cleared = true;
  fputs("\r\033[K", stdout);
  fflush(stdout);
  scheduler_wake_idle_main(vm);
}

/* Runs the spawned fibers until a key is typed (or one printed), then
 * draws the prompt again if one of them printed. */
static void run_fibers_behind_prompt(VM *vm) {
  repl.prompt_on_screen = true;
  vm_run_fibers_until_readable(vm, STDIN_FILENO);
  repl.prompt_on_screen = false;
  if (!repl.prompt_cleared) return;
  repl.prompt_cleared = false;
  fflush(stderr);
  rl_forced_update_display();
  fflush(stdout); /* libedit draws into stdout's buffer */
}

/* A line typed or piped, without its newline: a complete entry runs,
 * then the fibers it made ready. */
static void take_line(const char *line, size_t length) {
  strbuf_append(&repl.input, line, (int)length);
  strbuf_append_char(&repl.input, '\n');
  size_t entry = (size_t)repl.input.length;
  if (!input_complete(repl.input.data, entry)) return;
  if (!is_blank(repl.input.data, entry)) {
    repl.input.data[entry - 1] = '\0';
    add_history(repl.input.data);
    repl.input.data[entry - 1] = '\n';
    vm_interpret(repl.vm, repl.vm->main_module, repl.input.data, entry, true);
    vm_run_ready_fibers(repl.vm);
    vm_interrupt_requested = 0; /* one that came after the code ended */
    fflush(stdout);
  }
  strbuf_free(&repl.input);
}

/* libedit calls this with each line typed, NULL at Ctrl-D. */
static void on_line(char *line) {
  repl.line_done = true;
  if (line == NULL) {
    repl.ended = true;
    return;
  }
  take_line(line, strlen(line));
  free(line);
}

/* Input from a pipe: whole lines, no prompt, no keys. They are read as
 * input() reads them, byte for byte: a libedit line ends at a NUL byte,
 * and libedit decodes by the locale and drops bytes that are not UTF-8. */
static void read_piped_lines(void) {
  char *line = NULL;
  size_t capacity = 0;
  ssize_t n;
  while ((n = getline(&line, &capacity, stdin)) >= 0)
    take_line(line, (size_t)n - (n > 0 && line[n - 1] == '\n'));
  free(line);
}

/* Shows the prompt for what comes next and puts the terminal in libedit's
 * mode (installing the handler anew does both; setting the prompt alone
 * shows nothing until the next key). */
static void prompt(void) {
  rl_callback_handler_remove();
  rl_callback_handler_install(repl.input.length > 0 ? "... " : ">>> ", on_line);
}

/* libedit decodes what it reads with LC_CTYPE's character set and drops
 * the bytes it cannot decode, every one above 127 in the C locale that a
 * program starts in: Sabre's text is UTF-8, so it gets a UTF-8 LC_CTYPE
 * (the user's locale when C.UTF-8 is missing). The classes of ASCII
 * bytes are the same in both. */
static void use_utf8_ctype(void) {
  if (setlocale(LC_CTYPE, "C.UTF-8") == NULL) setlocale(LC_CTYPE, "");
}

static bool key_waiting(void) {
  struct pollfd p = {STDIN_FILENO, POLLIN, 0};
  return poll(&p, 1, 0) > 0;
}

/* libedit is given one key at a time, and the spawned fibers run whenever
 * no key is waiting: a server fiber answers while the prompt waits.
 * Ctrl-C drops the half-typed entry. */
int repl_run(VM *vm) {
  use_utf8_ctype();
  char history[PATH_MAX];
  bool has_history = history_path(history);
  if (has_history) read_history(history);
  ObjString *name = copy_cstring(vm, "<repl>");
  vm->main_module = new_module(vm, name, name);
  vm->main_module->loaded = true;
  repl.vm = vm;
  strbuf_init(&repl.input);
  vm_interrupt_on_sigint();
  if (!isatty(STDIN_FILENO)) {
    read_piped_lines();
    repl.ended = true;
  } else {
    vm->before_output = clear_prompt_line;
    repl_complete_init(vm);
    prompt();
  }
  while (!repl.ended) {
    if (!key_waiting()) run_fibers_behind_prompt(vm);
    if (vm_interrupt_requested) {
      vm_interrupt_requested = 0;
      fputs("\nKeyboardInterrupt\n", stdout);
      strbuf_free(&repl.input);
      prompt();
      continue;
    }
    rl_callback_read_char();
    if (repl.line_done && !repl.ended) prompt();
    repl.line_done = false;
  }
  rl_callback_handler_remove();
  strbuf_free(&repl.input);
  fputc('\n', stdout);
  if (has_history) write_history(history);
  return 0;
}
