# Helper module: half of an import cycle (cycle_a -> cycle_b -> cycle_a).
import .cycle_b
# expect error: ImportError
# expect error: import cycle
# expect error: cycle_a.b
var a = 1
