echo hex(31)     # expect: 0x1f
echo hex(0)      # expect: 0x0
echo hex(-255)   # expect: -0xff
echo bin(5)      # expect: 0b101
echo bin(0)      # expect: 0b0
echo oct(15)     # expect: 0c17
echo oct(8)      # expect: 0c10
echo [to_number(hex(4096)), to_number(bin(6)), to_number(oct(64))]  # expect: [4096, 6, 64]
echo hex(2 ** 53)  # expect: 0x20000000000000
catch { hex(1.5) } as e
echo e.type      # expect: ValueError
# Whole numbers past 2^53 (the bitwise operators' 64-bit results) are written
# exactly; 2^64 and more is refused.
echo hex(1 << 62)          # expect: 0x4000000000000000
echo hex(2**53 + 2)        # expect: 0x20000000000002
echo oct(-(2**60))         # expect: -0c100000000000000000000
catch { hex(2**64) } as e
echo e.message             # expect: hex(): argument 1 (number) must be below 2^64 in magnitude
hex('10')        # expect error: TypeError
