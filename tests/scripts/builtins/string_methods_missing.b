# Methods that do not exist raise, naming the method.
'abc'.no_such_method()     # expect error: PropertyError
