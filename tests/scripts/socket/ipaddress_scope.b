# A %scope on IPv6 is an interface name or number; it prints back by name when the interface exists.
import socket { IPAddress }
echo IPAddress('fe80::1%lo')             # expect: fe80::1%lo
echo IPAddress('fe80::1%1')              # expect: fe80::1%lo
echo IPAddress('[fe80::1%lo]')           # expect: fe80::1%lo
echo IPAddress('fe80::1%4000000000')     # expect: fe80::1%4000000000
echo IPAddress('fe80::1%lo').is_link_local  # expect: true
catch { IPAddress('fe80::1%no_such_if0') } as e
echo e.type                              # expect: ValueError
catch { IPAddress('fe80::1%') } as e
echo e.type                              # expect: ValueError
catch { IPAddress('fe80::1%0') } as e
echo e.type                              # expect: ValueError
IPAddress('127.0.0.1%lo')                # expect error: ValueError
