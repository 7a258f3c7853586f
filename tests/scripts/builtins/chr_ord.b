echo chr(65)           # expect: A
echo chr(233)          # expect: é
echo chr(0x20AC)       # expect: €
echo chr(0x1F600).length()  # expect: 1
echo ord('A')          # expect: 65
echo ord('é')          # expect: 233
echo ord(chr(0x10FFFF))  # expect: 1114111
echo chr(0).length()   # expect: 1
catch { ord('ab') } as e
echo e.message         # expect: ord(): argument 1 (character) must be a single character, got a string of length 2
catch { ord('') } as e
echo e.type            # expect: ValueError
catch { chr(-1) } as e
echo e.type            # expect: ValueError
catch { chr(1.5) } as e
echo e.type            # expect: ValueError
echo [chr(0xD7FF).length(), chr(0xE000).length()]  # expect: [1, 1]
catch { chr(0xD800) } as e
echo e.message         # expect: chr(): code must not be a surrogate (0xD800 to 0xDFFF), which UTF-8 cannot encode, got 55296
catch { chr(0xDFFF) } as e
echo e.type            # expect: ValueError
chr(0x110000)          # expect error: ValueError
