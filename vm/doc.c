/* Markdown reference pages in the layout of Blade's own (front matter,
 * description, Properties, Functions, Classes with their properties and
 * methods), read from a module's tables. Every entry has an HTML anchor
 * named module.NAME or module.Class.NAME so pages can link to it. A doc
 * text's first line is its signature; "Example:" starts a code block. */
#include <dirent.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "compiler.h"
#include "doc.h"
#include "sabre.h"
#include "vm_internal.h"

static void append_format(StrBuf *out, const char *format, ...) SB_PRINTF(2, 3);
static bool doc_stdlib_markdown(VM *vm, const char *name, StrBuf *out);
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
  append_text(out, c->doc); /* not append_format, whose buffer would cut a long text */
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

/* Native modules, then the modules of stdlib/ (without private ones). */
void doc_module_names(StrBuf *out) {
  for (int i = 0; sb_modules[i] != NULL; i++) {
    strbuf_append_cstr(out, sb_modules[i]->name);
    strbuf_append_char(out, '\n');
  }
  char dir[PATH_MAX];
  DIR *d = stdlib_dir(dir) ? opendir(dir) : NULL;
  for (struct dirent *e = d ? readdir(d) : NULL; e != NULL; e = readdir(d)) {
    size_t n = strlen(e->d_name);
    if (n > 2 && e->d_name[0] != '_' && strcmp(e->d_name + n - 2, ".b") == 0) {
      strbuf_append(out, e->d_name, (int)n - 2);
      strbuf_append_char(out, '\n');
    }
  }
  if (d) closedir(d);
}

bool doc_module_markdown(VM *vm, const char *name, StrBuf *out) {
  const SbModule *def = sb_find_module(vm, name);
  if (def == NULL) return doc_stdlib_markdown(vm, name, out);
  append_format(out, "---\nlayout: default\ntitle: %s\nparent: Standard Library\n"
                     "permalink: /standard/%s\n---\n\n# %s\n\n", def->name, def->name, def->name);
  append_text(out, def->doc);
  constants_section(out, def);
  functions_section(out, def);
  if (def->classes && def->classes->name) strbuf_append_cstr(out, "## Classes\n\n");
  for (const SbClass *c = def->classes; c && c->name; c++) class_section(out, def, c);
  return true;
}

/* ---- modules written in Sabre ---- */

static bool is_blank(char c) { return c == ' ' || c == '\t'; }

/* The indentation shared by the comment's lines after the first that are
 * neither blank nor decorated with a leading '*'. */
static int shared_indent(const char *text, const char *end) {
  int shared = -1;
  const char *line = memchr(text, '\n', (size_t)(end - text));
  while (line != NULL && ++line < end) {
    const char *p = line;
    while (p < end && is_blank(*p)) p++;
    if (p < end && *p != '\n' && *p != '*' && (shared < 0 || p - line < shared))
      shared = (int)(p - line);
    line = memchr(line, '\n', (size_t)(end - line));
  }
  return shared < 0 ? 0 : shared;
}

void doc_comment_text(StrBuf *out, const char *text, int length) {
  const char *end = text + length;
  int shared = shared_indent(text, end);
  bool first = true;
  for (const char *line = text; line < end;) {
    const char *newline = memchr(line, '\n', (size_t)(end - line));
    const char *line_end = newline ? newline : end;
    const char *p = line;
    while (p < line_end && is_blank(*p)) p++;
    if (p < line_end && *p == '*') {
      p++;
      if (p < line_end && *p == ' ') p++;
    } else if (line != text) {
      p = line + (line_end - line < shared ? line_end - line : shared);
    }
    while (line_end > p && is_blank(line_end[-1])) line_end--;
    if (p < line_end) {
      if (!first) strbuf_append_char(out, '\n');
      strbuf_append(out, p, (int)(line_end - p));
      first = false;
    }
    line = newline ? newline + 1 : end;
  }
}

