# os.env() takes exactly one argument.
import os
catch { os.env() } as e
echo e.type                                 # expect: ArgumentError
echo e.message.index_of('os.env()') > -1    # expect: true
os.env('PATH', 'HOME')                      # expect error: ArgumentError: os.env()
