# Named groups appear by name; one that did not take part is nil.
import re
var r = re.compile('(?<key>\\w+)=(?<value>\\d+)?')
echo r.search('size=42')['named']   # expect: {'key': 'size', 'value': '42'}
echo r.search('size=')['named']     # expect: {'key': 'size', 'value': nil}
echo r.search('size=')['groups']    # expect: ['size', nil]
