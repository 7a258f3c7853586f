# One file reached by two different relative paths is one module that runs once.
import .._lib.loaded_once
# expect: loaded_once: body runs
import .._lib.deep.uses_loaded_once
echo uses_loaded_once.module == loaded_once   # expect: true
echo loaded_once.runs                         # expect: 1
