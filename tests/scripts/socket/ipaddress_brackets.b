# [brackets] around an IPv6 address are accepted and dropped; IPv4 in brackets is not.
import socket { IPAddress }
echo IPAddress('[::1]')                 # expect: ::1
echo IPAddress('[2001:db8::7]').version # expect: 6
catch { IPAddress('[1.2.3.4]') } as e
echo e.type                             # expect: ValueError
catch { IPAddress('[::1') } as e
echo e.type                             # expect: ValueError
catch { IPAddress('[]') } as e
echo e.type                             # expect: ValueError
IPAddress('[[::1]]')                    # expect error: ValueError