/* The doc of an entry as a signature line and a body, like a native's. */
static void append_script_doc(StrBuf *out, const char *module, const DocEntry *e, const char *heading) {
  StrBuf doc;
  strbuf_init(&doc);
  if (e->text) doc_comment_text(&doc, e->text, e->text_length);
  size_t name_length = strlen(e->name);
  bool has_signature = doc.data && strncmp(doc.data, e->name, name_length) == 0 &&
                       doc.data[name_length] == '(';
  StrBuf full;
  strbuf_init(&full);
  if (!has_signature) {
    append_format(&full, "%s(%s)", e->name, e->params);
    strbuf_append_char(&full, '\n');
  }
  if (doc.data) strbuf_append(&full, doc.data, doc.length);
  append_entry(out, module, e->owner[0] ? e->owner : NULL, e->name, full.data ? full.data : "", heading);
  strbuf_free(&doc);
  strbuf_free(&full);
}

static void script_class(StrBuf *out, const char *module, const DocCollector *docs, const DocEntry *c) {
  anchor(out, module, NULL, c->name);
  append_format(out, "### class `%s`%s%s%s\n\n", c->name, c->parent[0] ? " < `" : "",
                c->parent[0] ? c->parent : "", c->parent[0] ? "`" : "");
  if (c->text) {
    doc_comment_text(out, c->text, c->text_length);
    strbuf_append_cstr(out, "\n\n");
  }
  static const DocKind kinds[] = {DOC_FIELD, DOC_METHOD};
  static const char *const titles[] = {"properties", "methods"};
  for (int k = 0; k < 2; k++) {
    bool titled = false;
    for (int i = 0; i < docs->count; i++) {
      const DocEntry *e = &docs->entries[i];
      if (e->kind != kinds[k] || strcmp(e->owner, c->name) != 0) continue;
      if (!titled) append_format(out, "#### %s %s\n\n", c->name, titles[k]);
      titled = true;
      if (k == 0) {
        anchor(out, module, c->name, e->name);
        append_format(out, "##### `%s`\n\n", e->name);
        if (e->text) doc_comment_text(out, e->text, e->text_length);
        strbuf_append_cstr(out, "\n\n");
      } else {
        append_script_doc(out, module, e, "##### ");
      }
    }
  }
}

static void script_module(StrBuf *out, const char *name, const DocCollector *docs) {
  append_format(out, "---\nlayout: default\ntitle: %s\nparent: Standard Library\n"
                     "permalink: /standard/%s\n---\n\n# %s\n\n", name, name, name);
  for (int i = 0; i < docs->count; i++) {
    if (docs->entries[i].kind != DOC_MODULE) continue;
    StrBuf text;
    strbuf_init(&text);
    doc_comment_text(&text, docs->entries[i].text, docs->entries[i].text_length);
    append_format(out, "Import it with `import %s`; it is written in Sabre.\n\n", name);
    append_text(out, text.data ? text.data : "");
    strbuf_free(&text);
  }
  for (int pass = 0; pass < 2; pass++) {
    bool titled = false;
    for (int i = 0; i < docs->count; i++) {
      const DocEntry *e = &docs->entries[i];
      if (e->kind != (pass == 0 ? DOC_FUNCTION : DOC_CLASS) || e->name[0] == '_') continue;
      if (!titled) strbuf_append_cstr(out, pass == 0 ? "## Functions\n\n" : "## Classes\n\n");
      titled = true;
      if (pass == 0) append_script_doc(out, name, e, "### ");
      else script_class(out, name, docs, e);
    }
  }
}

/* The reference of stdlib/NAME.b, from its doc comments. */
static bool doc_stdlib_markdown(VM *vm, const char *name, StrBuf *out) {
  char dir[PATH_MAX], path[PATH_MAX + 64];
  if (!stdlib_dir(dir)) return false;
  snprintf(path, sizeof path, "%s/%s.b", dir, name);
  int err;
  size_t length;
  char *source = read_source_file(path, &length, &err);
  if (source == NULL) return false;
  ObjString *module_name = copy_cstring(vm, name);
  vm_push(vm, OBJ_VAL(module_name));
  ObjModule *module = new_module(vm, module_name, module_name);
  vm_push(vm, OBJ_VAL(module));
  DocCollector docs = {NULL, 0, 0};
  char error[COMPILE_ERROR_MAX];
  bool ok = compile_docs(vm, module, source, length, &docs, error);
  if (ok) script_module(out, name, &docs);
  doc_collector_free(&docs);
  free(source);
  vm->fiber->stack_top -= 2;
  return ok;
}
