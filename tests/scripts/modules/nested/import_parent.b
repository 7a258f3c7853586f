# import ..name goes up one folder from the importing file.
import .._lib.greetings
import .._lib.deep.inner
echo greetings.greet('up')     # expect: hello, up
echo inner.where               # expect: deep/inner
