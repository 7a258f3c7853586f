# A return in finally discards an exception that was propagating (as in Python and JavaScript).
def f() {
  try {
    raise ValueError('lost')
  } finally {
    return 'swallowed'
  }
}
echo f()          # expect: swallowed
echo 'continues'  # expect: continues
