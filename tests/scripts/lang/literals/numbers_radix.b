# Hexadecimal, binary and octal (0c) literals.
echo 0x1F          # expect: 31
echo 0xff          # expect: 255
echo 0x0           # expect: 0
echo 0b101         # expect: 5
echo 0b0           # expect: 0
echo 0b11111111    # expect: 255
echo 0c17          # expect: 15
echo 0c777         # expect: 511
echo 0x10 + 0b10 + 0c10   # expect: 26
