# import x { a, b } binds exactly the listed names.
import ._lib.greetings { greet, Greeter }
echo greet('Cy')                  # expect: hello, Cy
echo Greeter('hey').say('Di')     # expect: hey Di
catch { echo greeting } as e
echo e.type                       # expect: UndefinedError
catch { echo greetings } as e
echo e.type                       # expect: UndefinedError
