# Without UTF the subject is bytes; with UTF, . and \w work on characters.
import re
echo re.compile('^.$').search('é')                       # expect: nil
echo re.compile('^.$', re.UTF).search('é')['match']      # expect: é
echo re.compile('\\w+').search('café!')['match']         # expect: caf
echo re.compile('\\w+', re.UTF).search('café!')['match'] # expect: café
