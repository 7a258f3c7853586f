# Replacement templates: $1, ${1}, ${name}, $0 and $$ ( \$ keeps ${ from interpolating).
import re
var r = re.compile('(?<first>\\w+) (?<last>\\w+)')
echo r.replace('Ada Lovelace', '$2, $1')               # expect: Lovelace, Ada
echo r.replace('Ada Lovelace', '\${last}/\${first}')   # expect: Lovelace/Ada
echo r.replace('Ada Lovelace', '\${1}0')               # expect: Ada0
echo r.replace('Ada Lovelace', '[$0]')                 # expect: [Ada Lovelace]
echo r.replace('Ada Lovelace', 'cost: $$5')            # expect: cost: $5
echo r.replace('Ada Lovelace', 'a\\tb')                # expect: a\tb
