# Module functions are values: store them, pass them, call them later.
import ._lib.greetings
import ._lib.deep.inner
var fns = [greetings.greet, inner.double]
echo fns[0]('Hal')                   # expect: hello, Hal
echo [1, 2, 3].map(inner.double)     # expect: [2, 4, 6]
