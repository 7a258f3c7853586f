# import x { * } binds every public global of the module.
import ._lib.greetings { * }
echo greet('Flo')                 # expect: hello, Flo
echo greeting                     # expect: hello
echo Greeter('yo').say('Gus')     # expect: yo Gus
echo uses_private()               # expect: private helper sees hidden
catch { echo greetings } as e
echo e.type                       # expect: UndefinedError
