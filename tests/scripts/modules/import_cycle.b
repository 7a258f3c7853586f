# A module that imports itself through another module raises ImportError about the cycle.
echo 'start'               # expect: start
import ._lib.cycle_a
echo 'not reached'
# expect error: Unhandled ImportError
# expect error: cycle
# expect error: cycle_a.b
