# os.env(name) of a variable that is set returns its value as a string.
import os
var path = os.env('PATH')
echo typeof(path)                # expect: string
echo path.length() > 0           # expect: true
echo path.index_of('/') > -1     # expect: true
