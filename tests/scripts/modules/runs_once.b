# A module's body runs once, however often it is imported.
import ._lib.loaded_once
# expect: loaded_once: body runs
import ._lib.loaded_once as again
import ._lib.loaded_once { runs }
echo runs                  # expect: 1
echo again.runs            # expect: 1
echo 'after imports'       # expect: after imports
