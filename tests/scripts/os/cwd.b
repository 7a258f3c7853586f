# cwd() is an absolute path: the folder the runner starts scripts from.
import os
var dir = os.cwd()
echo typeof(dir)                            # expect: string
echo dir.starts_with('/')                   # expect: true
echo file(dir + '/' + os.args[0]).exists()  # expect: true
