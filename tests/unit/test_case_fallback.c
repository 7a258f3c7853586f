/* Letters and case on a system without the C.UTF-8 locale. This binary
 * defines newlocale, which comes before the C library's: it fails while
 * no_locale is set and otherwise hands over to the library's. Then only
 * ASCII letters have a case or count as letters, and nothing fails. */
#define _GNU_SOURCE /* RTLD_NEXT */
#include <criterion/criterion.h>
#include <dlfcn.h>
#include <locale.h>

#include "test_support.h"

static bool no_locale;

typedef locale_t NewLocale(int mask, const char *name, locale_t base);

locale_t newlocale(int mask, const char *name, locale_t base) {
  if (no_locale) return (locale_t)0;
  NewLocale *library = (NewLocale *)dlsym(RTLD_NEXT, "newlocale");
  return library(mask, name, base);
}

TestSuite(case_fallback, .init = test_vm_setup, .fini = test_vm_teardown);

/* The text of what source leaves in the global r. */
static const char *result_of(const char *source) {
  Value value = test_run_global(source, "r");
  cr_assert(IS_STRING(value));
  return AS_CSTRING(value);
}

static const char *CASES =
    "var r = to_string(['Éa'.lower(), 'éa'.upper(), 'é'.is_alpha(), 'É'.is_upper(), "
    "'aé'.is_lower(), 'ſ'.upper()])";

Test(case_fallback, with_the_locale_every_letter_has_its_case) {
  cr_assert_str_eq(result_of(CASES), "['éa', 'ÉA', true, true, true, 'S']");
}

Test(case_fallback, without_it_only_ascii_letters_do) {
  no_locale = true;
  cr_assert_str_eq(result_of(CASES), "['Éa', 'éA', false, false, true, 'ſ']");
}
