# os.args is a list of strings; the runner passes only the script path.
import os
echo typeof(os.args)          # expect: list
echo os.args.length()         # expect: 1
echo typeof(os.args[0])       # expect: string
