/* Script-test runner: makes every *.b file under tests/scripts/ one
 * parameterized Criterion test that runs the interpreter (SABRE_BIN, default
 * build/sabre) on it as a time-bounded child and checks stdout, stderr and
 * exit status against its `# expect:`, `# expect error:` and `# expect exit:`
 * comments, reporting every mismatch. It knows nothing of the VM itself. */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* Script tests, and the interop tests that run scripts against real peers. */
static const char *const SCRIPT_DIRS[] = {"tests/scripts", "tests/interop"};
#define SHOW_LINES 10  /* unexpected output lines quoted in a report */
#define SHOW_WIDTH 200 /* bytes quoted of each output line */
#define CLIP(n) ((int)((n) < SHOW_WIDTH ? (n) : SHOW_WIDTH))

/* A growable NUL-terminated byte buffer: captured output and reports. */
typedef struct { char *data; size_t len, cap; } Text;

static void text_add(Text *t, const char *s, size_t n) {
    if (t->len + n + 1 > t->cap) {
        t->cap = (t->len + n + 1) * 2;
        t->data = realloc(t->data, t->cap);
        if (!t->data) abort();
    }
    memcpy(t->data + t->len, s, n);
    t->len += n;
    t->data[t->len] = '\0';
}

__attribute__((format(printf, 2, 3)))
static void text_printf(Text *t, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *s = malloc((size_t)n + 1);
    if (!s) abort();
    va_start(ap, fmt);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    va_end(ap);
    text_add(t, s, (size_t)n);
    free(s);
}

/* Iterates the lines of a buffer; a final newline does not start a line. */
typedef struct { const char *cur, *end; } Lines;

static Lines lines_of(const Text *t) {
    if (!t->len) return (Lines){NULL, NULL};
    return (Lines){t->data, t->data + t->len - (t->data[t->len - 1] == '\n')};
}

static bool next_line(Lines *it, const char **line, size_t *len) {
    if (!it->cur) return false;
    const char *nl = memchr(it->cur, '\n', (size_t)(it->end - it->cur));
    const char *stop = nl ? nl : it->end;
    *line = it->cur;
    *len = (size_t)(stop - it->cur) - (stop > it->cur && stop[-1] == '\r');
    it->cur = nl ? nl + 1 : NULL;
    return true;
}

/* Appends every *.b path under dir (recursively, hidden entries skipped)
 * to the malloc'd array *paths. Criterion hands parameters to each test's
 * process, so the strings live in its shared heap: cr_malloc, not malloc. */
static void collect_scripts(const char *dir, char ***paths, size_t *count) {
    DIR *d = opendir(dir);
    struct dirent *e;
    while (d && (e = readdir(d))) {
        if (e->d_name[0] == '.') continue;
        Text path = {0};
        text_printf(&path, "%s/%s", dir, e->d_name);
        struct stat st;
        size_t n = strlen(e->d_name);
        if (stat(path.data, &st) == 0 && S_ISDIR(st.st_mode)) {
            collect_scripts(path.data, paths, count);
        } else if (n > 2 && strcmp(e->d_name + n - 2, ".b") == 0) {
            *paths = realloc(*paths, (*count + 1) * sizeof **paths);
            if (!*paths) abort();
            (*paths)[(*count)++] = memcpy(cr_malloc(path.len + 1), path.data, path.len + 1);
        }
        free(path.data);
    }
    if (d) closedir(d);
}

