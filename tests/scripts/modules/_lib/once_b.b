# Helper module: imports loaded_once.b too, through a longer relative path.
import .deep.uses_loaded_once
import .loaded_once
# expect: loaded_once: body runs
var from_b = loaded_once.runs
var same = uses_loaded_once.module == loaded_once
