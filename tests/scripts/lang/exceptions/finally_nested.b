# Nested try blocks run their finally clauses innermost first.
try {
  try {
    raise Exception('deep')
  } finally {
    echo 'inner finally'   # expect: inner finally
  }
} catch Exception e {
  echo 'caught ' + e.message  # expect: caught deep
} finally {
  echo 'outer finally'   # expect: outer finally
}
def f() {
  try {
    try {
      return 1
    } finally {
      echo 'a'           # expect: a
    }
  } finally {
    echo 'b'             # expect: b
  }
}
echo f()                 # expect: 1
