# A missing relative module raises ImportError naming the file it tried.
echo 'before'                 # expect: before
import .no_such_module_here   # expect error: ImportError
# expect error: no_such_module_here.b
# expect error: tests/scripts/modules/no_such_module_here.b
