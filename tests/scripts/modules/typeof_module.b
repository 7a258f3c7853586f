# typeof of an imported file module and of a native module is 'module'.
import ._lib.greetings
import os
echo typeof(greetings)        # expect: module
echo typeof(os)               # expect: module
echo typeof(greetings.greet)  # expect: function
echo typeof(greetings.Greeter)  # expect: class
