# Helper module: reaches loaded_once.b in the parent folder with '..'.
import ..loaded_once
# expect: loaded_once: body runs
var module = loaded_once
