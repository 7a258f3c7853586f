# The examples of docs/re.md use the re module without importing it.
import re
