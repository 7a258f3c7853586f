# os.platform is the string 'linux'.
import os
echo os.platform               # expect: linux
echo typeof(os.platform)       # expect: string
