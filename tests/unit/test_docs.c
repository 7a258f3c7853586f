/* The generated reference: it matches the module sources, its HTML links
 * resolve, and it covers Blade's socket reference. Each check is a mode of
 * tests/docs/check_docs.py, run here so the suite counts it. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>

static void check(const char *mode) {
  char command[256];
  snprintf(command, sizeof command, "python3 tests/docs/check_docs.py %s 2>&1", mode);
  FILE *p = popen(command, "r");
  cr_assert_not_null(p);
  char output[8192];
  size_t n = fread(output, 1, sizeof output - 1, p);
  output[n] = '\0';
  int status = pclose(p);
  cr_assert_eq(status, 0, "check_docs.py %s found:\n%s", mode, output);
}

Test(docs, match_the_sources) { check("stale"); }
Test(docs, html_links_resolve) { check("links"); }
Test(docs, socket_reference_covers_the_seed) { check("seed"); }
