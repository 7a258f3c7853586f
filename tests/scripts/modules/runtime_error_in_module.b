# An error raised while a module loads propagates to the importer with the whole trace.
echo 'before'               # expect: before
import ._lib.raises
echo 'not reached'
# expect error: Unhandled ValueError: module failed: loading
# expect error: _lib/raises.b:3
# expect error: fail_in_module
# expect error: _lib/raises.b:10
# expect error: runtime_error_in_module.b:3
