# An uncaught exception prints Unhandled <Class>: message and exits with status 1.
echo 'before'      # expect: before
raise ValueError('it broke')   # expect error: Unhandled ValueError: it broke
echo 'after'
