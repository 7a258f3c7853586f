# Calling a value that is not callable raises TypeError.
var x = 1
echo 'ok'          # expect: ok
x()                # expect error: Unhandled TypeError
