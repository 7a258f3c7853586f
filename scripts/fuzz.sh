#!/usr/bin/env bash
# Builds the fuzz targets of tests/fuzz/ with clang's libFuzzer, ASan and
# UBSan into build/fuzz/, then fuzzes them or replays their seeds.
#
# Usage: scripts/fuzz.sh [--replay] [target ...]
#   targets: compile, run, address (default: all three)
#   --replay       run each target once over its seeds and stop (ninja
#                  fuzz-replay; the test suite runs it)
#   otherwise      fuzz each target for FUZZ_SECONDS (default 60), its
#                  corpus kept in build/fuzz/corpus/TARGET; a failing input
#                  is written to build/fuzz/crashes/ and the run stops
# Seeds: tests/fuzz/seeds/TARGET/, and every script test and example for
# compile and run. A failure found by fuzzing becomes a test: a unit or
# script test where the ordinary build shows it, else a seed here (each
# says in a comment what it once broke).
set -euo pipefail
cd "$(dirname "$0")/.."

replay=false
if [ "${1:-}" = "--replay" ]; then replay=true; shift; fi
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(compile run address)

out=build/fuzz
mkdir -p "$out/obj" "$out/crashes"
flags="-std=c11 -Wall -Wextra -Werror -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Ivm -Imodules/socket -g -O1 -fno-omit-frame-pointer -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined"

# A ninja file for the objects, made from the tree as it is: every source
# of the interpreter but its main(), and the targets' own files.
{
  echo "builddir = $out"
  echo "rule cc"
  echo "  command = clang $flags -MMD -MF \$out.d -c \$in -o \$out"
  echo "  depfile = \$out.d"
  echo "  deps = gcc"
  echo "rule link"
  echo "  command = clang -fsanitize=fuzzer,address,undefined \$in -o \$out -lm -ledit -lpcre2-8 -lssl -lcrypto -lidn2"
  objects=()
  for source in vm/*.c modules/*.c modules/*/*.c tests/fuzz/fuzz_support.c; do
    [ "$source" = vm/main.c ] && continue
    object="$out/obj/${source%.c}.o"
    echo "build $object: cc $source"
    objects+=("$object")
  done
  for target in compile run address; do
    echo "build $out/obj/tests/fuzz/$target.o: cc tests/fuzz/$target.c"
    echo "build $out/$target: link $out/obj/tests/fuzz/$target.o ${objects[*]}"
  done
} > "$out/build.ninja"
ninja --quiet -f "$out/build.ninja" "${targets[@]/#/$out/}"

# A dictionary for compile and run: every keyword and every native's name
# as a call, as they stand in the sources.
dictionary="$out/sabre.dict"
{
  grep -o '{"[a-z]*", TOK_' vm/scanner.c | sed 's/{"//; s/", TOK_//'
  grep -ho '{"[a-z_]*", [a-z_]*,' vm/*.c modules/re/*.c | sed 's/{"\([a-z_]*\)".*/\1(/'
} | sort -u | sed 's/.*/"&"/' > "$dictionary"

# The run target may import socket and ssl only inside namespaces of its
# own: a network one where only loopback is up (nothing it does reaches
# another machine) and a mount one where the file system is read-only but
# for build/fuzz and fresh /tmp, /run and /dev/shm (a UNIX socket bound at
# a random path lands nowhere that lasts). Where they cannot be made (they
# need root here), the targets run as they are and skip those imports.
sandbox_setup='ip link set lo up && mount --make-rprivate / && mount --bind "$1" "$1" &&
  mount -o remount,bind,ro / && mount -t tmpfs none /tmp && mount -t tmpfs none /run &&
  mount -t tmpfs none /dev/shm'
sandbox_works=false
unshare --net --mount sh -c "$sandbox_setup" sh "$PWD/$out" 2>/dev/null && sandbox_works=true
sandboxed() {
  if ! $sandbox_works; then "$@"; return; fi
  unshare --net --mount sh -c "$sandbox_setup"' && shift && SABRE_FUZZ_SANDBOX=1 exec "$@"' \
    sh "$PWD/$out" "$@"
}

seeds() {
  [ "$1" = address ] || find tests/scripts examples -name '*.b' | sort
  find "tests/fuzz/seeds/$1" -type f | sort
}

for target in "${targets[@]}"; do
  # Scripts print, and the run target's scripts fail on purpose: their
  # output is closed (libFuzzer keeps its own messages).
  if $replay; then
    mapfile -t inputs < <(seeds "$target")
    echo "fuzz-replay $target: ${#inputs[@]} inputs"
    ASAN_OPTIONS=detect_leaks=0 sandboxed "$out/$target" -close_fd_mask=3 -runs=1 "${inputs[@]}" > /dev/null 2>&1 ||
      { echo "fuzz-replay $target failed; rerun: $out/$target INPUT"; exit 1; }
  else
    corpus="$out/corpus/$target"
    mkdir -p "$corpus"
    mapfile -t seed_dirs < <(seeds "$target" | xargs -n1 dirname | sort -u)
    ASAN_OPTIONS=detect_leaks=0 sandboxed "$out/$target" -close_fd_mask=3 -max_total_time="${FUZZ_SECONDS:-60}" \
      -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$out/crashes/$target-" \
      $([ "$target" = address ] || echo "-dict=$dictionary") "$corpus" "${seed_dirs[@]}"
  fi
done
