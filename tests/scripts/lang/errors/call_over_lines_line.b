# A call whose arguments span lines is reported, in messages and stack
# traces, at the line where it opens, not at its closing parenthesis.
def add(a, b) { return a + b }
catch {
  add(
    1,
    nil
  )
} as e
echo e.stacktrace.trim().split('\n')[-1].trim().ends_with('call_over_lines_line.b:5 in <script>')   # expect: true
var items = [1]
items.get(         # expect error: ArgumentError
  0,
  1
)
