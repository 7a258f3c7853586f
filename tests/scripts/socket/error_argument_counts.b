# Wrong argument counts raise ArgumentError naming the method and the
# counts it takes.
import socket { * }
var s = Socket()
catch { Socket(AF_INET, SOCK_STREAM, 0, 1) } as e
echo e.type                     # expect: ArgumentError
echo e.message                  # expect: Socket() takes 0 to 3 arguments, got 4
catch { s.connect() } as e
echo e.message                  # expect: Socket.connect() takes 1 to 3 arguments, got 0
catch { s.bind() } as e
echo e.message                  # expect: Socket.bind() takes 1 to 2 arguments, got 0
catch { s.send() } as e
echo e.message                  # expect: Socket.send() takes 1 to 2 arguments, got 0
catch { s.receive(1, 0, 0) } as e
echo e.message                  # expect: Socket.receive() takes 0 to 2 arguments, got 3
catch { s.read(1, 2) } as e
echo e.message                  # expect: Socket.read() takes 0 to 1 arguments, got 2
catch { s.accept(1) } as e
echo e.type                     # expect: ArgumentError
catch { s.close(1) } as e
echo e.type                     # expect: ArgumentError
catch { s.set_option(SO_REUSEADDR) } as e
echo e.type                     # expect: ArgumentError
catch { s.get_option() } as e
echo e.type                     # expect: ArgumentError
catch { s.set_blocking() } as e
echo e.type                     # expect: ArgumentError
catch { socket_pair(AF_UNIX, SOCK_STREAM, 0) } as e
echo e.type                     # expect: ArgumentError
catch { select() } as e
echo e.type                     # expect: ArgumentError
catch { gethostname(1) } as e
echo e.type                     # expect: ArgumentError
echo s.is_closed                # expect: false
s.close()
