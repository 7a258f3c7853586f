# Helper module that imports itself: run directly, the import loads a second copy of
# this file as a module, whose own import of itself is then a cycle.
import .self_import
# expect error: ImportError
# expect error: cycle
var x = 1
