# A private name cannot be imported by name either.
import ._lib.privates { visible }
echo visible                       # expect: public
import ._lib.privates { _count }   # expect error: AccessError
