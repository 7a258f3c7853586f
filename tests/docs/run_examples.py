#!/usr/bin/env python3
"""Runs every ```blade block of the docs (run from the repository root):
  run_examples.py [--timeout SECONDS] [FILE.md ...]   (default: docs/*.md)
Each block runs as a program of its own with the interpreter under test
($SABRE_BIN, else build/sabre), after the common prelude and its page's
prelude (tests/docs/preludes/PAGE.b, when there is one), in a temporary
directory that holds a test certificate (ca.pem, server.pem, server.key, ca.crl for
localhost). A line `EXPRESSION  # -> VALUE` also checks that the value of
the expression, written as the REPL shows it, is VALUE. A block fails when
it exits with a status other than 0, writes to stderr, or outlives the
timeout (default 20 s). The preludes reach the servers of example_peers.py,
started here on 127.0.0.1 and stopped by PID, through $DOC_ECHO_PORT and
$DOC_TLS_PORT. Prints FILE:LINE, the reason and the output of each block
that fails, and exits 1; exits 0 when every block runs (and there is one)."""
import glob, os, re, select, shutil, signal, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PRELUDES = os.path.join(HERE, "preludes")
EXPECT = re.compile(r"^(\s*)(.*\S)\s+# -> (.*?)\s*$")  # the last "# -> " of a line


def blocks(path):
    """[line of the block's first code line, its code] for each ```blade block."""
    found, lines = [], open(path).read().split("\n")
    for i, line in enumerate(lines):
        if line.strip() == "```blade":
            end = next(j for j in range(i + 1, len(lines)) if lines[j].strip().startswith("```"))
            found.append([i + 2, "\n".join(lines[i + 1:end])])
    return found


def literal(text):
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'").replace("$", "\\$") + "'"


def with_checks(code, where, first_line):
    """code with each `EXPRESSION  # -> VALUE` line turned into a check."""
    out = []
    for n, line in enumerate(code.split("\n")):
        m = EXPECT.match(line)
        if m:
            place = literal(f"{where}:{first_line + n}")
            line = f"{m[1]}__expect(({m[2]}), {literal(m[3])}, {place})"
        out.append(line)
    return "\n".join(out)


def preludes(page):
    """[path, text] of the preludes a block of page runs after."""
    paths = [os.path.join(PRELUDES, "common.b"), os.path.join(PRELUDES, page + ".b")]
    return [[os.path.relpath(p), open(p).read()] for p in paths if os.path.exists(p)]


def run_block(sabre, page_path, first_line, code, workdir, env, timeout):
    """None when the block runs, else what went wrong with its output."""
    heads = preludes(os.path.splitext(os.path.basename(page_path))[0])
    program = os.path.join(workdir, "example.b")
    with open(program, "w") as f:
        f.write("".join(text for _, text in heads) + with_checks(code, page_path, first_line) + "\n")
    # A session of its own, so that a timeout also ends the processes it forked.
    child = subprocess.Popen([sabre, program], cwd=workdir, env=env, stdin=subprocess.DEVNULL,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        out, err = child.communicate(timeout=timeout)
        reason = f"exit status {child.returncode}" if child.returncode else "it wrote to stderr"
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)
        out, err = child.communicate(timeout=5)
        reason = f"still running after {timeout} s"
    else:
        if child.returncode == 0 and not err:
            return None
    output = (out + err).decode(errors="replace")
    return reason + "\n" + re.sub(re.escape(program) + r":(\d+)", lambda m: source_line(
        int(m[1]), heads, page_path, first_line), output)


def source_line(n, heads, page_path, first_line):
    """Where line n of a block's program comes from: a prelude or the page."""
    for path, text in heads:
        if n <= text.count("\n"):
            return f"{path}:{n}"
        n -= text.count("\n")
    return f"{page_path}:{first_line + n - 1}"


def make_certificate(workdir):
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                    "-nodes", "-keyout", "server.key", "-out", "server.pem", "-days", "2",
                    "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1"],
                   cwd=workdir, check=True, capture_output=True, timeout=30)
    shutil.copy(os.path.join(workdir, "server.pem"), os.path.join(workdir, "ca.pem"))
    # ca.crl: the certificate's own revocation list, revoking nothing
    os.makedirs(os.path.join(workdir, "crl_db"))
    open(os.path.join(workdir, "crl_db", "index.txt"), "w").close()
    with open(os.path.join(workdir, "crl.cnf"), "w") as config:
        config.write("[ca]\ndefault_ca=crl\n[crl]\ndatabase=crl_db/index.txt\n"
                     "default_md=sha256\ndefault_crl_days=2\n")
    subprocess.run(["openssl", "ca", "-config", "crl.cnf", "-gencrl", "-keyfile", "server.key",
                    "-cert", "server.pem", "-out", "ca.crl"],
                   cwd=workdir, check=True, capture_output=True, timeout=30)


def start_peers(workdir):
    """The example_peers.py process and its [tcp, tls] ports."""
    peers = subprocess.Popen([sys.executable, os.path.join(HERE, "example_peers.py"), workdir],
                             stdout=subprocess.PIPE, stdin=subprocess.DEVNULL)
    ready, _, _ = select.select([peers.stdout], [], [], 10)
    words = peers.stdout.readline().decode().split() if ready else []
    if len(words) != 3 or words[0] != "PORTS":
        stop(peers)
        raise SystemExit("example_peers.py did not start within 10 s")
    return peers, words[1:]


def stop(process):
    process.terminate()
    try:
        process.wait(5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(5)


def main(argv):
    timeout = 20
    if argv[:1] == ["--timeout"]:
        timeout, argv = float(argv[1]), argv[2:]
    pages = argv or sorted(glob.glob("docs/*.md"))
    sabre = os.path.abspath(os.environ.get("SABRE_BIN", "build/sabre"))
    failures, count = 0, 0
    with tempfile.TemporaryDirectory() as workdir:
        make_certificate(workdir)
        peers, (tcp, tls) = start_peers(workdir)
        env = dict(os.environ, DOC_ECHO_PORT=tcp, DOC_TLS_PORT=tls)
        try:
            for page in pages:
                for first_line, code in blocks(page):
                    count += 1
                    problem = run_block(sabre, page, first_line, code, workdir, env, timeout)
                    if problem:
                        failures += 1
                        print(f"{page}:{first_line}: example failed, {problem}".replace("\n", "\n    ").rstrip())
        finally:
            stop(peers)
    if count == 0:
        print("no ```blade blocks in " + " ".join(pages))
    return 1 if failures or count == 0 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
