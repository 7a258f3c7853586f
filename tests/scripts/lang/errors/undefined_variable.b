# Reading an undefined name raises UndefinedError at its line.
echo 'start'       # expect: start
echo not_defined   # expect error: Unhandled UndefinedError
# expect error: not_defined
