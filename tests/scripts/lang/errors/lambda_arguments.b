# Anonymous functions check their argument count too.
var f = @(a) { return a }
f()                # expect error: ArgumentError
