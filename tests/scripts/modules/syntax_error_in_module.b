# A syntax error in an imported module raises SyntaxError with the module's path and line.
echo 'importing'             # expect: importing
import ._lib.bad_syntax      # expect error: SyntaxError
# expect error: _lib/bad_syntax.b:4
echo 'not reached'
