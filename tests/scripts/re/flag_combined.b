# Flags combine with |; caseless matching of non-ASCII letters needs UTF.
import re
echo re.compile('élan', re.IGNORECASE).search('ÉLAN')                        # expect: nil
echo re.compile('élan', re.IGNORECASE | re.UTF).search('ÉLAN')['match']      # expect: ÉLAN
echo re.compile('^b.c$', re.MULTILINE | re.DOTALL).search('a\nb\nc')['match'] == 'b\nc'   # expect: true
echo re.compile('^b.c$', re.MULTILINE | re.DOTALL).search('a\nb\nc\n')['start'] # expect: 2
