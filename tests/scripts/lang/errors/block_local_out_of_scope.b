# A local declared in a block is not visible after the block.
if true {
  var inside = 1
}
echo inside        # expect error: UndefinedError
