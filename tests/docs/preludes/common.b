# Run before every example of the docs (tests/docs/run_examples.py). An
# example's line `EXPRESSION  # -> VALUE` becomes __expect((EXPRESSION),
# 'VALUE', 'page:line'): the value, shown as the REPL shows it, is VALUE.
def __expect(value, want, where) {
  var shown = to_string([value])
  shown = shown[1, shown.length() - 1]
  assert shown == want, '${where}: the example gives ${shown}, its comment says ${want}'
}
