#!/usr/bin/env bash
# Writes the reference: docs/MODULE.md for every native module (from the
# module tables, through `sabre --doc`), docs/index.md, and a static HTML
# site in docs/html/ (index, one page per module, the language reference,
# the security guide, one style sheet) with a sidebar and nothing loaded
# from elsewhere.
# `docs.sh OUT` writes into OUT instead of docs/ (the staleness test
# compares the two). The sabre binary is $SABRE, else the test suite's
# $SABRE_BIN (so the ASan run checks its own build), else build/sabre.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/docs}
sabre=${SABRE:-${SABRE_BIN:-$root/build/sabre}}
mkdir -p "$out/html"

modules=$("$sabre" --doc)
for m in $modules; do "$sabre" --doc "$m" > "$out/$m.md"; done

{
  printf '# Sabre reference\n\n'
  printf 'Sabre runs the Blade language; [the language reference](language.md) describes it.\n'
  printf '[Secure defaults, and how to opt out](security.md) says what the socket and ssl modules guard against.\n\n'
  printf '## Modules\n\n'
  for m in $modules; do
    first=$(sed -n '/^# /{n;n;p;q}' "$out/$m.md" | sed 's/\. .*/./')
    printf -- '- [%s](%s.md): %s\n' "$m" "$m" "$first"
  done
} > "$out/index.md"

css='body{margin:0;font:16px/1.55 system-ui,sans-serif;color:#1d2330;display:flex}
nav{width:15rem;min-height:100vh;background:#f3f4f7;padding:1.2rem;box-sizing:border-box;position:sticky;top:0;align-self:flex-start}
nav a{display:block;color:#24408e;text-decoration:none;padding:.15rem 0}nav a:hover{text-decoration:underline}
nav b{display:block;margin:.8rem 0 .3rem;color:#555;font-size:.8rem;text-transform:uppercase}
main{max-width:52rem;padding:1.5rem 2.5rem;box-sizing:border-box}
code{background:#f0f1f5;padding:.1em .3em;border-radius:3px;font-size:.92em}
pre{background:#1f2430;color:#e8e8e8;padding:.9rem 1rem;border-radius:6px;overflow:auto}
pre code{background:none;color:inherit;padding:0}
h2{border-bottom:1px solid #dde;padding-bottom:.2rem;margin-top:2.2rem}
h3,h4,h5{margin-bottom:.3rem}table{border-collapse:collapse}td,th{border:1px solid #ccd;padding:.3rem .6rem}'

# page TITLE SOURCE.md TARGET.html: Markdown to a page with the sidebar.
page() {
  local title=$1 source=$2 target=$3
  {
    printf '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n'
    printf '<title>%s - Sabre</title>\n<link rel="stylesheet" href="style.css"></head><body>\n' "$title"
    printf '<nav><a href="index.html"><strong>Sabre</strong></a><a href="language.html">Language</a><a href="security.html">Security</a>\n<b>Modules</b>\n'
    for m in $modules; do printf '<a href="%s.html">%s</a>\n' "$m" "$m"; done
    printf '</nav>\n<main>\n'
    # Front matter is for Jekyll-style sites; links between .md pages become .html.
    awk 'NR == 1 && $0 == "---" { front = 1; next } front && $0 == "---" { front = 0; next } !front' "$source" |
      sed -E 's/\]\(([a-z_]+)\.md(#[^)]*)?\)/](\1.html\2)/g' |
      cmark-gfm --unsafe -e table -e autolink
    printf '</main></body></html>\n'
  } > "$target"
}

printf '%s\n' "$css" > "$out/html/style.css"
page "Reference" "$out/index.md" "$out/html/index.html"
page "Language" "$root/docs/language.md" "$out/html/language.html"
page "Security" "$root/docs/security.md" "$out/html/security.html"
for m in $modules; do page "$m" "$out/$m.md" "$out/html/$m.html"; done
