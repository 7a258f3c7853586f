/* Shared includes and build-wide switches for the interpreter core.
 * Every vm/ file includes this first; it holds no types of its own. */
#ifndef SABRE_VM_COMMON_H
#define SABRE_VM_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define SB_UINT8_COUNT (UINT8_MAX + 1)

#if defined(__GNUC__) || defined(__clang__)
#define SB_LIKELY(x) __builtin_expect(!!(x), 1)
#define SB_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define SB_PRINTF(fmt, first) __attribute__((format(printf, fmt, first)))
/* For an error path kept out of its caller, so the caller's common case
 * needs no stack frame. */
#define SB_NOINLINE __attribute__((noinline, cold))
#else
#define SB_LIKELY(x) (x)
#define SB_UNLIKELY(x) (x)
#define SB_PRINTF(fmt, first)
#define SB_NOINLINE
#endif

#endif
