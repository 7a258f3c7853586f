# Importing a module binds its name only; its globals do not become the importer's.
import ._lib.greetings
echo greetings.greeting     # expect: hello
catch { echo greeting } as e
echo e.type                 # expect: UndefinedError
catch { greet('x') } as e
echo e.type                 # expect: UndefinedError
