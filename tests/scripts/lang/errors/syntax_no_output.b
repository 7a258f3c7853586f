# The whole file is compiled before it runs: a SyntaxError means no output at all.
echo 'must not print'
echo 'neither this'
var = 1            # expect error: SyntaxError
