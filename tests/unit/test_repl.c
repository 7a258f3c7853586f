/* The REPL, driven through a pseudo-terminal as a person would use it:
 * the prompt, a function typed over several lines, expression values
 * echoed (strings quoted), an error followed by a working line, help(),
 * the history file, Ctrl-C stopping running or blocked code and dropping
 * a half-typed entry, spawned fibers running beside the prompt (a server
 * fiber answering a client typed at the prompt, a fiber printing above a
 * half-typed line), Tab completion, and Ctrl-D ending the
 * session with status 0; input from a pipe; UTF-8 text typed and piped. */
#include <criterion/criterion.h>
#include <arpa/inet.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#define TRANSCRIPT_MAX 65536

typedef struct {
  pid_t pid;
  int fd;
  char transcript[TRANSCRIPT_MAX];
  size_t length;
} Session;

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void start(Session *s, const char *home) {
  const char *bin = getenv("SABRE_BIN") ? getenv("SABRE_BIN") : "build/sabre";
  s->length = 0;
  s->transcript[0] = '\0';
  s->pid = forkpty(&s->fd, NULL, NULL, NULL);
  cr_assert_neq(s->pid, -1, "forkpty failed");
  if (s->pid == 0) {
    setenv("HOME", home, 1);
    setenv("TERM", "dumb", 1);
    execl(bin, bin, (char *)NULL);
    _exit(127);
  }
}

/* Reads until the transcript (after `from`) contains text; 20 s at most
 * (the machine may be busy running the rest of the suite). */
static bool wait_for(Session *s, size_t from, const char *text) {
  double deadline = now() + 20;
  while (strstr(s->transcript + from, text) == NULL) {
    double left = deadline - now();
    if (left <= 0) return false;
    struct pollfd p = {s->fd, POLLIN, 0};
    if (poll(&p, 1, (int)(left * 1000) + 1) <= 0) return false;
    ssize_t n = read(s->fd, s->transcript + s->length, TRANSCRIPT_MAX - 1 - s->length);
    if (n <= 0) return false;
    s->length += (size_t)n;
    s->transcript[s->length] = '\0';
  }
  return true;
}

/* Waits until libedit has put the terminal in raw mode: it flushes what
 * was typed before that, so typing earlier loses keys on a busy machine. */
static void wait_raw(Session *s) {
  for (double deadline = now() + 20; now() < deadline; usleep(2000)) {
    struct termios t;
    if (tcgetattr(s->fd, &t) == 0 && !(t.c_lflag & ICANON)) return;
  }
  cr_assert_fail("the REPL never waited for input; transcript:\n%s", s->transcript);
}

/* Waits until libedit has handed the terminal back after a line: the
 * line's code is running. */
static void wait_running(Session *s) {
  for (double deadline = now() + 20; now() < deadline; usleep(2000)) {
    struct termios t;
    if (tcgetattr(s->fd, &t) == 0 && (t.c_lflag & ICANON)) return;
  }
  cr_assert_fail("the REPL never ran the line; transcript:\n%s", s->transcript);
}

/* Types a line that runs until interrupted, presses Ctrl-C once it runs,
 * and waits for what should follow, then for the prompt. */
static void type_interrupt(Session *s, const char *line, const char *expected) {
  size_t from = s->length;
  wait_raw(s);
  cr_assert_eq(write(s->fd, line, strlen(line)), (ssize_t)strlen(line));
  wait_running(s);
  cr_assert_eq(write(s->fd, "\x03", 1), 1);
  cr_assert(wait_for(s, from, expected), "after Ctrl-C on %s expected \"%s\"; transcript:\n%s",
            line, expected, s->transcript);
  const char *found = strstr(s->transcript + from, expected);
  cr_assert(wait_for(s, (size_t)(found - s->transcript) + strlen(expected), ">>> "),
            "no prompt after Ctrl-C on %s; transcript:\n%s", line, s->transcript);
}

/* Types a line, waits for the text that should follow it, then for the
 * next prompt. */
static void type_expect(Session *s, const char *line, const char *expected, const char *prompt) {
  size_t from = s->length;
  wait_raw(s);
  cr_assert_eq(write(s->fd, line, strlen(line)), (ssize_t)strlen(line));
  cr_assert(wait_for(s, from, expected), "after typing %s expected \"%s\"; transcript:\n%s",
            line, expected, s->transcript);
  const char *found = strstr(s->transcript + from, expected);
  size_t after = (size_t)(found - s->transcript) + strlen(expected);
  cr_assert(wait_for(s, after, prompt), "after typing %s expected the prompt \"%s\"; transcript:\n%s",
            line, prompt, s->transcript);
}

