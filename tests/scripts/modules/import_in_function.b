# import is only allowed at the top level: inside a function it is a SyntaxError.
def load() {
  import os    # expect error: SyntaxError: 'import' is only allowed at the top level
}
