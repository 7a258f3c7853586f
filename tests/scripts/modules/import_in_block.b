# import inside a block (if, loop, try) is also a SyntaxError.
echo 'never runs'
if true {
  import ._lib.greetings   # expect error: SyntaxError
}
# expect error: top level