/* Types the lines that make name a Socket listening on a free port of
 * 127.0.0.1 (socket imported already). */
static void type_listener(Session *s, const char *name) {
  char line[128];
  snprintf(line, sizeof line, "var %s = Socket()\r", name);
  type_expect(s, line, "Socket()", ">>> ");
  snprintf(line, sizeof line, "%s.bind(0, '127.0.0.1') and %s.listen()\r", name, name);
  type_expect(s, line, "true", ">>> ");
}

static int finish(Session *s) {
  int status = -1;
  for (double deadline = now() + 20; now() < deadline;) {
    if (waitpid(s->pid, &status, WNOHANG) == s->pid) {
      close(s->fd);
      return status;
    }
    char drain[256];
    struct pollfd p = {s->fd, POLLIN, 0};
    if (poll(&p, 1, 50) > 0 && read(s->fd, drain, sizeof drain) <= 0) usleep(10000);
  }
  kill(s->pid, SIGKILL);
  waitpid(s->pid, &status, 0);
  close(s->fd);
  cr_assert_fail("the REPL did not exit after Ctrl-D");
  return status;
}

/* A REPL with HOME in a new directory (home: a mkdtemp template), at its
 * first prompt. */
static Session *open_session(char *home) {
  cr_assert_not_null(mkdtemp(home));
  Session *s = malloc(sizeof *s);
  start(s, home);
  cr_assert(wait_for(s, 0, ">>> "), "no prompt; transcript:\n%s", s->transcript);
  return s;
}

/* Ctrl-D at the prompt ends the REPL with status 0; then the history
 * file (which must be there when expect_history) and home go. */
static void end_session(Session *s, const char *home, bool expect_history) {
  wait_raw(s);
  cr_assert_eq(write(s->fd, "\x04", 1), 1);
  int status = finish(s);
  cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0, "exit status %d", status);
  free(s);
  char history[64];
  snprintf(history, sizeof history, "%s/.sabre_history", home);
  struct stat st;
  if (expect_history) {
    cr_assert_eq(stat(history, &st), 0, "no history file was written");
    cr_assert_gt(st.st_size, 0);
  }
  unlink(history);
  rmdir(home);
}

Test(repl, session) {
  char home[] = "/tmp/sabre-repl-XXXXXX";
  Session *s = open_session(home);
  type_expect(s, "def twice(a) {\r", "twice", "... ");
  type_expect(s, "  return a * 2\r", "a * 2", "... ");
  type_expect(s, "}\r", "}", ">>> ");
  type_expect(s, "twice(21)\r", "42", ">>> ");
  type_expect(s, "'ab' + 'cd'\r", "'abcd'", ">>> ");
  type_expect(s, "[1, 'x'] + [nil]\r", "[1, 'x', nil]", ">>> ");
  type_expect(s, "no_such_name\r", "UndefinedError: 'no_such_name' is not defined", ">>> ");
  type_expect(s, "20 + 3\r", "23", ">>> ");
  /* A line ending with an operator or a comma goes on, as in a file. */
  type_expect(s, "var sum = 20 +\r", "20 +", "... ");
  type_expect(s, "4, other = 1,\r", "= 1,", "... ");
  type_expect(s, "  last = 2\r", "last = 2", ">>> ");
  type_expect(s, "[sum, other, last]\r", "[24, 1, 2]", ">>> ");
  type_expect(s, "var kept = 5\r", "kept = 5", ">>> ");
  type_expect(s, "kept * 3\r", "15", ">>> ");
  type_expect(s, "help()\r", "Native modules", ">>> ");
  type_expect(s, "import os\r", "import os", ">>> ");
  type_expect(s, "help(os.getpid)\r", "The id of this process.", ">>> ");
  type_expect(s, "help('os.SIGTERM')\r", "Signal SIGTERM: termination request.", ">>> ");
  end_session(s, home, true);
}

