# A match is a dictionary of match, start, end, groups and named.
import re
var m = re.compile('(?<word>\\w+) (\\d)').search('-- hello 5 --')
echo m.keys()          # expect: ['match', 'start', 'end', 'groups', 'named']
echo m['match']        # expect: hello 5
echo m['start']        # expect: 3
echo m['end']          # expect: 10
echo m['groups']       # expect: ['hello', '5']
echo m['named']        # expect: {'word': 'hello'}
