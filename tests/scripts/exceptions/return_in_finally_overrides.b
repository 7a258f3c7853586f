# A return in finally replaces the try block's return value.
def f() {
  try {
    return 'try'
  } finally {
    return 'finally'
  }
}
echo f()   # expect: finally