Test(repl, ctrl_c) {
  char home[] = "/tmp/sabre-repl-XXXXXX";
  Session *s = open_session(home);
  type_interrupt(s, "while true {}\r", "Unhandled KeyboardInterrupt: interrupted");
  type_expect(s, "var kept = 7\r", "kept = 7", ">>> ");
  type_expect(s, "import socket { Socket }\r", "Socket }", ">>> ");
  type_listener(s, "server");
  type_interrupt(s, "server.accept()\r", "Unhandled KeyboardInterrupt");
  type_expect(s, "import socket { AF_INET, SOCK_DGRAM }\r", "SOCK_DGRAM }", ">>> ");
  type_expect(s, "var datagrams = Socket(AF_INET, SOCK_DGRAM)\r", "Socket(", ">>> ");
  type_expect(s, "datagrams.bind(0, '127.0.0.1')\r", "true", ">>> ");
  type_interrupt(s, "datagrams.receive()\r", "Unhandled KeyboardInterrupt");
  type_interrupt(s, "sleep(60000)\r", "Unhandled KeyboardInterrupt");
  type_interrupt(s, "input()\r", "Unhandled KeyboardInterrupt");
  type_expect(s, "var e\r", "var e", ">>> ");
  type_interrupt(s, "while true { catch { while true {} } as e }\r", "Unhandled KeyboardInterrupt");
  type_interrupt(s, "try { while true {} } catch KeyboardInterrupt k { e = k }\r", "^C");
  type_expect(s, "e.type\r", "'KeyboardInterrupt'", ">>> ");
  /* Ctrl-C while typing drops the entry, as at a shell prompt. */
  type_expect(s, "(kept +\r", "kept +", "... ");
  wait_raw(s);
  size_t from = s->length;
  cr_assert_eq(write(s->fd, "\x03", 1), 1);
  cr_assert(wait_for(s, from, "KeyboardInterrupt"), "transcript:\n%s", s->transcript);
  cr_assert(wait_for(s, from, ">>> "), "transcript:\n%s", s->transcript);
  type_expect(s, "kept * 2\r", "14", ">>> ");
  end_session(s, home, false);
}

/* After an entry, the fibers that can run do, until each waits; a fiber
 * that waits goes on while the prompt waits, and never holds up the
 * prompt. */
Test(repl, spawned_fibers) {
  char home[] = "/tmp/sabre-repl-XXXXXX";
  Session *s = open_session(home);
  type_expect(s, "var got = []\r", "got = []", ">>> ");
  type_expect(s, "spawn(@{ got.append('now') })\r", "<fiber>", ">>> ");
  type_expect(s, "got\r", "['now']", ">>> ");
  type_expect(s, "spawn(@{ sleep(100); got.append('later') })\r", "<fiber>", ">>> ");
  type_expect(s, "got\r", "['now']", ">>> ");
  type_expect(s, "spawn(@{ sleep(60000) })\r", "<fiber>", ">>> ");
  usleep(400000); /* at the prompt, typing nothing: the sleeper wakes and appends */
  type_expect(s, "got\r", "['now', 'later']", ">>> ");
  type_expect(s, "import socket { Socket }\r", "Socket }", ">>> ");
  type_listener(s, "server");
  type_expect(s, "spawn(@{ var c = server.accept(); c.send(c.receive(5).upper()); c.close() })\r",
              "<fiber>", ">>> ");
  type_expect(s, "var client = Socket()\r", "Socket()", ">>> ");
  type_expect(s, "client.connect('127.0.0.1', server.local_address().port)\r", "true", ">>> ");
  type_expect(s, "client.send('hello')\r", "5", ">>> ");
  type_expect(s, "client.receive(5)\r", "'HELLO'", ">>> ");
  /* A client from outside, while the prompt waits for a key. */
  type_listener(s, "idle");
  type_expect(s, "spawn(@{ var c = idle.accept(); c.send('answered at the prompt'); c.close() })\r",
              "<fiber>", ">>> ");
  size_t from = s->length;
  type_expect(s, "echo 'po' + 'rt=' + to_string(idle.port)\r", "port=", ">>> ");
  int port = atoi(strstr(s->transcript + from, "port=") + 5);
  cr_assert_gt(port, 0);
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct timeval limit = {5, 0};
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, sizeof limit);
  struct sockaddr_in to = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
  to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  cr_assert_eq(connect(fd, (struct sockaddr *)&to, sizeof to), 0);
  char reply[64] = "";
  ssize_t got = recv(fd, reply, sizeof reply - 1, MSG_WAITALL);
  close(fd);
  cr_assert_eq(got, 22, "got %zd bytes: '%s'", got, reply);
  cr_assert_str_eq(reply, "answered at the prompt");
  end_session(s, home, false);
}

