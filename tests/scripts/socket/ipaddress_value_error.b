# Malformed text raises ValueError naming IPAddress() and quoting the text, cut to 80 characters.
import socket { IPAddress }
catch { IPAddress('1.2.3') } as e
echo e.type          # expect: ValueError
echo e.message       # expect: IPAddress(): '1.2.3' is not an IPv4 or IPv6 address
catch { IPAddress('') } as e
echo e.message       # expect: IPAddress(): '' is not an IPv4 or IPv6 address
catch { IPAddress(' 1.2.3.4') } as e
echo e.type          # expect: ValueError
catch { IPAddress('x' * 200) } as e
echo e.message.index_of("'" + 'x' * 80 + "...'") > -1   # expect: true
echo e.message.index_of('x' * 81) > -1                  # expect: false
# Characters as strings count them: a well-formed sequence, or one byte.
catch { IPAddress('é' * 100) } as e
echo e.message == "IPAddress(): '" + 'é' * 80 + "...' is not an IPv4 or IPv6 address"   # expect: true
catch { IPAddress('\xE2\x82' * 100) } as e
echo e.message == "IPAddress(): '" + '\xE2\x82' * 40 + "...' is not an IPv4 or IPv6 address"   # expect: true
IPAddress('localhost')   # expect error: ValueError: IPAddress(): 'localhost' is not an IPv4 or IPv6 address
