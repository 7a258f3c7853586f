# Helper module: the other half of an import cycle (cycle_b -> cycle_a -> cycle_b).
import .cycle_a
# expect error: ImportError
# expect error: import cycle
# expect error: cycle_b.b
var b = 2
