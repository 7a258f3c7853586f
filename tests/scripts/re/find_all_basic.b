# find_all returns every non-overlapping match in order.
import re
var all = re.compile('(\\w)(\\d)').find_all('a1 b2 c3')
echo all.length()                                   # expect: 3
echo all.map(@(m) { return m['match'] })            # expect: ['a1', 'b2', 'c3']
echo all.map(@(m) { return m['groups'][1] })        # expect: ['1', '2', '3']
echo all[2]['start']                                # expect: 6
echo re.compile('aa').find_all('aaaaa').length()    # expect: 2
echo re.compile('z').find_all('abc')                # expect: []
