# A module that imports itself: the import is a cycle, whether the file runs as
# the main script or is imported by another.
import .self_import
# expect error: ImportError
# expect error: cycle
var x = 1
