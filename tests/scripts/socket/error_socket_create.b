# The constructor checks its arguments and reports what the system refuses.
import socket { * }
catch { Socket('inet') } as e
echo e.type                     # expect: TypeError
catch { Socket(AF_INET, 1.5) } as e
echo e.type                     # expect: ValueError
catch { Socket(AF_INET, SOCK_STREAM, IPPROTO_UDP) } as e
echo e.type                     # expect: SocketException
echo e.errno                    # expect: 93
echo e.message                  # expect: Socket(): create a socket (family 2, type 1, protocol 17): Protocol not supported
catch { Socket(9999) } as e
echo e.type                     # expect: SocketException
echo e.errno                    # expect: 97
