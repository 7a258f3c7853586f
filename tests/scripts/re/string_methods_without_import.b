# The string methods work without importing re; importing it later shares the module.
echo 'x1'.replace('/\\d/', '#')   # expect: x#
import re
echo re.compile('\\d').replace('y2', '#')   # expect: y#
catch { 'a'.match('(') } as e
echo instance_of(e, re.RegexError)          # expect: true
