# upper() and lower() map every letter by Unicode's simple case mapping,
# one character for one (so 'ß' stays); other characters and bytes
# outside UTF-8 stay.
echo 'ÀÉÎÕÜ àéîõü'.lower()             # expect: àéîõü àéîõü
echo 'ÀÉÎÕÜ àéîõü'.upper()             # expect: ÀÉÎÕÜ ÀÉÎÕÜ
echo 'Straße'.upper()                   # expect: STRAßE
echo 'ΑΒΓ αβγ Жж Ωω'.lower()           # expect: αβγ αβγ жж ωω
echo 'ΑΒΓ αβγ Жж Ωω'.upper()           # expect: ΑΒΓ ΑΒΓ ЖЖ ΩΩ
echo '日本語 ok'.upper()                # expect: 日本語 OK
echo '𐐨𐐩'.upper() == '𐐀𐐁'             # expect: true
# An encoding may change length: 'ſ' (2 bytes) is 'S', the Kelvin sign
# (3 bytes) lowered is 'k', 'ⱥ' (3 bytes) is 'Ⱥ' (2 bytes), and back.
var s = 'ſ \u212A ⱥ'
echo [s.upper() == 'S \u212A Ⱥ', s.lower() == 'ſ k ⱥ']   # expect: [true, true]
echo [bytes(s).length(), bytes(s.upper()).length(), bytes(s.lower()).length()]   # expect: [10, 8, 8]
echo [s.upper().length(), s.lower().length()]   # expect: [5, 5]
echo 'Ⱥa'.lower() == 'ⱥa'               # expect: true
echo bytes('Ⱥa'.lower()).length()       # expect: 4
# Bytes outside UTF-8 are kept, around letters that change.
echo bytes('a\xC3b\xFF\xC3\xA9\xE2\x82'.upper()).to_list()   # expect: [65, 195, 66, 255, 195, 137, 226, 130]
echo bytes('\xC0\x80É'.lower()).to_list()                   # expect: [192, 128, 195, 169]
# Long text, beyond one 256-byte chunk of the conversion.
var long = 'Ärger über Öl – ' * 40
echo long.upper() == 'ÄRGER ÜBER ÖL – ' * 40   # expect: true
echo long.upper().lower() == 'ärger über öl – ' * 40   # expect: true
echo long.upper().length() == long.length()    # expect: true
echo ('ſ' * 300).upper() == 'S' * 300           # expect: true
echo ('Ⱥ' * 300).lower() == 'ⱥ' * 300           # expect: true
