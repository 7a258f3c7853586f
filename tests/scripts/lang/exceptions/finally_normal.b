# finally runs after a try block that completes normally, and after a handled exception.
try {
  echo 'body'        # expect: body
} catch Exception e {
  echo 'no'
} finally {
  echo 'finally 1'   # expect: finally 1
}
try {
  raise Exception('x')
} catch Exception e {
  echo 'handler'     # expect: handler
} finally {
  echo 'finally 2'   # expect: finally 2
}
try {
  echo 'only finally'  # expect: only finally
} finally {
  echo 'finally 3'   # expect: finally 3
}
echo 'end'           # expect: end
