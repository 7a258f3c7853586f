# An imported name is bound to the value at import time; the module's own global moves on.
import ._lib.state { total, add }
import ._lib.state
echo total            # expect: 0
add(4)
echo state.total      # expect: 4
echo total            # expect: 0
