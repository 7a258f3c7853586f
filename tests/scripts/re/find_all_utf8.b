# In UTF mode empty matches step over whole characters; offsets are characters.
import re
var text = 'aé€😀'
echo re.compile('', re.UTF).find_all(text).map(@(m) { return m['start'] })   # expect: [0, 1, 2, 3, 4]
echo re.compile('.', re.UTF).find_all(text).map(@(m) { return m['match'] })  # expect: ['a', 'é', '€', '😀']
echo re.compile('😀').search(text)['start']    # expect: 3
