# A well-formed UTF-8 sequence is one character; every other byte is one
# character by itself: overlong forms, surrogates, code points past
# U+10FFFF, stray continuation bytes and truncated sequences.
def chars(s) { return s.to_list().map(@(c) { return bytes(c).to_list() }) }
echo chars('a\xC3')                    # expect: [[97], [195]]
echo chars('\xC0\x80')                 # expect: [[192], [128]]
echo chars('\xE2\x82')                 # expect: [[226], [130]]
echo chars('\xE2\x82\xAC')             # expect: [[226, 130, 172]]
echo chars('a\x80')                    # expect: [[97], [128]]
echo chars('\xED\xA0\x80')             # expect: [[237], [160], [128]]
echo chars('\xF4\x90\x80\x80')         # expect: [[244], [144], [128], [128]]
echo chars('\xE2\x82a')                # expect: [[226], [130], [97]]
echo chars('\xC3\xA9\xA9')             # expect: [[195, 169], [169]]
# The bounds of table 3-7, just inside and just outside.
echo ['\xC2\x80'.length(), '\xC1\xBF'.length(), '\xDF\xBF'.length()]          # expect: [1, 2, 1]
echo ['\xE0\xA0\x80'.length(), '\xE0\x9F\xBF'.length()]                     # expect: [1, 3]
echo ['\xED\x9F\xBF'.length(), '\xED\xA0\x80'.length(), '\xEE\x80\x80'.length()]  # expect: [1, 3, 1]
echo ['\xF0\x90\x80\x80'.length(), '\xF0\x8F\xBF\xBF'.length()]             # expect: [1, 4]
echo ['\xF4\x8F\xBF\xBF'.length(), '\xF4\x90\x80\x80'.length()]             # expect: [1, 4]
echo ['\xF5\x80\x80\x80'.length(), '\xFF'.length(), '\xF0\x90\x80'.length()]  # expect: [4, 1, 3]
# Every counting path follows the rule: index, negative index, slice,
# iteration, searching, reverse, trimming and padding.
var s = 'a\xC3b\xE2\x82\xACc\xE2\x82'
echo s.length()                        # expect: 7
echo bytes(s[1]).to_list()             # expect: [195]
echo bytes(s[3]).to_list()             # expect: [226, 130, 172]
echo bytes(s[-1]).to_list()            # expect: [130]
echo bytes(s[-2]).to_list()            # expect: [226]
echo bytes(s[1, 4]).to_list()          # expect: [195, 98, 226, 130, 172]
echo bytes(s[-3, nil]).to_list()       # expect: [99, 226, 130]
var seen = []
for i, c in s { seen.append([i, bytes(c).length()]) }
echo seen                              # expect: [[0, 1], [1, 1], [2, 1], [3, 3], [4, 1], [5, 1], [6, 1]]
echo [s.index_of('b'), s.index_of('c'), s.index_of('c', -3), s.last_index_of('\x82')]  # expect: [2, 4, 4, 6]
echo s.count('')                       # expect: 8
echo chars(s.reverse())                # expect: [[130], [226], [99], [226, 130, 172], [98], [195], [97]]
echo bytes(s.rtrim('\x82\xE2c')).to_list()   # expect: [97, 195, 98, 226, 130, 172]
echo bytes('\xC3\xA9\xA9'.ltrim('\xA9')).to_list()   # expect: [195, 169, 169]
echo bytes('\xC3\xA9\xA9'.rtrim('\xA9')).to_list()   # expect: [195, 169]
# A byte by itself is not the character of the set it is part of.
echo bytes('x\xA9'.rtrim('é')).to_list()            # expect: [120, 169]
echo bytes('\xC3x'.ltrim('é')).to_list()            # expect: [195, 120]
echo 'a\xC3'.lpad(4).length()          # expect: 4
echo ord('\xC0')                       # expect: 192
echo ord('\xF4\x8F\xBF\xBF')           # expect: 1114111
catch { ord('\xC0\x80') } as e
echo e.message    # expect: ord(): argument 1 (character) must be a single character, got a string of length 2
echo bytes('a\xC3'.split('')[1]).to_list()   # expect: [195]
echo 'x\xC0\x80y'.match('y')['start']  # expect: 3
# A character may be completed by the text joined after it.
echo ('\xE2\x82' + '\xAC').length()    # expect: 1
echo ('\xE2' + '\x82\xAC\xAC').length()  # expect: 2
echo ('abc' + '\xA9').length()         # expect: 4
# Counting passes over ASCII in spans of 256 bytes: characters that
# straddle a span's end, and ill-formed ones there.
var run = 'a' * 255
echo (run + '\xE2\x82\xAC' + 'b' * 300).length()   # expect: 556
echo (run + '\xE2\x82' + 'b' * 300).length()       # expect: 557
echo (run + '\xF0\x90\x80' + 'b' * 300).length()   # expect: 558
echo (run + '\xF0\x90\x80\x80' + 'b' * 300).length()   # expect: 556
echo ('\x80' * 600).length()                       # expect: 600
echo (('\xC3\xA9' * 300) + '\xC3').length()        # expect: 301
