# The first element of os.args is the script path as given to the interpreter.
import os
echo os.args[0].ends_with('os/args_script_path.b')   # expect: true
echo os.args[0] == 'tests/scripts/os/args_script_path.b'   # expect: true
