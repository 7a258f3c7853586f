# import .name from a file in a subfolder finds the file beside it, not beside the main folder.
import .helper
echo helper.value              # expect: sibling in nested
