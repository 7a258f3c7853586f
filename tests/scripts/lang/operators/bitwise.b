# Bitwise operators and shifts.
echo 6 & 3         # expect: 2
echo 6 | 3         # expect: 7
echo 6 ^ 3         # expect: 5
echo 1 << 4        # expect: 16
echo 256 >> 4      # expect: 16
echo -16 >> 2      # expect: -4
echo 16 >>> 2      # expect: 4
echo 0xF0 | 0x0F   # expect: 255
echo 0xFF & ~0x0F  # expect: 240
