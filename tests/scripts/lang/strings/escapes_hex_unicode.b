# \xHH byte escapes and \u{HHHH} code point escapes (encoded as UTF-8).
echo '\x41\x42'      # expect: AB
echo '\x7e'          # expect: ~
echo '\x7E'          # expect: ~
echo '\u{48}i'       # expect: Hi
echo '\u{e9}'        # expect: é
echo '\u{20AC}'      # expect: €
echo '\u{1F600}'     # expect: 😀
echo '\u{e9}'.length()     # expect: 1
echo '\u{1F600}'.length()  # expect: 1
echo '\u{e9}' == 'é' # expect: true
