/* The generated reference: it matches the module sources, its HTML links
 * resolve, it covers Blade's socket reference, and every example in it runs.
 * Each check is a script of tests/docs/ (check_docs.py, run_examples.py), run
 * here so the suite counts it; the scripts use the suite's own SABRE_BIN. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Runs command from the repository root and returns its exit status, with
 * the start of its output (stdout and stderr) in output; the rest is read
 * and dropped so that the command never blocks on a full pipe. */
static int run(const char *command, char *output, size_t size) {
  char line[512];
  snprintf(line, sizeof line, "%s 2>&1", command);
  FILE *p = popen(line, "r");
  cr_assert_not_null(p);
  size_t n = fread(output, 1, size - 1, p);
  output[n] = '\0';
  char rest[4096];
  while (fread(rest, 1, sizeof rest, p) > 0) continue;
  return pclose(p);
}

static void check(const char *mode) {
  char command[256], output[8192];
  snprintf(command, sizeof command, "python3 tests/docs/check_docs.py %s", mode);
  cr_assert_eq(run(command, output, sizeof output), 0, "check_docs.py %s found:\n%s", mode, output);
}

Test(docs, match_the_sources) { check("stale"); }
Test(docs, html_links_resolve) { check("links"); }
Test(docs, socket_reference_covers_the_seed) { check("seed"); }

Test(docs, every_example_runs) {
  char output[8192];
  int status = run("python3 tests/docs/run_examples.py", output, sizeof output);
  cr_assert_eq(status, 0, "examples of docs/ that fail:\n%s", output);
}

/* The runner itself: each broken block of its test page is reported with
 * the page's line and what went wrong, and the block that works is not. */
Test(docs, broken_examples_fail) {
  char output[8192];
  int status = run("python3 tests/docs/run_examples.py --timeout 3 tests/docs/broken_examples.md",
                   output, sizeof output);
  cr_assert_neq(status, 0, "the runner passed broken examples:\n%s", output);
  static const char *const reports[] = {
      "tests/docs/broken_examples.md:14: example failed, exit status 1",
      "tests/docs/broken_examples.md:15: the example gives 2, its comment says 3",
      "tests/docs/broken_examples.md:21: example failed, exit status 1",
      "    before\n    tests/docs/broken_examples.md:22: Unhandled UndefinedError",
      "tests/docs/broken_examples.md:28: example failed, it wrote to stderr",
      "Unhandled Exception: lost in a fiber",
      "tests/docs/broken_examples.md:34: example failed, still running after 3.0 s",
  };
  for (size_t i = 0; i < sizeof reports / sizeof reports[0]; i++)
    cr_expect_not_null(strstr(output, reports[i]), "no '%s' in:\n%s", reports[i], output);
  cr_expect_null(strstr(output, "broken_examples.md:7:"), "the working block failed:\n%s", output);
}