static int compare_paths(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void free_params(struct criterion_test_params *ctp) {
    char **paths = ctp->params;
    for (size_t i = 0; i < ctp->length; i++) cr_free(paths[i]);
    cr_free(paths);
}

/* Sorted, so the order is the same on every machine. */
ParameterizedTestParameters(scripts, run) {
    char **found = NULL;
    size_t count = 0;
    for (size_t i = 0; i < sizeof SCRIPT_DIRS / sizeof SCRIPT_DIRS[0]; i++)
        collect_scripts(SCRIPT_DIRS[i], &found, &count);
    char **paths = cr_malloc((count ? count : 1) * sizeof *paths);
    if (count) memcpy(paths, found, count * sizeof *paths);
    qsort(paths, count, sizeof *paths, compare_paths);
    free(found);
    return cr_make_param_array(char *, paths, count, free_params);
}

typedef enum { EXPECT_OUT, EXPECT_ERROR, EXPECT_EXIT } ExpectKind;

static const char *const MARKERS[] = {
    [EXPECT_OUT] = "# expect:", [EXPECT_ERROR] = "# expect error:",
    [EXPECT_EXIT] = "# expect exit:"};

/* One expectation comment: its script line, and whether code precedes it. */
typedef struct { ExpectKind kind; int line; bool trailing; char *text; } Expect;

/* Offset of the '#' that opens this line's comment, or -1; a '#' inside a
 * '...' or "..." string does not count. */
static long comment_start(const char *line, size_t len) {
    char quote = 0;
    for (size_t i = 0; i < len; i++) {
        if (quote && line[i] == '\\') i++;
        else if (quote && line[i] == quote) quote = 0;
        else if (!quote && (line[i] == '\'' || line[i] == '"')) quote = line[i];
        else if (!quote && line[i] == '#') return (long)i;
    }
    return -1;
}

/* Adds the expectation that one source line states, if any, to *list. */
static void parse_line(const char *line, size_t len, int number, Expect **list,
                       size_t *count) {
    long hash = comment_start(line, len);
    if (hash < 0) return;
    const char *comment = line + hash;
    size_t rest = len - (size_t)hash;
    for (ExpectKind k = EXPECT_OUT; k <= EXPECT_EXIT; k++) {
        size_t mlen = strlen(MARKERS[k]);
        if (rest < mlen || memcmp(comment, MARKERS[k], mlen) != 0) continue;
        size_t skip = mlen + (rest > mlen && comment[mlen] == ' ');
        bool trailing = false;
        for (long i = 0; i < hash; i++) trailing |= !isspace((unsigned char)line[i]);
        *list = realloc(*list, (*count + 1) * sizeof **list);
        if (!*list) abort();
        (*list)[(*count)++] = (Expect){k, number, trailing,
                                       strndup(comment + skip, rest - skip)};
        return;
    }
}

typedef struct { Text out, err; int status; bool timed_out; } RunResult;

static double timeout_seconds(void) {
    const char *s = getenv("SABRE_TEST_TIMEOUT");
    char *end = NULL;
    double v = s ? strtod(s, &end) : 0;
    return (s && end != s && *end == '\0' && v > 0) ? v : 30.0;
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Reads both pipes until the child has exited and they are drained, or the
 * deadline passes; polling both keeps either pipe from filling up. Short
 * poll slices notice an exit even if a grandchild still holds a pipe. */
static void pump(pid_t pid, struct pollfd fds[2], RunResult *r) {
    Text *dest[2] = {&r->out, &r->err};
    double deadline = now() + timeout_seconds();
    bool exited = false;
    while (!exited || fds[0].fd >= 0 || fds[1].fd >= 0) {
        double left_ms = (deadline - now()) * 1000;
        if (left_ms <= 0) {
            if (!exited) kill(pid, SIGKILL);
            r->timed_out = !exited;
            break;
        }
        int wait_ms = exited ? 0 : fds[0].fd < 0 && fds[1].fd < 0 ? 5 : 100;
        int ready = poll(fds, 2, left_ms < wait_ms ? (int)left_ms + 1 : wait_ms);
        for (int i = 0; i < 2 && ready > 0; i++) {
            if (fds[i].fd < 0 || !fds[i].revents) continue;
            char chunk[4096];
            ssize_t n = read(fds[i].fd, chunk, sizeof chunk);
            if (n > 0) {
                text_add(dest[i], chunk, (size_t)n);
            } else if (n == 0 || errno != EINTR) {
                close(fds[i].fd);
                fds[i].fd = -1; /* poll skips negative fds */
            }
        }
        if (exited && ready == 0) break; /* drained all the child wrote */
        if (!exited) exited = waitpid(pid, &r->status, WNOHANG) == pid;
    }
    for (int i = 0; i < 2; i++)
        if (fds[i].fd >= 0) close(fds[i].fd);
    if (!exited) waitpid(pid, &r->status, 0);
}

/* Runs bin on path with stdin from /dev/null and the inherited environment,
 * filling r; returns false, with the reason in report, if it cannot start. */
static bool run_script(const char *bin, const char *path, RunResult *r, Text *report) {
    int out[2] = {-1, -1}, err[2] = {-1, -1};
    pid_t pid = pipe(out) == 0 && pipe(err) == 0 ? fork() : -1;
    if (pid == 0) {
        int null = open("/dev/null", O_RDONLY);
        if (null < 0 || dup2(null, 0) < 0 || dup2(out[1], 1) < 0 || dup2(err[1], 2) < 0)
            _exit(126);
        /* The interpreter gets the pipes as 1 and 2 only, no spare ends. */
        close(null), close(out[0]), close(out[1]), close(err[0]), close(err[1]);
        /* A socket left for the collector warns on stderr, which a test
         * must then expect: every test closes what it opens. */
        setenv("SABRE_WARN_UNCLOSED", "1", 1);
        execv(bin, (char *[]){(char *)bin, (char *)path, NULL});
        dprintf(2, "cannot exec %s: %s\n", bin, strerror(errno));
        _exit(127);
    }
    int saved = errno;
    close(out[1]), close(err[1]);
    if (pid < 0) {
        close(out[0]), close(err[0]);
        text_printf(report, "\n  cannot start %s: %s", bin, strerror(saved));
        return false;
    }
    pump(pid, (struct pollfd[2]){{out[0], POLLIN, 0}, {err[0], POLLIN, 0}}, r);
    return true;
}

static void check_stdout(const Expect *expects, size_t count, const Text *out, Text *report) {
    Lines it = lines_of(out);
    const char *got;
    size_t len, n = 0;
    for (size_t i = 0; i < count; i++) {
        if (expects[i].kind != EXPECT_OUT) continue;
        n++;
        if (!next_line(&it, &got, &len))
            text_printf(report, "\n  line %d: stdout line %zu: expected \"%s\", got end of output",
                        expects[i].line, n, expects[i].text);
        else if (len != strlen(expects[i].text) || memcmp(got, expects[i].text, len) != 0)
            text_printf(report, "\n  line %d: stdout line %zu: expected \"%s\", got \"%.*s\"",
                        expects[i].line, n, expects[i].text, CLIP(len), got);
    }
    for (size_t extra = 0; next_line(&it, &got, &len); extra++) {
        if (extra < SHOW_LINES)
            text_printf(report, "\n  stdout line %zu: unexpected \"%.*s\"", n + extra + 1,
                        CLIP(len), got);
        else if (extra == SHOW_LINES)
            text_printf(report, "\n  (more unexpected stdout lines not shown)");
    }
}

static void check_stderr(const char *path, const Expect *expects, size_t count,
                         const Text *err, Text *report) {
    const char *text = err->len ? err->data : "";
    bool any = false;
    for (size_t i = 0; i < count; i++) {
        if (expects[i].kind != EXPECT_ERROR) continue;
        any = true;
        if (!strstr(text, expects[i].text))
            text_printf(report, "\n  line %d: stderr lacks \"%s\"", expects[i].line,
                        expects[i].text);
        Text where = {0};
        text_printf(&where, "%s:%d:", path, expects[i].line);
        if (expects[i].trailing && strncmp(text, where.data, where.len) != 0)
            text_printf(report, "\n  line %d: first stderr line should start with \"%s\"",
                        expects[i].line, where.data);
        free(where.data);
    }
    if (!any && err->len) text_printf(report, "\n  stderr should be empty");
}

static void check_status(const Expect *expects, size_t count, const RunResult *r,
                         Text *report) {
    int want = 0, line = 0;
    for (size_t i = 0; i < count; i++) {
        if (expects[i].kind == EXPECT_ERROR && !line) want = 1;
        if (expects[i].kind != EXPECT_EXIT) continue;
        char *end;
        want = (int)strtol(expects[i].text, &end, 10), line = expects[i].line;
        if (end == expects[i].text || *end != '\0')
            text_printf(report, "\n  line %d: bad exit status \"%s\"", line, expects[i].text);
    }
    int got = WEXITSTATUS(r->status);
    if (WIFSIGNALED(r->status))
        text_printf(report, "\n  killed by signal %d (%s); expected exit status %d",
                    WTERMSIG(r->status), strsignal(WTERMSIG(r->status)), want);
    else if (got != want && line)
        text_printf(report, "\n  line %d: exit status: expected %d, got %d", line, want, got);
    else if (got != want)
        text_printf(report, "\n  exit status: expected %d (the default), got %d", want, got);
}

/* Appends the first SHOW_LINES lines of stderr, marked off from the list. */
static void show_stderr(const Text *err, Text *report) {
    Lines it = lines_of(err);
    const char *line;
    size_t len, n = 0;
    text_printf(report, "\n  stderr was:");
    while (next_line(&it, &line, &len) && n++ < SHOW_LINES)
        text_printf(report, "\n    | %.*s", CLIP(len), line);
    if (n > SHOW_LINES) text_printf(report, "\n    | ...");
}

static bool read_file(const char *path, Text *t) {
    FILE *f = fopen(path, "rb");
    char chunk[4096];
    size_t n;
    while (f && (n = fread(chunk, 1, sizeof chunk, f)) > 0) text_add(t, chunk, n);
    return f && fclose(f) == 0;
}

static void check_run(const char *bin, const char *path, const Expect *expects, size_t count,
                      Text *report) {
    RunResult r = {0};
    if (run_script(bin, path, &r, report)) {
        if (r.timed_out) {
            text_printf(report, "\n  timed out after %g s (killed with SIGKILL)",
                        timeout_seconds());
        } else {
            check_stdout(expects, count, &r.out, report);
            check_stderr(path, expects, count, &r.err, report);
            check_status(expects, count, &r, report);
        }
        if (report->len && r.err.len) show_stderr(&r.err, report);
    }
    free(r.out.data), free(r.err.data);
}

static void check_script(const char *bin, const char *path, Text *report) {
    Text src = {0};
    Expect *expects = NULL;
    size_t count = 0, len;
    int number = 0;
    const char *line;
    if (!read_file(path, &src)) {
        text_printf(report, "\n  cannot read the script: %s", strerror(errno));
    } else if (access(bin, X_OK) != 0) {
        text_printf(report, "\n  cannot run %s: %s (build it or set SABRE_BIN)", bin,
                    strerror(errno));
    } else {
        for (Lines it = lines_of(&src); next_line(&it, &line, &len);)
            parse_line(line, len, ++number, &expects, &count);
        check_run(bin, path, expects, count, report);
    }
    for (size_t i = 0; i < count; i++) free(expects[i].text);
    free(expects), free(src.data);
}

ParameterizedTest(char **path, scripts, run) {
    const char *bin = getenv("SABRE_BIN") ? getenv("SABRE_BIN") : "build/sabre";
    Text report = {0};
    check_script(bin, *path, &report);
    if (report.len) cr_expect_fail("script %s failed:%s", *path, report.data);
    free(report.data);
}
