# break outside a loop is a SyntaxError.
if true {
  break            # expect error: SyntaxError
}
