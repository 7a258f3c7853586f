# The examples of docs/os.md use the os module without importing it.
import os
