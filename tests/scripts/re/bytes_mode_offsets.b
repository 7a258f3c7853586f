# Without UTF a match may split a character; its offsets round up to the next character.
import re
var m = re.compile('\\xa9').search('é!')
echo [m['start'], m['end']]      # expect: [1, 1]
echo re.compile('.').find_all('é').length()          # expect: 2
echo re.compile('.', re.UTF).find_all('é').length()  # expect: 1
