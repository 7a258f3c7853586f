# An empty bytes value's buffer is NULL: its text once reached memcmp
# when the empty string was already interned.
var empty = ''
echo bytes(0).to_string() == empty
