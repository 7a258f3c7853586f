# gethostname() is a non-empty string without spaces.
import socket { * }
var name = gethostname()
echo typeof(name)               # expect: string
echo name.length() > 0          # expect: true
echo name.index_of(' ')         # expect: -1
echo gethostname() == name      # expect: true