/* Tab completes a global, a module's constant, and the methods and
 * properties of a string and of a native object, without running them. */
Test(repl, tab_completion) {
  char home[] = "/tmp/sabre-repl-XXXXXX";
  Session *s = open_session(home);
  type_expect(s, "import socket\r", "socket", ">>> ");
  type_expect(s, "var greeting = 'hey'\r", "'hey'", ">>> ");
  type_expect(s, "greet\t.upp\t()\r", "'HEY'", ">>> ");
  type_expect(s, "socket.IP_LO\t\r", "'127.0.0.1'", ">>> ");
  type_expect(s, "var sock = socket.Socket()\r", "Socket()", ">>> ");
  type_expect(s, "sock.receive_t\t\r", "0", ">>> ");
  type_expect(s, "sock.clo\t()\r", "true", ">>> ");
  end_session(s, home, false);
}

/* A fiber that prints while a line is half typed takes the line (the
 * prompt line is cleared first) and the prompt comes back below it with
 * what was typed, which then runs whole. */
Test(repl, fiber_output_above_the_prompt) {
  char home[] = "/tmp/sabre-repl-XXXXXX";
  Session *s = open_session(home);
  type_expect(s, "spawn(@{ sleep(300); echo 'tick' })\r", "<fiber>", ">>> ");
  size_t from = s->length;
  wait_raw(s);
  cr_assert_eq(write(s->fd, "6 *", 3), 3);
  cr_assert(wait_for(s, from, "\r\x1b[Ktick\r\n"), "no cleared line before the fiber's output; "
            "transcript:\n%s", s->transcript);
  size_t after = (size_t)(strstr(s->transcript + from, "tick") - s->transcript);
  cr_assert(wait_for(s, after, ">>> 6 *"), "the prompt and the typed text were not drawn again; "
            "transcript:\n%s", s->transcript);
  type_expect(s, " 7\r", "42", ">>> ");
  end_session(s, home, false);
}

/* Pipes what printf makes of format into the REPL, which must end with
 * status 0 at the end of the input having printed expected (on standard
 * output and error together). */
static void expect_piped(const char *format, const char *expected) {
  const char *bin = getenv("SABRE_BIN") ? getenv("SABRE_BIN") : "build/sabre";
  char command[512];
  snprintf(command, sizeof command, "printf '%s' | HOME=/nonexistent timeout 20 %s 2>&1", format,
           bin);
  FILE *out = popen(command, "r");
  cr_assert_not_null(out);
  char text[256];
  size_t n = fread(text, 1, sizeof text - 1, out);
  text[n] = '\0';
  int status = pclose(out);
  cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0, "status %d, output:\n%s", status, text);
  cr_assert_str_eq(text, expected);
}

/* Input from a pipe: whole lines, no prompt, the values printed, and the
 * end of the input ends the REPL with status 0. */
Test(repl, piped_input) {
  expect_piped("echo 1\\nvar x = 2\\nx * 3\\n(1 +\\n2)\\n", "1\n6\n3\n\n");
}

/* UTF-8 text typed or piped reaches the code whole: libedit, in the C
 * locale a program starts in, dropped every byte above 127. */
Test(repl, utf8_input) {
  char home[] = "/tmp/sabre-repl-XXXXXX";
  Session *s = open_session(home);
  type_expect(s, "'a\xc3\xa9' + \"\xe2\x82\xac\"\r", "'a\xc3\xa9\xe2\x82\xac'", ">>> ");
  end_session(s, home, false);
  expect_piped("echo \"a\\303\\251b\"\\n", "a\xc3\xa9" "b\n\n");
}

/* A piped line keeps its NUL bytes (a libedit line ended at the first):
 * one in a string literal is part of the string, one elsewhere a syntax
 * error, after which the REPL goes on. */
Test(repl, nul_bytes_in_piped_input) {
  expect_piped("\\047a\\000b\\047.length()\\n1 \\000 2\\necho 3\\n",
               "3\n<repl>:1: SyntaxError: unexpected NUL byte\n3\n\n");
}

/* Piped bytes that are not UTF-8 reach the code as they are: libedit's
 * readline, which read piped lines before, dropped them, so "\377"
 * printed an empty line. */
Test(repl, piped_bytes_outside_utf8) {
  expect_piped("echo \"\\377a\\300\\200\"\\n", "\377a\300\200\n\n");
  expect_piped("var s = \"\\342\\202\"\\necho s.length()\\n", "2\n\n");
}
