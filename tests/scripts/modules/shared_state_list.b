# A mutable module global seen through the module is the same object everywhere.
import ._lib.state
import ._lib.state { items }
state.add(3)
items.append(99)
echo state.items          # expect: [3, 99]
echo items                # expect: [3, 99]
