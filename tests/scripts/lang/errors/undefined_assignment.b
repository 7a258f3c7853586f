# Assigning to a name that was never declared raises UndefinedError.
never_declared = 5   # expect error: UndefinedError
