# Importing a name the module does not define is an error naming that name.
echo 'start'                              # expect: start
import ._lib.greetings { greet, no_such_name }   # expect error: no_such_name
