# '..' and '.' inside a module resolve against that module's folder.
import ._lib.deep.uses_parent
echo uses_parent.hello()    # expect: hello, from deep via deep/deeper/leaf
