# Helper module: imports loaded_once.b (which prints when its body runs).
import .loaded_once
# expect: loaded_once: body runs
var from_a = loaded_once.runs
