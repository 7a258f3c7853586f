# A module value prints as <module name>, where name is the file name without .b.
import ._lib.greetings
import ._lib.deep.deeper.leaf
echo greetings                # expect: <module greetings>
echo leaf                     # expect: <module leaf>
echo '${leaf}'                # expect: <module leaf>
echo [greetings]              # expect: [<module greetings>]
echo to_string(leaf)          # expect: <module leaf>
