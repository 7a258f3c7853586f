# A missing module in an existing subfolder names the full path tried.
import ._lib.deep.nothing_here   # expect error: ImportError
# expect error: _lib/deep/nothing_here.b
