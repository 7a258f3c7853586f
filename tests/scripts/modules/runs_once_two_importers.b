# A module imported by two other modules (and through '..') still runs once.
import ._lib.once_a
# expect: loaded_once: body runs
import ._lib.once_b
import ._lib.loaded_once
echo once_a.from_a         # expect: 1
echo once_b.from_b         # expect: 1
echo once_b.same           # expect: true
echo loaded_once.runs      # expect: 1
