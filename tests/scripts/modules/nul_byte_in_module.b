# A NUL byte in an imported module is a SyntaxError naming the module's path and line.
echo 'importing'             # expect: importing
import ._lib.nul_byte        # expect error: SyntaxError
# expect error: _lib/nul_byte.b:3: unexpected NUL byte
echo 'not reached'
