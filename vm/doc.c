/* Markdown reference pages in the layout of Blade's own (front matter,
 * description, Properties, Functions, Classes with their properties and
 * methods), read from a module's tables. Every entry has an HTML anchor
 * named module.NAME or module.Class.NAME so pages can link to it. A doc
 * text's first line is its signature; "Example:" starts a code block. */
#include <stdarg.h>
#include <stdio.h>

#include "doc.h"
#include "sabre.h"

static void append_format(StrBuf *out, const char *format, ...) SB_PRINTF(2, 3);
static void append_format(StrBuf *out, const char *format, ...) {
  char text[1024];
  va_list ap;
  va_start(ap, format);
  int n = vsnprintf(text, sizeof text, format, ap);
  va_end(ap);
  strbuf_append(out, text, n < (int)sizeof text ? n : (int)sizeof text - 1);
}

/* Prose, then what follows "Example:" as a code block. */
static void append_text(StrBuf *out, const char *text) {
  const char *example = strstr(text, "Example:");
  int prose = example ? (int)(example - text) : (int)strlen(text);
  while (prose > 0 && (text[prose - 1] == '\n' || text[prose - 1] == ' ')) prose--;
  if (prose > 0) {
    strbuf_append(out, text, prose);
    strbuf_append_cstr(out, "\n\n");
  }
  if (example) {
    const char *code = example + 8;
    while (*code == ' ' || *code == '\n') code++;
    strbuf_append_cstr(out, "```blade\n");
    strbuf_append_cstr(out, code);
    strbuf_append_cstr(out, "\n```\n\n");
  }
}

/* The lines after a doc text's signature. */
static void append_body(StrBuf *out, const char *doc) {
  const char *newline = strchr(doc, '\n');
  if (newline != NULL) append_text(out, newline + 1);
}

static void append_signature(StrBuf *out, const char *doc) {
  const char *newline = strchr(doc, '\n');
  int length = newline ? (int)(newline - doc) : (int)strlen(doc);
  strbuf_append_cstr(out, "`");
  strbuf_append(out, doc, length);
  strbuf_append_cstr(out, "`");
}

static void anchor(StrBuf *out, const char *module, const char *owner, const char *name) {
  append_format(out, "<a id=\"%s.%s%s%s\"></a>\n\n", module, owner ? owner : "", owner ? "." : "",
                name);
}

static void append_entry(StrBuf *out, const char *module, const char *owner, const char *name,
                         const char *doc, const char *heading) {
  anchor(out, module, owner, name);
  strbuf_append_cstr(out, heading);
  append_signature(out, doc);
  strbuf_append_cstr(out, "\n\n");
  append_body(out, doc);
}

static void constants_section(StrBuf *out, const SbModule *def) {
  if (def->constants == NULL) return;
  strbuf_append_cstr(out, "## Properties\n\n");
  for (const SbConstant *c = def->constants; c->name; c++) {
    anchor(out, def->name, NULL, c->name);
    if (c->text) append_format(out, "**`%s.%s`** = `'%s'`\n\n", def->name, c->name, c->text);
    else append_format(out, "**`%s.%s`** = `%.0f`\n\n", def->name, c->name, c->supported ? c->number : -1);
    append_format(out, "%s\n\n", c->doc);
  }
}

static void functions_section(StrBuf *out, const SbModule *def) {
  if (def->functions == NULL) return;
  strbuf_append_cstr(out, "## Functions\n\n");
  for (const SbFunction *f = def->functions; f->name; f++)
    append_entry(out, def->name, NULL, f->name, f->doc, "### ");
}

static void class_section(StrBuf *out, const SbModule *def, const SbClass *c) {
  anchor(out, def->name, NULL, c->name);
  append_format(out, "### class `%s`%s%s%s\n\n", c->name, c->superclass ? " < `" : "",
                c->superclass ? c->superclass : "", c->superclass ? "`" : "");
  append_format(out, "%s\n\n", c->doc);
  if (c->constructor.doc) append_entry(out, def->name, c->name, c->name, c->constructor.doc, "#### ");
  if (c->properties && c->properties->name) {
    append_format(out, "#### %s properties\n\n", c->name);
    for (const SbProperty *p = c->properties; p->name; p++)
      append_entry(out, def->name, c->name, p->name, p->doc, p->set ? "##### " : "##### read-only ");
  }
  if (c->methods && c->methods[0]) {
    append_format(out, "#### %s methods\n\n", c->name);
    for (const SbFunction *const *table = c->methods; *table; table++)
      for (const SbFunction *m = *table; m->name; m++)
        append_entry(out, def->name, c->name, m->name, m->doc, "##### ");
  }
}

void doc_module_names(StrBuf *out) {
  for (int i = 0; sb_modules[i] != NULL; i++) {
    strbuf_append_cstr(out, sb_modules[i]->name);
    strbuf_append_char(out, '\n');
  }
}

bool doc_module_markdown(VM *vm, const char *name, StrBuf *out) {
  const SbModule *def = sb_find_module(vm, name);
  if (def == NULL) return false;
  append_format(out, "---\nlayout: default\ntitle: %s\nparent: Standard Library\n"
                     "permalink: /standard/%s\n---\n\n# %s\n\n", def->name, def->name, def->name);
  append_text(out, def->doc);
  constants_section(out, def);
  functions_section(out, def);
  if (def->classes && def->classes->name) strbuf_append_cstr(out, "## Classes\n\n");
  for (const SbClass *c = def->classes; c && c->name; c++) class_section(out, def, c);
  return true;
}
