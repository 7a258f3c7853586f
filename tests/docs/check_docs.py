#!/usr/bin/env python3
"""Checks the generated reference (run from the repository root):
  stale  - docs/ holds exactly what scripts/docs.sh generates now;
  links  - every internal link and anchor of docs/html resolves, the
           pages load nothing from outside, and each page holds every
           heading of its Markdown source;
  seed   - docs/socket.md names every constant, function, class, property
           and method of Blade's socket reference, with its arguments.
Prints what is wrong and exits 1, or exits 0."""
import filecmp, glob, os, re, subprocess, sys, tempfile

def stale():
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["bash", "scripts/docs.sh", tmp], check=True)
        problems = []
        for path in sorted(glob.glob(tmp + "/*.md") + glob.glob(tmp + "/html/*.html") +
                           glob.glob(tmp + "/html/*.css")):
            rel = os.path.relpath(path, tmp)
            mine = os.path.join("docs", rel)
            if not os.path.exists(mine):
                problems.append(f"docs/{rel} is missing")
            elif not filecmp.cmp(path, mine, shallow=False):
                problems.append(f"docs/{rel} differs from what the sources generate")
        return problems

def links():
    problems, ids = [], {}
    pages = sorted(glob.glob("docs/html/*.html"))
    for page in pages:
        ids[os.path.basename(page)] = set(re.findall(r'\bid="([^"]+)"', open(page).read()))
    for page in pages:
        text, name = open(page).read(), os.path.basename(page)
        for tag, url in re.findall(r'<(\w+)[^>]*?\b(?:href|src)="([^"]+)"', text):
            if re.match(r"[a-z]+:", url):
                if tag in ("link", "script", "img", "iframe"):
                    problems.append(f"{name}: loads {url} from outside")
                continue
            target, _, anchor = url.partition("#")
            target = target or name
            if not target.endswith(".html"):
                if not os.path.exists(os.path.join("docs/html", target)):
                    problems.append(f"{name}: refers to missing file {target}")
                continue
            if target not in ids:
                problems.append(f"{name}: link to missing page {target}")
            elif anchor and anchor not in ids[target]:
                problems.append(f"{name}: link to missing anchor {target}#{anchor}")
    for page in pages:
        source = os.path.join("docs", os.path.basename(page)[:-5] + ".md")
        wanted, shown = markdown_headings(source), len(re.findall(r"<h[1-6]\b", open(page).read()))
        if shown != wanted:
            problems.append(f"{os.path.basename(page)}: {shown} headings, its source {source} has {wanted}")
    return problems

def markdown_headings(path):
    """The number of headings of a Markdown file, outside fenced code."""
    count, fenced = 0, False
    for line in open(path):
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced and re.match(r"#{1,6} ", line):
            count += 1
    return count

def seed():
    # The socket module's API contract (the requirement document), kept
    # beside this script so that the check needs nothing outside the repo.
    seed_text = open("tests/docs/socket_api_contract.txt").read()
    doc = open("docs/socket.md").read()
    anchors = set(re.findall(r'<a id="([^"]+)"', doc))
    signatures = dict(re.findall(r'<a id="([^"]+)"></a>\n\n#+ (?:read-only )?`([^`]*)`', doc))
    problems = []
    for name in re.findall(r"\{:#socket__(\w+)\}", seed_text):
        if "socket." + name not in anchors:
            problems.append(f"socket.{name} is not documented")
    for cls, prop in re.findall(r"\{:#(\w+?)_\1_(\w+)\}", seed_text):
        if f"socket.{cls}.{prop}" not in anchors:
            problems.append(f"property {cls}.{prop} is not documented")
    for cls in re.findall(r"### _class_ (\w+)", seed_text):
        if "socket." + cls not in anchors:
            problems.append(f"class {cls} is not documented")
    for cls, method, args in re.findall(r"\{:#_(\w+?)_(\w+)\} \*\*\w+\*\*\(([^)]*)\)", seed_text):
        key = f"socket.{cls}.{method}"
        if key not in anchors:
            problems.append(f"method {cls}.{method} is not documented")
            continue
        for arg in re.findall(r"_(\w+)_", args):
            if not re.search(r"\b" + arg + r"\b", signatures.get(key, "")):
                problems.append(f"{cls}.{method}: argument '{arg}' is missing from its signature")
    for fn, args in re.findall(r"\{:#socket__(\w+)\} _socket_\.\*\*\w+\*\*\(([^)]*)\)", seed_text):
        for arg in re.findall(r"_(\w+)_", args):
            if not re.search(r"\b" + arg + r"\b", signatures.get("socket." + fn, "")):
                problems.append(f"{fn}: argument '{arg}' is missing from its signature")
    return problems

if __name__ == "__main__":
    problems = {"stale": stale, "links": links, "seed": seed}[sys.argv[1]]()
    for p in problems:
        print(p)
    sys.exit(1 if problems else 0)
