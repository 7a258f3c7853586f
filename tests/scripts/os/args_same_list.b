# os.args is one list: reading it twice or through another import gives the same object.
import os
import os as again
echo id(os.args) == id(again.args)   # expect: true
echo os.args == again.args           # expect: true
