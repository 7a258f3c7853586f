# string.replace with a regex takes a function replacement too.
echo 'a1b2'.replace('/\\d/', @(m) { return to_number(m['match']) * 10 })   # expect: a10b20
echo 'a1b2'.replace('/\\d/', @(m) { return 'n5'.replace('/\\d/', '') })   # expect: anbn
echo 'hi there'.replace('/\\b(\\w)/', @(m) { return m['groups'][0].upper() })   # expect: Hi There
