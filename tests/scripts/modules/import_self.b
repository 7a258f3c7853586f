# A file importing itself is a cycle when it runs as an imported module.
import ._lib.self_import
# expect error: ImportError
# expect error: cycle
