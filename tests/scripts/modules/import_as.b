# import x as y binds the module to y only; the original name stays unbound.
import ._lib.greetings as g
echo g.greet('Bo')            # expect: hello, Bo
echo g                        # expect: <module greetings>
catch { echo greetings } as e
echo e.type                   # expect: UndefinedError
