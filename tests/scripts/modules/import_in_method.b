# import inside a method is a SyntaxError, reported before anything runs.
echo 'never runs'
class K {
  m() {
    import os    # expect error: SyntaxError
  }
}
